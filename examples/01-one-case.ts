/**
 * Example 01 — one case of each kind, driven event by event with XState's `createActor`.
 *
 * For each step it prints the state the case is in and the clauses of the cable that state
 * implements (its `meta.clauses`), then the outcome and its clause basis.
 * A descriptive model of a historical policy, for study: not a tool for deciding about people.
 *
 * Run: npx tsx examples/01-one-case.ts
 */
import { createActor, type AnyStateMachine } from 'xstate';
import { caseMachines, getClause, type CaseKind, type ClauseId } from 'cable1957';

interface Walk {
  readonly kind: CaseKind;
  readonly story: string;
  readonly input: object;
  readonly events: readonly string[];
}

const walks: readonly Walk[] = [
  {
    kind: 'chineseResidentInKorea',
    story: 'A Chinese resident who crossed into Korea in June 1957 refuses to return; Korea lets them stay.',
    input: { caseId: 'CRK-1', crossedOn: '1957-06-10', hasCrimeOrPendingCase: false },
    events: ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation'],
  },
  {
    kind: 'koreanCitizenInChina',
    story: 'A Korean citizen in China finds return inconvenient; a pending case then comes to light.',
    input: { caseId: 'KCC-1', crossedOn: '1958-02-03', hasCrimeOrPendingCase: false },
    events: ['authorities.screen', 'person.findsReturnInconvenient', 'korea.approvesResidence', 'authorities.establishCrimeOrPendingCase'],
  },
  {
    kind: 'emigrationApplication',
    story: 'An ethnic Korean in Jilin applies, with good reason, to move to Korea.',
    input: { caseId: 'EA-1', submittedOn: '1958-04-01', hasPoliticalIssues: false, hasPendingCase: false, isJustified: true },
    events: ['publicSecurity.completesReview', 'person.departs'],
  },
];

const cite = (ids: readonly ClauseId[]) => ids.map((id) => `${id} (${getClause(id).title})`).join(', ');

// A crosser's open states sit inside the compound state `open`: the value `{ open: 'mobilized' }`
// is the path open > mobilized, and the leaf `mobilized` is the state the case is in.
const pathOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [key, ...pathOf(child)]);

for (const walk of walks) {
  const machine: AnyStateMachine = caseMachines[walk.kind];
  console.log(`\n== ${walk.kind}: ${walk.story}`);
  const actor = createActor(machine, { input: walk.input });
  actor.subscribe((snapshot) => {
    const path = pathOf(snapshot.value);
    const meta = snapshot.getMeta()[`${machine.id}.${path.join('.')}`] as { clauses: ClauseId[] } | undefined;
    console.log(`   state ${path.at(-1)!.padEnd(22)} clauses: ${cite(meta?.clauses ?? [])}`);
  });
  actor.start();
  for (const type of walk.events) {
    console.log(` -> ${type}`);
    actor.send({ type });
  }
  const { output, context } = actor.getSnapshot();
  const result = (output ?? { outcome: `${pathOf(actor.getSnapshot().value).at(-1)} (settled)`, basis: context.basis }) as {
    outcome: string;
    basis: ClauseId[];
    punishment?: string;
  };
  console.log(`   outcome: ${result.outcome}; basis: ${result.basis.join(', ')}${result.punishment ? `; punishment: ${result.punishment}` : ''}`);
}
