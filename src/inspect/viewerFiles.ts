import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cable } from '../../machines/index.js';
import { caseKindNames, caseModel } from '../case/caseModel.js';
import { svgDiagram } from '../diagram/svgDiagram.js';
import type { ServedFile } from './startRelay.js';
import { viewerPage } from './viewerPage.js';

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
          const kinds: Record<string, { svg: string; description: string }> = {};
          for (const kind of caseKindNames()) {
            const d = caseModel(kind).description;
            kinds[kind] = { svg: await svgDiagram(d), description: d.description };
          }
          return JSON.stringify({ clauses: cable.clauses, kinds });
        })()),
    },
    '/stately': { type: 'text/html; charset=utf-8', body: statelyBridge },
  };
}
