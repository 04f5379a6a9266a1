import { createActor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import { OPEN } from '../stats/KindTally.js';
import { driveCase } from './driveCase.js';
import type { Engine } from './Engine.js';

/**
 * The reference engine: every case runs as an XState actor; the driver picks each event and
 * its delay from the case's stream, on a clock of days from the simulation's start.
 */
export const xstateEngine: Engine = {
  name: 'xstate',
  prepare(plan) {
    return (kind, caseId, draws) => {
      let actor: AnyActorRef | undefined;
      const snapshot = () => actor!.getSnapshot() as AnyMachineSnapshot;
      const driven = driveCase(kind, plan.scenario, caseId, draws, (input) => {
        actor = createActor(kind.machine, { input }).start();
        return {
          state: () => String(snapshot().value),
          done: () => snapshot().status === 'done',
          send: (type) => {
            actor!.send({ type });
            return String(snapshot().value);
          },
        };
      });
      const final = snapshot().status === 'done';
      const state = String(snapshot().value);
      actor!.stop();
      const reached = final || kind.outcomes.includes(state);
      return {
        outcome: reached ? state : OPEN,
        path: driven.path.join('>'),
        days: reached ? driven.enteredAt - driven.startDay : null,
      };
    };
  },
};
