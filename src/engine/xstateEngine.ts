import { createActor, type AnyMachineSnapshot } from 'xstate';
import { OPEN } from '../stats/KindTally.js';
import { chooseNext } from './chooseNext.js';
import type { Engine } from './Engine.js';

/**
 * The reference engine: every case runs as an XState actor; the driver picks each event and
 * its delay from the case's stream, on a clock of days from the simulation's start. A case
 * stops when final, when nothing more happens, or at the horizon.
 */
export const xstateEngine: Engine = {
  name: 'xstate',
  prepare(plan) {
    const { scenario } = plan;
    const horizon = scenario.horizonDays;
    return (kind, caseId, draws) => {
      const { input, startDay } = kind.driver.drawCase(draws, {
        caseId,
        probabilities: scenario.probabilities as never,
        population: kind.population,
        startDate: scenario.startDate,
        horizonDays: horizon,
      });
      // Two draws always, so that later draws line up whether or not an interrupt is due.
      const hit = draws.uniform();
      const when = draws.uniform();
      const interrupt = kind.driver.interrupt;
      let interruptAt = interrupt && hit < (scenario.probabilities[interrupt.p] ?? 0) ? startDay + when * (horizon - startDay) : Infinity;

      const actor = createActor(kind.machine, { input }).start();
      const valueOf = () => String((actor.getSnapshot() as AnyMachineSnapshot).value);
      const path = [valueOf()];
      let t = startDay;
      let enteredAt = t;
      const send = (event: string, at: number) => {
        const before = valueOf();
        actor.send({ type: event });
        const after = valueOf();
        if (after === before) throw new Error(`${kind.kind}: "${event}" does nothing in state "${before}"`);
        path.push(after);
        t = at;
        enteredAt = at;
      };
      for (;;) {
        if (actor.getSnapshot().status === 'done') break;
        const waiting = kind.driver.waiting[valueOf()];
        if (!waiting) break;
        const next = chooseNext(waiting, draws, scenario, horizon - t);
        const at = t + next.days;
        // Clause 3 may strike before the next step (or, when nothing else will happen, before the horizon).
        if (interruptAt <= (next.event === null ? horizon : Math.min(at, horizon))) {
          send(interrupt!.event, Math.max(interruptAt, t));
          interruptAt = Infinity;
          continue;
        }
        if (next.event === null || at > horizon) break;
        send(next.event, at);
      }
      const state = valueOf();
      const final = actor.getSnapshot().status === 'done';
      actor.stop();
      const settled = !final && kind.outcomes.includes(state);
      return {
        outcome: final || settled ? state : OPEN,
        path: path.join('>'),
        days: final || settled ? enteredAt - startDay : null,
      };
    };
  },
};
