/** The viewer's HTML: self-contained (inline styles, one bundled script from the same host). */
export const viewerPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>cable1957 viewer</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 280px 1fr; height: 100vh; color: #222; }
  aside { border-right: 1px solid #ddd; overflow: auto; background: #fafafa; }
  aside h1 { font-size: 15px; margin: 12px; }
  aside p { margin: 0 12px 8px; color: #666; font-size: 12px; }
  #cases { list-style: none; margin: 0; padding: 0; }
  #cases li { padding: 6px 12px; cursor: pointer; border-bottom: 1px solid #eee; }
  #cases li.selected { background: #e8f0fe; }
  #cases li.done .state { color: #555; }
  #cases .kind { color: #777; font-size: 12px; }
  #cases .state { float: right; font-weight: 600; }
  main { overflow: auto; padding: 12px 20px; }
  /* The chart keeps its text 12 px or more: it scrolls (both ways) rather than shrink. */
  #diagram { overflow: auto; max-height: 75vh; border: 1px solid #ddd; border-radius: 4px; }
  #diagram svg { display: block; }
  #zoom { margin: 6px 0; color: #555; font-size: 13px; }
  #zoom button { font: inherit; min-width: 32px; margin-right: 4px; }
  /* The path taken: visited states outlined, taken edges thick, in the current state's orange. */
  .node.path path, .node.path polygon, .node.path ellipse { stroke: #b26a00; stroke-width: 2.5; }
  .edge.path path { stroke: #b26a00; stroke-width: 3; }
  .edge.path polygon { fill: #b26a00; stroke: #b26a00; }
  .edge.path text { fill: #7a4800; }
  .node.current path, .node.current polygon, .node.current ellipse { fill: #ffd54f; stroke: #b26a00; stroke-width: 3; }
  #outcome.settled { font-weight: 700; color: #7a5c00; }
  #outcome.done { font-weight: 700; }
  table { border-collapse: collapse; width: 100%; margin-top: 10px; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee; vertical-align: top; }
  td:nth-child(2) { white-space: nowrap; }
  th { background: #f3f3f3; }
  .clause { display: inline-block; margin-right: 6px; }
  #current { font-size: 16px; margin: 6px 0; }
  #current-state { font-weight: 700; background: #ffd54f; padding: 1px 6px; border-radius: 3px; }
  footer { color: #888; font-size: 12px; margin-top: 16px; }
</style>
</head>
<body>
<aside>
  <h1>cable1957 viewer</h1>
  <p id="transport">connecting…</p>
  <ul id="cases"></ul>
</aside>
<main>
  <p id="empty">Waiting for a case… run <code>cable1957 inspect</code> (or <code>cable1957 inspect --relay ws://…</code>).</p>
  <section id="case" hidden>
    <h2 id="title"></h2>
    <div id="current">State: <span id="current-state" data-testid="current-state"></span> · <span id="outcome"></span></div>
    <div id="zoom"><button id="zoom-out" type="button" title="Zoom out (text stays 12 px or more)">−</button><button id="zoom-fit" type="button" title="Fit the width">fit</button><button id="zoom-in" type="button" title="Zoom in">+</button> <span id="zoom-level"></span> · orange: the path taken so far</div>
    <div id="diagram"></div>
    <table><thead><tr><th>#</th><th>date</th><th>actor</th><th>event</th><th>states</th><th>clauses</th></tr></thead><tbody id="events"></tbody></table>
  </section>
  <footer>A descriptive model of a historical policy (the PRC cable of 17 December 1957), for study: not for decisions about real people.</footer>
</main>
<script src="/viewer.js"></script>
</body>
</html>
`;
