import { describe, expect, it } from 'vitest';
import { pathSankey, sankeySteps } from '../../../../src/report/html/pathSankey.js';

/** Every node as `step state`, and every flow's title, from the SVG. */
const parts = (svg: string) => ({
  nodes: [...svg.matchAll(/<g class="node" data-state="([^"]*)" data-step="(\d+)">/g)].map((m) => `${m[2]} ${m[1]}`),
  flows: [...svg.matchAll(/<path class="flow"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]),
  heights: Object.fromEntries([...svg.matchAll(/data-state="([^"]*)" data-step="(\d+)"><title>[^<]*<\/title><rect [^>]*height="([\d.]+)"/g)].map((m) => [`${m[2]} ${m[1]}`, Number(m[3])])),
});

describe('pathSankey', () => {
  it('has a node per state and step, a band per move, and node heights in proportion to the cases there', () => {
    const svg = pathSankey('k', [
      { path: 'a>b>c', count: 60, share: 0.6 },
      { path: 'a>c', count: 30, share: 0.3 },
      { path: 'a', count: 10, share: 0.1 },
    ]);
    const { nodes, flows, heights } = parts(svg);
    expect(nodes.sort()).toEqual(['0 a', '1 b', '1 c', '2 c']);
    expect(flows).toEqual(['a → b (step 1): 60 cases, 60.0%', 'a → c (step 1): 30 cases, 30.0%', 'b → c (step 2): 60 cases, 60.0%']);
    expect(heights['1 b']! / heights['0 a']!).toBeCloseTo(0.6, 2);
    expect(heights['1 c']! / heights['0 a']!).toBeCloseTo(0.3, 2);
    expect(svg).toContain('a at step 0: 100 cases, 100.0%; the path ends here for 10 (10.0%)');
  });

  it('keeps a state that repeats (a loop) in separate columns, so the diagram stays acyclic, and gathers steps beyond the limit', () => {
    const loop = Array.from({ length: sankeySteps + 4 }, (_, i) => (i % 2 === 0 ? 'residing' : 'mobilized')).join('>');
    const { nodes } = parts(pathSankey('k', [{ path: loop, count: 5, share: 1 }]));
    expect(nodes).toHaveLength(sankeySteps + 1);
    expect(nodes.at(-1)).toBe(`${sankeySteps} …`);
  });

  it('is the same SVG for the same paths', () => {
    const paths = [{ path: 'x>y', count: 2, share: 1 }];
    expect(pathSankey('k', paths)).toBe(pathSankey('k', structuredClone(paths)));
  });
});

describe('pathSankey without paths', () => {
  it('says so in words rather than drawing an empty chart', () => {
    expect(pathSankey('k', [])).toContain('>no case of this kind took a path</text>');
  });
});
