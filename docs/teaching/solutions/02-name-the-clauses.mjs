// @ts-check
/** Solution of exercise 2 (teachers' copy: keep it apart from the starters). */

/** @type {Record<'A' | 'B' | 'C', { steps: string[][], punished: boolean | null }>} */
export const answers = {
  // A crossing before the cable: clause 1 throughout; the Korean side's refusal leaves 1a's rule of
  // return standing (reading koreanSideDeclines=repatriate). Not punished: crossed before 4b applies.
  A: { steps: [['1a'], ['1b'], ['1b'], ['1a']], punished: false },
  // A crossing after the cable: the 1955 Record (4a) and 4b at screening (reading postCableCrossings);
  // the handover is 4a's, and 4d's coordination. Punished at screening (reading punishment).
  B: { steps: [['4a', '4b'], ['4a', '4d']], punished: true },
  // Clause 2 throughout; the failed mobilization returns to the residence 2b approved (2b and 2c);
  // then clause 3 from the compound state open.
  C: { steps: [['2a'], ['2b'], ['2b'], ['2c'], ['2b', '2c'], ['3']], punished: false },
};
