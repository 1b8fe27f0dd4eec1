// Greedy left-to-right averaged-perceptron tagger over BIO tags (features.ts). Hand-written
// rather than wink-perceptron or another npm learner: those key features by strings in plain
// objects (a few hundred thousand tokens/s is out of reach with string keys and per-token
// allocations) and none packs its weights small; ours is ~150 lines, hashes features to 32-bit
// ids and scores with one typed-array hash table.
import { MAX_CTX, NTAGFEATS, NTAGS, tagFeatures, tagPairFeatures, tagTokenFeatures, tagType, viewOf, type NerInput, type TokenView } from './features';

/** Weights: an open-addressing table of feature ids, each slot holding its row of NTAGS weights.
 *  Quantized models (at most 256 distinct weights: the shipped one) keep the row in the slot as
 *  byte indices into `val`, so that a look-up reads one cache line; others keep a row index. */
export interface Model {
  /** STRIDE int32 per slot: the feature id (0 = empty; id 0 itself is remapped to 1), then the
   *  row: NTAGS byte indices into val (4 per int32), or (when `w` is set) the row index. */
  table: Int32Array;
  mask: number;
  /** The distinct weights (as doubles), indexed by the bytes of packed rows. */
  val: Float64Array;
  /** NTAGS weights per row when the rows are not packed, else null. */
  w: Float32Array | null;
  /** Summed weights of the tag-pair features (tagPairFeatures) per (p1, p2): NTAGS x NTAGS rows. */
  pairs: Float64Array;
  /** One bit per FILTER_BITS hash of the ids in the table: most features of a text are not in the
   *  model, and this small array (it stays in cache) turns them away without a table probe. */
  filter: Int32Array;
}

/** log2 of the filter's bits (256 KB). */
const FILTER_BITS = 21;

function filterBit(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> (32 - FILTER_BITS);
}

const STRIDE = 4;

export function modelFrom(ids: Int32Array, weights: Float32Array): Model {
  let size = 1;
  while (size < ids.length * 1.25) { size <<= 1; }
  const mask = size - 1;
  const table = new Int32Array(size * STRIDE);
  // Distinct weights: a quantized model has at most 255 (byte * scale). They are told apart by
  // their float32 bits (a Map of ~800,000 doubles cost ~40 ms at load, here ~5 ms), -0 and NaN
  // folded as a Map's SameValueZero folds them.
  const bits = new Uint32Array(weights.buffer, weights.byteOffset, weights.length);
  const keyOf = (k: number): number => { const x = weights[k]; return x === 0 ? 0 : x !== x ? 0x7fc00000 : bits[k]; };
  const slotKeys = new Uint32Array(1024);
  const slotVals = new Int32Array(1024).fill(-1);
  const indexOf = (k: number): number => {
    const key = keyOf(k);
    let h = (Math.imul(key, 0x9e3779b1) >>> 22);
    while (slotVals[h] >= 0 && slotKeys[h] !== key) { h = (h + 1) & 1023; }
    return h;
  };
  const vals: number[] = [];
  for (let k = 0; k < weights.length && vals.length <= 256; k++) {
    const h = indexOf(k);
    if (slotVals[h] < 0) { slotKeys[h] = keyOf(k); slotVals[h] = vals.length; vals.push(weights[k]); }
  }
  const packed = vals.length <= 256;
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  for (let r = 0; r < ids.length; r++) {
    const k = ids[r] || 1;
    const fb = filterBit(k);
    filter[fb >>> 5] |= 1 << (fb & 31);
    let s = hashSlot(k) & mask;
    while (table[s * STRIDE] !== 0 && table[s * STRIDE] !== k) { s = (s + 1) & mask; }
    const o = s * STRIDE;
    table[o] = k;
    if (packed) {
      table[o + 1] = table[o + 2] = table[o + 3] = 0;
      for (let t = 0; t < NTAGS; t++) { table[o + 1 + (t >> 2)] |= slotVals[indexOf(r * NTAGS + t)] << ((t & 3) * 8); }
    } else {
      table[o + 1] = r;
    }
  }
  const m: Model = { table, mask, val: Float64Array.from(packed ? vals : []), w: packed ? null : weights, pairs: new Float64Array(NTAGS * NTAGS * NTAGS), filter };
  const f = new Int32Array(3);
  const row = new Float64Array(NTAGS);
  for (let p1 = 0; p1 < NTAGS; p1++) {
    for (let p2 = 0; p2 < NTAGS; p2++) {
      tagPairFeatures(p1, p2, f);
      row.fill(0);
      addRows(m, f, 3, row);
      m.pairs.set(row, (p1 * NTAGS + p2) * NTAGS);
    }
  }
  return m;
}

function hashSlot(k: number): number {
  return Math.imul(k ^ (k >>> 15), 0x2c1b3c6d) >>> 7;
}

/** Tags per row, as a local constant: the hot loop below reads no imported binding. */
const NT = 9;

/** Adds the weight rows of `n` feature ids to `score`. Every weight is a float32 value and a
 *  multiple of the smallest one, so these float64 sums are exact: their order does not matter,
 *  and partial sums (a word's own features, a pair of tags) can be cached. */
function addRows(m: Model, ids: Int32Array, n: number, score: Float64Array): void {
  const tb = m.table;
  const mask = m.mask;
  if (m.w) { addRowsPlain(m, m.w, ids, n, score); return; }
  const v = m.val;
  const filter = m.filter;
  let s0 = score[0]; let s1 = score[1]; let s2 = score[2]; let s3 = score[3]; let s4 = score[4];
  let s5 = score[5]; let s6 = score[6]; let s7 = score[7]; let s8 = score[8];
  for (let k = 0; k < n; k++) {
    const id = ids[k] || 1;
    const fb = Math.imul(id, 0x9e3779b1) >>> (32 - FILTER_BITS);
    if ((filter[fb >>> 5] & (1 << (fb & 31))) === 0) { continue; }
    let o = ((Math.imul(id ^ (id >>> 15), 0x2c1b3c6d) >>> 7) & mask) << 2;
    let x = tb[o];
    while (x !== id && x !== 0) { o = (o + 4) & (mask << 2 | 3); x = tb[o]; }
    if (x === 0) { continue; }
    const a = tb[o + 1];
    const b = tb[o + 2];
    s0 += v[a & 255]; s1 += v[(a >>> 8) & 255]; s2 += v[(a >>> 16) & 255]; s3 += v[a >>> 24];
    s4 += v[b & 255]; s5 += v[(b >>> 8) & 255]; s6 += v[(b >>> 16) & 255]; s7 += v[b >>> 24];
    s8 += v[tb[o + 3]];
  }
  score[0] = s0; score[1] = s1; score[2] = s2; score[3] = s3; score[4] = s4;
  score[5] = s5; score[6] = s6; score[7] = s7; score[8] = s8;
}

function addRowsPlain(m: Model, w: Float32Array, ids: Int32Array, n: number, score: Float64Array): void {
  const tb = m.table;
  const mask = m.mask;
  for (let k = 0; k < n; k++) {
    const id = ids[k] || 1;
    let s = hashSlot(id) & mask;
    let x = tb[s * STRIDE];
    while (x !== id && x !== 0) { s = (s + 1) & mask; x = tb[s * STRIDE]; }
    if (x === 0) { continue; }
    const o = tb[s * STRIDE + 1] * NT;
    for (let t = 0; t < NT; t++) { score[t] += w[o + t]; }
  }
}

/** Scores of every tag for token i given the two previous tags; `score` receives NTAGS values.
 *  (The plain definition; tag() computes the same sums with cached parts.) */
export function scoreToken(m: Model, v: TokenView, i: number, p1: number, p2: number, score: Float64Array, tf: Int32Array): void {
  score.fill(0);
  const st = v.stat(i);
  addRows(m, st, st.length, score);
  tagFeatures(v, i, p1, p2, tf);
  addRows(m, tf, NTAGFEATS, score);
}

/** The summed weights of token i's own features (cached per word). */
function ownScore(m: Model, v: TokenView, i: number): Float64Array {
  const slot = v.ownSlot(i);
  if (slot.model !== m || !slot.score) {
    const sc = new Float64Array(NT);
    const own = v.own(i);
    addRows(m, own, own.length, sc);
    slot.score = sc;
    slot.model = m;
  }
  return slot.score;
}

/** Best allowed tag from scores. */
export function best(score: Float64Array, prev: number): number {
  let bt = 0;
  let bs = -Infinity;
  // I-X (even tags) only after B-X or I-X of the same type.
  const pt = prev === 0 ? -1 : (prev - 1) >> 1;
  for (let t = 0; t < NT; t++) {
    if (score[t] > bs && (t === 0 || (t & 1) === 1 || (t - 1) >> 1 === pt)) { bs = score[t]; bt = t; }
  }
  return bt;
}

/** Does token i need scoring? Lowercase words outside an entity are O without a look-up. */
export function needsScore(v: TokenView, i: number, prev: number): boolean {
  return v.cand[i] === 1 || prev !== 0;
}

/** How sure the choice of tag t is: its score minus the best score of a tag of another type
 *  (O included), among the tags allowed after `prev`. */
export function marginOf(score: Float64Array, prev: number, t: number): number {
  const ty = tagType(t);
  const pt = prev === 0 ? -1 : (prev - 1) >> 1;
  let other = -Infinity;
  for (let k = 0; k < NT; k++) {
    if (tagType(k) === ty) { continue; }
    if (k === 0 || (k & 1) === 1 || (k - 1) >> 1 === pt) { other = Math.max(other, score[k]); }
  }
  return score[t] - other;
}

/** Tags of every token (indices into TAGS); `margins`, when given, receives marginOf per token
 *  (Infinity for tokens not scored: lowercase words outside a name). */
export function tag(m: Model, inp: NerInput, margins?: Float32Array): Uint8Array {
  const v = viewOf(inp);
  const out = new Uint8Array(v.n);
  const score = new Float64Array(NTAGS);
  const buf = new Int32Array(MAX_CTX + 3);
  const pairs = m.pairs;
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < v.n; i++) {
    let t = 0;
    if (needsScore(v, i, p1)) {
      // scoreToken(m, v, i, p1, p2, score, tf), from the cached sums of the word's own features
      // and of the tag pair's.
      const os = ownScore(m, v, i);
      const po = (p1 * NT + p2) * NT;
      for (let k = 0; k < NT; k++) { score[k] = os[k] + pairs[po + k]; }
      const k = v.ctx(i, buf);
      tagTokenFeatures(v, i, p1, buf, k);
      addRows(m, buf, k + 3, score);
      t = best(score, p1);
      if (margins) { margins[i] = marginOf(score, p1, t); }
    } else if (margins) {
      margins[i] = Infinity;
    }
    out[i] = t;
    p2 = p1;
    p1 = t;
  }
  return out;
}

export interface TagSpan {
  /** Token indices [first, last]. */
  first: number;
  last: number;
  /** 0 PER, 1 ORG, 2 LOC, 3 MISC. */
  type: number;
  /** The smallest marginOf of its tokens (Infinity when no margins were asked for). */
  margin: number;
}

/** BIO tags -> spans of tokens. */
export function spansOf(tags: Uint8Array, margins?: Float32Array): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) { cur = null; continue; }
    const ty = tagType(t);
    const mg = margins ? margins[i] : Infinity;
    if (cur && (t & 1) === 0 && cur.type === ty) { cur.last = i; cur.margin = Math.min(cur.margin, mg); continue; }
    cur = { first: i, last: i, type: ty, margin: mg };
    out.push(cur);
  }
  return out;
}
