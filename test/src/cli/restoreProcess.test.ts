import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../../src/io/contentDigest.js';
import { cliInTempDir } from '../../support/cliInTempDir.js';

// Corrupted saves from the adversarial run (outside-checks.md, D3 and D14): each is replayed
// against the machine on --restore and refused with one line when anything disagrees.
const { dir, cli } = cliInTempDir('cable1957-restore-');

type Save = { digest?: unknown; snapshot: Record<string, unknown> & { context: Record<string, unknown> }; trace: Record<string, unknown> & { input: Record<string, unknown>; readings: Record<string, unknown>; steps: Record<string, unknown>[] } };
expect(cli('case', 'chineseResidentInKorea', '--facts', 'crossedOn=1957-06-01', '--events', 'authorities.screen@3,person.refusesToReturn@10', '--save', 'good.json').code).toBe(0);
const good = JSON.parse(readFileSync(join(dir, 'good.json'), 'utf8')) as Save;
// Each edit gets its digest recomputed, as a forger would: so the replay, not the digest, is what
// must refuse it (the digest is tested on its own below).
const edited = (edit: (save: Save) => void, reseal = true): Save => {
  const save = structuredClone(good);
  edit(save);
  if (reseal) save.digest = contentDigest(save);
  return save;
};
const bothFacts = (name: string, value: unknown) => (s: Save) => {
  s.snapshot.context[name] = value;
  s.trace.input[name] = value;
};
const resume = (file: string) => cli('case', '--restore', file, '--events', 'embassy.seeksConsent,korea.consents,embassy.completesInvestigation', '--format', 'json', '--save', 'out.json');

describe('case --restore replays the save against the machine (process)', () => {
  it.each([
    ['a crime in facts and snapshot, in state refused', bothFacts('hasCrimeOrPendingCase', true), 'trace: steps[0] (authorities.screen) goes "detected" → "mobilized" but with these facts and readings the machine goes "detected" → "repatriated"'],
    // Model version 2: a post-cable crosser waits for the Korean side's handover (4a).
    ['a post-cable crossing date in facts and snapshot', bothFacts('crossedOn', '1958-06-01'), 'trace: steps[0] (authorities.screen) goes "detected" → "mobilized" but with these facts and readings the machine goes "detected" → "handoverDue"'],
    ['a clause outside the registry in the basis', (s: Save) => (s.snapshot.context['basis'] = ['9z', '1b']), 'the saved snapshot says basis [9z, 1b] but replaying the trace gives [1a, 1b]'],
    ['a made-up path', (s: Save) => (s.snapshot.context['path'] = ['nowhere']), 'the saved snapshot says path [nowhere] but replaying the trace gives [mobilized, refused]'],
    ['a broken step chain', (s: Save) => (s.trace.steps[0]!['to'] = 'passportIssued'), 'trace: steps[0] (authorities.screen) goes "detected" → "passportIssued" but with these facts and readings the machine goes "detected" → "mobilized"'],
    ['no steps with the snapshot in refused', (s: Save) => (s.trace.steps = []), 'trace: "state" is "refused" but replaying the steps gives "detected"'],
    ['a snapshot in another state than its trace', (s: Save) => (s.snapshot['value'] = { open: 'mobilized' }), 'the saved snapshot is in "mobilized" but replaying the trace ends in "refused"'],
    ['a start after the steps', (s: Save) => (s.trace['start'] = '1958-01-01T00:00:00.000Z'), 'trace: steps[0].time "1957-12-20T00:00:00.000Z" is earlier than the start "1958-01-01T00:00:00.000Z"'],
    ['steps out of time order', (s: Save) => (s.trace.steps[0]!['time'] = '1958-01-10T00:00:00.000Z'), 'trace: steps[1].time "1957-12-30T00:00:00.000Z" is earlier than the step before'],
    ['a step removed', (s: Save) => s.trace.steps.shift(), 'trace: steps[0].index is 2, expected 1'],
    ['a bogus clause on a step', (s: Save) => (s.trace.steps[1]!['clauses'] = ['9z']), 'trace: steps[1].clauses are ["9z"] but the transition cites ["1b"]'],
    ['a missing context.basis (not "the case has ended")', (s: Save) => delete s.snapshot.context['basis'], 'the saved snapshot has no basis but replaying the trace gives [1a, 1b]'],
    ['an extra context key', (s: Save) => (s.snapshot.context['extra'] = 1), 'the saved snapshot has extra 1, which replaying the trace does not give'],
    ['lastClauses: null', (s: Save) => (s.snapshot.context['lastClauses'] = null), 'the saved snapshot says lastClauses null but replaying the trace gives [1b]'],
    ['a fake child actor', (s: Save) => (s.snapshot['children'] = { x: { src: 'y', snapshot: {} } }), 'the saved snapshot says children {"x":{"src":"y","snapshot":{}}} but replaying the trace gives {}'],
    ['a trace basis that disagrees', (s: Save) => (s.trace['basis'] = ['1a']), 'trace: "basis" is ["1a"] but replaying the steps gives ["1a","1b"]'],
    ['readings that are not an object', (s: Save) => ((s.trace as Record<string, unknown>)['readings'] = 5), 'trace: "readings" must be an object of reading names and options'],
    ['a prototype key as a fact', (s: Save) => (s.trace.input['constructor'] = 'x'), 'trace: input has an unknown fact "constructor"'],
  ])('refuses %s', (_, edit, message) => {
    writeFileSync(join(dir, 'c.json'), JSON.stringify(edited(edit as (s: Save) => void)));
    const r = resume('c.json');
    expect(r.err).toContain(`cable1957: c.json: ${message}`);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it("accepts XState's object notation for the state, and a good save, and goes on to the same end", () => {
    const normal = resume('good.json');
    expect(normal.code).toBe(0);
    rmSync(join(dir, 'out.json'));
    writeFileSync(join(dir, 'object.json'), JSON.stringify(edited((s) => (s.snapshot['value'] = { open: { refused: {} } }))));
    const object = resume('object.json');
    expect([object.code, object.err]).toEqual([0, '']);
    expect(object.out).toBe(normal.out);
    expect(JSON.parse(object.out)).toMatchObject({ outcome: 'passportIssued', basis: ['1a', '1b'] });
    rmSync(join(dir, 'out.json'));
  });
});

describe('case --restore refuses a save whose digest does not match (process)', () => {
  const refused = (save: Save, message: string) => {
    writeFileSync(join(dir, 'd.json'), JSON.stringify(save));
    const r = resume('d.json');
    expect(r.err).toBe(`cable1957: d.json: ${message}\n`);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  };
  const changed = 'the save was changed after it was written (its digest does not match its content)';

  it('refuses readings edited to others under which the steps replay the same (D3)', () => {
    const save = edited((s) => (s.trace.readings['koreanSideDeclines'] = 'mobilizeAgain'), false);
    refused(save, changed);
    // The replay alone cannot tell: with the digest recomputed the edit goes through. The digest
    // catches edits, not a forger.
    writeFileSync(join(dir, 'forged.json'), JSON.stringify(edited((s) => (s.trace.readings['koreanSideDeclines'] = 'mobilizeAgain'))));
    expect(resume('forged.json').code).toBe(0);
    rmSync(join(dir, 'out.json'));
  });

  it('refuses any edit left unsealed, a missing digest and a digest that is not one', () => {
    refused(edited((s) => (s.snapshot.context['basis'] = ['9z', '1b']), false), changed);
    refused(edited((s) => (s.trace.steps[1]!['clauses'] = ['1a']), false), changed);
    refused(edited((s) => (s.digest = 'sha256:0'), false), changed);
    refused(edited((s) => (s.digest = 7), false), changed);
    refused(edited((s) => delete s.digest, false), 'the save has no digest (written by a version before 0.7 or edited)');
  });

  it('accepts a save re-indented or with its keys reordered (the digest is over canonical JSON)', () => {
    const { digest, ...rest } = good;
    const reordered = Object.fromEntries(Object.entries({ ...rest, digest }).reverse());
    writeFileSync(join(dir, 'r.json'), JSON.stringify(reordered, null, 7));
    const r = resume('r.json');
    expect([r.code, r.err]).toEqual([0, '']);
    rmSync(join(dir, 'out.json'));
  });
});
