import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { applyReadings, cable, readings, type ReadingOption } from '../../machines/index.js';
import { machineShape } from './machineShape.js';
import type { Move } from './runMoves.js';

const DAY = 86_400_000;
const cableDay = Date.parse(`${cable.date}T00:00:00Z`) / DAY;

/** A YYYY-MM-DD date between 1950 and 1965, half of them within a week of the cable's date. */
export const isoDate = (): fc.Arbitrary<string> =>
  fc
    .oneof(fc.integer({ min: cableDay - 7, max: cableDay + 7 }), fc.integer({ min: cableDay - 2900, max: cableDay + 2900 }))
    .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

/** A crosser's facts; `crime` fixes the clause-3 fact and `where` its place when given. */
export const crosserInput = (crime?: boolean, where?: 'home' | 'host') =>
  fc.record({
    caseId: fc.string({ minLength: 1, maxLength: 8 }),
    crossedOn: isoDate(),
    hasCrimeOrPendingCase: crime === undefined ? fc.boolean() : fc.constant(crime),
    crimeWhere: where === undefined ? fc.constantFrom<'home' | 'host'>('home', 'host') : fc.constant(where),
  });

/** An application's facts. */
export const applicationInput = () =>
  fc.record({
    caseId: fc.string({ minLength: 1, maxLength: 8 }),
    submittedOn: isoDate(),
    hasPoliticalIssues: fc.boolean(),
    hasPendingCase: fc.boolean(),
    isJustified: fc.boolean(),
  });

/** Events no machine accepts: a run must ignore them. */
export const irrelevantEvents = ['person.sneezes', 'korea.celebrates', 'xstate.init.fake', ''] as const;

/** Every event any of `machines` names, plus irrelevant ones: the alphabet of noise moves. */
export function eventAlphabet(machines: readonly AnyStateMachine[]): string[] {
  const all = machines.flatMap((m) => machineShape(m).transitions.map((t) => t.event));
  return [...new Set([...all, ...irrelevantEvents])];
}

/**
 * Moves that mix progress (pick an event the current state accepts) with noise (any event of
 * the alphabet: valid elsewhere, irrelevant, out of order) and repeats of the previous event.
 */
export const moves = (alphabet: readonly string[], maxLength = 24): fc.Arbitrary<Move[]> =>
  fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.nat({ max: 5 }).map((enabled): Move => ({ enabled })) },
      { weight: 1, arbitrary: fc.nat({ max: 5 }).map((everywhere): Move => ({ everywhere })) },
      { weight: 2, arbitrary: fc.constantFrom(...alphabet).map((send): Move => ({ send })) },
      { weight: 1, arbitrary: fc.constant<Move>({ again: true }) },
    ),
    { maxLength },
  );

/** Facts for each case kind, by kind: the input arbitrary a law needs for a machine. */
export const caseInputs = {
  chineseResidentInKorea: crosserInput(),
  koreanCitizenInChina: crosserInput(),
  emigrationApplication: applicationInput(),
} as const;

/** One combination of reading options, applied to a machine. */
export interface ReadingCombo {
  /** `name=option` pairs, for test titles. */
  readonly label: string;
  /** The selection (every reading that can change this machine named). */
  readonly selection: Readonly<Record<string, string>>;
  /** The machine with the selection applied. */
  readonly machine: AnyStateMachine;
}

/** The readings that can change a machine: those with an option providing a guard or action it has. */
export function readingsOf(machine: AnyStateMachine): string[] {
  const { guards, actions } = machine.implementations;
  return Object.entries(readings)
    .filter(([, r]) =>
      Object.values(r.options as Record<string, ReadingOption>).some(
        (o) => Object.keys(o.guards ?? {}).some((g) => g in guards) || Object.keys(o.updates ?? {}).some((a) => a in actions),
      ),
    )
    .map(([id]) => id);
}

/**
 * Every combination of options of the readings that can change `machine` (design §6: the laws hold
 * under every reading combination; readings that change nothing in a machine add only copies).
 */
export function readingCombos(machine: AnyStateMachine): ReadingCombo[] {
  let combos: Record<string, string>[] = [{}];
  for (const id of readingsOf(machine)) {
    const options = Object.keys(readings[id as keyof typeof readings].options);
    combos = combos.flatMap((c) => options.map((o) => ({ ...c, [id]: o })));
  }
  return combos.map((selection) => ({
    label: Object.entries(selection).map(([k, v]) => `${k}=${v}`).join(' ') || '(no readings)',
    selection,
    machine: applyReadings(machine, selection),
  }));
}
