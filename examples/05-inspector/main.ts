/**
 * Example 05 — one case in the XState inspector, in the browser.
 *
 * Runs a Chinese resident's case through `chineseResidentInKoreaMachine` with
 * `createBrowserInspector` from `@statelyai/inspect` (the XState v5 inspector: `@xstate/inspect`
 * supports only XState v4). By default the inspector is the Stately web app
 * (https://stately.ai/inspect, which needs the internet); `?inspector=URL` points it elsewhere,
 * e.g. at the offline viewer: `cable1957 viewer`, then open
 * `index.html?inspector=http://127.0.0.1:7957/`.
 *
 * Build: npm run example:inspector   (bundles this file into dist/bundle.js; open index.html)
 */
import { createBrowserInspector } from '@statelyai/inspect';
import { createActor } from 'xstate';
import { chineseResidentInKoreaMachine, getClause, type ClauseId } from 'cable1957/machines';

const params = new URLSearchParams(location.search);
const iframe = document.getElementById('inspector') as HTMLIFrameElement;
const log = document.getElementById('log')!;
const inspector = createBrowserInspector({ iframe, url: params.get('inspector') ?? 'https://stately.ai/inspect' });

const actor = createActor(chineseResidentInKoreaMachine, {
  input: { caseId: 'CRK-1957-042', crossedOn: '1957-06-10', hasCrimeOrPendingCase: false },
  inspect: inspector.inspect,
});
actor.subscribe((s) => {
  const cited = (s.context.lastClauses ?? []) as ClauseId[];
  log.textContent += `${String(s.value)}${cited.length ? `  (${cited.map((id) => `${id} ${getClause(id).title}`).join('; ')})` : ''}\n`;
  if (s.status === 'done') log.textContent += `outcome: ${s.output?.outcome}; basis: ${s.output?.basis.join(', ')}\n`;
});
actor.start();

const events = ['authorities.screen', 'person.refusesToReturn', 'embassy.seeksConsent', 'korea.consents', 'person.requestsRenunciation', 'embassy.approvesRenunciation'] as const;
const pace = Number(params.get('pace') ?? 1200);
events.forEach((type, i) => setTimeout(() => actor.send({ type }), pace * (i + 1)));
