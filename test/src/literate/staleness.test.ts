import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseMachines } from '../../../machines/index.js';
import { defaultLiterateInput } from '../../../src/literate/defaultLiterateInput.js';
import { literateFiles } from '../../../src/literate/literateFiles.js';
import { staleLiterateFiles } from '../../../src/literate/staleLiterateFiles.js';
import { describeMachine } from '../../../src/structure/describeMachine.js';
import { variant, withState } from '../../laws/variant.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const committed = (path: string) => (existsSync(`${root}${path}`) ? readFileSync(`${root}${path}`, 'utf8') : undefined);

describe('literate model › staleness', () => {
  it('docs/model.md and docs/model.html are what `npm run literate` generates now', async () => {
    const stale = staleLiterateFiles(await literateFiles(defaultLiterateInput(root)), committed);
    expect(stale, stale.join('\n')).toEqual([]);
  });

  it('reports both files stale, telling to run `npm run literate`, when a machine description changes (on a copy)', async () => {
    const input = defaultLiterateInput(root);
    const [kind, machine] = Object.entries(caseMachines)[0]!;
    const state = describeMachine(machine).initial;
    const changed = variant(machine, (config) => withState(config, state, (node) => ({ ...node, description: 'A description edited after the model was generated.' })));
    const stale = staleLiterateFiles(await literateFiles({ ...input, machines: { ...input.machines, [kind]: changed } }), committed);
    expect(stale).toHaveLength(2);
    for (const [i, path] of ['docs/model.md', 'docs/model.html'].entries()) {
      expect(stale[i]).toContain(path);
      expect(stale[i]).toContain('run `npm run literate`');
    }
  });

  it('reports a missing file', async () => {
    const stale = staleLiterateFiles([{ path: 'docs/none.md', text: 'x' }], () => undefined);
    expect(stale).toEqual(['docs/none.md is missing: run `npm run literate` and commit it']);
  });
});
