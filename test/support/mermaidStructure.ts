/**
 * A structural check of a Mermaid `stateDiagram-v2` as our diagrams write it (the Mermaid CLI
 * needs a browser): the header, balanced composite blocks `state x {` … `}`, and every edge
 * between states declared (`x : label` or a composite) in the block it is written in or around
 * it — Mermaid wants a composite's inner edges inside its block. Returns the problems (none
 * when well formed) and, per block, its states and edges.
 */
export function mermaidStructure(text: string): { problems: string[]; blocks: Map<string, { states: Set<string>; edges: string[] }> } {
  const problems: string[] = [];
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines[0] !== 'stateDiagram-v2') problems.push('the first line is not "stateDiagram-v2"');
  const blocks = new Map<string, { states: Set<string>; edges: string[] }>([['', { states: new Set(), edges: [] }]]);
  const parentOf = new Map<string, string>();
  const stack = [''];
  const edges: { line: number; scope: string; from: string; to: string }[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = raw.trim();
    const scope = stack.at(-1)!;
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^state (\w+) \{$/))) {
      blocks.get(scope)!.states.add(m[1]!);
      blocks.set(m[1]!, { states: new Set(), edges: [] });
      parentOf.set(m[1]!, scope);
      stack.push(m[1]!);
    } else if (line === '}') {
      if (stack.length === 1) problems.push(`line ${i + 2}: "}" closes no block`);
      else stack.pop();
    } else if ((m = line.match(/^(\[\*\]|\w+) --> (\[\*\]|\w+)( : .+)?$/))) {
      edges.push({ line: i + 2, scope, from: m[1]!, to: m[2]! });
      blocks.get(scope)!.edges.push(`${m[1]} --> ${m[2]}${m[3] ?? ''}`);
    } else if ((m = line.match(/^(\w+) : .+$/))) {
      blocks.get(scope)!.states.add(m[1]!);
    } else if (!/^(classDef \w+ .+|class \w+ \w+)$/.test(line)) problems.push(`line ${i + 2}: not understood: ${line}`);
  });
  if (stack.length > 1) problems.push(`block "${stack.at(-1)}" is not closed`);
  // A state may be named in its own block or any block around it (Mermaid keeps one node per id).
  const visible = (scope: string, state: string): boolean => {
    for (let s: string | undefined = scope; s !== undefined; s = parentOf.get(s)) if (blocks.get(s)?.states.has(state)) return true;
    // Or in a block inside the scope: an edge written outside may reach into a composite.
    return [...blocks.values()].some((b) => b.states.has(state));
  };
  for (const e of edges) {
    for (const end of [e.from, e.to]) if (end !== '[*]' && !visible(e.scope, end)) problems.push(`line ${e.line}: "${end}" is not a declared state`);
    // An edge between two states of one composite block belongs inside it.
    const home = (s: string) => [...blocks.entries()].find(([, b]) => b.states.has(s))?.[0];
    if (e.from !== '[*]' && e.to !== '[*]' && home(e.from) === home(e.to) && home(e.from) !== e.scope) {
      problems.push(`line ${e.line}: ${e.from} --> ${e.to} joins two states of block "${home(e.from)}" but is written in "${e.scope || 'the top level'}"`);
    }
  }
  return { problems, blocks };
}
