import type { CaseKind } from './caseMachines.js';
import type { ClauseId } from './cable.js';
import { crossedAfterCable } from './crossedAfterCable.js';
import { effectiveDateOf } from './effectiveDateOf.js';

/** What a monitor knows of one case while it runs. */
export interface CaseHistory {
  /** The case kind. */
  readonly kind: string;
  /** The case's context (facts and record) as of the last snapshot. */
  readonly context: Readonly<Record<string, unknown>>;
  /** The (leaf) states visited, the initial one first. */
  readonly states: readonly string[];
  /** The events that moved the case, in order. */
  readonly events: readonly string[];
  /** The current (leaf) state. */
  readonly state: string;
  /** The last event the case received (whether or not it moved it), and the state it found. */
  readonly last?: { readonly event: string; readonly from: string };
  /** The machine output once the case is final. */
  readonly output?: { readonly outcome?: string; readonly punishment?: string };
  /** The readings the case runs under. */
  readonly readings: Readonly<Record<string, string>>;
}

/** An invariant of the model, checked after every step of a case (a property statechart, as in Sismic). */
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
const FINALS = ['repatriated', 'passportIssued', 'citizenshipRenounced'];
const missing = (h: CaseHistory, needed: readonly string[]) => needed.filter((e) => !h.events.includes(e));

/** Whether clause 3 covers this case's crime or case under the readings (`clause3Scope`). */
const covered = (h: CaseHistory) => h.readings['clause3Scope'] !== 'homeCountry' || h.context['crimeWhere'] !== 'host';

/** Whether the case's crossing is on or after the effective date its readings select. */
const postCable = (h: CaseHistory) => crossedAfterCable(String(h.context['crossedOn'] ?? ''), effectiveDateOf(h.readings));

/** Reaching `outcome` needs these events to have moved the case, and no crime on record that clause 3 covers. */
const requires = (outcome: string, needed: readonly string[]) => (h: CaseHistory) => {
  if (h.state !== outcome) return null;
  const gone = missing(h, needed);
  if (gone.length) return `${outcome} reached without ${gone.join(', ')}`;
  if (covered(h) && (h.context['hasCrimeOrPendingCase'] === true || h.events.includes(CRIME))) return `${outcome} reached with a crime or pending case`;
  return null;
};

/** The invariants of design §6 that a running case can show, as run-time monitors. */
export const invariants: readonly Invariant[] = [
  {
    id: 'crimeMeansRepatriation',
    clauses: ['3'],
    kinds: crossers,
    statement:
      'A crosser with a crime or pending case that clause 3 covers, known at screening or established while the case is open, ends repatriated and passes through no other outcome.',
    check: (h) => {
      if (!covered(h)) return null;
      const screened = h.states.length > 1;
      if (h.context['hasCrimeOrPendingCase'] === true && screened && h.states[1] !== 'repatriated') return `screened with a crime, the case went to ${h.states[1]}`;
      // An open case that learns of a crime must be repatriated by that very event.
      // (From repatriated the case cannot move: the last rule below catches any attempt.)
      const open = h.last && !FINALS.includes(h.last.from);
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
    statement: 'passportIssued only after refusal, a consent request, Korean consent and a completed investigation, without a crime that clause 3 covers.',
    check: requires('passportIssued', ['person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'embassy.completesInvestigation']),
  },
  {
    id: 'renunciationNeedsConsent',
    clauses: ['1c'],
    kinds: ['chineseResidentInKorea'],
    statement: 'citizenshipRenounced only after Korean consent, the request and its approval, without a crime that clause 3 covers.',
    check: requires('citizenshipRenounced', ['korea.consents', 'person.requestsRenunciation', 'embassy.approvesRenunciation']),
  },
  {
    id: 'residenceNeedsApproval',
    clauses: ['2b'],
    kinds: ['koreanCitizenInChina'],
    statement: 'residing only after inconvenience is declared and the Korean side approves, without a crime that clause 3 covers.',
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
    id: 'postCableCrossersHandedOver',
    clauses: ['4a'],
    kinds: ['chineseResidentInKorea'],
    statement:
      'Under postCableCrossings=returnAndPunish, a Chinese crosser on or after the effective date is never mobilized, never reaches passportIssued or citizenshipRenounced, and is repatriated only through a handover by the Korean side or clause 3.',
    check: (h) => {
      if (h.readings['postCableCrossings'] !== 'returnAndPunish' || !postCable(h)) return null;
      const clause1 = h.states.find((s) => ['mobilized', 'refused', 'consentSought', 'underInvestigation', 'renunciationInProcess', 'passportIssued', 'citizenshipRenounced'].includes(s));
      if (clause1) return `a post-cable crosser reached ${clause1}`;
      if (h.state === 'repatriated' && !['korea.handsOver', CRIME, 'authorities.screen'].includes(h.events.at(-1) ?? '')) return `a post-cable crosser was repatriated by ${h.events.at(-1)}`;
      return null;
    },
  },
  {
    id: 'punishmentFollowsCrossing',
    clauses: ['4b'],
    kinds: crossers,
    statement:
      'Severe punishment marks exactly the crossings on or after the effective date (when screened under punishment=postCableCrossers, when repatriated under whenReturned), never an earlier one, and 4b is in the basis whenever it does.',
    check: (h) => {
      const punished = h.context['punishment'] === 'severe';
      const basis = (h.context['basis'] as readonly string[] | undefined) ?? [];
      if (punished && !basis.includes('4b')) return 'punished without 4b in the basis';
      if (punished && !postCable(h)) return `a crossing of ${String(h.context['crossedOn'])}, before the effective date, was punished`;
      const due = postCable(h) && (h.readings['punishment'] === 'whenReturned' ? h.state === 'repatriated' : h.states.length > 1);
      if (due && !punished) return `a post-cable crosser in ${h.state} was not punished`;
      if (punished && !due) return `a crosser in ${h.state} was punished, which the reading punishment=${h.readings['punishment']} does not do`;
      return null;
    },
  },
  {
    id: 'laterMobilizationPersuades',
    clauses: ['2c'],
    kinds: ['koreanCitizenInChina'],
    statement:
      'Under laterMobilization=persuasion, a residing person is repatriated under 2c only after agreeing, and a refusal returns them to residing.',
    check: (h) => {
      if (h.readings['laterMobilization'] !== 'persuasion') return null;
      const i = h.states.length - 1;
      const from = h.states[i - 1];
      const event = h.events.at(-1);
      if (from === 'residing' && h.state === 'repatriated' && event !== CRIME) return `a resident was repatriated by ${event} without being mobilized and agreeing`;
      if (from === 'mobilizedToReturn' && event === 'person.refusesToReturn' && h.state !== 'residing') return `a refusal led to ${h.state}`;
      return null;
    },
  },
];
