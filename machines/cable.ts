/**
 * The clause registry of the cable of 17 December 1957. Paraphrases are ours (not the
 * translation); `source` points into `shared/seeds/000_8f06d43f2a1e1dc6.txt`: the opening
 * principle is paragraph 0, the cable's numbered points 1–4 are paragraphs 1–4, and its
 * unnumbered closing request is paragraph 5. Sentences are counted in the English translation.
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
  /**
   * Where it stands in the source: paragraph (0 = the opening principle, 1–4 the numbered
   * points, 5 the closing request), the sentence it starts in and, when it spans several, the
   * last one (`toSentence`).
   */
  readonly source: { readonly paragraph: number; readonly sentence: number; readonly toSentence?: number };
}

/** The cable: its metadata and its clauses in source order. */
export interface Cable {
  /** The cable's title as archived. */
  readonly title: string;
  /** The date it was issued (the default effective date: see the reading `effectiveDate`). */
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
      'Ethnic Korean residents of China\u2019s Northeast who have already crossed into Korea unlawfully are, in principle, still to be mobilized by the Chinese side to come back to China, as the Sino-Korean Agreement intends.',
    source: { paragraph: 1, sentence: 1 },
  },
  {
    id: '1b',
    title: 'Remain with Korean consent',
    paraphrase:
      'If, after mobilization, some are still unwilling to come back, they need not be repatriated once the Korean side consents to let them remain; after the Chinese Embassy has investigated and educated them, an emigrant passport can be issued to them.',
    source: { paragraph: 1, sentence: 2 },
  },
  {
    id: '1c',
    title: 'Renounce citizenship',
    paraphrase:
      'If they ask to renounce PRC citizenship, the request can likewise be processed under the principles for renouncing citizenship (the text leaves open whom "they" covers).',
    source: { paragraph: 1, sentence: 3 },
  },
  {
    id: '2a',
    title: 'Repatriate Korean citizens',
    paraphrase: 'Korean citizens who crossed into China unlawfully are, in principle, to be repatriated by the Chinese side.',
    source: { paragraph: 2, sentence: 1 },
  },
  {
    id: '2b',
    title: 'Residence with Korean approval',
    paraphrase:
      'Where returning is indeed inconvenient for some, they may go on residing in China once the Korean side has approved.',
    source: { paragraph: 2, sentence: 2 },
  },
  {
    id: '2c',
    title: 'Mobilize to return later',
    paraphrase: 'Should the necessity arise later, such residents can be mobilized to go back to Korea.',
    source: { paragraph: 2, sentence: 3 },
  },
  {
    id: '3',
    title: 'Crime means repatriation',
    paraphrase:
      'Both sides are to repatriate, without exception, an illegal crosser who committed a crime, or who faces a pending civil or criminal proceeding in their home country; whether "in their home country" qualifies the crime as well is the reading clause3Scope.',
    source: { paragraph: 3, sentence: 1 },
  },
  {
    id: '4a',
    title: 'Keep the 1955 Record',
    paraphrase:
      'From the day of the cable, both sides are to go on observing strictly the relevant provisions in the Record their public security and interior ministries agreed on for border affairs in June 1955.',
    source: { paragraph: 4, sentence: 1 },
  },
  {
    id: '4b',
    title: 'Prevent, stop and punish',
    paraphrase:
      'Each side takes the measures needed to prevent and stop unlawful crossings by residents, and people who cross unlawfully are to be punished severely.',
    source: { paragraph: 4, sentence: 1, toSentence: 2 },
  },
  {
    id: '4c',
    title: 'Approve applications leniently',
    paraphrase:
      'In the future, to curb further illegal crossings and to meet the Korean side\u2019s request, applications from ethnic Koreans in China to go to Korea are in principle to be approved leniently: as long as the applicant has no political problems and no pending civil or criminal case, every justified application is to be approved.',
    source: { paragraph: 4, sentence: 3, toSentence: 4 },
  },
  {
    id: '4d',
    title: 'Ask Korea to coordinate',
    paraphrase:
      'At the same time the Korean side is to be asked to take every measure needed and to work in close coordination with the Chinese side.',
    source: { paragraph: 4, sentence: 5 },
  },
  {
    id: '5',
    title: 'Inform and report',
    paraphrase:
      'When the time is right, the addressees are to tell the Korean side of these points and to send back any views of their own.',
    source: { paragraph: 5, sentence: 1, toSentence: 2 },
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
