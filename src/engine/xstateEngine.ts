import { invariants } from '../../machines/index.js';
import { createMonitor } from '../monitor/createMonitor.js';
import { actorHandle } from './actorHandle.js';
import { caseResult, driveCase } from './driveCase.js';
import type { Engine } from './Engine.js';

/**
 * An XState engine: every case runs as an XState actor; the driver picks each event and its
 * delay from the case's stream, on a clock of days from the simulation's start. With `check`,
 * each actor carries a run-time monitor of the model's invariants (machines/invariants.ts), and
 * a violation stops the run with an error citing the clause.
 */
export function makeXStateEngine(options: { readonly check?: boolean } = {}): Engine {
  return {
    name: options.check ? 'xstate+check' : 'xstate',
    prepare(plan) {
      return (kind, caseId, draws) => {
        let handle: ReturnType<typeof actorHandle> | undefined;
        let monitor: ReturnType<typeof createMonitor> | undefined;
        const driven = driveCase(kind, plan.scenario, caseId, draws, (input) => {
          if (!options.check) return (handle = actorHandle(kind.machine, input));
          monitor = createMonitor(invariants, plan.scenario.readings);
          const h = (handle = actorHandle(kind.machine, input, monitor.inspect));
          return {
            ...h,
            send: (type) => {
              const state = h.send(type);
              monitor!.throwIfViolated();
              return state;
            },
          };
        });
        const result = caseResult(kind, handle!.state(), handle!.done(), driven);
        handle!.actor.stop();
        return result;
      };
    },
  };
}

/** The reference engine: every case an XState actor. */
export const xstateEngine: Engine = makeXStateEngine();
