/**
 * Union-find over integer indices (path halving, union by size), in typed arrays: grouping a million accounts into
 * networks is a few passes over memory rather than a million objects.
 */
export class UnionFind {
  private readonly parent: Uint32Array;
  private readonly rank: Uint32Array;

  constructor(readonly size: number) {
    this.parent = new Uint32Array(size);
    this.rank = new Uint32Array(size).fill(1);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    const parent = this.parent;
    let x = i;
    for (;;) {
      const p = parent[x] ?? x;
      if (p === x) return x;
      const grand = parent[p] ?? p;
      parent[x] = grand;
      x = grand;
    }
  }

  /** Joins the groups of `a` and `b`; returns false when they already were one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if ((this.rank[ra] ?? 0) < (this.rank[rb] ?? 0)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.rank[ra] = (this.rank[ra] ?? 0) + (this.rank[rb] ?? 0);
    return true;
  }

  /** How many members the group of `i` has. */
  sizeOf(i: number): number {
    return this.rank[this.find(i)] ?? 0;
  }
}
