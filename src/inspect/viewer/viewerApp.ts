// The offline viewer, in the browser: receives inspection events (from the local relay over a
// WebSocket, or by postMessage when embedded as an inspector iframe) and shows each case's
// statechart with the current state highlighted, its events with actor, simulated time and
// clauses, and its outcome. Bundled with everything it needs: no network beyond the page's host.
import { createBrowserReceiver, createWebSocketReceiver } from '@statelyai/inspect';
import { leafName } from '../../structure/machineStructure.js';

interface Clause {
  id: string;
  title: string;
  paraphrase: string;
}
interface Model {
  clauses: Clause[];
  kinds: Record<string, { svg: string; description: string }>;
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

function render(): void {
  $('cases').replaceChildren(
    ...[...cases.values()].map((c) => {
      const li = el('li', '', el('span', 'id', c.caseId || c.sessionId), ' ', el('span', 'kind', c.kind), ' ', el('span', 'state', c.outcome ?? c.state));
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
    if (Object.hasOwn(model.kinds, c.kind)) $('diagram').innerHTML = model.kinds[c.kind]!.svg;
    else $('diagram').replaceChildren(el('p', '', `No diagram for ${c.kind}.`));
    shownKind = c.kind;
  }
  for (const node of $('diagram').querySelectorAll('g.node')) {
    node.classList.toggle('current', node.querySelector('title')?.textContent === c.state);
  }
  $('current-state').textContent = c.state;
  $('outcome').textContent = c.outcome ? `Outcome: ${c.outcome}${c.status === 'done' ? '' : ' (settled)'}` : 'Open';
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
    cases.set(e.sessionId, {
      sessionId: String(e.sessionId),
      kind: String(e.name ?? '?'),
      caseId: String(ctx['caseId'] ?? ''),
      // Cases are in leaf states (`{ open: 'mobilized' }` is `mobilized`), as the diagram's nodes are named.
      state: leafName(e.snapshot?.value ?? ''),
      status: statusOf(e.snapshot?.status, 'active'),
      outcome: null,
      rows: [],
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
    }
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
  render();
}

void main();
