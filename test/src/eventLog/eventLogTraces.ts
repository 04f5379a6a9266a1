import { readings } from '../../../machines/index.js';
import { caseKindNames, caseModel } from '../../../src/case/caseModel.js';
import { openCase } from '../../../src/case/openCase.js';
import type { Trace } from '../../../src/case/Trace.js';
import { factCombinations } from '../../../src/verify/factCombinations.js';

/** Case ids that are hard to write: markup, quotes, Hangul, a dash, a line break, a tab, a CR. */
export const awkwardIds = ['a<b>&"c\'d', '조선 사람 1 — ü', 'x\ny', 'tab\there', 'cr\r\nlf', ' spaced '] as const;

/** The defaults, then each reading set to each of its other options, one at a time. */
function readingVariants(): Record<string, string>[] {
  const variants: Record<string, string>[] = [{}];
  for (const [id, reading] of Object.entries(readings)) {
    for (const option of Object.keys(reading.options)) if (option !== reading.default) variants.push({ [id]: option });
  }
  return variants;
}

/**
 * One trace for every way a case can end — each kind, each state reachable (open, settled or
 * final), with or without punishment — over every combination of representative facts and each
 * reading's options: a breadth-first search over the events each state accepts. Case ids are
 * unique and cycle through `awkwardIds`.
 */
export function everyEnding(): Trace[] {
  const found = new Map<string, Trace>();
  for (const kind of caseKindNames()) {
    const model = caseModel(kind);
    for (const facts of factCombinations(model.facts)) {
      for (const chosen of readingVariants()) {
        const seen = new Set<string>();
        let frontier: string[][] = [[]];
        while (frontier.length > 0) {
          const next: string[][] = [];
          for (const events of frontier) {
            const run = openCase(kind, facts, { readings: chosen });
            for (const type of events) run.send(type, 3);
            const trace = run.trace();
            const key = `${kind}|${trace.state}|${trace.status}|${trace.punishment ?? ''}`;
            if (!found.has(key)) found.set(key, trace);
            if (seen.has(trace.state)) continue;
            seen.add(trace.state);
            for (const e of run.accepted()) next.push([...events, e]);
          }
          frontier = next;
        }
      }
    }
  }
  return [...found.values()].map((t, i) => withCaseId(t, `${awkwardIds[i % awkwardIds.length]}#${i}`));
}

/** The trace under another case id (in `caseId` and in the input, as the writers read both). */
export const withCaseId = (t: Trace, caseId: string): Trace => ({ ...t, caseId, input: { ...t.input, caseId } });
