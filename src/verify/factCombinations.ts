import type { FactSpec } from '../../machines/index.js';

/** Every combination of representative fact values: both booleans, each fact's samples (or its default). */
export function factCombinations(specs: Readonly<Record<string, FactSpec>>): Record<string, string | boolean>[] {
  let combos: Record<string, string | boolean>[] = [{}];
  for (const [name, spec] of Object.entries(specs)) {
    const values = spec.type === 'boolean' ? [false, true] : (spec.samples ?? [spec.default]);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  }
  return combos;
}

/** Every combination of options of the given choices (e.g. every reading's every option). */
export function optionCombinations(choices: Readonly<Record<string, readonly string[]>>): Record<string, string>[] {
  let combos: Record<string, string>[] = [{}];
  for (const [name, options] of Object.entries(choices)) combos = combos.flatMap((c) => options.map((o) => ({ ...c, [name]: o })));
  return combos;
}
