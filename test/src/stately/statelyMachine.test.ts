import fc from 'fast-check';
import { createActor, setup, type AnyStateMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { caseFacts, caseKinds, caseMachines, readings, type CaseKind } from '../../../machines/index.js';
import { statelyMachine, type StatelyMachine } from '../../../src/stately/statelyMachine.js';
import { caseInputs, eventAlphabet, readingCombos, readingsOf } from '../../laws/arbitraries.js';

const defaultInput = (kind: CaseKind) => Object.fromEntries(Object.entries(caseFacts[kind]).map(([k, s]) => [k, s.default]));

/** The JSON as the editor gets it: through text, so nothing but JSON survives. */
const asText = (machine: AnyStateMachine, kind: CaseKind, selection: Readonly<Record<string, string>>): StatelyMachine =>
  JSON.parse(JSON.stringify(statelyMachine(machine, { input: defaultInput(kind), readings: selection }))) as StatelyMachine;

/** A machine rebuilt from the JSON with the library's implementations and the original context and output factories. */
function rebuild(json: StatelyMachine, original: AnyStateMachine): AnyStateMachine {
  const { guards, actions, actors, delays } = original.implementations;
  const config = original.config as { context: unknown; output: unknown };
  return setup({ guards, actions, actors, delays } as never).createMachine({ ...json, context: config.context, output: config.output } as never) as unknown as AnyStateMachine;
}

/** A step: "the pick-th event the original accepts now" (so runs go deep), or any event of the alphabet. */
type Step = { readonly pick: number } | { readonly send: string };

const steps = (alphabet: readonly string[]) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 7 }).map((pick): Step => ({ pick })) }, { weight: 1, arbitrary: fc.constantFrom(...alphabet).map((send): Step => ({ send })) }), {
    maxLength: 20,
  });

/** Runs both machines in lockstep; returns where they first differ (state value, context, output or status), or null. */
function firstDifference(original: AnyStateMachine, rebuilt: AnyStateMachine, input: unknown, run: readonly Step[], alphabet: readonly string[]): string | null {
  const a = createActor(original, { input }).start();
  const b = createActor(rebuilt, { input }).start();
  const observe = (s: ReturnType<typeof a.getSnapshot>) => JSON.stringify({ value: s.value, context: s.context, output: s.output ?? null, status: s.status });
  if (observe(a.getSnapshot()) !== observe(b.getSnapshot())) return 'at start';
  for (const [i, step] of run.entries()) {
    if (a.getSnapshot().status !== 'active') break; // a final snapshot moves no more (compared above, status included)
    let type: string;
    if ('send' in step) type = step.send;
    else {
      const accepted = alphabet.filter((e) => a.getSnapshot().can({ type: e }));
      if (accepted.length === 0) continue;
      type = accepted[step.pick % accepted.length]!;
    }
    a.send({ type });
    b.send({ type });
    if (observe(a.getSnapshot()) !== observe(b.getSnapshot())) return `after step ${i} (${type}): ${observe(a.getSnapshot())} vs ${observe(b.getSnapshot())}`;
  }
  return null;
}

/** The round-trip property for one kind: under the reading combinations given (all by default), the machine rebuilt from `toJson`'s JSON behaves as the original. */
function behavesAlike(
  kind: CaseKind,
  toJson: (machine: AnyStateMachine, selection: Readonly<Record<string, string>>) => StatelyMachine,
  selected: readonly ReturnType<typeof readingCombos>[number][] = readingCombos(caseMachines[kind]),
) {
  const combos = selected.map((c) => ({ ...c, rebuilt: rebuild(toJson(c.machine, c.selection), c.machine) }));
  const alphabet = eventAlphabet([caseMachines[kind]]);
  return fc.property(fc.constantFrom(...combos), caseInputs[kind], steps(alphabet), (combo, input, run) => {
    const difference = firstDifference(combo.machine, combo.rebuilt, input, run, alphabet);
    if (difference !== null) throw new Error(`${combo.label}: ${difference}`);
  });
}

/** Every transition with a target, as a way to move that one target to another state at the same level. */
function retargetings(json: StatelyMachine): { label: string; apply: (copy: StatelyMachine) => void }[] {
  const found: { label: string; apply: (copy: StatelyMachine) => void }[] = [];
  const rootStates = Object.keys(json['states'] as object);
  const walk = (states: Record<string, Record<string, unknown>>, path: string[]) => {
    for (const [name, node] of Object.entries(states)) {
      for (const [event, list] of Object.entries((node['on'] ?? {}) as Record<string, { target?: string }[]>)) {
        list.forEach((t, i) => {
          if (typeof t.target !== 'string') return;
          const absolute = t.target.startsWith('#');
          const leaf = absolute ? t.target.slice(t.target.lastIndexOf('.') + 1) : t.target;
          const pool = absolute ? rootStates : Object.keys(states);
          const other = pool.find((s) => s !== leaf && s !== name && !(absolute && s === path[0]));
          if (other === undefined) return;
          const target = absolute ? `${t.target.slice(0, t.target.lastIndexOf('.') + 1)}${other}` : other;
          const where = [...path, name];
          found.push({
            label: `${where.join('.')} ${event}[${i}] → ${target} (was ${t.target})`,
            apply: (copy) => {
              let n = copy as Record<string, unknown>;
              for (const s of where) n = (n['states'] as Record<string, Record<string, unknown>>)[s]!;
              ((n['on'] as Record<string, { target: string }[]>)[event]![i]!).target = target;
            },
          });
        });
      }
      if (node['states']) walk(node['states'] as Record<string, Record<string, unknown>>, [...path, name]);
    }
  };
  walk(json['states'] as Record<string, Record<string, unknown>>, []);
  return found;
}

describe('statelyMachine', () => {
  it.each(caseKinds)('%s: the JSON names guards and actions, nests "open", carries descriptions, meta and the readings in force', (kind) => {
    const json = asText(caseMachines[kind], kind, {});
    expect(json['id']).toBe(kind);
    expect(typeof json['initial']).toBe('string');
    expect(json['context']).toMatchObject({ caseId: defaultInput(kind)['caseId'], basis: [], path: [] });
    const text = JSON.stringify(json);
    // Every guard and action is a named reference the editor shows, never code.
    expect(text).not.toMatch(/"guard":"/);
    expect(text).toMatch(/"guard":\{"type":"[A-Za-z0-9]+"\}/);
    expect(text).toMatch(/"actions":\[\{"type":"record","params":\{"clauses":\[/);
    const meta = json['meta'] as { clauses: string[]; readings: Record<string, string> };
    expect(meta.clauses.length).toBeGreaterThan(0);
    for (const [id, option] of Object.entries(meta.readings)) expect(option).toBe(readings[id as keyof typeof readings].default);
    expect(Object.keys(meta.readings).sort()).toEqual(readingsOf(caseMachines[kind]).sort());
    const states = json['states'] as Record<string, { description?: string; meta?: unknown; states?: object }>;
    for (const s of Object.values(states)) expect(s.description).toMatch(/\S/);
    if (kind !== 'emigrationApplication') expect(Object.keys(states['open']!.states!)).toContain('detected');
  });

  it('names the reading options chosen', () => {
    const json = asText(caseMachines.koreanCitizenInChina, 'koreanCitizenInChina', { laterMobilization: 'order' });
    expect((json['meta'] as { readings: Record<string, string> }).readings['laterMobilization']).toBe('order');
  });

  it('is deterministic: the same machine gives the same JSON', () => {
    for (const kind of caseKinds) expect(JSON.stringify(asText(caseMachines[kind], kind, {}))).toBe(JSON.stringify(asText(caseMachines[kind], kind, {})));
  });

  it.each(caseKinds)('%s: rebuilt from its JSON with the library\u2019s implementations, behaves as the machine under every reading (state, context, output after every event)', (kind) => {
    // Each combination of the kind's reading options in turn (2 to 32 of them), not a sample of them.
    for (const combo of readingCombos(caseMachines[kind])) {
      fc.assert(behavesAlike(kind, (machine, selection) => asText(machine, kind, selection), [combo]), { numRuns: 60 });
    }
  });

  it.each(caseKinds)('%s meta-test: a JSON with one transition target changed is caught, for every targeted transition', (kind) => {
    const mutations = retargetings(asText(caseMachines[kind], kind, {}));
    // Every transition with a target that has somewhere else to go: 14, 5 and 5 of them today (a target into a final state outside "open" has no other final state to move to in koreanCitizenInChina).
    expect(mutations.length).toBeGreaterThan(3);
    for (const m of mutations) {
      const details = fc.check(
        behavesAlike(kind, (machine, selection) => {
          const json = asText(machine, kind, selection);
          m.apply(json);
          return json;
        }),
        // A fixed seed, as the project's other meta-tests: a rare path (renunciation approved) was
        // missed by one unseeded run in CI, so a meta-test that depends on the draw is made replayable.
        { numRuns: 2000, seed: 1957 },
      );
      expect(details.failed, m.label).toBe(true);
    }
  });
});
