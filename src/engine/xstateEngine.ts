import { actorHandle } from './actorHandle.js';
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
      let handle: ReturnType<typeof actorHandle> | undefined;
      const driven = driveCase(kind, plan.scenario, caseId, draws, (input) => (handle = actorHandle(kind.machine, input)));
      const final = handle!.done();
      const state = handle!.state();
      handle!.actor.stop();
      const reached = final || kind.outcomes.includes(state);
      return {
        outcome: reached ? state : OPEN,
        path: driven.path,
        days: reached ? driven.enteredAt - driven.startDay : null,
      };
    };
  },
};
