import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The front door, golden: adding or dropping a public value means changing this list, the README's
// API table and src/index.ts together (`npm test` builds dist/ first, so this is the built package).
const publicValues = [
  'InputError',
  'InvariantViolation',
  'applyReadings',
  'baselineScenario',
  'behaviourDrivers',
  'cable',
  'calibrate',
  'calibratedScenarioText',
  'caseFacts',
  'caseKinds',
  'caseMachines',
  'chineseResidentInKoreaMachine',
  'clauseIds',
  'clauseMatrix',
  'compare',
  'compareHtml',
  'comparisonFormats',
  'connectInspector',
  'createMonitor',
  'csvLog',
  'describeMachine',
  'distanceOutside',
  'dotDiagram',
  'durationKeys',
  'effectiveDateOf',
  'embeddedScenario',
  'embeddedScenarios',
  'emigrationApplicationMachine',
  'evaluateRecord',
  'eventLog',
  'eventLogFormats',
  'explain',
  'fixedChoices',
  'formatCalibration',
  'formatClauseMatrix',
  'formatComparison',
  'formatResult',
  'formatSweep',
  'getClause',
  'invariants',
  'isClauseId',
  'koreanCitizenInChinaMachine',
  'loadScenario',
  'loadSweep',
  'mergeCalibration',
  'mergeSweep',
  'mergeResults',
  'mermaidDiagram',
  'notModeled',
  'ocelLog',
  'openCase',
  'persistCase',
  'precedence',
  'probabilityKeys',
  'readings',
  'reportHtml',
  'resolveReadings',
  'resolveSweep',
  'restoreCase',
  'runCase',
  'sampleTraces',
  'satisfies',
  'scriptCases',
  'simulate',
  'simulatePartial',
  'startRelay',
  'statelyMachine',
  'streamCases',
  'svgDiagram',
  'sweep',
  'sweepFormats',
  'traceabilityProblems',
  'verdictOf',
  'verifyMachine',
  'viewerFiles',
  'writeAtomically',
  'xesLog',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const sorted = (names: Iterable<string>) => [...names].sort();

/** The names in the first column of the README's API table, e.g. `runCase(kind, …)` → runCase. */
function readmeTableNames(): string[] {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = readme.split('### API (named exports of `cable1957`)\n')[1]?.split('\n### ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  const cells = rows.map((row) => row.split(' | ')[0] ?? '');
  // Subpaths such as `cable1957/machines` are rows of their own, not exports.
  return cells.flatMap((cell) => [...cell.matchAll(/`([A-Za-z_$][\w$]*)(?:\(|`)/g)].map((m) => m[1] ?? ''));
}

/** Every name the built declarations export from `cable1957`, types included. */
function declaredNames(): Set<string> {
  const file = `${root}dist/index.d.ts`;
  const program = ts.createProgram([file], { noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`no module symbol for ${file}`);
  return new Set(checker.getExportsOfModule(module).map((s) => s.getName()));
}

describe('the front door (the built package)', () => {
  it('exports exactly the golden list of values, as ESM', async () => {
    const m: Record<string, unknown> = await import('cable1957');
    expect(sorted(Object.keys(m))).toEqual(sorted(publicValues));
  });
  it('exports the same values as CommonJS', () => {
    const m = require('cable1957') as Record<string, unknown>;
    expect(sorted(Object.keys(m))).toEqual(sorted(publicValues));
  });
  it('names every exported value in the README API table', () => {
    const table = new Set(readmeTableNames());
    expect(publicValues.filter((name) => !table.has(name))).toEqual([]);
  });
  it('exports every name the README API table shows (values and types)', () => {
    const declared = declaredNames();
    const names = readmeTableNames();
    expect(names.length).toBeGreaterThan(publicValues.length);
    expect(names.filter((name) => !declared.has(name))).toEqual([]);
  });
  it('keeps the machines entry inside the front door', async () => {
    const machines: Record<string, unknown> = await import('cable1957/machines');
    const front: Record<string, unknown> = await import('cable1957');
    expect(Object.keys(machines).filter((name) => front[name] !== machines[name])).toEqual([]);
  });
  it('keeps internals off the front door: none of cable1957/internal is public', async () => {
    const internal: Record<string, unknown> = await import('cable1957/internal');
    expect(Object.keys(internal).length).toBeGreaterThan(0);
    expect(Object.keys(internal).filter((name) => publicValues.includes(name))).toEqual([]);
  });
});
