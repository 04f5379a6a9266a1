/**
 * Example 02 — run one case and ask "why did that happen?".
 *
 * A Chinese resident crossed into Korea on 3 January 1958, after the cable. We run the same
 * case under both readings of `postCableCrossings` and explain each, clause by clause: the
 * reading, not the facts, decides whether clause 1's path to staying is open.
 * A descriptive model of a historical policy, for study: not a tool for deciding about people.
 *
 * Run: npx tsx examples/02-explain-a-case.ts
 */
import { explain, readings, runCase } from 'cable1957';

const facts = { caseId: 'CRK-58-001', crossedOn: '1958-01-03', hasCrimeOrPendingCase: false };

for (const option of Object.keys(readings.postCableCrossings.options)) {
  console.log(`\n### Reading postCableCrossings = ${option}`);
  console.log(`    ${readings.postCableCrossings.options[option as keyof typeof readings.postCableCrossings.options].description}\n`);
  // Lenient: under the default reading the Korean side hands the crosser over and the later
  // events are not accepted (the case is over); under the other, the handover is not an event of
  // clause 1's path. We want to see that rather than stop with an error.
  const trace = runCase(
    'chineseResidentInKorea',
    facts,
    ['authorities.screen@4', 'korea.handsOver@21', 'person.refusesToReturn@14', 'embassy.seeksConsent@7', 'korea.consents@30', 'embassy.completesInvestigation@60'],
    { readings: { postCableCrossings: option }, strict: false },
  );
  console.log(explain(trace));
}
