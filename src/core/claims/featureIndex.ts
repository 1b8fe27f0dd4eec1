// An inverted index of sparse binary features with IDF weights, for candidate retrieval that stays
// sub-quadratic: a query walks only the posting lists of its own features and skips features so
// common they carry no signal. Hand-written rather than minisearch/flexsearch: we query once per
// claim (tens of thousands of queries per corpus) with mixed feature types and need cosine scores
// against every other item, updated per document. research/libraries.md measured 293 ms/query for
// minisearch and 9.6 ms/query for flexsearch at 66 k sentences — minutes for an all-pairs pass;
// this index answers the same pass in well under a second.

export interface Scored {
  id: number;
  score: number;
  /** Found through an exact figure rather than word overlap. */
  byValue?: boolean;
}

interface Item {
  features: number[];
  group: number;
}

/** Features shared by more items than this say little about which two sentences match. */
const MAX_DF = 120;

export class FeatureIndex {
  private readonly featureIds = new Map<string, number>();
  /** Items of each feature, in the order added; a removed item stays until its list is compacted
   *  (its group is -1 meanwhile, which no query allows). Arrays, not sets: a corpus posts millions. */
  private readonly postings: number[][] = [];
  /** Live items of each feature, and removed ones still in its list. */
  private readonly df: number[] = [];
  private readonly dead: number[] = [];
  /** Removed ids that some posting list may still hold (an id added again must not be found twice). */
  private readonly ghosts = new Set<number>();
  /** Per feature: the stamp of the last add or similarity that marked it. */
  private mark = new Int32Array(1024);
  private stamp = 0;
  private readonly weights: number[] = [];
  private readonly items = new Map<number, Item>();
  private readonly groupIds = new Map<string, number>();
  private readonly groupNames: string[] = [];
  private readonly norms = new Map<number, number>();
  private idfs: Float64Array = new Float64Array(0);
  private stale = true;
  private fullSize = 0;
  private acc = new Float64Array(1024);
  /** Group of each item by id (-1: none), for filtering inside the posting walk. */
  private groupOf = new Int32Array(1024).fill(-1);
  private groupAllowed = new Uint8Array(64);
  private touched: number[] = [];

  /** `weight` scales a feature's IDF by its type (entity keys count more than words). */
  constructor(private readonly weight: (feature: string) => number = () => 1) {}

  get size(): number {
    return this.items.size;
  }

  add(id: number, group: string, features: readonly string[]): void {
    if (this.items.has(id)) { this.remove(id); }
    if (this.ghosts.has(id)) { this.compact(); }
    const fids: number[] = [];
    const stamp = this.nextStamp();
    for (const f of features) {
      let fid = this.featureIds.get(f);
      if (fid === undefined) {
        fid = this.postings.length;
        this.featureIds.set(f, fid);
        this.postings.push([]);
        this.df.push(0);
        this.dead.push(0);
        this.weights.push(this.weight(f));
        if (this.mark.length <= fid) { const m = new Int32Array(this.mark.length * 2); m.set(this.mark); this.mark = m; }
      }
      if (this.mark[fid] !== stamp) { this.mark[fid] = stamp; this.postings[fid].push(id); this.df[fid]++; fids.push(fid); }
    }
    if (this.acc.length <= id) {
      const size = Math.max(id + 1, this.acc.length * 2);
      this.acc = new Float64Array(size);
      const g = new Int32Array(size).fill(-1);
      g.set(this.groupOf);
      this.groupOf = g;
    }
    let gid = this.groupIds.get(group);
    if (gid === undefined) { gid = this.groupNames.length; this.groupIds.set(group, gid); this.groupNames.push(group); }
    this.groupOf[id] = gid;
    this.items.set(id, { features: fids, group: gid });
    this.stale = true;
  }

  remove(id: number): void {
    const it = this.items.get(id);
    if (!it) { return; }
    this.items.delete(id);
    this.norms.delete(id);
    this.groupOf[id] = -1;
    this.ghosts.add(id);
    for (const fid of it.features) {
      this.df[fid]--;
      // (a list mostly of removed items is rewritten: the work stays proportional to what is live)
      if (++this.dead[fid] > 16 && this.dead[fid] > this.df[fid]) { this.compactOne(fid); }
    }
    if (this.ghosts.size > 100_000) { this.compact(); }
    this.stale = true;
  }

  private compactOne(fid: number): void {
    const groupOf = this.groupOf;
    this.postings[fid] = this.postings[fid].filter((x) => groupOf[x] !== -1);
    this.dead[fid] = 0;
  }

  /** Drops every removed item from every list. */
  private compact(): void {
    for (let fid = 0; fid < this.postings.length; fid++) { if (this.dead[fid]) { this.compactOne(fid); } }
    this.ghosts.clear();
  }

  private nextStamp(): number {
    if (this.stamp >= 0x7fffffff) { this.mark.fill(0); this.stamp = 0; }
    return ++this.stamp;
  }

  /** For each of `ids`, the items of the `allowed` groups (never the item's own) whose cosine
   *  similarity is at least `min`, best first, at most `limit` each. Work per query is bounded:
   *  features in more than MAX_DF items are skipped, so linking stays linear in corpus size. */
  queryMany(ids: readonly number[], min: number, allowed: Iterable<string>, limit: number): Scored[][] {
    this.refresh();
    if (this.groupAllowed.length < this.groupNames.length) { this.groupAllowed = new Uint8Array(this.groupNames.length * 2); }
    const flags = this.groupAllowed;
    const set: number[] = [];
    for (const g of allowed) {
      const gid = this.groupIds.get(g);
      if (gid !== undefined && !flags[gid]) { flags[gid] = 1; set.push(gid); }
    }
    try {
      return ids.map((id) => (set.length ? this.queryOne(id, min, limit) : []));
    } finally {
      for (const gid of set) { flags[gid] = 0; }
    }
  }

  private queryOne(id: number, min: number, limit: number): Scored[] {
    const it = this.items.get(id);
    if (!it) { return []; }
    const flags = this.groupAllowed;
    const own = flags[it.group];
    flags[it.group] = 0;
    const maxDf = Math.min(MAX_DF, Math.max(30, this.items.size * 0.015));
    const acc = this.acc;
    const groupOf = this.groupOf;
    const touched = this.touched;
    touched.length = 0;
    for (const fid of it.features) {
      const df = this.df[fid];
      if (df > maxDf || df < 2) { continue; }
      const p = this.postings[fid];
      const w = this.idfs[fid];
      const w2 = w * w;
      for (const other of p) {
        if (!flags[groupOf[other]]) { continue; }
        if (acc[other] === 0) { touched.push(other); }
        acc[other] += w2;
      }
    }
    flags[it.group] = own;
    const na = this.norms.get(id) ?? 1;
    const out: Scored[] = [];
    for (const other of touched) {
      const score = acc[other] / (na * (this.norms.get(other) ?? 1));
      acc[other] = 0;
      if (score >= min) { out.push({ id: other, score }); }
    }
    out.sort((x, y) => y.score - x.score || x.id - y.id);
    if (out.length > limit) { out.length = limit; }
    return out;
  }

  /** Cosine similarity of two items (0 when either is unknown). */
  similarity(a: number, b: number): number {
    const x = this.items.get(a);
    const y = this.items.get(b);
    if (!x || !y) { return 0; }
    this.refresh();
    const small = x.features.length < y.features.length ? x : y;
    const large = small === x ? y : x;
    const stamp = this.nextStamp();
    const mark = this.mark;
    for (const fid of large.features) { mark[fid] = stamp; }
    let dot = 0;
    for (const fid of small.features) { if (mark[fid] === stamp) { const w = this.idfs[fid]; dot += w * w; } }
    return dot / ((this.norms.get(a) ?? 1) * (this.norms.get(b) ?? 1));
  }

  /** IDF weights and norms. A full pass when the index has grown or shrunk by more than 5% since
   *  the last one; otherwise only new features and items are weighed, so that re-indexing one
   *  document while the user types stays cheap (weights drift by less than the 5% it allows). */
  private refresh(): void {
    if (!this.stale) { return; }
    const n = this.items.size;
    const full = Math.abs(n - this.fullSize) > this.fullSize * 0.05 || this.fullSize === 0;
    const from = full ? 0 : this.idfs.length;
    if (this.idfs.length < this.postings.length || full) {
      const next = new Float64Array(this.postings.length);
      if (!full) { next.set(this.idfs); }
      this.idfs = next;
    }
    for (let fid = from; fid < this.postings.length; fid++) {
      const df = this.df[fid];
      this.idfs[fid] = df ? Math.log(1 + n / df) * this.weights[fid] : 0;
    }
    for (const [id, it] of this.items) {
      if (!full && this.norms.has(id)) { continue; }
      let s = 0;
      for (const fid of it.features) { const w = this.idfs[fid]; s += w * w; }
      this.norms.set(id, Math.sqrt(s) || 1);
    }
    if (full) { this.fullSize = n; }
    this.stale = false;
  }
}
