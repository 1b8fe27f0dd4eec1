// Greedy left-to-right averaged-perceptron tagger over BIO tags (features.ts). Hand-written
// rather than wink-perceptron or another npm learner: those key features by strings in plain
// objects (a few hundred thousand tokens/s is out of reach with string keys and per-token
// allocations) and none packs its weights small; ours is ~150 lines, hashes features to 32-bit
// ids and scores with one typed-array hash table.
import { NTAGFEATS, NTAGS, tagFeatures, tagType, viewOf, type NerInput, type TokenView } from './features';

/** Weights: open-addressing table of feature ids -> row of NTAGS weights. */
export interface Model {
  /** Feature id per slot (0 = empty; id 0 itself is remapped to 1). */
  keys: Int32Array;
  /** Row index per slot. */
  rows: Int32Array;
  /** NTAGS weights per row. */
  w: Float32Array;
  mask: number;
}

export function modelFrom(ids: Int32Array, weights: Float32Array): Model {
  let size = 1;
  while (size < ids.length * 2) { size <<= 1; }
  const keys = new Int32Array(size);
  const rows = new Int32Array(size);
  const mask = size - 1;
  for (let r = 0; r < ids.length; r++) {
    const k = ids[r] || 1;
    let s = hashSlot(k) & mask;
    while (keys[s] !== 0 && keys[s] !== k) { s = (s + 1) & mask; }
    keys[s] = k;
    rows[s] = r;
  }
  return { keys, rows, w: weights, mask };
}

function hashSlot(k: number): number {
  return Math.imul(k ^ (k >>> 15), 0x2c1b3c6d) >>> 7;
}

/** Row index of a feature, or -1. */
export function rowOf(m: Model, id: number): number {
  const k = id || 1;
  let s = hashSlot(k) & m.mask;
  for (;;) {
    const x = m.keys[s];
    if (x === k) { return m.rows[s]; }
    if (x === 0) { return -1; }
    s = (s + 1) & m.mask;
  }
}

/** Tags per row, as a local constant: the hot loop below reads no imported binding. */
const NT = 9;

/** Adds the weight rows of `n` feature ids to `score`. */
function addRows(m: Model, ids: Int32Array, n: number, score: Float64Array): void {
  const keys = m.keys;
  const rows = m.rows;
  const mask = m.mask;
  const w = m.w;
  for (let k = 0; k < n; k++) {
    const id = ids[k] || 1;
    let s = (Math.imul(id ^ (id >>> 15), 0x2c1b3c6d) >>> 7) & mask;
    let x = keys[s];
    while (x !== id && x !== 0) { s = (s + 1) & mask; x = keys[s]; }
    if (x === 0) { continue; }
    const o = rows[s] * NT;
    score[0] += w[o]; score[1] += w[o + 1]; score[2] += w[o + 2]; score[3] += w[o + 3]; score[4] += w[o + 4];
    score[5] += w[o + 5]; score[6] += w[o + 6]; score[7] += w[o + 7]; score[8] += w[o + 8];
  }
}

/** Scores of every tag for token i given the two previous tags; `score` receives NTAGS values. */
export function scoreToken(m: Model, v: TokenView, i: number, p1: number, p2: number, score: Float64Array, tf: Int32Array): void {
  score.fill(0);
  const st = v.stat(i);
  addRows(m, st, st.length, score);
  tagFeatures(v, i, p1, p2, tf);
  addRows(m, tf, NTAGFEATS, score);
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
  const tf = new Int32Array(NTAGFEATS);
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < v.n; i++) {
    let t = 0;
    if (needsScore(v, i, p1)) {
      scoreToken(m, v, i, p1, p2, score, tf);
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
