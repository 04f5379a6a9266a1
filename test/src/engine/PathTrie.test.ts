import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PathTrie } from '../../../src/engine/PathTrie.js';

const names = ['a', 'b', 'c', 'd'];

describe('PathTrie', () => {
  it('names every path as its states `>`-joined, the initial one first, and gives one id per path', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(3), { maxLength: 12 }), { minLength: 1, maxLength: 30 }), fc.nat(3), (paths, initial) => {
        const trie = new PathTrie(names, initial);
        const ids = new Map<string, number>();
        for (const path of paths) {
          let node = 0;
          for (const s of path) node = trie.child(node, s);
          const name = [initial, ...path].map((s) => names[s]).join('>');
          expect(trie.name(node)).toBe(name);
          if (ids.has(name)) expect(node).toBe(ids.get(name));
          ids.set(name, node);
        }
        expect(new Set(ids.values()).size).toBe(ids.size);
      }),
    );
  });

  it('names a path of 100,000 states without exhausting the stack', () => {
    const trie = new PathTrie(names, 0);
    let node = 0;
    for (let i = 0; i < 100_000; i++) node = trie.child(node, 1 + (i % 3));
    expect(trie.name(node).split('>')).toHaveLength(100_001);
  });
});
