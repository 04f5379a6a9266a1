import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';

// Edited partials from the adversarial run (outside-checks.md, D6): merge checks each against
// its format and the machines, and refuses with one line naming the file and the field.
const { dir, cli } = cliInTempDir('cable1957-merge-');

writeFileSync(join(dir, 'small.yaml'), 'name: small\nreplications: 3\npopulation: { chineseResidentInKorea: { count: 40 }, koreanCitizenInChina: { count: 20 }, emigrationApplication: { count: 20 } }\n');
for (const i of [1, 2]) expect(cli('simulate', '--scenario', 'small.yaml', '--shard', `${i}/2`, '--out', `p${i}.json`).code).toBe(0);
type Partial = Record<string, unknown> & { scenario: Record<string, unknown> & { population: Record<string, Record<string, unknown>> }; reps: { rep: number; kinds: Record<string, Tally> }[] };
type Tally = { n: number; outcomes: Record<string, { count: unknown; daysSum: unknown; days: unknown }>; paths: Record<string, number> };
const read = (i: number) => JSON.parse(readFileSync(join(dir, `p${i}.json`), 'utf8')) as Partial;
const K = 'chineseResidentInKorea';
const firstOutcome = (p: Partial) => Object.values(p.reps[0]!.kinds[K]!.outcomes).find((o) => (o.count as number) > 0)!;

describe('merge validates partials (process)', () => {
  it.each([
    ['a count edited up', false, (p: Partial) => (firstOutcome(p).count = 999999), `reps[0].kinds.${K}.outcomes: the counts add up to`],
    ['a negative count', false, (p: Partial) => (firstOutcome(p).count = -50), 'found -50, expected a non-negative integer'],
    ['a string count', false, (p: Partial) => (firstOutcome(p).count = 'abc'), 'found "abc", expected a non-negative integer'],
    ['days that are not a sketch', false, (p: Partial) => (firstOutcome(p).days = 'x'), 'found "x", expected a list of [bucket, count] pairs'],
    ['a daysSum of 1e308', false, (p: Partial) => (firstOutcome(p).daysSum = 1e308), '.daysSum: 1e+308 does not fit the times in days'],
    ['n = 0', false, (p: Partial) => (p.reps[0]!.kinds[K]!.n = 0), `reps[0].kinds.${K}.n: 0 cases, but the scenario has 40 per replication`],
    ['a kind missing from a replication', false, (p: Partial) => delete p.reps[0]!.kinds[K], `reps[0].kinds.${K}: missing; every replication holds every case kind`],
    ['an extra kind', false, (p: Partial) => (p.reps[0]!.kinds['martian'] = { n: 0, outcomes: {}, paths: {} }), 'reps[0].kinds.martian: unknown case kind'],
    ['an outcome the machine lacks', false, (p: Partial) => (p.reps[0]!.kinds[K]!.outcomes['flying'] = { count: 0, daysSum: 0, days: [] }), `reps[0].kinds.${K}.outcomes.flying: not an outcome of ${K}`],
    ['a path through no state', false, (p: Partial) => (p.reps[0]!.kinds[K]!.paths['detected>flying'] = 0), `path "detected>flying" names "flying", not a state of ${K}`],
    ['an unknown engine in both', true, (p: Partial) => (p['engine'] = 'turbo'), 'engine: found "turbo", expected one of compiled, xstate, xstate+check'],
    ['a negative population in both', true, (p: Partial) => (p.scenario.population[K]!['count'] = -5), `scenario: population.${K}.count: found -5, expected a non-negative integer`],
    ['a shard index beyond its count', false, (p: Partial) => (p['shard'] = { index: 7, count: 1 }), 'shard: found {"index":7,"count":1}, expected an index no larger than the count'],
    ['a replication in the wrong shard', false, (p: Partial) => (p.reps[0]!.rep = 1), 'reps[0].rep: replication 1 does not belong to shard 1/2'],
    ['reps: null', false, (p: Partial) => ((p as Record<string, unknown>)['reps'] = null), 'reps: found null, expected a list of replications'],
    ['replications: 1e8 in both', true, (p: Partial) => (p.scenario['replications'] = 1e8), 'scenario: replications: found 100000000, expected an integer from 1 to 100000'],
  ])('refuses %s', (_, both, edit, message) => {
    const [a, b] = [read(1), read(2)];
    edit(a);
    if (both) edit(b);
    // Digests recomputed, as a forger would: the checks against the machines must refuse the edit.
    a['digest'] = contentDigest(a);
    b['digest'] = contentDigest(b);
    writeFileSync(join(dir, 'e1.json'), JSON.stringify(a));
    writeFileSync(join(dir, 'e2.json'), JSON.stringify(b));
    const started = Date.now();
    const r = cli('merge', 'e1.json', 'e2.json', '--format', 'json', '--out', 'm.json');
    expect(r.err).toContain(`cable1957: e1.json: `);
    expect(r.err).toContain(message);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(existsSync(join(dir, 'm.json'))).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('still merges untouched partials into exactly the unsharded result', () => {
    const merged = cli('merge', 'p2.json', 'p1.json', '--format', 'json');
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(cli('simulate', '--scenario', 'small.yaml', '--format', 'json').out);
  });

  it('names the missing replications of a large run at once, without listing them all', () => {
    const p = read(1);
    const unsealed = { ...p, scenario: { ...p.scenario, replications: 100000 }, shard: { index: 1, count: 100000 }, reps: [p.reps[0]] };
    const big = { ...unsealed, digest: contentDigest(unsealed) };
    writeFileSync(join(dir, 'big.json'), JSON.stringify(big));
    const r = cli('merge', 'big.json');
    expect(r.err).toBe('cable1957: merge: replications missing: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (99999 in all)\n');
    expect(r.code).toBe(2);
  });
});

describe('merge refuses partials whose digest does not match (process)', () => {
  const refused = (edit: (a: Partial, b: Partial) => void, message: string) => {
    const [a, b] = [read(1), read(2)];
    edit(a, b);
    writeFileSync(join(dir, 'e1.json'), JSON.stringify(a));
    writeFileSync(join(dir, 'e2.json'), JSON.stringify(b));
    const r = cli('merge', 'e1.json', 'e2.json', '--format', 'json', '--out', 'm.json');
    expect(r.err).toBe(`cable1957: e1.json: ${message}\n`);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'm.json'))).toBe(false);
  };
  const changed = 'the partial result was changed after it was written (its digest does not match its content)';

  it('refuses the seed edited to the same value in both partials (D6)', () => {
    refused((a, b) => {
      a.scenario['seed'] = 12345;
      b.scenario['seed'] = 12345;
    }, changed);
  });

  it('refuses a count edited unsealed, a missing digest and a digest that is not one', () => {
    refused((a) => (firstOutcome(a).count = 999999), changed);
    refused((a) => (a['digest'] = 'sha256:0'), changed);
    refused((a) => (a['digest'] = null), changed);
    refused((a) => delete a['digest'], 'the partial result has no digest (written by a version before 0.7 or edited)');
  });

  it('writes the same digest for the same run', () => {
    expect(cli('simulate', '--scenario', 'small.yaml', '--shard', '1/2', '--out', 'again.json').code).toBe(0);
    expect(readFileSync(join(dir, 'again.json'), 'utf8')).toBe(readFileSync(join(dir, 'p1.json'), 'utf8'));
    expect(read(1)['digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
