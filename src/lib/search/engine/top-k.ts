/** The k best candidates by score (ties: lower index) in a bounded heap: O(n log k), no full sort. */
export class TopK {
  private readonly d: number[] = [];
  private readonly pre: number[] = [];
  private readonly k: number;
  constructor(k: number) {
    this.k = k;
  }
  /** True when a is worse than b (lower score, or same score and higher index). */
  private worse(a: number, b: number): boolean {
    const pa = this.pre[a] as number;
    const pb = this.pre[b] as number;
    return pa < pb || (pa === pb && (this.d[a] as number) > (this.d[b] as number));
  }
  private swap(a: number, b: number): void {
    [this.d[a], this.d[b]] = [this.d[b] as number, this.d[a] as number];
    [this.pre[a], this.pre[b]] = [this.pre[b] as number, this.pre[a] as number];
  }
  /** Offers candidate `d` with score `pre` (higher is better). */
  push(d: number, pre: number): void {
    if (this.k <= 0) return;
    if (this.d.length < this.k) {
      this.d.push(d);
      this.pre.push(pre);
      for (let i = this.d.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const root = this.pre[0] as number;
    if (pre < root || (pre === root && d > (this.d[0] as number))) return;
    this.d[0] = d;
    this.pre[0] = pre;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.d.length && this.worse(l, m)) m = l;
      if (r < this.d.length && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
  /** The kept candidates, best first (ties: lower index first). */
  sorted(): Array<{ d: number; pre: number }> {
    return this.d
      .map((d, i) => ({ d, pre: this.pre[i] as number }))
      .sort((a, b) => b.pre - a.pre || a.d - b.d);
  }
}
