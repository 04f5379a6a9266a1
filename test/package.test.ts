import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Code outside the repository imports the built package by name (`npm test` builds dist/ first).
const root = fileURLToPath(new URL('..', import.meta.url));
const outside = mkdtempSync(join(tmpdir(), 'cable1957-consumer-'));
mkdirSync(join(outside, 'node_modules'));
symlinkSync(root, join(outside, 'node_modules', 'cable1957'), 'dir');
symlinkSync(join(root, 'node_modules', 'xstate'), join(outside, 'node_modules', 'xstate'), 'dir');
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const drive = `
  const a = createActor(m.chineseResidentInKoreaMachine, { input: { caseId: 'x', crossedOn: '1957-01-01', hasCrimeOrPendingCase: false } }).start();
  for (const type of ['authorities.screen', 'person.agreesToReturn']) a.send({ type });
  console.log(JSON.stringify({
    names: ['chineseResidentInKoreaMachine', 'koreanCitizenInChinaMachine', 'emigrationApplicationMachine', 'caseMachines', 'cable'].filter((n) => n in m),
    kinds: Object.keys(m.caseMachines),
    output: a.getSnapshot().output,
    date: m.cable.date,
  }));`;
const expected = {
  names: ['chineseResidentInKoreaMachine', 'koreanCitizenInChinaMachine', 'emigrationApplicationMachine', 'caseMachines', 'cable'],
  kinds: ['chineseResidentInKorea', 'koreanCitizenInChina', 'emigrationApplication'],
  output: { outcome: 'repatriated', basis: ['1a'] },
  date: '1957-12-17',
};

describe('the built package, imported from outside the repository', () => {
  it('works as ESM', () => {
    writeFileSync(join(outside, 'esm.mjs'), `import * as m from 'cable1957'; import { createActor } from 'xstate';${drive}`);
    const out = execFileSync(process.execPath, ['esm.mjs'], { cwd: outside, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected);
  });
  it('works as CommonJS', () => {
    writeFileSync(join(outside, 'cjs.cjs'), `const m = require('cable1957'); const { createActor } = require('xstate');${drive}`);
    const out = execFileSync(process.execPath, ['cjs.cjs'], { cwd: outside, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected);
  });
});
