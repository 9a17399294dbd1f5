import { describe, expect, it } from 'vitest';
import { TopK } from '../../../../src/lib/search/engine/top-k.ts';

/** What a full sort would keep: best score first, ties by lower index. */
const bySort = (items: Array<{ d: number; pre: number }>, k: number) =>
  [...items].sort((a, b) => b.pre - a.pre || a.d - b.d).slice(0, k);

describe('TopK (the best candidates of a type)', () => {
  it('keeps the k best, best first, as a full sort would', () => {
    // Scores with many ties, in a scrambled order (a fixed linear congruential sequence).
    let x = 7;
    const items = Array.from({ length: 500 }, (_, d) => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return { d, pre: (x % 40) / 4 };
    }).reverse();
    for (const k of [1, 5, 80, 499, 500, 800]) {
      const heap = new TopK(k);
      for (const { d, pre } of items) heap.push(d, pre);
      expect(heap.sorted()).toEqual(bySort(items, k));
    }
  });

  it('breaks ties by the lower record index, whatever the order of arrival', () => {
    const heap = new TopK(2);
    for (const d of [9, 3, 5, 1, 7]) heap.push(d, 1);
    expect(heap.sorted()).toEqual([
      { d: 1, pre: 1 },
      { d: 3, pre: 1 },
    ]);
  });

  it('keeps nothing when k is 0', () => {
    const heap = new TopK(0);
    heap.push(1, 5);
    expect(heap.sorted()).toEqual([]);
  });
});
