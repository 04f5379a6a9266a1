import { describe, expect, it } from 'vitest';
import { viewerFiles, type ViewerState, type ViewerTransition } from '../../../src/inspect/viewerFiles.js';

describe('viewerFiles › model.json', () => {
  it('lists each kind\u2019s states with their compound parent, and its transitions as written (clause 3 once, from open)', async () => {
    const body = viewerFiles()['/model.json']!.body as () => Promise<string>;
    const model = JSON.parse(await body()) as { kinds: Record<string, { svg: string; states: ViewerState[]; transitions: ViewerTransition[] }> };
    const kcc = model.kinds['koreanCitizenInChina']!;
    expect(kcc.states).toContainEqual({ name: 'open', parent: null, leaf: false, final: false, settled: false });
    // Settled (meta.settled): a case that ends there has an outcome, which the viewer shows as such.
    expect(kcc.states).toContainEqual({ name: 'residing', parent: 'open', leaf: true, final: false, settled: true });
    expect(kcc.states).toContainEqual({ name: 'repatriated', parent: null, leaf: true, final: true, settled: false });
    expect(kcc.transitions.filter((t) => t.event === 'authorities.establishCrimeOrPendingCase')).toEqual([
      { from: 'open', event: 'authorities.establishCrimeOrPendingCase', to: 'repatriated', toLeaf: 'repatriated', clauses: ['3'] },
      // Model version 2: a crime clause 3 does not cover (clause3Scope=homeCountry) is recorded in place, a targetless transition.
      { from: 'open', event: 'authorities.establishCrimeOrPendingCase', to: null, toLeaf: null, clauses: ['4a'] },
    ]);
    // The SVG names each leaf's node by the leaf, which is what the viewer highlights.
    for (const s of kcc.states.filter((x) => x.leaf)) expect(kcc.svg).toContain(`<title>${s.name}</title>`);
    expect(kcc.svg).toContain('<title>cluster_open</title>');
  });
});
