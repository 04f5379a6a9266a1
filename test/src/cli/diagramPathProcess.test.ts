import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseModel } from '../../../src/case/caseModel.js';
import { cliPath } from '../../support/spawnCli.js';

// `diagram <kind> --path "a>b>…"` (issue 13, item 3): a case's path drawn on its statechart.
const dir = mkdtempSync(join(tmpdir(), 'cable1957-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const d = caseModel('koreanCitizenInChina').description;
// Settled in residing after a refused mobilization: the 2c loop, taken once each way.
const path = ['detected', 'repatriationDue', 'approvalSought', 'residing', 'mobilizedToReturn', 'residing'];
const index = (from: string, to: string) => d.transitions.findIndex((t) => t.from === from && t.toLeaf === to && !t.guard);

describe('diagram --path (process)', () => {
  it('svg: the states of the path and the edges between consecutive ones carry the class "path", and nothing else does', () => {
    const r = cli(['diagram', 'koreanCitizenInChina', '--format', 'svg', '--path', path.join(' > ')]);
    expect([r.code, r.err]).toEqual([0, '']);
    const nodes = [...r.out.matchAll(/<g id="node\d+" class="node path">\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(nodes.sort()).toEqual([...new Set(path)].sort());
    const edges = [...r.out.matchAll(/<g id="([^"]+)" class="edge path">/g)].map((m) => m[1]!.replaceAll('&#45;', '-'));
    const taken = path.slice(1).map((b, i) => `edge-${index(path[i]!, b)}-${path[i]}`);
    // The start arrow too: the path begins at the initial state.
    expect(edges.sort()).toEqual(['edge1', ...taken].sort());
    expect(taken.every((id) => !id.startsWith('edge--1'))).toBe(true);
  });

  it('dot: the same, as Graphviz attributes; mermaid: the states styled "path" and the transitions numbered by step', () => {
    const dot = cli(['diagram', 'koreanCitizenInChina', '--format', 'dot', '--path', path.join('>')]);
    expect(dot.code).toBe(0);
    expect(dot.out.match(/class="path"/g)).toHaveLength(new Set(path).size + path.length); // states, steps and the start arrow
    const mmd = cli(['diagram', 'koreanCitizenInChina', '--path', path.join('>')]);
    expect(mmd.code).toBe(0);
    expect(mmd.out).toContain(`  class ${[...new Set(path)].join(',')} path\n`);
    expect(mmd.out).toContain('residing --> mobilizedToReturn : 4. publicSecurity.mobilizesReturn / 2c');
    expect(mmd.out).toContain('mobilizedToReturn --> residing : 5. person.refusesToReturn / 2b 2c');
    expect(mmd.out.match(/ : \d\. /g)).toHaveLength(path.length - 1);
  });

  it.each([
    ['detected>repatriationDue>nowhere', 'diagram --path: "nowhere" (step 3) is not a state of koreanCitizenInChina'],
    ['detected>residing', 'diagram --path: no transition of koreanCitizenInChina goes from "detected" to "residing" (steps 1 and 2)'],
    ['open>repatriated', 'diagram --path: "open" (step 1) is not a state of koreanCitizenInChina'],
    ['detected>>residing', 'diagram --path: step 2 of "detected>>residing" is empty'],
  ])('a path the machine cannot take (%s) is refused: one line, exit 2, no file left', (text, message) => {
    for (const format of ['svg', 'dot', 'mermaid']) {
      const out = join(dir, `bad.${format}`);
      const r = cli(['diagram', 'koreanCitizenInChina', '--format', format, '--path', text, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('--help describes --path', () => {
    const r = cli(['diagram', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--path "a>b>…"');
    expect(r.out).toMatch(/--path +a case's path, its states joined by ">"/);
  });

  it('the file written with --path is the one printed', () => {
    const out = join(dir, 'p.svg');
    expect(cli(['diagram', 'koreanCitizenInChina', '--format', 'svg', '--path', path.join('>'), '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('class="node path"');
  });
});
