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
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const cases = new Map<string, CaseView>();
let selected: string | null = null;
let pinned = false;
let model: Model = { clauses: [], kinds: {} };
let shownKind = '';

function clauseText(ids: string[]): string {
  return ids
    .map((id) => {
      const c = model.clauses.find((x) => x.id === id);
      return `<span class="clause" title="${esc(c?.paraphrase ?? '')}"><b>${esc(id)}</b> ${esc(c?.title ?? '')}</span>`;
    })
    .join(' ');
}

function render(): void {
  $('cases').innerHTML = [...cases.values()]
    .map(
      (c) =>
        `<li data-session="${esc(c.sessionId)}" class="${c.sessionId === selected ? 'selected' : ''} ${c.status}">` +
        `<span class="id">${esc(c.caseId || c.sessionId)}</span> <span class="kind">${esc(c.kind)}</span> ` +
        `<span class="state">${esc(c.outcome ?? c.state)}</span></li>`,
    )
    .join('');
  const c = selected ? cases.get(selected) : undefined;
  $('empty').hidden = c !== undefined;
  $('case').hidden = c === undefined;
  if (!c) return;
  $('title').textContent = `${c.caseId || c.sessionId} — ${c.kind}`;
  if (shownKind !== c.kind) {
    $('diagram').innerHTML = model.kinds[c.kind]?.svg ?? `<p>No diagram for ${esc(c.kind)}.</p>`;
    shownKind = c.kind;
  }
  for (const node of $('diagram').querySelectorAll('g.node')) {
    node.classList.toggle('current', node.querySelector('title')?.textContent === c.state);
  }
  $('current-state').textContent = c.state;
  $('outcome').textContent = c.outcome ? `Outcome: ${c.outcome}${c.status === 'done' ? '' : ' (settled)'}` : 'Open';
  $('events').innerHTML = c.rows
    .map(
      (r, i) =>
        `<tr data-testid="event-row"><td>${i + 1}</td><td>${esc(r.time.slice(0, 10))}</td><td>${esc(r.actor)}</td>` +
        `<td>${esc(r.event)}</td><td>${esc(r.from)} → ${esc(r.to)}</td><td>${clauseText(r.clauses)}</td></tr>`,
    )
    .join('');
}

function receive(e: Inspection): void {
  if (e.type === '@xstate.actor') {
    const ctx = e.snapshot?.context ?? {};
    cases.set(e.sessionId, {
      sessionId: e.sessionId,
      kind: e.name ?? '?',
      caseId: String(ctx['caseId'] ?? ''),
      // Cases are in leaf states (`{ open: 'mobilized' }` is `mobilized`), as the diagram's nodes are named.
      state: leafName(e.snapshot?.value ?? ''),
      status: e.snapshot?.status ?? 'active',
      outcome: null,
      rows: [],
    });
    if (!pinned) selected = e.sessionId;
  } else if (e.type === '@xstate.snapshot') {
    const c = cases.get(e.sessionId);
    if (!c || !e.snapshot) return;
    const to = leafName(e.snapshot.value);
    const ev = e.event;
    if (ev && ev.type && !ev.type.startsWith('xstate.') && to !== c.state) {
      const clauses = (e.snapshot.context?.['lastClauses'] as string[] | undefined) ?? [];
      c.rows.push({ time: ev.at ?? '', actor: ev.type.split('.')[0] ?? '', event: ev.type, from: c.state, to, clauses });
    }
    c.state = to;
    c.status = e.snapshot.status ?? c.status;
    if (c.status === 'done') c.outcome = e.snapshot.output?.outcome ?? to;
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
