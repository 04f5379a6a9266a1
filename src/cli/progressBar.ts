import type { Progress } from '../simulate/simulate.js';

/**
 * A one-line progress bar for a TTY (on stderr): replications done, cases/s and ETA. Redrawn at
 * most every 100 ms; `done()` clears it.
 */
export function progressBar(stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(p: Progress) {
      const now = Date.now();
      if (now - last < 100 && p.casesDone < p.casesTotal) return;
      last = now;
      const share = p.casesTotal > 0 ? p.casesDone / p.casesTotal : 1;
      const width = 24;
      const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
      const rate = p.elapsedMs > 0 ? (p.casesDone / p.elapsedMs) * 1000 : 0;
      const eta = rate > 0 ? Math.max(0, (p.casesTotal - p.casesDone) / rate) : 0;
      stream.write(
        `\r${bar} ${(share * 100).toFixed(0).padStart(3)}%  replications ${p.replicationsDone}/${p.replications}  ${Math.round(rate).toLocaleString('en-US')} cases/s  ETA ${eta.toFixed(0)} s  `,
      );
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}
