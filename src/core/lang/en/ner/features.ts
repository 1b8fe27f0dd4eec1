// Features of the named-entity tagger, computed from raw text only (no POS tags: CoNLL's POS and
// chunk columns do not exist at run time). Every feature is a 32-bit hash of (template, value),
// so the model is a hash table of weight rows and no feature string is kept. Training
// (scripts/train-ner.ts) and tagging call the same functions, so they cannot drift apart.
import type { Token } from '../../../text/tokens';
import { CUE_VERBS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PLACE_PREPOSITIONS, ROLE_NOUNS, STOPWORDS, TITLES } from '../../../extract/entities/gazetteer';
import { isCalendarWord, isDemonym, knownName, lexicon } from '../../../extract/entities/lexicon';
import { MAX_WORD_LENGTH } from '../../../text/tokens';

/** Tags: O, then B/I for each type. MISC is learned (it keeps nationalities and events out of the
 *  other types) but never emitted. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];
/** Type index (0..3) of a tag index, -1 for O. */
export const tagType = (t: number): number => (t === 0 ? -1 : (t - 1) >> 1);
export const isBegin = (t: number): boolean => t > 0 && (t & 1) === 1;

/** What the tagger reads of one document: its word tokens (possessive kept: "Costa's"), the text
 *  for the gaps between them, and which tokens sit in all-caps lines. */
export interface NerInput {
  text: string;
  tokens: readonly Token[];
  /** Lowercase forms of the words the document writes in lowercase. */
  lower: ReadonlySet<string>;
  /** True for tokens in an all-caps line (headline, dateline, results table). */
  shout: (i: number) => boolean;
}

/** Per-token values shared by the features of a token and its neighbours. */
export interface TokenView {
  n: number;
  /** Hashes of the lower-cased word (possessive removed), its shape, and of the gap before it (the
   *  first two set for the tokens two either side of any token asked for with own, ctx, stat or ownSlot). */
  hLo: Int32Array;
  hShape: Int32Array;
  hGap: Int32Array;
  /** Static features of token i (everything but the previous tags), valid until the next call:
   *  own(i) followed by the context features (ctx). */
  stat(i: number): Int32Array;
  /** Features of token i's word alone (cached per word and all-caps state; do not modify). */
  own(i: number): Int32Array;
  /** Writes the context features of token i (neighbours, gaps, runs, document) into out; returns their count. */
  ctx(i: number, out: Int32Array): number;
  /** Cache slot of token i's own features for a tagger (per word and all-caps state): the tagger
   *  keeps the summed weights of own(i) there. */
  ownSlot(i: number): OwnSlot;
  /** Token may start or continue an entity (capitalized, digit-led): others are O unless they
   *  continue one ("Bank of England"). */
  cand: Uint8Array;
}

/** A per-word cache a tagger may fill: `model` tells whose scores `score` holds. */
export interface OwnSlot {
  model: unknown;
  score: Float64Array | null;
}

/** Context features per token at most (stat() and ctx() buffers). */
export const MAX_CTX = 64;

// ---- hashing ------------------------------------------------------------------------------

/** FNV-1a over a string's UTF-16 units, seeded. */
export function hashStr(s: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 16777619); }
  return h;
}

/** Mix a template id and one or two value hashes into a feature id. */
export function mix(t: number, a: number, b = 0): number {
  let h = Math.imul(t + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h ^= b;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}

const H_NONE = hashStr('<none>');
const H_BOS = hashStr('<bos>');
const H_EOS = hashStr('<eos>');

// ---- word facts ---------------------------------------------------------------------------

/** "Xx", "X", "X.X.", "d", "d-d", "xX": character classes with runs collapsed. */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const ch = w[i];
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) { k = 'X'; } else if (c >= 97 && c <= 122) { k = 'x'; } else if (c >= 48 && c <= 57) { k = 'd'; } else if (c < 128) { k = ch; } else {
      const lo = ch.toLowerCase();
      k = lo !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'L' : 'p';
    }
    if (k !== last) { out += k; last = k; }
  }
  return out;
}

/** Possessive removed: "Costa's" -> "Costa". */
export function stripPossessive(t: string): string {
  const n = t.length;
  if (n < 3 || t.charCodeAt(n - 1) !== 115) { return t; }
  const q = t.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? t.slice(0, n - 2) : t;
}

/** The gap between two tokens, reduced to a small class: " ", "NL", or its punctuation. */
export function gapClass(g: string): string {
  if (g === ' ') { return ' '; }
  let out = '';
  let nl = false;
  for (let i = 0; i < g.length && out.length < 3; i++) {
    const ch = g[i];
    if (ch === '\n' || ch === '\r') { nl = true; } else if (ch === ' ' || ch === '\t' || ch === '\u00a0') { continue; } else {
      out += ch === '“' || ch === '”' ? '"' : ch === '‘' || ch === '’' ? "'" : ch === '—' || ch === '–' ? '-' : ch;
    }
  }
  return (nl ? 'NL' : '') + (out || (g.length ? ' ' : ''));
}

function isUpperWord(w: string): boolean {
  return w !== w.toLowerCase() && w === w.toUpperCase();
}

// ---- templates ----------------------------------------------------------------------------
// Template ids are fixed numbers: changing one changes the model, so add, never renumber.
const T = {
  bias: 1, lo: 2, shape: 3, pre1: 4, pre2: 5, pre3: 6, suf2: 7, suf3: 8, suf4: 9, lenB: 10,
  loM1: 11, loP1: 12, loM2: 13, loP2: 14, shM1: 15, shP1: 16, shM2: 17, shP2: 18,
  bigM: 19, bigP: 20, gapB: 21, gapA: 22, gapBsh: 23, gapAsh: 24, init: 25, initSh: 26,
  shoutLo: 27, shoutSh: 28, docLower: 29, docCap: 30, docLowerInit: 31, known: 32, knownBig: 33,
  acr: 34, demonym: 35, titlePrev: 36, orgHead: 37, placeHead: 38, runHead: 39, cueNext: 40,
  calendar: 41, rolePrev: 42, runLen: 43, runPos: 44, runHeadPos: 45, poss: 46, stop: 47,
  prepPrev: 48, particle: 49, shoutDocCap: 50, knownPrev: 51, knownNext: 52, shapeM1P1: 53, upperDoc: 54,
  // tag-dependent
  p1: 100, p2: 101, p1lo: 102, p1sh: 103, p1p2: 104, p1gap: 105,
} as const;

interface WordInfo {
  lo: string;
  hLo: number;
  hShape: number;
  upper: boolean;
  /** Features of the word alone (as written, or in an all-caps line: [plain, shouted]). */
  own: [Int32Array | null, Int32Array | null];
  /** Taggers' caches of the summed weights of `own`, [plain, shouted]. */
  slots: [OwnSlot, OwnSlot];
  /** Word-list facts (F_* bits), -1 until first asked. */
  flags: number;
  /** knownName() of this word and a following one, [as written, title-cased]: 0 none, 1 place, 2 other. */
  pairs: [Map<WordInfo, number> | null, Map<WordInfo, number> | null];
  /** Per-document answers (valid while stamp is the current view's): lower.has(lo) + 2 docCap + 4 docUpper. */
  stamp: number;
  doc: number;
}

/** Facts of a word, cached across documents: the same words recur. */
const wordCache = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  // Lower-casing and hashing a megabyte token, and keeping it as a cache key, cost its length each time.
  const w = word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word;
  let x = wordCache.get(w);
  if (!x) {
    const lo = w.toLowerCase();
    x = {
      lo, hLo: hashStr(lo), hShape: hashStr(shapeOf(w)), upper: isUpperWord(w), own: [null, null],
      slots: [{ model: null, score: null }, { model: null, score: null }], flags: -1, pairs: [null, null], stamp: 0, doc: 0,
    };
    if (wordCache.size >= 200000) { wordCache.clear(); }
    wordCache.set(w, x);
  }
  return x;
}

const F_TITLE = 1;
const F_ROLE = 2;
const F_PREP = 4;
const F_CUE = 8;
const F_ORG = 16;
const F_PLACE = 32;
const F_ORG_T = 64;
const F_PLACE_T = 128;

/** The word lists' answers about word w (x = its info), computed once per word. */
function flagsOf(w: string, x: WordInfo): number {
  if (x.flags >= 0) { return x.flags; }
  const tc = titleCase(w);
  const l = x.lo;
  x.flags = (TITLES.has(w) || TITLES.has(tc) ? F_TITLE : 0) | (ROLE_NOUNS.has(l) ? F_ROLE : 0) | (PLACE_PREPOSITIONS.has(l) ? F_PREP : 0)
    | (CUE_VERBS.has(l) ? F_CUE : 0) | (ORG_HEADS.has(w) ? F_ORG : 0) | (PLACE_HEADS.has(w) ? F_PLACE : 0)
    | (ORG_HEADS.has(tc) ? F_ORG_T : 0) | (PLACE_HEADS.has(tc) ? F_PLACE_T : 0);
  return x.flags;
}

/** knownName of "a b" (both title-cased when sh): 0 none, 1 place, 2 another type; cached per pair of words. */
function pairKnown(a: string, xa: WordInfo, b: string, xb: WordInfo, sh: number): number {
  let m = xa.pairs[sh];
  if (!m) { m = xa.pairs[sh] = new Map(); }
  let r = m.get(xb);
  if (r === undefined) {
    const k2 = knownName(sh ? titleCase(a) + ' ' + titleCase(b) : a + ' ' + b);
    r = k2 ? (k2.type === 'place' ? 1 : 2) : 0;
    if (m.size < 1000) { m.set(xb, r); }
  }
  return r;
}

let viewStamp = 0;

function ownFeatures(w: string, x: WordInfo, sh: number, cand: boolean): Int32Array {
  const lo = x.lo;
  const f: number[] = [mix(T.bias, 0), mix(T.lo, x.hLo), mix(T.shape, x.hShape)];
  f.push(mix(T.pre1, hashStr(lo.slice(0, 1))), mix(T.pre2, hashStr(lo.slice(0, 2))), mix(T.pre3, hashStr(lo.slice(0, 3))));
  if (lo.length > 2) { f.push(mix(T.suf2, hashStr(lo.slice(-2)))); }
  if (lo.length > 3) { f.push(mix(T.suf3, hashStr(lo.slice(-3)))); }
  if (lo.length > 4) { f.push(mix(T.suf4, hashStr(lo.slice(-4)))); }
  f.push(mix(T.lenB, Math.min(lo.length, 10)));
  if (sh) { f.push(mix(T.shoutLo, x.hLo), mix(T.shoutSh, x.hShape)); }
  if (cand) {
    // Gazetteers: Intl region names and the project's word lists.
    const title = sh ? titleCase(w) : w;
    const kn = knownName(title);
    f.push(mix(T.known, kn ? (kn.type === 'place' ? 1 : 2) : 0));
    if (w.length <= 5 && x.upper) {
      const a = lexicon().byAcronym.get(w.replace(/\./g, ''));
      f.push(mix(T.acr, a ? (a.type === 'place' ? 1 : 2) : 0));
    }
    if (isDemonym(title)) { f.push(mix(T.demonym, 1)); }
    if (isCalendarWord(w)) { f.push(mix(T.calendar, 1)); }
    if (ORG_HEADS.has(title)) { f.push(mix(T.orgHead, 1)); }
    if (PLACE_HEADS.has(title)) { f.push(mix(T.placeHead, 1)); }
    if (STOPWORDS.has(title)) { f.push(mix(T.stop, 1)); }
  } else if (NAME_PARTICLES.has(lo) || lo === 'of' || lo === 'and' || lo === 'for' || lo === 'the') {
    f.push(mix(T.particle, x.hLo));
  }
  return Int32Array.from(f);
}

const H_SPACE = hashStr(' ');

/** Per-document arrays for the features; the features of a token are computed when it is scored
 *  (statOf), most lowercase tokens never are. */
export function viewOf(inp: NerInput): TokenView {
  const { text, tokens, lower } = inp;
  const n = tokens.length;
  const words: string[] = new Array(n);
  const info: WordInfo[] = new Array(n);
  const hLo = new Int32Array(n);
  const hShape = new Int32Array(n);
  const hGap = new Int32Array(n + 1);
  const gaps: string[] = new Array(n + 1);
  const shout = new Uint8Array(n);
  const cand = new Uint8Array(n);
  const init = new Uint8Array(n);
  // Title-case forms the document writes mid-sentence outside all-caps lines: in a headline,
  // "JAPAN" is a name when the body writes "Japan".
  const docCap = new Set<string>();
  const docUpper = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (i > 0 && t.start - tokens[i - 1].end === 1 && text.charCodeAt(t.start - 1) === 32) {
      gaps[i] = ' ';
      hGap[i] = H_SPACE;
    } else {
      gaps[i] = gapClass(i === 0 ? '\n' : text.slice(tokens[i - 1].end, t.start));
      hGap[i] = hashStr(gaps[i]);
      init[i] = initialGap(gaps[i]) ? 1 : 0;
    }
    // (a possessive is never the first character)
    const c = t.text.charCodeAt(0);
    cand[i] = t.cap || (c >= 48 && c <= 57) ? 1 : 0;
  }
  // The facts of a token's word (a cache look-up each, the largest cost here) are read only by the
  // features of the tokens scored and of their neighbours two either side: they are taken here for
  // the tokens near a candidate (about half of a text), and for the others only when a token next
  // to them is scored (around, from own, ctx and ownSlot: a token continuing an entity).
  const have = new Uint8Array(n);
  const fill = (i: number): void => {
    const w = stripPossessive(tokens[i].text);
    words[i] = w;
    const x = wordInfo(w);
    info[i] = x;
    hLo[i] = x.hLo;
    hShape[i] = x.hShape;
    have[i] = 1;
  };
  for (let i = 0; i < n; i++) {
    if (cand[i] || (i > 0 && cand[i - 1]) || (i > 1 && cand[i - 2]) || (i + 1 < n && cand[i + 1]) || (i + 2 < n && cand[i + 2])) { fill(i); }
    if (tokens[i].cap) {
      const x = info[i];
      shout[i] = inp.shout(i) ? 1 : 0;
      if (!shout[i]) {
        if (x.upper) { docUpper.add(x.lo); } else if (!init[i]) { docCap.add(x.lo); }
      }
    }
  }
  /** Fills the tokens two either side of i that are not yet. */
  const around = (i: number): void => {
    for (let j = Math.max(0, i - 2); j <= i + 2 && j < n; j++) { if (!have[j]) { fill(j); } }
  };
  gaps[n] = n ? gapClass(text.slice(tokens[n - 1].end, Math.min(text.length, tokens[n - 1].end + 3))) : '\n';
  hGap[n] = hashStr(gaps[n]);

  // Capitalized runs: maximal sequences of candidate tokens joined by single spaces (or name
  // particles / "of" between capitalized words).
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let i = 0; i < n;) {
    if (!cand[i]) { runStart[i] = runEnd[i] = i; i++; continue; }
    let j = i;
    while (j + 1 < n && gaps[j + 1] === ' ' && words[j].length === tokens[j].text.length) {
      if (cand[j + 1]) { j++; continue; }
      const l = info[j + 1].lo;
      if ((l === 'of' || NAME_PARTICLES.has(l)) && j + 2 < n && cand[j + 2] && gaps[j + 2] === ' ') { j += 2; continue; }
      break;
    }
    for (let k = i; k <= j; k++) { runStart[k] = i; runEnd[k] = j; }
    i = j + 1;
  }

  const stamp = ++viewStamp;
  /** lower.has(lo) + 2 docCap.has(lo) + 4 docUpper.has(lo), once per word and document. */
  const docOf = (x: WordInfo): number => {
    if (x.stamp !== stamp) {
      const lo = x.lo;
      x.doc = (lower.has(lo) ? 1 : 0) + (docCap.has(lo) ? 2 : 0) + (docUpper.has(lo) ? 4 : 0);
      x.stamp = stamp;
    }
    return x.doc;
  };
  const own = (i: number): Int32Array => {
    around(i);
    const x = info[i];
    const sh = shout[i];
    return x.own[sh] ??= ownFeatures(words[i], x, sh, cand[i] === 1);
  };
  const ctx = (i: number, buf: Int32Array): number => {
    around(i);
    let k = 0;
    const w = words[i];
    const x = info[i];
    const sh = shout[i];
    const hl = hLo[i];
    const hs = hShape[i];
    const lm1 = i > 0 ? hLo[i - 1] : H_BOS;
    const lp1 = i + 1 < n ? hLo[i + 1] : H_EOS;
    buf[k++] = mix(T.loM1, lm1); buf[k++] = mix(T.loP1, lp1);
    buf[k++] = mix(T.loM2, i > 1 ? hLo[i - 2] : H_BOS); buf[k++] = mix(T.loP2, i + 2 < n ? hLo[i + 2] : H_EOS);
    const sm1 = i > 0 ? hShape[i - 1] : H_BOS;
    const sp1 = i + 1 < n ? hShape[i + 1] : H_EOS;
    buf[k++] = mix(T.shM1, sm1); buf[k++] = mix(T.shP1, sp1); buf[k++] = mix(T.shapeM1P1, sm1, mix(0, hs, sp1));
    buf[k++] = mix(T.shM2, i > 1 ? hShape[i - 2] : H_BOS); buf[k++] = mix(T.shP2, i + 2 < n ? hShape[i + 2] : H_EOS);
    buf[k++] = mix(T.bigM, lm1, hl); buf[k++] = mix(T.bigP, hl, lp1);
    const gb = hGap[i];
    const ga = hGap[i + 1];
    buf[k++] = mix(T.gapB, gb); buf[k++] = mix(T.gapA, ga); buf[k++] = mix(T.gapBsh, gb, hs); buf[k++] = mix(T.gapAsh, ga, hs);
    const ini = init[i];
    buf[k++] = mix(T.init, ini + 2 * sh); buf[k++] = mix(T.initSh, hs, ini + 2 * sh);
    const d = docOf(x);
    const dl = d & 1;
    const dc = (d >> 1) & 1;
    const du = d >> 2;
    buf[k++] = mix(T.docLower, dl, sh); buf[k++] = mix(T.docCap, dc, sh); buf[k++] = mix(T.docLowerInit, dl + 2 * dc, ini + 2 * sh); buf[k++] = mix(T.upperDoc, du, sh);
    if (sh) { buf[k++] = mix(T.shoutDocCap, dl + 2 * dc + 4 * du, hs); }
    if (cand[i]) {
      if (i + 1 < n && cand[i + 1] && gaps[i + 1] === ' ') {
        const k2 = pairKnown(w, x, words[i + 1], info[i + 1], sh);
        if (k2) { buf[k++] = mix(T.knownBig, 1, k2); }
      }
      if (i > 0 && cand[i - 1] && gaps[i] === ' ') {
        const k2 = pairKnown(words[i - 1], info[i - 1], w, x, sh);
        if (k2) { buf[k++] = mix(T.knownBig, 2, k2); }
      }
      // The run this token sits in: its length, this token's place in it, and its last word.
      const rs = runStart[i];
      const re = runEnd[i];
      const len = re - rs + 1;
      const pos = len === 1 ? 0 : i === rs ? 1 : i === re ? 3 : 2;
      buf[k++] = mix(T.runLen, Math.min(len, 5)); buf[k++] = mix(T.runPos, pos, Math.min(len, 4));
      buf[k++] = mix(T.runHead, hLo[re], pos === 3 || pos === 0 ? 1 : 0);
      const hf = flagsOf(words[re], info[re]);
      const head = sh ? ((hf & F_ORG_T) ? 1 : 0) + ((hf & F_PLACE_T) ? 2 : 0) : ((hf & F_ORG) ? 1 : 0) + ((hf & F_PLACE) ? 2 : 0);
      buf[k++] = mix(T.runHeadPos, head + (re === i ? 4 : 0), pos);
      if (rs > 0) {
        const pf = flagsOf(words[rs - 1], info[rs - 1]);
        if (pf & F_TITLE) { buf[k++] = mix(T.titlePrev, 1, pos); }
        if (pf & F_ROLE) { buf[k++] = mix(T.rolePrev, 1, pos); }
        if (pf & F_PREP) { buf[k++] = mix(T.prepPrev, 1, pos); }
        buf[k++] = mix(T.knownPrev, hLo[rs - 1], pos);
      }
      if (re + 1 < n) {
        if (flagsOf(words[re + 1], info[re + 1]) & F_CUE) { buf[k++] = mix(T.cueNext, 1, pos); }
        buf[k++] = mix(T.knownNext, hLo[re + 1], pos);
      }
    }
    if (tokens[i].text.length !== w.length) { buf[k++] = mix(T.poss, 1); }
    return k;
  };
  const buf = new Int32Array(128);
  const view: TokenView = {
    n, hLo, hShape, hGap, cand, own, ctx,
    stat(i: number): Int32Array {
      const o = own(i);
      buf.set(o);
      const k = ctx(i, buf.subarray(o.length));
      return buf.subarray(0, o.length + k);
    },
    ownSlot(i: number): OwnSlot {
      around(i);
      return info[i].slots[shout[i]];
    },
  };
  return view;
}

/** Features that depend on the tags already chosen for the two previous tokens. */
export function tagFeatures(v: TokenView, i: number, p1: number, p2: number, out: Int32Array): void {
  out[0] = mix(T.p1, p1);
  out[1] = mix(T.p2, p2);
  out[2] = mix(T.p1lo, p1, v.hLo[i]);
  out[3] = mix(T.p1sh, p1, v.hShape[i]);
  out[4] = mix(T.p1p2, p1, p2);
  out[5] = mix(T.p1gap, p1, v.hGap[i]);
}
export const NTAGFEATS = 6;

/** The features of tagFeatures that depend on the two previous tags alone (p1, p2, p1p2): a tagger
 *  may sum their weights once per pair of tags. */
export function tagPairFeatures(p1: number, p2: number, out: Int32Array): void {
  out[0] = mix(T.p1, p1);
  out[1] = mix(T.p2, p2);
  out[2] = mix(T.p1p2, p1, p2);
}

/** The other features of tagFeatures (p1lo, p1sh, p1gap), written at out[k..k+2]. */
export function tagTokenFeatures(v: TokenView, i: number, p1: number, out: Int32Array, k: number): void {
  out[k] = mix(T.p1lo, p1, v.hLo[i]);
  out[k + 1] = mix(T.p1sh, p1, v.hShape[i]);
  out[k + 2] = mix(T.p1gap, p1, v.hGap[i]);
}


function initialGap(g: string): boolean {
  if (g.startsWith('NL')) { return true; }
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '"' || c === '|' || c === '•' || c === '-') { return true; }
  }
  return false;
}

function titleCase(w: string): string {
  return w.length < 2 ? w : w[0] + w.slice(1).toLowerCase();
}

/** A tag may follow another: I-X only after B-X or I-X. */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || isBegin(t)) { return true; }
  return prev !== 0 && tagType(prev) === tagType(t);
}

export { H_NONE };
