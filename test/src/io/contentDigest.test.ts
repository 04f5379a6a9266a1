import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCase } from '../../../src/case/openCase.js';
import { persistCase } from '../../../src/case/persistCase.js';
import { restoreCase } from '../../../src/case/restoreCase.js';
import { sampleTraces } from '../../../src/case/sampleTraces.js';
import { InputError } from '../../../src/InputError.js';
import { checkContentDigest, contentDigest } from '../../../src/io/contentDigest.js';
import { resolveScenario } from '../../../src/scenario/loadScenario.js';
import { checkPartial } from '../../../src/simulate/checkPartial.js';
import { simulatePartial } from '../../../src/simulate/simulate.js';

type Doc = Record<string, unknown>;
type Path = (string | number)[];

/** Every place in a document but its digest: the path to each value, nested ones included. */
function places(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.filter(([k]) => !(path.length === 0 && k === 'digest')).flatMap(([k, v]) => [[...path, k], ...places(v, [...path, k])]);
}

/** One edit of one field: its value replaced by another JSON value, the field removed, or a field added beside it. */
const editOf = fc.tuple(fc.nat(), fc.constantFrom('replace', 'remove', 'add'), fc.jsonValue({ maxDepth: 2 }));

function edit(doc: Doc, [at, how, value]: [number, string, unknown]): Doc {
  const all = places(doc);
  const path = all[at % all.length]!;
  const copy = structuredClone(doc);
  const parent = path.slice(0, -1).reduce<any>((node, k) => node[k], copy);
  const key = path.at(-1)!;
  if (how === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (how === 'add') {
    if (Array.isArray(parent)) parent.push(value);
    else parent[`${String(key)}+`] = value;
  } else {
    fc.pre(JSON.stringify(parent[key]) !== JSON.stringify(value));
    parent[key] = value;
  }
  return copy;
}

/** Law: a sealed document with any single field edited (its digest left as written) is refused. */
const refusesEveryEdit = (docs: fc.Arbitrary<Doc>, check: (doc: Doc) => unknown) =>
  fc.property(docs, editOf, (doc, e) => {
    // Edit outside `expect`: an edit that changes nothing is skipped with fc.pre, whose signal
    // must reach fast-check rather than be caught as the "error" the check is expected to throw.
    const edited = edit(doc, e);
    expect(() => check(edited)).toThrow(InputError);
  });

const saves = fc.tuple(fc.nat({ max: 2 ** 32 }), fc.nat(2)).map(([seed, k]) => {
  const trace = [...sampleTraces({ seed, perKind: 1 })][k]!;
  const run = openCase(trace.kind, trace.input, { readings: trace.readings });
  let previous = Date.parse(trace.start);
  for (const s of trace.steps) {
    run.send(s.event, (Date.parse(s.time) - previous) / 86_400_000);
    previous = Date.parse(s.time);
  }
  return JSON.parse(JSON.stringify(persistCase(run))) as Doc;
});

const scenario = resolveScenario({ name: 'tiny', replications: 2, population: { chineseResidentInKorea: { count: 5 }, koreanCitizenInChina: { count: 3 }, emigrationApplication: { count: 3 } } }, 'tiny');
const partials = await Promise.all([1, 2].map(async (index) => JSON.parse(JSON.stringify(await simulatePartial(scenario, { shard: { index, count: 2 } }))) as Doc));

/** A digest that leaves out one field (`drop` removes it): the broken variant the law must catch. */
const digestWithout = (drop: (doc: Doc) => void) => (doc: Doc) => {
  const copy = structuredClone(doc);
  drop(copy);
  return contentDigest(copy);
};
const brokenCheck = (digest: (doc: Doc) => string) => (doc: Doc) => {
  if (doc['digest'] !== digest(doc)) throw new InputError('changed');
};
const sealedWith = (digest: (doc: Doc) => string) => (doc: Doc) => ({ ...doc, digest: digest(doc) });

describe('contentDigest', () => {
  it('is sha256 over canonical JSON: key order, indentation and the digest key itself do not count', () => {
    const doc = { b: [1, { y: 'é', x: null }], a: { d: 2, c: true } };
    expect(contentDigest(doc)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentDigest({ a: { c: true, d: 2 }, b: [1, { x: null, y: 'é' }], digest: 'anything' })).toBe(contentDigest(doc));
    expect(contentDigest({ ...doc, b: [{ y: 'é', x: null }, 1] })).not.toBe(contentDigest(doc));
  });

  it('is the same for a document and its JSON round trip (undefined fields are absent)', () => {
    const doc = { a: undefined, b: [undefined, 1], c: { toJSON: () => 'c' } };
    expect(contentDigest(JSON.parse(JSON.stringify(doc)))).toBe(contentDigest(doc));
  });

  it('names a missing digest and a mismatch in one line each', () => {
    expect(() => checkContentDigest({ a: 1 }, 'f.json', 'the save')).toThrow('f.json: the save has no digest (written by a version before 0.7 or edited)');
    expect(() => checkContentDigest({ a: 1, digest: 'sha256:0' }, 'f.json', 'the save')).toThrow('f.json: the save was changed after it was written (its digest does not match its content)');
    expect(() => checkContentDigest({ a: 1, digest: contentDigest({ a: 1 }) }, 'f.json', 'the save')).not.toThrow();
  });
});

describe('a save or a partial with any single field edited is refused', () => {
  it('restoreCase refuses every edited save', () => fc.assert(refusesEveryEdit(saves, (d) => restoreCase(d, {}, 's.json')), { numRuns: 200 }));
  it('checkPartial refuses every edited partial', () =>
    fc.assert(refusesEveryEdit(fc.constantFrom(...partials), (d) => checkPartial(d, 'p.json')), { numRuns: 200 }));
  it('both accept the documents as written', () => {
    fc.assert(fc.property(saves, (d) => void restoreCase(d)), { numRuns: 20 });
    for (const p of partials) expect(checkPartial(p, 'p.json').digest).toBe(p['digest']);
  });

  it('catches a digest that ignores the readings of a save, and one that ignores the seed of a partial', () => {
    const noReadings = digestWithout((d) => delete (d['trace'] as Doc)['readings']);
    const brokenSaves = saves.map(sealedWith(noReadings));
    expect(fc.check(refusesEveryEdit(brokenSaves, brokenCheck(noReadings)), { numRuns: 500, seed: 1957 }).failed).toBe(true);
    const noSeed = digestWithout((d) => delete (d['scenario'] as Doc)['seed']);
    const brokenPartials = fc.constantFrom(...partials.map(sealedWith(noSeed)));
    expect(fc.check(refusesEveryEdit(brokenPartials, brokenCheck(noSeed)), { numRuns: 500, seed: 1957 }).failed).toBe(true);
  });
});
