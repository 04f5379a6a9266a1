// The hand-written baseline for `npm run bench`: the three paths of model version 2 written out
// by hand for speed — integer states in a switch, its own per-case random streams (xoshiro128+
// seeded by hashing (seed, replication, kind, index)), its own duration sampling, and
// typed-array tallies of outcomes, times and paths (paths as integer ids in a trie). SELF-
// CONTAINED on purpose (issue 15): it imports nothing but node built-ins, so it measures the
// limit of the work, not the library's shared per-case code. It draws from the same
// distributions as the engines but not the same streams, so it agrees with them in outcome
// shares within Monte Carlo error (test/bench/handWritten.test.ts), not case by case.
// Bench only: the library never uses it.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** The readings' option names this program reads, with the baseline's defaults. */
const DEFAULT_READINGS = {
  postCableCrossings: 'returnAndPunish',
  koreanSideDeclines: 'repatriate',
  unjustifiedApplications: 'reject',
  effectiveDate: 'issued',
  punishment: 'postCableCrossers', // marks a case; changes no outcome, time or path
  laterMobilization: 'persuasion',
  clause3Scope: 'anywhere',
};
const EFFECTIVE_DATES = { issued: '1957-12-17', received: '1957-12-21' };

// Kinds in the library's registry order; the index is part of each case's stream key.
const KINDS = ['chineseResidentInKorea', 'koreanCitizenInChina', 'emigrationApplication'];

// States per kind, by integer id; `OUTCOMES` lists the final and settled ones.
const STATES = [
  ['detected', 'handoverDue', 'mobilized', 'refused', 'consentSought', 'underInvestigation', 'renunciationInProcess', 'repatriated', 'passportIssued', 'citizenshipRenounced'],
  ['detected', 'repatriationDue', 'approvalSought', 'residing', 'mobilizedToReturn', 'repatriated'],
  ['underReview', 'approved', 'rejected', 'departed'],
];
const OUTCOMES = [[7, 8, 9], [3, 5], [2, 3]];
const OPEN = '(open)';
const NONE = -1; // "nothing happens before the horizon"

// chineseResidentInKorea
const C_DETECTED = 0, C_HANDOVER = 1, C_MOBILIZED = 2, C_REFUSED = 3, C_CONSENT = 4, C_INVESTIGATION = 5, C_RENUNCIATION = 6;
const C_REPATRIATED = 7, C_PASSPORT = 8, C_RENOUNCED = 9;
// koreanCitizenInChina
const K_DETECTED = 0, K_DUE = 1, K_APPROVAL = 2, K_RESIDING = 3, K_MOBILIZED = 4, K_REPATRIATED = 5;
// emigrationApplication
const A_REVIEW = 0, A_APPROVED = 1, A_REJECTED = 2, A_DEPARTED = 3;

// ---- random numbers: one xoshiro128+ stream per case, no allocation per case ----------------

/** A 32-bit finalizer with full avalanche (the MurmurHash3 fmix32 constants). */
function fmix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

let s0 = 0, s1 = 0, s2 = 0, s3 = 0;

/** Seeds the stream of one case from two 32-bit keys of its (seed, replication, kind) and its index: 64 bits of key, so streams of different cases practically never coincide. */
function seedCase(keyA, keyB, index) {
  const i = fmix(index + 0x632be5ab);
  s0 = fmix(keyA ^ i);
  s1 = fmix(keyB ^ fmix(i ^ 0x5bd1e995));
  s2 = fmix(s0 ^ 0x68e31da4);
  s3 = fmix(s1 + 0x1b56c4e9);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // xoshiro's one forbidden state
}

/** The next 32 bits of the case's stream (xoshiro128+). */
function next32() {
  const result = (s0 + s3) | 0;
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = (s3 << 11) | (s3 >>> 21);
  return result;
}

/** A uniform double in [0, 1) with 53 random bits (the high bits of two outputs: xoshiro+'s low bits are its weak ones). */
function uniform() {
  const a = next32() >>> 5;
  const b = next32() >>> 6;
  return (a * 67108864 + b) * 1.1102230246251565e-16;
}

// ---- durations ----------------------------------------------------------------------------------

const Z90 = 1.2815515655446004; // the standard normal's 0.9 quantile
const FIXED = 0, UNIFORM = 1, EXPONENTIAL = 2, LOGNORMAL = 3;
let spareNormal = 0;
let hasSpare = false;

/** A standard normal (Box–Muller, keeping the second normal of each pair for the next call). */
function normal() {
  if (hasSpare) {
    hasSpare = false;
    return spareNormal;
  }
  const r = Math.sqrt(-2 * Math.log(1 - uniform()));
  const a = 2 * Math.PI * uniform();
  spareNormal = r * Math.sin(a);
  hasSpare = true;
  return r * Math.cos(a);
}

/** A scenario distribution as [code, a, b]: fixed days; uniform min, width; exponential mean; lognormal mu, sigma. */
function compileDistribution(name, d) {
  switch (d?.dist) {
    case 'fixed':
      return [FIXED, d.days, 0];
    case 'uniform':
      return [UNIFORM, d.min, d.max - d.min];
    case 'exponential':
      return [EXPONENTIAL, d.mean, 0];
    case 'lognormal': {
      const mu = Math.log(d.median);
      return [LOGNORMAL, mu, (Math.log(d.p90) - mu) / Z90];
    }
    default:
      throw new Error(`hand-written: durations.${name} has no distribution it knows (${JSON.stringify(d)})`);
  }
}

/** Days one step takes under a compiled distribution. */
function sample(d) {
  switch (d[0]) {
    case FIXED:
      return d[1];
    case UNIFORM:
      return d[1] + d[2] * uniform();
    case EXPONENTIAL:
      return -d[1] * Math.log(1 - uniform());
    default:
      return Math.exp(d[1] + d[2] * normal());
  }
}

// ---- tallies ------------------------------------------------------------------------------------

/** One kind's tally in one replication: outcome counts, times (sum, sum of squares, whole-day histogram) and a path trie. */
class Tally {
  constructor(kind, horizon) {
    this.kind = kind;
    this.nStates = STATES[kind].length;
    this.bins = Math.floor(horizon) + 1;
    this.n = 0;
    // Outcome slot per state id: -1 for a state that is not an outcome; the last slot is open.
    this.slotOf = new Int32Array(this.nStates).fill(OUTCOMES[kind].length);
    OUTCOMES[kind].forEach((s, i) => (this.slotOf[s] = i));
    const slots = OUTCOMES[kind].length + 1;
    this.counts = new Float64Array(slots);
    this.daysSum = new Float64Array(slots);
    this.daysSumSq = new Float64Array(slots);
    this.hist = new Uint32Array(slots * this.bins);
    // The trie: node 0 is the initial state; children[node * nStates + state] is the node one step on.
    this.capacity = 64;
    this.children = new Int32Array(this.capacity * this.nStates).fill(-1);
    this.parent = new Int32Array(this.capacity);
    this.stateOf = new Int32Array(this.capacity);
    this.ends = new Float64Array(this.capacity);
    this.nodes = 1;
  }

  /** The trie node one step from `node` into `state`. */
  child(node, state) {
    const at = node * this.nStates + state;
    const c = this.children[at];
    if (c >= 0) return c;
    if (this.nodes === this.capacity) this.grow();
    const id = this.nodes++;
    this.children[node * this.nStates + state] = id;
    this.parent[id] = node;
    this.stateOf[id] = state;
    return id;
  }

  grow() {
    const cap = this.capacity * 2;
    const children = new Int32Array(cap * this.nStates).fill(-1);
    children.set(this.children);
    this.children = children;
    for (const key of ['parent', 'stateOf', 'ends']) {
      const bigger = new this[key].constructor(cap);
      bigger.set(this[key]);
      this[key] = bigger;
    }
    this.capacity = cap;
  }

  /** Counts one case: its last state, the trie node of its path, and its days to outcome. */
  add(state, node, days) {
    this.n++;
    this.ends[node]++;
    const slot = this.slotOf[state];
    this.counts[slot]++;
    if (slot === OUTCOMES[this.kind].length) return;
    this.daysSum[slot] += days;
    this.daysSumSq[slot] += days * days;
    this.hist[slot * this.bins + Math.min(this.bins - 1, Math.floor(days))]++;
  }

  /** Plain data (paths as strings, built once per distinct path), to cross threads and merge. */
  toData() {
    const names = STATES[this.kind];
    const paths = {};
    for (let node = 0; node < this.nodes; node++) {
      if (this.ends[node] === 0) continue;
      const parts = [];
      for (let m = node; m > 0; m = this.parent[m]) parts.push(names[this.stateOf[m]]);
      parts.push(names[0]);
      paths[parts.reverse().join('>')] = this.ends[node];
    }
    return { n: this.n, counts: this.counts, daysSum: this.daysSum, daysSumSq: this.daysSumSq, hist: this.hist, bins: this.bins, paths };
  }
}

// ---- the three paths ------------------------------------------------------------------------------

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date. */
const dayNumber = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86400000;

/** Everything a run needs from a scenario, read once: probabilities, compiled durations, readings as booleans. */
function prepare(scenario) {
  const readings = { ...DEFAULT_READINGS, ...scenario.readings };
  const p = scenario.probabilities;
  const d = {};
  for (const [name, dist] of Object.entries(scenario.durations)) d[name] = compileDistribution(name, dist);
  const horizon = scenario.horizonDays;
  const startAbs = dayNumber(scenario.startDate);
  const effectiveAbs = dayNumber(EFFECTIVE_DATES[readings.effectiveDate]);
  const pop = (kind, key) => scenario.population[kind]?.[key] ?? 0;
  return {
    seed: scenario.seed,
    horizon,
    counts: KINDS.map((k) => pop(k, 'count')),
    p,
    d,
    startAbs,
    effectiveAbs,
    first: Math.max(0, effectiveAbs - startAbs), // no case starts before the effective date
    crossedAfterShare: [pop(KINDS[0], 'crossedAfterCableShare'), pop(KINDS[1], 'crossedAfterCableShare')],
    submittedWithinDays: pop(KINDS[2], 'submittedWithinDays'),
    handoverForPostCable: readings.postCableCrossings === 'returnAndPunish',
    declineRepatriates: readings.koreanSideDeclines === 'repatriate',
    rejectUnjustified: readings.unjustifiedApplications === 'reject',
    laterMobilizationIsOrder: readings.laterMobilization === 'order',
    homeCountryOnly: readings.clause3Scope === 'homeCountry',
  };
}

// A crosser's facts, set by `drawCrosser` for the case being run (no object per case).
let startDay = 0, postCable = false, crimeAtScreening = false, interruptAt = Infinity, interruptCovered = false;

/**
 * A crosser's facts: the crossing (after the effective date with the kind's share, within the
 * first year of the horizon, the case starting then; else within two years before it, the case
 * starting when the rules do), a crime or case known at screening, where it lies, and clause 3's
 * interrupt at a uniform time over what is left of the horizon.
 */
function drawCrosser(r, share) {
  const after = uniform() < share;
  const u = uniform();
  let crossedAbs;
  if (after) {
    startDay = r.first + Math.floor(u * Math.max(1, Math.min(365, r.horizon - r.first)));
    crossedAbs = r.startAbs + startDay;
  } else {
    startDay = r.first;
    crossedAbs = Math.min(r.startAbs, r.effectiveAbs - 1) - Math.floor(u * 730);
  }
  postCable = crossedAbs >= r.effectiveAbs;
  const crime = uniform() < r.p.hasCrimeOrPendingCase;
  const onHostSide = uniform() < r.p.crimeOnHostSide;
  // Under clause3Scope=homeCountry a crime on the host side is that side's, not clause 3's.
  interruptCovered = !(r.homeCountryOnly && onHostSide);
  crimeAtScreening = crime && interruptCovered;
  interruptAt = uniform() < r.p.crimeEstablishedLater ? startDay + uniform() * (r.horizon - startDay) : Infinity;
}

/** One Chinese resident in Korea (clauses 1, 3, 4a–4b), tallied. */
function chineseResidentInKorea(r, tally) {
  drawCrosser(r, r.crossedAfterShare[0]);
  const p = r.p, d = r.d, horizon = r.horizon;
  let s = C_DETECTED, t = startDay, enteredAt = startDay, node = 0;
  while (s < C_REPATRIATED) {
    let target, days;
    switch (s) {
      case C_DETECTED:
        target = crimeAtScreening ? C_REPATRIATED : postCable && r.handoverForPostCable ? C_HANDOVER : C_MOBILIZED;
        days = sample(d.screening);
        break;
      case C_HANDOVER: // 4a in practice: handed over, or never (the case stays open)
        target = uniform() < p.koreaHandsOver ? C_REPATRIATED : NONE;
        days = target === NONE ? 0 : sample(d.handover);
        break;
      case C_MOBILIZED:
        target = uniform() < p.agreesToReturn ? C_REPATRIATED : C_REFUSED;
        days = sample(d.mobilization);
        break;
      case C_REFUSED:
        target = C_CONSENT;
        days = sample(d.consentRequest);
        break;
      case C_CONSENT:
        target = uniform() < p.koreaConsents ? C_INVESTIGATION : r.declineRepatriates ? C_REPATRIATED : C_MOBILIZED;
        days = sample(d.consentReply);
        break;
      case C_INVESTIGATION:
        target = uniform() < p.requestsRenunciation ? C_RENUNCIATION : C_PASSPORT;
        days = sample(d.investigation);
        break;
      default: // C_RENUNCIATION
        target = C_RENOUNCED;
        days = sample(d.renunciation);
    }
    const at = t + days;
    // Clause 3 strikes first if it comes before the next step (or before the horizon when nothing else will happen).
    if (interruptAt <= (target === NONE ? horizon : Math.min(at, horizon))) {
      t = Math.max(interruptAt, t);
      interruptAt = Infinity;
      if (interruptCovered) {
        s = C_REPATRIATED;
        node = tally.child(node, s);
        enteredAt = t;
      }
      continue; // a crime on the host side: recorded, the case goes on where it stands
    }
    if (target === NONE || at > horizon) break;
    s = target;
    t = enteredAt = at;
    node = tally.child(node, s);
  }
  tally.add(s, node, enteredAt - startDay);
}

/** One Korean citizen in China (clauses 2, 3, 4a–4b), tallied. */
function koreanCitizenInChina(r, tally) {
  drawCrosser(r, r.crossedAfterShare[1]);
  const p = r.p, d = r.d, horizon = r.horizon;
  let s = K_DETECTED, t = startDay, enteredAt = startDay, node = 0;
  while (s !== K_REPATRIATED) {
    let target, days;
    switch (s) {
      case K_DETECTED:
        target = crimeAtScreening ? K_REPATRIATED : K_DUE;
        days = sample(d.screening);
        break;
      case K_DUE:
        target = uniform() < p.returnInconvenient ? K_APPROVAL : K_REPATRIATED;
        days = sample(d.repatriation);
        break;
      case K_APPROVAL:
        target = uniform() < p.koreaApprovesResidence ? K_RESIDING : K_REPATRIATED;
        days = sample(d.residenceReply);
        break;
      case K_RESIDING: // 2c: mobilized at a uniform time in what is left of the horizon, or settled
        target = uniform() < p.mobilizedToReturnLater ? (r.laterMobilizationIsOrder ? K_REPATRIATED : K_MOBILIZED) : NONE;
        days = target === NONE ? 0 : uniform() * (horizon - t);
        break;
      default: // K_MOBILIZED
        target = uniform() < p.agreesToReturnLater ? K_REPATRIATED : K_RESIDING;
        days = sample(d.mobilization);
    }
    const at = t + days;
    if (interruptAt <= (target === NONE ? horizon : Math.min(at, horizon))) {
      t = Math.max(interruptAt, t);
      interruptAt = Infinity;
      if (interruptCovered) {
        s = K_REPATRIATED;
        node = tally.child(node, s);
        enteredAt = t;
      }
      continue;
    }
    if (target === NONE || at > horizon) break;
    s = target;
    t = enteredAt = at;
    node = tally.child(node, s);
  }
  tally.add(s, node, enteredAt - startDay);
}

/** One emigration application (clause 4c), tallied: no clause-3 interrupt for applications. */
function emigrationApplication(r, tally) {
  const window = Math.min(r.submittedWithinDays, r.horizon - r.first);
  const start = r.first + Math.floor(uniform() * Math.max(0, window));
  const p = r.p;
  const political = uniform() < p.hasPoliticalIssues;
  const pending = uniform() < p.hasPendingCase;
  const justified = uniform() < p.isJustified;
  let s = A_REVIEW, node = 0;
  let t = start + sample(r.d.review);
  if (t <= r.horizon) {
    s = political || pending || (r.rejectUnjustified && !justified) ? A_REJECTED : A_APPROVED;
    node = tally.child(node, s);
    if (s === A_APPROVED) {
      const at = t + sample(r.d.departure);
      if (at <= r.horizon) {
        s = A_DEPARTED;
        t = at;
        node = tally.child(node, s);
      }
    }
  }
  tally.add(s, node, t - start);
}

/** The replications `reps` of a prepared run: per replication, per kind, its tally's data. */
function runReps(scenario, reps) {
  const r = prepare(scenario);
  const seedLo = r.seed >>> 0;
  const seedHi = Math.floor(r.seed / 4294967296);
  const runs = [chineseResidentInKorea, koreanCitizenInChina, emigrationApplication];
  return reps.map((rep) => {
    const kinds = KINDS.map((kind, k) => {
      const tally = new Tally(k, r.horizon);
      const keyA = fmix(fmix(fmix(fmix(seedLo ^ 0x243f6a88) ^ seedHi) ^ rep) ^ k);
      const keyB = fmix(fmix(fmix(fmix(seedHi ^ 0x85a308d3) ^ seedLo) ^ (rep + 0x13198a2e)) ^ (k + 0x03707344));
      const run = runs[k];
      for (let i = 0, n = r.counts[k]; i < n; i++) {
        seedCase(keyA, keyB, i);
        hasSpare = false; // a case's normals come from its own stream
        run(r, tally);
      }
      return tally.toData();
    });
    return { rep, kinds };
  });
}

/** Merges per-replication tallies, in replication order (so any worker count gives identical results), into shares, times and paths. */
function summarize(perRep, horizon) {
  const outcomes = {}, timeToOutcomeDays = {}, paths = {};
  let cases = 0;
  KINDS.forEach((kind, k) => {
    const tallies = perRep.map((r) => r.kinds[k]);
    const n = tallies.reduce((a, t) => a + t.n, 0);
    cases += n;
    if (n === 0) return;
    const names = [...OUTCOMES[k].map((s) => STATES[k][s]), OPEN];
    outcomes[kind] = {};
    timeToOutcomeDays[kind] = {};
    names.forEach((name, slot) => {
      let count = 0, sum = 0, sumSq = 0;
      const bins = tallies[0].bins;
      const hist = new Float64Array(bins);
      for (const t of tallies) {
        count += t.counts[slot];
        sum += t.daysSum[slot];
        sumSq += t.daysSumSq[slot];
        for (let b = 0; b < bins; b++) hist[b] += t.hist[slot * bins + b];
      }
      if (name === OPEN && count === 0) return;
      outcomes[kind][name] = { count, share: count / n };
      if (name === OPEN || count === 0) return;
      const quantile = (q) => {
        let acc = 0;
        for (let b = 0; b < bins; b++) if ((acc += hist[b]) >= q * count) return b + 0.5;
        return horizon;
      };
      const mean = sum / count;
      timeToOutcomeDays[kind][name] = { mean, sd: Math.sqrt(Math.max(0, sumSq / count - mean * mean)), median: quantile(0.5), p90: quantile(0.9) };
    });
    const byPath = new Map();
    for (const t of tallies) for (const [path, c] of Object.entries(t.paths)) byPath.set(path, (byPath.get(path) ?? 0) + c);
    paths[kind] = [...byPath.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([path, count]) => ({ path, count, share: count / n }));
  });
  return { engine: 'hand-written', cases, outcomes, timeToOutcomeDays, paths };
}

/**
 * Runs a resolved scenario by hand with `workers` threads (replications split r mod workers).
 * Returns { engine, cases, outcomes, timeToOutcomeDays (mean, sd, median, p90), paths }, shaped
 * like the result JSON of `simulate` where the two overlap.
 */
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
  return summarize(reps, scenario.horizonDays);
}

if (!isMainThread && workerData?.reps) parentPort.postMessage(runReps(workerData.scenario, workerData.reps));
