// The offline viewer, in the browser: receives inspection events (from the local relay over a
// WebSocket, or by postMessage when embedded as an inspector iframe) and shows each case's
// statechart with the path taken so far (states and transitions) and the current state
// highlighted, its events with actor, simulated time and clauses, and its outcome (a settled one
// as such). The chart is never shrunk below 12 px text: it scrolls, and zooms. Bundled with
// everything it needs: no network beyond the page's host.
import { createBrowserReceiver, createWebSocketReceiver } from '@statelyai/inspect';
import { edgeId } from '../../diagram/edgeId.js';
import { leafName, transitionsIn } from '../../structure/machineStructure.js';

interface Clause {
  id: string;
  title: string;
  paraphrase: string;
}
interface KindModel {
  svg: string;
  description: string;
  states: { name: string; parent: string | null; leaf: boolean; final: boolean; settled: boolean }[];
  transitions: { from: string | null; event: string; to: string | null; toLeaf: string | null; clauses: string[] }[];
}
interface Model {
  clauses: Clause[];
  kinds: Record<string, KindModel>;
}
interface Row {
  time: string;
  actor: string;
  event: string;
  from: string;
  to: string;
  clauses: string[];
}
interface CaseView {
  sessionId: string;
  kind: string;
  caseId: string;
  state: string;
  status: string;
  outcome: string | null;
  rows: Row[];
  /** The states the case has been in, the first included. */
  visited: Set<string>;
  /** The SVG ids of the edges it has taken. */
  taken: Set<string>;
}
type Inspection = {
  type: string;
  sessionId: string;
  name?: string;
  snapshot?: { value?: unknown; status?: string; context?: Record<string, unknown>; output?: { outcome?: string } };
  event?: { type: string; at?: string };
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const cases = new Map<string, CaseView>();
let selected: string | null = null;
let pinned = false;
let model: Model = { clauses: [], kinds: {} };
let shownKind = '';
/** The chart's zoom, relative to fitting the pane's width (never below 12 px text). */
let zoom = 1;
const MIN_TEXT_PX = 12;

// Everything shown here arrives over the relay or by postMessage, from any client: it is only
// ever set as text (textContent, attributes through the DOM), never parsed as HTML. A status
// becomes a class only if it is one XState knows.
const statuses = new Set(['active', 'done', 'error', 'stopped']);

/** An element with a class and text (as text, never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function clauseSpans(ids: string[]): (Node | string)[] {
  return ids.flatMap((id, i) => {
    const c = model.clauses.find((x) => x.id === id);
    const span = el('span', 'clause', el('b', '', id), ` ${c?.title ?? ''}`);
    span.title = c?.paraphrase ?? '';
    return i === 0 ? [span] : [' ', span];
  });
}

/** The kind's model, looked up by own key only (a kind arrives in a message). */
const kindModel = (kind: string): KindModel | undefined => (Object.hasOwn(model.kinds, kind) ? model.kinds[kind] : undefined);

/**
 * The SVG ids of the edges a step took: the transitions a case in `from` has for the event
 * (its own, then its compound parents', then the root's: XState's order) that lead to `to`,
 * narrowed by the clauses the step recorded when several do. A root-level transition is drawn
 * from the top-level state holding `from`.
 */
function edgesOf(kind: string, from: string, event: string, to: string, clauses: string[]): string[] {
  const m = kindModel(kind);
  if (!m) return [];
  const candidates = transitionsIn(m, from).filter((t) => t.event === event && (t.toLeaf ?? from) === to);
  const exact = candidates.filter((t) => t.clauses.join(' ') === clauses.join(' '));
  const top = (name: string): string => {
    const s = m.states.find((x) => x.name === name);
    return s && s.parent !== null ? top(s.parent) : name;
  };
  return (exact.length > 0 ? exact.slice(0, 1) : candidates).map((t) => edgeId(m.transitions.indexOf(t), t.from ?? top(from)));
}

/** Where the case stands: its outcome when done, a settled state as "residing — settled", else "Open". */
function standing(c: CaseView): string {
  if (c.outcome) return `Outcome: ${c.outcome}`;
  return kindModel(c.kind)?.states.find((s) => s.name === c.state)?.settled ? `${c.state} — settled` : 'Open';
}

/**
 * Sizes the chart: fitting the pane's width times the zoom, but never so small that its
 * smallest text is under 12 px on screen; what does not fit scrolls.
 */
function sizeDiagram(): void {
  const svg = $('diagram').querySelector('svg');
  if (!svg) return;
  const box = svg.viewBox.baseVal;
  const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size') ?? '14'));
  const floor = MIN_TEXT_PX / Math.min(...sizes, 14);
  const fit = ($('diagram').clientWidth - 2) / box.width;
  if (fit * zoom < floor) zoom = floor / fit;
  const scale = fit * zoom;
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.style.width = `${box.width * scale}px`;
  svg.style.height = `${box.height * scale}px`;
  $('zoom-level').textContent = `smallest text ${(Math.min(...sizes, 14) * scale).toFixed(0)} px`;
}

function render(): void {
  $('cases').replaceChildren(
    ...[...cases.values()].map((c) => {
      const li = el('li', '', el('span', 'id', c.caseId || c.sessionId), ' ', el('span', 'kind', c.kind), ' ', el('span', 'state', c.outcome ?? (standing(c) === 'Open' ? c.state : standing(c))));
      li.dataset['session'] = c.sessionId;
      if (c.sessionId === selected) li.classList.add('selected');
      li.classList.add(c.status);
      return li;
    }),
  );
  const c = selected ? cases.get(selected) : undefined;
  $('empty').hidden = c !== undefined;
  $('case').hidden = c === undefined;
  if (!c) return;
  $('title').textContent = `${c.caseId || c.sessionId} — ${c.kind}`;
  if (shownKind !== c.kind) {
    // The SVG is the one markup shown: it comes from this server's model.json (drawn from the
    // machines), looked up by own key only, never from a message.
    const m = kindModel(c.kind);
    if (m) $('diagram').innerHTML = m.svg;
    else $('diagram').replaceChildren(el('p', '', `No diagram for ${c.kind}.`));
    shownKind = c.kind;
    sizeDiagram();
  }
  // The path so far: every state the case has been in and every edge it took; the current state on top.
  for (const node of $('diagram').querySelectorAll('g.node')) {
    const name = node.querySelector('title')?.textContent ?? '';
    node.classList.toggle('current', name === c.state);
    node.classList.toggle('path', c.visited.has(name));
  }
  for (const edge of $('diagram').querySelectorAll('g.edge')) edge.classList.toggle('path', c.taken.has(edge.id));
  $('current-state').textContent = c.state;
  $('outcome').textContent = standing(c);
  $('outcome').className = c.outcome ? 'done' : standing(c) === 'Open' ? 'open' : 'settled';
  $('events').replaceChildren(
    ...c.rows.map((r, i) => {
      const cells = [String(i + 1), r.time.slice(0, 10), r.actor, r.event, `${r.from} → ${r.to}`].map((t) => el('td', '', t));
      const tr = el('tr', '', ...cells, el('td', '', ...clauseSpans(r.clauses)));
      tr.dataset['testid'] = 'event-row';
      return tr;
    }),
  );
}

const statusOf = (status: unknown, otherwise: string) => (typeof status === 'string' && statuses.has(status) ? status : otherwise);

function receive(e: Inspection): void {
  if (e.type === '@xstate.actor') {
    const ctx = e.snapshot?.context ?? {};
    const state = leafName(e.snapshot?.value ?? '');
    cases.set(e.sessionId, {
      sessionId: String(e.sessionId),
      kind: String(e.name ?? '?'),
      caseId: String(ctx['caseId'] ?? ''),
      // Cases are in leaf states (`{ open: 'mobilized' }` is `mobilized`), as the diagram's nodes are named.
      state,
      status: statusOf(e.snapshot?.status, 'active'),
      outcome: null,
      rows: [],
      visited: new Set([state]),
      taken: new Set(),
    });
    if (!pinned) selected = e.sessionId;
  } else if (e.type === '@xstate.snapshot') {
    const c = cases.get(e.sessionId);
    if (!c || !e.snapshot) return;
    const to = leafName(e.snapshot.value);
    const ev = e.event;
    if (ev && typeof ev.type === 'string' && ev.type && !ev.type.startsWith('xstate.') && to !== c.state) {
      const last = e.snapshot.context?.['lastClauses'];
      const clauses = Array.isArray(last) ? last.map(String) : [];
      c.rows.push({ time: String(ev.at ?? ''), actor: ev.type.split('.')[0] ?? '', event: ev.type, from: c.state, to, clauses });
      for (const id of edgesOf(c.kind, c.state, ev.type, to, clauses)) c.taken.add(id);
    }
    c.visited.add(to);
    c.state = to;
    c.status = statusOf(e.snapshot.status, c.status);
    if (c.status === 'done') c.outcome = String(e.snapshot.output?.outcome ?? to);
    c.caseId ||= String(e.snapshot.context?.['caseId'] ?? '');
  } else return;
  render();
}

async function main(): Promise<void> {
  model = (await (await fetch('/model.json')).json()) as Model;
  $('cases').addEventListener('click', (ev) => {
    const li = (ev.target as HTMLElement).closest('li');
    if (!li) return;
    selected = li.dataset['session'] ?? null;
    pinned = true;
    render();
  });
  const embedded = window.self !== window.top || window.opener !== null;
  const receiver = embedded ? createBrowserReceiver({}) : createWebSocketReceiver({ server: `ws://${location.host}` });
  $('transport').textContent = embedded ? 'receiving by postMessage (embedded inspector)' : `receiving from the relay at ws://${location.host}`;
  receiver.subscribe((e) => receive(e as unknown as Inspection));
  const zoomBy = (factor: number) => () => {
    zoom = factor === 0 ? 1 : zoom * factor;
    sizeDiagram();
  };
  $('zoom-in').addEventListener('click', zoomBy(1.25));
  $('zoom-out').addEventListener('click', zoomBy(0.8));
  $('zoom-fit').addEventListener('click', zoomBy(0));
  addEventListener('resize', () => sizeDiagram());
  render();
}

void main();
