import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { cable } from '../../machines/index.js';
import { machineShape } from './machineShape.js';
import type { Move } from './runMoves.js';

const DAY = 86_400_000;
const cableDay = Date.parse(`${cable.date}T00:00:00Z`) / DAY;

/** A YYYY-MM-DD date between 1950 and 1965, half of them within a week of the cable's date. */
export const isoDate = (): fc.Arbitrary<string> =>
  fc
    .oneof(fc.integer({ min: cableDay - 7, max: cableDay + 7 }), fc.integer({ min: cableDay - 2900, max: cableDay + 2900 }))
    .map((day) => new Date(day * DAY).toISOString().slice(0, 10));

/** A crosser's facts; `crime` fixes the clause-3 fact when given. */
export const crosserInput = (crime?: boolean) =>
  fc.record({
    caseId: fc.string({ minLength: 1, maxLength: 8 }),
    crossedOn: isoDate(),
    hasCrimeOrPendingCase: crime === undefined ? fc.boolean() : fc.constant(crime),
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
