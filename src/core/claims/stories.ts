// Stories: the documents of a folder grouped by what they share. The linker keeps a sparse graph of
// document similarities (each document's 10 nearest neighbours at a cosine of 0.06 or more, and its
// nearest one down to 0.03, in the linker's document index); a story is a
// community of that graph (Louvain modularity), and the linker joins facts only inside one story.
// A story is named by its headline words: the entities and words most of its headlines share and
// few other headlines use.
//
// Louvain is written by hand (about 80 lines): graphology-communities-louvain would bring a general
// graph object and a dependency for one pass over a graph of at most ~10 edges per document, and
// ours must be deterministic without a seeded random source (node order is the documents' order).
import type { Entity, Span } from '../model';
import { isStopword, stemWord } from './lexicon';

export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

/** Community of each node 0..n-1 (numbered from 0 in order of each community's first node):
 *  Louvain's local moving and aggregation, nodes visited in index order, ties kept in place. */
export function louvain(n: number, edges: readonly WeightedEdge[], resolution = 1): number[] {
  let adj: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    if (e.a === e.b || !(e.weight > 0)) { continue; }
    adj[e.a].set(e.b, (adj[e.a].get(e.b) ?? 0) + e.weight);
    adj[e.b].set(e.a, (adj[e.b].get(e.a) ?? 0) + e.weight);
  }
  // membership of each original node in the current level's nodes
  let member = Array.from({ length: n }, (_, i) => i);
  for (let level = 0; level < 32; level++) {
    const size = adj.length;
    const k = adj.map((m) => { let s = 0; for (const w of m.values()) { s += w; } return s; });
    const m2 = k.reduce((s, x) => s + x, 0);
    if (m2 === 0) { break; }
    const comm = Array.from({ length: size }, (_, i) => i);
    const tot = [...k];
    const lists = adj.map((m) => [...m.entries()]);
    // weight from the current node to each neighbouring community: a scratch array, reset after each node
    const toComm = new Float64Array(size);
    const touched: number[] = [];
    let moved = false;
    for (let pass = 0; pass < 100; pass++) {
      let changed = false;
      for (let i = 0; i < size; i++) {
        const own = comm[i];
        touched.length = 0;
        for (const [j, w] of lists[i]) {
          if (j === i) { continue; }
          const c = comm[j];
          if (toComm[c] === 0) { touched.push(c); }
          toComm[c] += w;
        }
        tot[own] -= k[i];
        const gain = (c: number) => toComm[c] - (resolution * tot[c] * k[i]) / m2;
        let best = own;
        let bestGain = gain(own);
        touched.sort((x, y) => x - y);
        for (const c of touched) {
          const g = gain(c);
          if (g > bestGain + 1e-12) { best = c; bestGain = g; }
        }
        for (const c of touched) { toComm[c] = 0; }
        tot[best] += k[i];
        if (best !== own) { comm[i] = best; changed = true; moved = true; }
      }
      if (!changed) { break; }
    }
    if (!moved) { break; }
    // aggregate: one node per community, numbered in order of first member
    const renum = new Map<number, number>();
    for (const c of comm) { if (!renum.has(c)) { renum.set(c, renum.size); } }
    const next: Array<Map<number, number>> = Array.from({ length: renum.size }, () => new Map());
    for (let i = 0; i < size; i++) {
      const ci = renum.get(comm[i])!;
      for (const [j, w] of adj[i]) {
        const cj = renum.get(comm[j])!;
        next[ci].set(cj, (next[ci].get(cj) ?? 0) + w);
      }
    }
    member = member.map((x) => renum.get(comm[x])!);
    adj = next;
  }
  const out = new Map<number, number>();
  return member.map((c) => { if (!out.has(c)) { out.set(c, out.size); } return out.get(c)!; });
}

/** What story titles are made of: each document's headline and the entities found in it. */
export interface HeadlineInput {
  id: string;
  title: string | null;
  titleSpan: Span | null;
  entities: readonly Entity[];
}

interface Term {
  /** Stems of its words: "storm iris"; a name and the same word written plain share one key. */
  key: string;
  /** As written. */
  text: string;
  /** Found as an entity (a name keeps its capitals in the title). */
  name: boolean;
  /** First and last word of the term in its headline. */
  from: number;
  to: number;
}

/** The distinct terms of one headline: its entities, and its other content words. */
function headlineTerms(d: HeadlineInput): Term[] {
  if (!d.title || !d.titleSpan) { return []; }
  const base = d.titleSpan.start;
  const words = [...d.title.matchAll(/\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+/gu)].map((m) => ({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] }));
  const terms: Term[] = [];
  const taken = new Set<number>();
  for (const e of d.entities) {
    if (e.start < base || e.end > base + d.title.length) { continue; }
    const idx = words.flatMap((w, i) => (w.start >= e.start && w.end <= e.end ? [i] : []));
    if (!idx.length) { continue; }
    for (const i of idx) { taken.add(i); }
    terms.push({ key: idx.map((i) => stemOf(words[i].text)).join(' '), text: e.text, name: true, from: idx[0], to: idx[idx.length - 1] });
  }
  words.forEach((w, i) => {
    const plain = w.text.replace(/['’]s$/i, '');
    if (taken.has(i) || plain.length < 3 || /^\p{N}/u.test(plain) || isStopword(plain.toLowerCase())) { return; }
    terms.push({ key: stemOf(w.text), text: plain, name: false, from: i, to: i });
  });
  const seen = new Set<string>();
  return terms.sort((x, y) => x.from - y.from).filter((t) => !seen.has(t.key) && !!seen.add(t.key));
}

function stemOf(word: string): string {
  return stemWord(word.replace(/['’]s$/i, ''));
}

const isCaps = (s: string) => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();

/** At most this many terms in a story's title. */
const TITLE_TERMS = 3;
const MAX_TITLE = 80;

/**
 * Titles for stories: the terms shared by the most headlines of the story (two at least when the story
 * has two documents or more) and rare in the other headlines of the folder, in headline order; terms
 * that stand side by side in a headline are read as one ("Storm" + "Iris" -> "Storm Iris"). A story whose
 * headlines share nothing is named by its first headline, and a document without a headline by its id.
 */
export function storyTitles(stories: ReadonlyArray<readonly string[]>, docs: ReadonlyMap<string, HeadlineInput>): string[] {
  const termsOf = new Map<string, Term[]>();
  const df = new Map<string, number>();
  for (const [id, d] of docs) {
    const ts = headlineTerms(d);
    termsOf.set(id, ts);
    for (const t of ts) { df.set(t.key, (df.get(t.key) ?? 0) + 1); }
  }
  const n = Math.max(1, docs.size);
  return stories.map((ids) => {
    const count = new Map<string, { n: number; name: boolean; forms: Map<string, number> }>();
    for (const id of ids) {
      for (const t of termsOf.get(id) ?? []) {
        let c = count.get(t.key);
        if (!c) { c = { n: 0, name: false, forms: new Map() }; count.set(t.key, c); }
        c.n++;
        c.name ||= t.name;
        // a form in capitals only (a shouting headline) is the last choice for display
        c.forms.set(t.text, (c.forms.get(t.text) ?? 0) + (isCaps(t.text) ? 0.1 : 1));
      }
    }
    const need = ids.length > 1 ? 2 : 1;
    const chosen = [...count.entries()]
      .filter(([, c]) => c.n >= need)
      .map(([key, c]) => ({ key, c, score: c.n * Math.log(1 + n / (df.get(key) ?? 1)) }))
      .sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1))
      .slice(0, TITLE_TERMS);
    if (ids.length < 2 || !chosen.length) {
      const first = ids.map((id) => docs.get(id)?.title).find((t): t is string => !!t?.trim());
      const title = (first ?? ids[0] ?? '').replace(/\s+/g, ' ').trim();
      return title.length > MAX_TITLE ? title.slice(0, MAX_TITLE - 1).trimEnd() + '…' : title;
    }
    const keys = new Set(chosen.map((x) => x.key));
    // the headline that holds most of the chosen terms gives their order and which stand together
    const heads = ids.map((id) => (termsOf.get(id) ?? []).filter((t) => keys.has(t.key)));
    const rep = heads.reduce((best, h) => (h.length > best.length ? h : best), [] as Term[]);
    const form = (key: string) => {
      const c = count.get(key)!;
      const f = [...c.forms.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
      return c.name ? f : f.toLowerCase();
    };
    const placed = rep.map((t) => t.key);
    const rest = chosen.map((x) => x.key).filter((k) => !placed.includes(k));
    const parts: string[] = [];
    let prev: Term | null = null;
    for (const t of rep) {
      const text = form(t.key);
      if (prev && t.from === prev.to + 1) {
        // side by side: one phrase, capitalised as a name when either part is one
        const joined = `${parts.pop()} ${text}`;
        parts.push(count.get(t.key)!.name || count.get(prev.key)!.name || (/^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(prev.text)) ? capitalise(joined) : joined);
      } else {
        parts.push(text);
      }
      prev = t;
    }
    // a word already inside a longer part ("League" beside "Premier League") adds nothing
    const out: string[] = [];
    for (const part of [...parts, ...rest.map(form)]) {
      const low = ` ${part.toLowerCase()} `;
      if (out.some((o) => ` ${o.toLowerCase()} `.includes(low))) { continue; }
      for (let i = out.length - 1; i >= 0; i--) { if (low.includes(` ${out[i].toLowerCase()} `)) { out.splice(i, 1); } }
      out.push(part);
    }
    return out.join(', ');
  });
}

function capitalise(phrase: string): string {
  return phrase.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}
