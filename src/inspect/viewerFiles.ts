import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cable } from '../../machines/index.js';
import { caseKindNames, caseModel } from '../case/caseModel.js';
import { svgDiagram } from '../diagram/svgDiagram.js';
import type { StateInfo, TransitionInfo } from '../structure/describeMachine.js';
import type { ServedFile } from './startRelay.js';
import { viewerPage } from './viewerPage.js';

/** A state in model.json: its name, the compound state it sits in, and whether cases can be in it. */
export type ViewerState = Pick<StateInfo, 'name' | 'parent' | 'leaf'>;

/** A transition in model.json, as written (from the state or compound state it is written on). */
export type ViewerTransition = Pick<TransitionInfo, 'from' | 'event' | 'to' | 'toLeaf' | 'clauses'>;

/** The Stately inspector bridge: its web app in a frame, fed from the relay (needs the internet). */
const statelyBridge = `<!doctype html><html><head><meta charset="utf-8"><title>Stately inspector (via cable1957 relay)</title>
<style>html,body,iframe{margin:0;height:100%;width:100%;border:0}</style></head><body>
<iframe id="inspector" src="https://stately.ai/inspect"></iframe>
<script>
  const frame = document.getElementById('inspector'); const queue = []; let ready = false;
  addEventListener('message', (e) => { if (e.data && e.data.type === '@statelyai.connected') { ready = true; queue.splice(0).forEach((m) => frame.contentWindow.postMessage(m, '*')); } });
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
              states: d.states.map(({ name, parent, leaf }) => ({ name, parent, leaf })),
              // As written: a transition on a compound state (clause 3 on `open`) is listed once.
              transitions: d.transitions.map(({ from, event, to, toLeaf, clauses }) => ({ from, event, to, toLeaf, clauses })),
            };
          }
          return JSON.stringify({ clauses: cable.clauses, kinds });
        })()),
    },
    '/stately': { type: 'text/html; charset=utf-8', body: statelyBridge },
  };
}
