/**
 * The clause registry of the cable of 17 December 1957. Paraphrases are ours (not the
 * translation); `source` points into `shared/seeds/000_8f06d43f2a1e1dc6.txt`, counting the
 * numbered points of the cable as paragraphs 1–5 and the opening principle as paragraph 0.
 */

/** The id of one clause of the cable. */
export type ClauseId =
  | 'P'
  | '1a'
  | '1b'
  | '1c'
  | '2a'
  | '2b'
  | '2c'
  | '3'
  | '4a'
  | '4b'
  | '4c'
  | '4d'
  | '5';

/** One clause: what it says in our words and where it stands in the source. */
export interface Clause {
  /** The clause id used in every `meta.clauses`. */
  readonly id: ClauseId;
  /** A short title for tables and diagrams. */
  readonly title: string;
  /** What the clause says, paraphrased in our own words. */
  readonly paraphrase: string;
  /** Where it stands in the source: numbered point (0 = the opening principle) and sentence. */
  readonly source: { readonly paragraph: number; readonly sentence: number };
}

/** The cable: its metadata and its clauses in source order. */
export interface Cable {
  /** The cable's title as archived. */
  readonly title: string;
  /** The date it was issued; `4a` ("from today onward") makes it the effective date. */
  readonly date: string;
  /** The offices that issued it. */
  readonly issuers: readonly string[];
  /** The offices it was sent to. */
  readonly addressees: readonly string[];
  /** The offices it was copied to. */
  readonly copiedTo: readonly string[];
  /** Where the text comes from. */
  readonly archive: string;
  /** Every clause, in source order. */
  readonly clauses: readonly Clause[];
}

const clauses: readonly Clause[] = [
  {
    id: 'P',
    title: 'Principle',
    paraphrase:
      'Border personnel on both sides should be lenient in approving lawful crossings and severe in punishing unlawful ones.',
    source: { paragraph: 0, sentence: 1 },
  },
  {
    id: '1a',
    title: 'Mobilize to return',
    paraphrase:
      'Chinese residents who have already crossed into Korea unlawfully are, as a rule, to be persuaded to come back, as the Sino-Korean Agreement intends.',
    source: { paragraph: 1, sentence: 1 },
  },
  {
    id: '1b',
    title: 'Stay with Korean consent',
    paraphrase:
      'Someone who still will not come back after persuasion, and whom the Korean side agrees to keep, is not sent back; after the Chinese Embassy has investigated and educated them, they may receive an emigrant passport.',
    source: { paragraph: 1, sentence: 2 },
  },
  {
    id: '1c',
    title: 'Renounce citizenship',
    paraphrase:
      'If such a person asks to give up PRC citizenship, the request is handled under the rules for renouncing citizenship.',
    source: { paragraph: 1, sentence: 3 },
  },
  {
    id: '2a',
    title: 'Repatriate Korean citizens',
    paraphrase: 'Korean citizens who crossed into China unlawfully are, as a rule, to be sent back.',
    source: { paragraph: 2, sentence: 1 },
  },
  {
    id: '2b',
    title: 'Residence with Korean approval',
    paraphrase:
      'Where going back is genuinely difficult for someone, they may go on living in China once the Korean side has approved.',
    source: { paragraph: 2, sentence: 2 },
  },
  {
    id: '2c',
    title: 'Mobilize to return later',
    paraphrase: 'Should the need arise later, such residents may be persuaded to go back to Korea.',
    source: { paragraph: 2, sentence: 3 },
  },
  {
    id: '3',
    title: 'Crime means repatriation',
    paraphrase:
      'A crosser who has committed a crime, or who has a civil or criminal case pending at home, is to be sent back by both sides without exception.',
    source: { paragraph: 3, sentence: 1 },
  },
  {
    id: '4a',
    title: 'Keep the 1955 record',
    paraphrase:
      'From the day of the cable, both sides go on observing what their public security and interior ministries agreed about border affairs in June 1955.',
    source: { paragraph: 4, sentence: 1 },
  },
  {
    id: '4b',
    title: 'Prevent and punish',
    paraphrase:
      'Each side takes the measures needed to prevent and stop unlawful crossings, and unlawful crossers are punished severely.',
    source: { paragraph: 4, sentence: 2 },
  },
  {
    id: '4c',
    title: 'Approve applications leniently',
    paraphrase:
      'Requests from ethnic Koreans living in China to move to Korea are handled generously: a well-founded request is granted whenever the applicant has no political problem and no unresolved court case.',
    source: { paragraph: 4, sentence: 3 },
  },
  {
    id: '4d',
    title: 'Ask Korea to coordinate',
    paraphrase: 'The Korean side is asked to take every measure needed and to work in close coordination.',
    source: { paragraph: 4, sentence: 4 },
  },
  {
    id: '5',
    title: 'Inform and report',
    paraphrase:
      'The addressees tell the Korean side of these points when the time is right and send their own views back.',
    source: { paragraph: 5, sentence: 1 },
  },
];

/** The cable of 17 December 1957: metadata and clause registry. */
export const cable: Cable = {
  title:
    'Views on Handling the Issue of Ethnic Koreans in the Northeast Illegally Crossing the Border to Korea',
  date: '1957-12-17',
  issuers: [
    'Ministry of Foreign Affairs',
    'Ministry of Public Security',
    'Central Overseas Chinese Committee',
  ],
  addressees: [
    'Chinese Embassy in Korea',
    'Public Security Office of Liaoning',
    'Public Security Office of Jilin',
    'Public Security Office of Heilongjiang',
  ],
  copiedTo: ['Provincial Foreign Affairs Offices'],
  archive: 'Wilson Center Digital Archive',
  clauses,
};

/** Every clause id, in source order. */
export const clauseIds: readonly ClauseId[] = clauses.map((c) => c.id);

/** Looks up a clause by id; throws on an unknown id. */
export function getClause(id: ClauseId): Clause {
  const found = clauses.find((c) => c.id === id);
  if (!found) throw new Error(`unknown clause id "${id}"`);
  return found;
}

/** True when `value` is one of the cable's clause ids. */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === 'string' && (clauseIds as readonly string[]).includes(value);
}
