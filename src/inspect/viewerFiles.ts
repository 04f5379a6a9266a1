import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cable } from '../../machines/index.js';
import { caseKindNames, caseModel } from '../case/caseModel.js';
import { svgDiagram } from '../diagram/svgDiagram.js';
import type { StateInfo, TransitionInfo } from '../structure/describeMachine.js';
import type { ServedFile } from './startRelay.js';
import { viewerPage } from './viewerPage.js';

/** A state in model.json: its name, the compound state it sits in, whether cases can be in it, and whether a case ending there has an outcome (final, or settled). */
export type ViewerState = Pick<StateInfo, 'name' | 'parent' | 'leaf' | 'final' | 'settled'>;

/** A transition in model.json, as written (from the state or compound state it is written on). */
export type ViewerTransition = Pick<TransitionInfo, 'from' | 'event' | 'to' | 'toLeaf' | 'clauses'>;

/**
 * The Stately inspector bridge: its web app in a frame, fed from the relay. The app is hosted by
 * stately.ai, so offline the frame is blank: the page says so first, in plain words, and points
 * to the offline viewer, until the inspector answers.
 */
const statelyBridge = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stately inspector (via cable1957 relay)</title>
<style>html,body{margin:0;height:100%;font:15px/1.4 system-ui,sans-serif}body{display:flex;flex-direction:column}
#offline-note{padding:10px 16px;background:#fff8e1;border-bottom:1px solid #e0c060;color:#222}#offline-note a{font-weight:600}
iframe{flex:1;width:100%;border:0}</style></head><body>
<p id="offline-note" role="note"><b>The Stately inspector needs the internet:</b> it is a web app hosted at stately.ai, loaded into the frame below, which stays blank offline.
Offline, use the <a href="/">offline viewer</a> of this relay: the same cases, their paths and clauses, with no network.</p>
<iframe id="inspector" title="Stately inspector" src="https://stately.ai/inspect"></iframe>
<script>
  const frame = document.getElementById('inspector'); const queue = []; let ready = false;
  addEventListener('message', (e) => { if (e.data && e.data.type === '@statelyai.connected') {
    ready = true; queue.splice(0).forEach((m) => frame.contentWindow.postMessage(m, '*'));
    document.getElementById('offline-note').textContent = 'Connected to the Stately inspector (stately.ai). The offline viewer is at / of this relay.';
  } });
  const ws = new WebSocket('ws://' + location.host);
  ws.onmessage = (e) => { const m = JSON.parse(e.data); if (ready) frame.contentWindow.postMessage(m, '*'); else queue.push(m); };
</script></body></html>`;

/**
 * The files the viewer serves: the page, its bundled script (dist/viewer.js, built by tsup),
 * the model (each kind's SVG statechart and description, the clauses), and a bridge page to
 * the Stately inspector.
 */
export function viewerFiles(): Record<string, ServedFile> {
  let model: Promise<string> | undefined;
  return {
    '/': { type: 'text/html; charset=utf-8', body: viewerPage },
    '/viewer.js': {
      type: 'text/javascript; charset=utf-8',
      body: () => readFileSync(fileURLToPath(new URL('./viewer.js', import.meta.url))),
    },
    '/model.json': {
      type: 'application/json',
      body: () =>
        (model ??= (async () => {
          const kinds: Record<string, { svg: string; description: string; states: ViewerState[]; transitions: ViewerTransition[] }> = {};
          for (const kind of caseKindNames()) {
            const d = caseModel(kind).description;
            kinds[kind] = {
              svg: await svgDiagram(d),
              description: d.description,
              // Leaf states are what cases are in (and the SVG's node names); compound ones group them.
              states: d.states.map(({ name, parent, leaf, final, settled }) => ({ name, parent, leaf, final, settled })),
              // As written: a transition on a compound state (clause 3 on `open`) is listed once. In
              // describeMachine's order, so the viewer finds the SVG edge of transition i by edgeId(i, from).
              transitions: d.transitions.map(({ from, event, to, toLeaf, clauses }) => ({ from, event, to, toLeaf, clauses })),
            };
          }
          return JSON.stringify({ clauses: cable.clauses, kinds });
        })()),
    },
    '/stately': { type: 'text/html; charset=utf-8', body: statelyBridge },
  };
}
