import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { InputError } from '../InputError.js';
import { isSeed, seedHalves, seedRange } from '../random/seedHalves.js';
import { transitionsIn } from '../structure/machineStructure.js';
import { caseKindNames, caseModel } from './caseModel.js';
import { openCase } from './openCase.js';
import type { Trace } from './Trace.js';

/** Options for the built-in sample of traces. */
export interface SampleOptions {
  /** Seed of the random walks, 0 … 2^53 − 1. @defaultValue 1957 */
  readonly seed?: number;
  /** Cases per kind. @defaultValue 4 */
  readonly perKind?: number;
  /** Kinds to sample. @defaultValue every kind */
  readonly kinds?: readonly string[];
}

/**
 * A small, deterministic sample of traces for trying the event-log exports: for each kind,
 * random facts (from the kind's fact specs) and a random walk over the events each state
 * accepts, 1–30 days apart, ending in an outcome. Facts may predate the cable (a crossing in
 * 1955), but each case starts at the effective date at the earliest (`openCase`): no step is
 * dated before it. Same seed ⇒ same traces.
 */
export function* sampleTraces(options: SampleOptions = {}): Generator<Trace> {
  const seed = options.seed ?? 1957;
  if (!isSeed(seed)) throw new InputError(`the sample's seed must be ${seedRange}; got ${seed}`);
  // pure-rand's xoroshiro128plus(seed) keeps only 32 bits; this is its state for the low half,
  // with the high half in the two words it leaves constant: seeds below 2^32 keep their traces.
  const { hi, lo } = seedHalves(seed);
  const rng = xoroshiro128plusFromState([~hi, ~lo, lo | 0, hi | 0]);
  const pick = <T>(items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)]!;
  for (const kind of options.kinds ?? caseKindNames()) {
    const model = caseModel(kind);
    // Events every open state accepts (clause 3's override) would cut most walks short: take them rarely.
    const open = model.description.states.filter((s) => s.leaf && !s.final).map((s) => s.name);
    const everywhere = model.events.filter((e) => open.every((state) => transitionsIn(model.description, state).some((t) => t.event === e)));
    for (let i = 1; i <= (options.perKind ?? 4); i++) {
      const facts: Record<string, string | boolean> = {};
      for (const [name, spec] of Object.entries(model.facts)) {
        if (spec.type === 'boolean') facts[name] = uniformInt(rng, 0, 3) === 0 ? !spec.default : spec.default;
        else if (spec.type === 'date') facts[name] = new Date(Date.UTC(1955, uniformInt(rng, 0, 47), uniformInt(rng, 1, 28))).toISOString().slice(0, 10);
        // A closed set (e.g. crimeWhere home|host): its default mostly, another value now and then.
        else if (spec.oneOf) facts[name] = uniformInt(rng, 0, 3) === 0 ? pick(spec.oneOf) : String(spec.default);
        else facts[name] = `${kind}-${i}`;
      }
      const run = openCase(kind, facts);
      // Walk until final, or stop in a settled state half the time; the bound only guards loops.
      for (let step = 0; step < 20 && run.status !== 'final'; step++) {
        if (run.status === 'settled' && uniformInt(rng, 0, 1) === 0) break;
        const accepted = run.accepted();
        const usual = accepted.filter((e) => !everywhere.includes(e));
        if (accepted.length === 0) break;
        run.send(pick(usual.length > 0 && uniformInt(rng, 0, 9) > 0 ? usual : accepted), uniformInt(rng, 1, 30));
      }
      yield run.trace();
    }
  }
}
