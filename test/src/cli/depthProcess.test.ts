import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../../support/spawnCli.js';
import { mermaidStructure } from '../../support/mermaidStructure.js';

// Model version 2 puts the crossers' open states inside one compound state `open`: the built
// CLI must speak of leaf states and draw clause 3 once.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-depth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const CRIME = 'authorities.establishCrimeOrPendingCase';

describe('the CLI on machines with depth (process)', () => {
  it.each(['chineseResidentInKorea', 'koreanCitizenInChina'])('diagram %s --format mermaid: a composite open and exactly one clause-3 edge, from open', (kind) => {
    const r = cli(['diagram', kind, '--format', 'mermaid']);
    expect(r.code).toBe(0);
    expect(mermaidStructure(r.out).problems).toEqual([]);
    expect(r.out).toContain('\n  state open {\n    [*] --> detected\n');
    // Model version 2: clause 3 is guarded by the reading clause3Scope, and a crime it does not cover
    // is recorded in place (4a): a self-loop on open. Exactly one edge cites clause 3.
    // An arrow leaving a composite is unlabelled (Mermaid would lay its label over another's): its
    // label is in open's title, once.
    const crime = r.out.split('\n').filter((l) => l.includes(CRIME));
    expect(crime).toEqual([`  open : open · 3 4a<br/>${CRIME} [clause3Covers] / 3 → repatriated<br/>${CRIME} / 4a → open`]);
    expect(r.out.split('\n').filter((l) => /^\s*open --> /.test(l))).toEqual(['  open --> repatriated', '  open --> open']);
  });

  it('diagram --format dot: a cluster for open and one clause-3 edge leaving it', () => {
    const r = cli(['diagram', 'koreanCitizenInChina', '--format', 'dot']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('subgraph "cluster_open" {');
    // Model version 2: the clause-3 edge is guarded (clause3Covers); the host-side alternative (4a) loops on open's anchor.
    // Events are broken after their actor (a narrower diagram, for a projector).
    const [actor, verb] = CRIME.split('.') as [string, string];
    expect(r.out.split('\n').filter((l) => l.includes(verb))).toHaveLength(2);
    expect(r.out).toMatch(new RegExp(`-> "repatriated" \\[id="edge-\\d+-open", label="${actor}\\.\\n${verb}\\n\\[clause3Covers\\]\\n3", .*ltail="cluster_open"\\];`));
    expect(r.out).toMatch(new RegExp(`"open:self" -> "open:self" \\[id="edge-\\d+-open", label="${actor}\\.\\n${verb}\\n4a", tooltip="[^"]+"\\];`));
    expect(r.out).toMatch(/subgraph "cluster_open" \{[^}]*"open:self" \[shape=point/);
  });

  it('verify: counts leaf states and transitions as written, and finds no problem', () => {
    const r = cli(['verify']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^koreanCitizenInChina — \d+ situations \(facts × readings\): states (\d+)\/\1 \(leaves, in compound open\), transitions (\d+)\/\2 \(as written\)/m);
    expect(r.out).toContain('verified: every state reachable');
  });

  it('case: steps go from leaf to leaf, and a saved case keeps XState\u2019s nested value and restores to the leaf', () => {
    const saved = join(dir, 'case.json');
    const r = cli(['case', 'koreanCitizenInChina', '--events', 'authorities.screen', '--save', saved, '--format', 'json']);
    expect(r.code).toBe(0);
    const first = JSON.parse(r.out) as { steps: { from: string; to: string }[]; state: string };
    expect(first.steps.map((s) => [s.from, s.to])).toEqual([['detected', 'repatriationDue']]);
    expect(JSON.parse(readFileSync(saved, 'utf8')).snapshot.value).toEqual({ open: 'repatriationDue' });
    const back = cli(['case', '--restore', saved, '--events', CRIME, '--format', 'json']);
    expect(back.code).toBe(0);
    const trace = JSON.parse(back.out) as { steps: { from: string; to: string; clauses: string[] }[]; outcome: string };
    expect(trace.steps.at(-1)).toMatchObject({ from: 'repatriationDue', to: 'repatriated', clauses: ['3'] });
    expect(trace.outcome).toBe('repatriated');
  });
});
