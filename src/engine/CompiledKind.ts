import type { Draws, FactContext } from '../../machines/index.js';
import type { Scenario } from '../scenario/Scenario.js';
import { OPEN, type CaseResult, type KindTally, type OutcomeCounts } from '../stats/KindTally.js';
import { choiceIndex, compileWaiting, nextDays, type CompiledWaiting } from './chooseNext.js';
import type { CompiledMachine } from './compileMachine.js';
import { ignoredEvent, kindFactContext, MAX_STEPS_AT_ONE_INSTANT, zeroTimeLoop } from './driveCase.js';
import type { FactKeyIndex, FactTables } from './FactTables.js';
import { PathTrie } from './PathTrie.js';
import type { KindPlan } from './SimulationPlan.js';

/** An event the machine never handles: sending it is an error, as an ignored event is. */
const UNKNOWN = -1;

/**
 * One kind's cases on a compiled machine, driven as `driveCase` drives them — the same draws in
 * the same order, the same interrupt, horizon and zero-time rules, the same errors — but over
 * integers: states and events are ids, each waiting state's choices are compiled once per
 * scenario, transitions come from the machine's own guards tabulated per class of facts
 * (`FactTables`), and the path is a trie node. A case leaves its result in the fields below.
 * The case id the driver sees is empty: the machines use it only to name a case, never to
 * decide one (a log that needs ids runs cases through `driveCase`).
 */
export class CompiledKind {
  /** The paths of the cases run, as trie nodes. */
  readonly trie: PathTrie;
  /** The last case's final state id. */
  state = 0;
  /** The last case's path (a trie node). */
  node = 0;
  /** The day the last case started. */
  startDay = 0;
  /** The day it entered its last state. */
  enteredAt = 0;
  /** Its cohort. */
  cohort: string | undefined = undefined;

  private readonly facts: FactContext;
  /** The classes by the driver's fact keys: this kind's one fact context is what gives keys their meaning. */
  private readonly byFactKey: FactKeyIndex;
  private readonly waitingOf: (CompiledWaiting | undefined)[];
  /** Per state, per choice: the event id (UNKNOWN for an event the machine lacks, -2 for "nothing happens"). */
  private readonly choiceEvents: Int32Array[];
  private readonly interruptEvent: number;
  private readonly interruptName: string;
  private readonly interruptP: number;
  private readonly outcomeOf: readonly string[];
  private readonly reached: Uint8Array;
  private readonly horizon: number;
  private countsOf: KindTally | undefined;
  private readonly counts: (OutcomeCounts | undefined)[];

  constructor(
    private readonly kind: KindPlan,
    private readonly scenario: Scenario,
    private readonly m: CompiledMachine,
    private readonly tables: FactTables,
  ) {
    this.facts = kindFactContext(kind, scenario, '');
    this.byFactKey = tables.keyIndex();
    this.trie = new PathTrie(m.stateNames, m.initial);
    const idOf = (event: string) => m.eventIds.get(event) ?? UNKNOWN;
    this.waitingOf = m.stateNames.map((name) => {
      const waiting = kind.driver.waiting[name];
      return waiting ? compileWaiting(waiting, scenario) : undefined;
    });
    this.choiceEvents = this.waitingOf.map((w) => Int32Array.from(w?.events ?? [], (e) => (e === null ? -2 : idOf(e))));
    const interrupt = kind.driver.interrupt;
    this.interruptName = interrupt?.event ?? '';
    this.interruptEvent = interrupt ? idOf(interrupt.event) : UNKNOWN;
    // NaN when there is no interrupt: `hit < NaN` never holds, as `interrupt && …` never does.
    this.interruptP = interrupt ? scenario.probabilities[interrupt.p] : Number.NaN;
    this.outcomeOf = m.stateNames.map((name, s) => (m.final[s] === 1 || kind.outcomes.includes(name) ? name : OPEN));
    this.reached = Uint8Array.from(this.outcomeOf, (o) => (o === OPEN ? 0 : 1));
    this.horizon = scenario.horizonDays;
    this.counts = m.stateNames.map(() => undefined);
  }

  /** Runs one case from its draws; its result is left in the fields. */
  run(draws: Draws): void {
    const horizon = this.horizon;
    const drawn = this.kind.driver.drawCase(draws, this.facts);
    const startDay = drawn.startDay;
    // Two draws always, so that later draws line up whether or not an interrupt is due.
    const hit = draws.uniform();
    const when = draws.uniform();
    let interruptAt = hit < this.interruptP ? startDay + when * (horizon - startDay) : Infinity;
    const cls = drawn.factKey === undefined ? this.tables.classOf(drawn.input) : this.tables.classOfKey(this.byFactKey, drawn.factKey, drawn.input);
    const final = this.m.final;
    const trie = this.trie;
    // The case's state in locals (the fields get them at the end): `driveCase`'s loop over ids.
    let state = this.m.initial;
    let node = 0;
    let t = startDay;
    let enteredAt = startDay;
    // Steps taken without time passing: a loop of 0-day steps is refused rather than run forever.
    let stillSteps = 0;
    while (final[state] === 0) {
      const w = this.waitingOf[state];
      if (w === undefined) break;
      const choice = choiceIndex(w.upTo, draws.uniform());
      const chosen = choice < 0 ? -2 : this.choiceEvents[state]![choice]!;
      const days = nextDays(w, draws, horizon - t);
      let at = t + days;
      let event = chosen;
      // Clause 3 may strike before the next step (or, when nothing else will happen, before the horizon).
      const interrupting = interruptAt <= (chosen === -2 ? horizon : Math.min(at, horizon));
      if (interrupting) {
        event = this.interruptEvent;
        at = Math.max(interruptAt, t);
        interruptAt = Infinity;
      } else if (chosen === -2 || at > horizon) break;
      // The step (`driveCase`'s `send`): an event no transition takes is an error.
      const after = event === UNKNOWN ? -1 : this.tables.next(cls, state, event);
      if (after < 0) throw ignoredEvent(this.kind, this.eventName(w, choice, interrupting), this.m.stateNames[state]!);
      if (at > t) stillSteps = 0;
      else if (++stillSteps > MAX_STEPS_AT_ONE_INSTANT) throw zeroTimeLoop(this.kind, this.scenario, this.m.stateNames[after]!, this.eventName(w, choice, interrupting));
      t = at;
      if (after === state) {
        // A choice that keeps the state and takes no time would be drawn again at the same instant, forever: the case rests.
        if (!interrupting && days === 0) break;
        continue;
      }
      state = after;
      node = trie.child(node, after);
      enteredAt = at;
    }
    this.state = state;
    this.node = node;
    this.startDay = startDay;
    this.enteredAt = enteredAt;
    this.cohort = drawn.cohort;
  }

  /** The name of the event a step sent, for errors. */
  private eventName(w: CompiledWaiting, choice: number, interrupting: boolean): string {
    return interrupting ? this.interruptName : w.events[choice]!;
  }

  /** The last case's result, as `caseResult` makes it. */
  result(): CaseResult {
    const reached = this.reached[this.state] === 1;
    return { outcome: this.outcomeOf[this.state]!, path: this.trie.name(this.node), days: reached ? this.enteredAt - this.startDay : null, startDay: this.startDay, cohort: this.cohort };
  }

  /** Counts the last case into a tally made with this kind's `trie` names. */
  countInto(tally: KindTally): void {
    // Each state's outcome counts in the tally being filled, looked up once per tally and state.
    if (tally !== this.countsOf) {
      this.countsOf = tally;
      this.counts.fill(undefined);
    }
    const s = this.state;
    const outcome = this.outcomeOf[s]!;
    const counts = (this.counts[s] ??= tally.outcomeCounts(outcome));
    tally.addByIdTo(counts, outcome, this.node, this.reached[s] === 1 ? this.enteredAt - this.startDay : null, this.startDay, this.cohort);
  }
}
