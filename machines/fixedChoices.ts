import type { ClauseId } from './cable.js';

/**
 * A choice the model makes where the text is open but that it does not offer as a reading:
 * stated here with its reason, so that "every ambiguity is a reading or a stated choice" is
 * literally true (the README and `cable1957 readings` print this list).
 */
export interface FixedChoice {
  /** A short name. */
  readonly id: string;
  /** The clauses whose wording leaves the question open. */
  readonly clauses: readonly ClauseId[];
  /** The question the text leaves open. */
  readonly question: string;
  /** What the model does. */
  readonly choice: string;
  /** Why, from the text (and why it is not a reading). */
  readonly why: string;
}

/** The fixed choices, in the order of the clauses they concern. */
export const fixedChoices: readonly FixedChoice[] = [
  {
    id: 'inPrincipleExceptions',
    clauses: ['1a', '2a', '4c'],
    question: 'Which exceptions does "in principle" allow?',
    choice: 'Exactly those the cable names: 1b and 3 for 1a; 2b and 3 for 2a; the bars of 4c for 4c.',
    why: 'A rule "in principle" admits exceptions, but any exception the text does not name would be invented; the named ones are taken as a closed list.',
  },
  {
    id: 'mobilizationRounds',
    clauses: ['1a', '1b', '2c'],
    question: 'How many times is a person mobilized to return?',
    choice:
      'Clause 1: one round; it is repeated only when the Korean side declines consent under koreanSideDeclines=mobilizeAgain. Clause 2c: one round each time the necessity arises; a resident who refuses goes on residing and may be mobilized again when it arises anew, until the horizon.',
    why: 'The cable gives no number: 1b speaks of people "still unwilling" after mobilization, which one round satisfies. The three persuasion attempts of Jilin\u2019s 1961 practice concern Korean crossers in China four years later: a matter for scenarios, not for the rule.',
  },
  {
    id: 'embassySeeksConsent',
    clauses: ['1b'],
    question: 'Who asks the Korean side to consent to a person remaining in Korea?',
    choice: 'The Chinese Embassy (event embassy.seeksConsent), after the person refuses.',
    why: '1b requires only the Korean side\u2019s consent; the Embassy is the addressee that deals with the Korean side. A Korean-initiated consent would reach the same state by the same two conditions.',
  },
  {
    id: 'investigationCannotFail',
    clauses: ['1b'],
    question: 'Can the Chinese Embassy\u2019s investigation and education end without an emigrant passport?',
    choice: 'No: once the Korean side consents, the investigation ends with a passport, or with a renunciation (1c); there is no outcome "remains without a passport".',
    why: '"Can be issued" is permissive, but the text gives no ground for withholding the passport once both conditions hold; an outcome of refusal would need a condition the cable does not state.',
  },
  {
    id: 'renunciationScope',
    clauses: ['1c'],
    question: 'Who may ask to renounce PRC citizenship, and is every request approved?',
    choice: 'Only the 1b group (still unwilling after mobilization, with Korean consent), during the Embassy\u2019s investigation; every request is processed to approval.',
    why: '"They" most naturally continues the previous sentence\u2019s subject. "Process according to the principles of renouncing citizenship" promises a procedure; those principles are not in the text, so a ground for refusal would be invented.',
  },
  {
    id: 'inconvenienceDeclared',
    clauses: ['2b'],
    question: 'Who judges that returning is "indeed inconvenient"?',
    choice: 'The person declares it (event person.findsReturnInconvenient); the Chinese side passes the request on and the Korean side\u2019s approval decides.',
    why: 'The text makes the Korean side\u2019s approval the only stated condition; a Chinese assessment step would add a decision the cable does not describe. The Korean approval is the check on "indeed".',
  },
  {
    id: 'residenceOpenToLaterCrossers',
    clauses: ['2a', '2b', '4a'],
    question: 'Is 2b\u2019s residence open to Korean citizens who crossed on or after the effective date?',
    choice: 'Yes: clause 2 covers every Korean crosser whatever the date; the reading postCableCrossings concerns Chinese crossers only.',
    why: 'Clause 2 has no "already", unlike clause 1, so nothing in its text limits it to earlier crossers. 4b\u2019s punishment still reaches post-cable Korean crossers (reading punishment).',
  },
  {
    id: 'oneClause3Fact',
    clauses: ['3', '4c'],
    question: 'Are a crime, a pending criminal case and a pending civil case one fact?',
    choice: 'One fact (hasCrimeOrPendingCase for crossers, hasPendingCase for applicants); for crossers, crimeWhere says where it lies, which only the reading clause3Scope reads.',
    why: 'Clause 3 treats them alike ("absolutely repatriate"), and 4c bars them alike; no rule in the cable tells them apart.',
  },
  {
    id: 'clause3WhileOpen',
    clauses: ['3', '1b', '1c', '2b'],
    question: 'Does clause 3 still apply after a passport or a renunciation, or during residence?',
    choice: 'It applies in every state inside `open`, settled residence included, and not in the final states.',
    why: 'A passport holder or former citizen is arguably no longer an "illegal border-crosser", clause 3\u2019s subject; a resident under 2b can still be mobilized back (2c), so the case stays open.',
  },
  {
    id: 'recordProcedures',
    clauses: ['4a'],
    question: 'Which procedures of the 1955 Record does the model keep?',
    choice:
      'The handover by the side holding the crosser (handoverDue and korea.handsOver for post-cable Chinese crossers; Chinese public security\u2019s repatriation of Korean crossers) and the capturing side\u2019s law for crimes on its side (clause3Scope=homeCountry). Not modeled: expulsion on the spot of near-border residents who crossed at most twice, and spies and traitors through diplomatic channels.',
    why: 'Expulsion on the spot needs facts the cases lack (residence near the border, number of crossings), and spies and traitors are outside the cable\u2019s subject; neither changes the cable\u2019s own rules.',
  },
  {
    id: 'preventionNotModeled',
    clauses: ['4b'],
    question: 'Where is 4b\u2019s "prevent and stop" in the model?',
    choice: 'Nowhere: a case starts with a crossing that happened, so crossings that were stopped are not cases.',
    why: 'Prevention would need a population of attempted crossings and an interception step; the cable gives it no procedure, and the interception figures of 1961 belong to scenarios of a later version.',
  },
  {
    id: 'applicationScope',
    clauses: ['4c'],
    question: 'Which applications does 4c cover: from when, from whom, to do what?',
    choice:
      'Applications handled on or after the effective date ("in the future" read as the time of handling): the drivers never draw one submitted earlier, and the case runner starts an application submitted earlier (possible only as an explicit fact in `case`) at the effective date and reviews it under 4c; the machine does not check the date. PRC citizens of Korean ethnicity and Korean nationals in China are not told apart, and "go to Korea" is not assumed to be permanent.',
    why: '"In the future" is the effective date\u2019s work, not a guard on each case; the text gives no different rule by nationality or purpose, so a distinction would have nothing to decide.',
  },
  {
    id: 'barsAreAbsolute',
    clauses: ['4c'],
    question: 'Are political issues and a pending case bars to approval, or only conditions for approval being owed?',
    choice: 'Bars, under both readings of unjustifiedApplications: an application with political issues or a pending case is rejected.',
    why: '4c says approval is owed "as long as" neither is present and gives no ground on which such an application would still be approved; approving one would invent a discretion the text does not describe (as would approving an unjustified one under the default reading).',
  },
  {
    id: 'pendingCaseRejects',
    clauses: ['4c'],
    question: 'Does a pending case that comes to light before departure reject the application or defer it?',
    choice: 'It rejects, also after approval. Political issues are examined at review only.',
    why: 'Read as a decision rule, 4c\u2019s "as long as" makes a pending case a bar; a deferral would need a step of resumption the cable does not describe, and the cable is silent after approval.',
  },
  {
    id: 'coordinationAtHandover',
    clauses: ['4d'],
    question: 'Where does 4d\u2019s request to the Korean side show in a case?',
    choice: 'Only at the Korean side\u2019s handover of a post-cable Chinese crosser (korea.handsOver cites 4a and 4d); not on departures.',
    why: '4d asks the Korean side for "all necessary measures" and "close coordination" right after 4a\u20134b\u2019s measures against illegal crossing. The handover is the one step that depends on Korean measures alone (the scenario probability koreaHandsOver); a departure under 4c waits on no Korean act in the model.',
  },
  {
    id: 'actingSide',
    clauses: ['1a', '2a', '3', '4a'],
    question: 'Who acts at each step?',
    choice:
      'Events name the actor (person, embassy, korea, publicSecurity, authorities), and descriptions name the Chinese or Korean side where the text does. "authorities" is the side in whose country the person is: the Korean side for a Chinese crosser in Korea (the cable does not say who screens them, nor that they are held), Chinese public security for a Korean crosser in China and for applications.',
    why: 'The cable\u2019s "we" and "you" are the Chinese addressees (the Embassy and the provincial Public Security Offices), and "both sides" act under clause 3; the side in whose country a person is can find them and, under the 1955 Record, hand them over.',
  },
];
