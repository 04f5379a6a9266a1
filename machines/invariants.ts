import type { CaseKind } from './caseMachines.js';
import type { ClauseId } from './cable.js';
import { crossedAfterCable } from './crossedAfterCable.js';

/** What a monitor knows of one case while it runs. */
export interface CaseHistory {
  /** The case kind. */
  readonly kind: string;
  /** The case's context (facts and record) as of the last snapshot. */
  readonly context: Readonly<Record<string, unknown>>;
  /** The states visited, the initial one first. */
  readonly states: readonly string[];
  /** The events that moved the case, in order. */
  readonly events: readonly string[];
  /** The current state. */
  readonly state: string;
  /** The last event the case received (whether or not it moved it), and the state it found. */
  readonly last?: { readonly event: string; readonly from: string };
  /** The machine output once the case is final. */
  readonly output?: { readonly outcome?: string; readonly punishment?: string };
  /** The readings the case runs under. */
  readonly readings: Readonly<Record<string, string>>;
}

/** An invariant of the cable, checked after every step of a case (a property statechart, as in Sismic). */
export interface Invariant {
  /** A short name. */
  readonly id: string;
  /** The clauses it protects; a violation cites them. */
  readonly clauses: readonly ClauseId[];
  /** The case kinds it applies to. */
  readonly kinds: readonly CaseKind[];
  /** What it guarantees (design §6). */
  readonly statement: string;
  /** Returns what is wrong, or null. */
  readonly check: (h: CaseHistory) => string | null;
}

const crossers: CaseKind[] = ['chineseResidentInKorea', 'koreanCitizenInChina'];
const CRIME = 'authorities.establishCrimeOrPendingCase';
const missing = (h: CaseHistory, needed: readonly string[]) => needed.filter((e) => !h.events.includes(e));

/** Reaching `outcome` needs these events to have moved the case, and no crime on record. */
const requires = (outcome: string, needed: readonly string[]) => (h: CaseHistory) => {
  if (h.state !== outcome) return null;
  const gone = missing(h, needed);
  if (gone.length) return `${outcome} reached without ${gone.join(', ')}`;
  if (h.context['hasCrimeOrPendingCase'] === true || h.events.includes(CRIME)) return `${outcome} reached with a crime or pending case`;
  return null;
};

/** The guarantees of design §6, as run-time monitors. */
export const invariants: readonly Invariant[] = [
  {
    id: 'crimeMeansRepatriation',
    clauses: ['3'],
    kinds: crossers,
    statement: 'A crosser with a crime or pending case, known at screening or established while the case is open, ends repatriated and passes through no other outcome.',
    check: (h) => {
      const screened = h.states.length > 1;
      if (h.context['hasCrimeOrPendingCase'] === true && screened && h.states[1] !== 'repatriated') return `screened with a crime, the case went to ${h.states[1]}`;
      // An open case that learns of a crime must be repatriated by that very event.
      // (From repatriated the case cannot move: the last rule below catches any attempt.)
      const open = h.last && h.last.from !== 'passportIssued' && h.last.from !== 'citizenshipRenounced';
      if (h.last?.event === CRIME && open && h.state !== 'repatriated') return `a crime came to light in ${h.last.from} and the case is in ${h.state}`;
      const after = h.states.indexOf('repatriated');
      if (after >= 0 && after < h.states.length - 1) return `the case left repatriated for ${h.states.at(-1)}`;
      return null;
    },
  },
  {
    id: 'passportNeedsConsent',
    clauses: ['1b'],
    kinds: ['chineseResidentInKorea'],
    statement: 'passportIssued only after refusal, a consent request, Korean consent and a completed investigation, without a crime.',
    check: requires('passportIssued', ['person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation']),
  },
  {
    id: 'renunciationNeedsConsent',
    clauses: ['1c'],
    kinds: ['chineseResidentInKorea'],
    statement: 'citizenshipRenounced only after Korean consent, the request and its approval, without a crime.',
    check: requires('citizenshipRenounced', ['korea.consents', 'person.requestsRenunciation', 'embassy.approvesRenunciation']),
  },
  {
    id: 'residenceNeedsApproval',
    clauses: ['2b'],
    kinds: ['koreanCitizenInChina'],
    statement: 'residing only after inconvenience is declared and the Korean side approves, without a crime.',
    check: requires('residing', ['person.findsReturnInconvenient', 'korea.approvesResidence']),
  },
  {
    id: 'departureNeedsCleanApplication',
    clauses: ['4c'],
    kinds: ['emigrationApplication'],
    statement: 'departed only for applicants without political issues or pending case (and, under the default reading, with a justified application).',
    check: (h) => {
      if (h.state !== 'departed') return null;
      const c = h.context;
      if (c['hasPoliticalIssues'] === true || c['hasPendingCase'] === true || h.events.includes(CRIME)) return 'departed with political issues or a pending case';
      if (h.readings['unjustifiedApplications'] === 'reject' && c['isJustified'] !== true) return 'departed with an unjustified application under the reading "reject"';
      return null;
    },
  },
  {
    id: 'postCableCrossersReturnedAndPunished',
    clauses: ['4a', '4b'],
    kinds: crossers,
    statement: 'Under the default reading, a crosser on or after 17 Dec 1957 never stays under clause 1 and is punished severely when repatriated.',
    check: (h) => {
      if (!crossedAfterCable(String(h.context['crossedOn'] ?? ''))) return null;
      if (h.state === 'repatriated' && h.output && h.output.punishment !== 'severe') return 'a post-cable crosser was repatriated without punishment';
      if (h.readings['postCableCrossings'] === 'returnAndPunish' && (h.state === 'passportIssued' || h.state === 'citizenshipRenounced')) {
        return `a post-cable crosser reached ${h.state}`;
      }
      return null;
    },
  },
];
