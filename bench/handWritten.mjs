// The hand-written baseline for `npm run bench`: the cable's logic as a switch over integer
// states, with the library's random streams, behaviour drivers and duration sampling — what a
// person would write for speed, by hand, without statecharts. Bench only: the library never uses
// it, and it is checked against the engines' results before it is timed.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { behaviourDrivers, mergeResults } from '../dist/index.js';
import { caseStream, chooseNext, KindTally, partialResultFormat, planSimulation } from '../dist/internal.js';

const CABLE = '1957-12-17';
const OPEN = '(open)';

// Per kind: states (names by index), initial, finals, settled, and the transition function.
const kinds = {
  chineseResidentInKorea: {
    states: ['detected', 'mobilized', 'refused', 'consentSought', 'underInvestigation', 'renunciationInProcess', 'repatriated', 'passportIssued', 'citizenshipRenounced'],
    final: [6, 7, 8],
    settled: [],
    step(s, e, f, readings) {
      if (e === 'authorities.establishCrimeOrPendingCase' && s < 6) return 6;
      switch (s) {
        case 0:
          if (e !== 'authorities.screen') return -1;
          if (f.hasCrimeOrPendingCase) return 6;
          if (readings.postCableCrossings === 'returnAndPunish' && f.crossedOn >= CABLE) return 6;
          return 1;
        case 1:
          return e === 'person.agreesToReturn' ? 6 : e === 'person.refusesToReturn' ? 2 : -1;
        case 2:
          return e === 'embassy.seeksConsent' ? 3 : -1;
        case 3:
          return e === 'korea.consents' ? 4 : e === 'korea.declines' ? (readings.koreanSideDeclines === 'repatriate' ? 6 : 1) : -1;
        case 4:
          return e === 'embassy.completesInvestigation' ? 7 : e === 'person.requestsRenunciation' ? 5 : -1;
        case 5:
          return e === 'embassy.approvesRenunciation' ? 8 : -1;
        default:
          return -1;
      }
    },
  },
  koreanCitizenInChina: {
    states: ['detected', 'repatriationDue', 'approvalSought', 'residing', 'repatriated'],
    final: [4],
    settled: [3],
    step(s, e, f) {
      if (e === 'authorities.establishCrimeOrPendingCase' && s < 4) return 4;
      switch (s) {
        case 0:
          return e === 'authorities.screen' ? (f.hasCrimeOrPendingCase ? 4 : 1) : -1;
        case 1:
          return e === 'publicSecurity.repatriates' ? 4 : e === 'person.findsReturnInconvenient' ? 2 : -1;
        case 2:
          return e === 'korea.approvesResidence' ? 3 : e === 'korea.refusesResidence' ? 4 : -1;
        case 3:
          return e === 'publicSecurity.mobilizesReturn' ? 4 : -1;
        default:
          return -1;
      }
    },
  },
  emigrationApplication: {
    states: ['underReview', 'approved', 'rejected', 'departed'],
    final: [2, 3],
    settled: [],
    step(s, e, f, readings) {
      if (e === 'authorities.establishCrimeOrPendingCase' && s < 2) return 2;
      if (s === 0 && e === 'publicSecurity.completesReview') {
        const rejected = f.hasPoliticalIssues || f.hasPendingCase || (readings.unjustifiedApplications === 'reject' && !f.isJustified);
        return rejected ? 2 : 1;
      }
      if (s === 1 && e === 'person.departs') return 3;
      return -1;
    },
  },
};

/** One case, by hand: the same draws, in the same order, as the engines' driver loop. */
function runCase(k, plan, kind, caseId, draws) {
  const scenario = plan.scenario;
  const horizon = scenario.horizonDays;
  const driver = behaviourDrivers[kind.kind];
  const { input, startDay } = driver.drawCase(draws, { caseId, probabilities: scenario.probabilities, population: kind.population, startDate: scenario.startDate, horizonDays: horizon });
  const hit = draws.uniform();
  const when = draws.uniform();
  let interruptAt = driver.interrupt && hit < scenario.probabilities[driver.interrupt.p] ? startDay + when * (horizon - startDay) : Infinity;
  let s = 0;
  let t = startDay;
  let path = k.states[0];
  for (;;) {
    if (k.final.includes(s)) break;
    const waiting = driver.waiting[k.states[s]];
    if (!waiting) break;
    const next = chooseNext(waiting, draws, scenario, horizon - t);
    const at = t + next.days;
    if (interruptAt <= (next.event === null ? horizon : Math.min(at, horizon))) {
      s = k.step(s, driver.interrupt.event, input, scenario.readings);
      t = Math.max(interruptAt, t);
      path += `>${k.states[s]}`;
      interruptAt = Infinity;
      continue;
    }
    if (next.event === null || at > horizon) break;
    s = k.step(s, next.event, input, scenario.readings);
    t = at;
    path += `>${k.states[s]}`;
  }
  const reached = k.final.includes(s) || k.settled.includes(s);
  return { outcome: reached ? k.states[s] : OPEN, path, days: reached ? (path.includes('>') ? t : startDay) - startDay : null };
}

/** Replications by hand, tallied like the engines. */
function runReps(scenario, reps) {
  const plan = planSimulation(scenario);
  return reps.map((rep) => {
    const out = {};
    for (const kind of plan.kinds) {
      const k = kinds[kind.kind];
      const tally = new KindTally();
      for (let i = 0; i < kind.count; i++) tally.add(runCase(k, plan, kind, `${kind.kind}-${rep}-${i}`, caseStream(scenario.seed, rep, kind.index, i)));
      out[kind.kind] = tally.toJSON();
    }
    return { rep, kinds: out };
  });
}

/** Runs a scenario by hand with `workers` threads; returns the result (same shape as `simulate`). */
export async function handWrittenEngine(scenario, workers = 1) {
  const all = Array.from({ length: scenario.replications }, (_, r) => r);
  let reps;
  if (workers <= 1) reps = runReps(scenario, all);
  else {
    const parts = await Promise.all(
      Array.from({ length: workers }, (_, w) => {
        const mine = all.filter((r) => r % workers === w);
        return new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { scenario, reps: mine } });
          worker.once('message', resolve);
          worker.once('error', reject);
        });
      }),
    );
    reps = parts.flat().sort((a, b) => a.rep - b.rep);
  }
  return mergeResults([{ format: partialResultFormat, scenario, engine: 'hand-written', shard: { index: 1, count: 1 }, reps }]);
}

if (!isMainThread && workerData?.reps) parentPort.postMessage(runReps(workerData.scenario, workerData.reps));
