/**
 * The paths of one kind's cases as integer ids in a trie: node 0 is the initial state, and
 * `child(node, state)` the path one state longer. A case carries one integer instead of a
 * growing `>`-joined string; the string of a path is built once, when a tally is written out.
 */
export class PathTrie {
  private children: Int32Array;
  private parent = new Int32Array(64);
  private last = new Int32Array(64);
  private size = 1;
  private readonly names: (string | undefined)[] = [];

  /** A trie over `stateNames` (state ids index it), rooted at the state `initial`. */
  constructor(
    private readonly stateNames: readonly string[],
    initial: number,
  ) {
    this.children = new Int32Array(64 * stateNames.length).fill(-1);
    this.last[0] = initial;
  }

  /** The path `node` followed by `state`. */
  child(node: number, state: number): number {
    const at = node * this.stateNames.length + state;
    const known = this.children[at]!;
    if (known >= 0) return known;
    if (this.size === this.parent.length) this.grow();
    const id = this.size++;
    this.children[at] = id;
    this.parent[id] = node;
    this.last[id] = state;
    return id;
  }

  /** A path's states, `>`-joined (made once per path; iterative, as a path can be long). */
  name(node: number): string {
    const pending: number[] = [];
    let n = node;
    while (this.names[n] === undefined && n !== 0) {
      pending.push(n);
      n = this.parent[n]!;
    }
    let name = (this.names[n] ??= this.stateNames[this.last[n]!]!);
    for (let i = pending.length - 1; i >= 0; i--) {
      const m = pending[i]!;
      this.names[m] = name = `${name}>${this.stateNames[this.last[m]!]!}`;
    }
    return name;
  }

  private grow(): void {
    const capacity = this.parent.length * 2;
    const children = new Int32Array(capacity * this.stateNames.length).fill(-1);
    children.set(this.children);
    this.children = children;
    const parent = new Int32Array(capacity);
    parent.set(this.parent);
    this.parent = parent;
    const last = new Int32Array(capacity);
    last.set(this.last);
    this.last = last;
  }
}
