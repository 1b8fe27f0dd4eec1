// Named entities (people, organizations, places) with document-local canonical keys.
// Segments come from entities/segments.ts (our own scanner: no NER library fits, see there);
// here the mentions of one document are pooled: one type per name by vote, surnames and first-
// mention short forms joined to the one full name that fits, acronyms to their expansions.
// Cross-document alias merging happens in aliases.ts.
import type { Entity, EntityType } from '../model';
import type { DocContext } from '../text/context';
import { entityKey, slug } from './keys';
import { isCalendarWord, isDemonym, knownName, lexicon } from './entities/lexicon';
import { STOPWORDS, THING_HEADS, THING_PREFIXES, TITLES, TITLE_MODIFIERS } from './entities/gazetteer';
import { bare, findSegments, isAcronym, isInitial, isUpper, segAt, segmentType, type Segment } from './entities/segments';
import { buildWords } from './entities/words';
import { tagEntities, type TagSpan } from '../lang/en/ner/index';
import { nerInput } from '../lang/en/ner/index';
import type { Token } from '../text/tokens';

interface Resolved {
  type: EntityType;
  key: string;
}

export function extractEntities(ctx: DocContext): Entity[] {
  const { text } = ctx;
  const words = buildWords(ctx);
  const segs = mergeTagged(text, words.list, findSegments(text, words), tagEntities(nerInput(text, words)));
  const plain = segs.filter((s) => !s.shouted && !s.thing);
  for (const s of plain) { s.slug = nameSlug(s.parts); }

  // 1. One type per name in the document, by the summed evidence of all its mentions.
  const votes = new Map<string, Segment>();
  for (const s of plain) {
    if (s.known || s.acronym) { continue; }
    const k = s.slug!;
    const v = votes.get(k);
    if (v) { v.person += s.person; v.org += s.org; v.place += s.place; } else { votes.set(k, Object.assign(segAt(0, 0, s.parts), { person: s.person, org: s.org, place: s.place, thing: s.thing })); }
  }
  const byName = new Map<string, Resolved>();
  for (const [k, v] of votes) {
    const type = segmentType(v);
    if (type) { byName.set(k, { type, key: `${type}:${k}` }); }
  }

  // 2. Short forms of people: "Costa" -> Antonio Costa, "Giang" -> Khac Giang Nguyen, when exactly
  //    one full name in the document fits (last name first, then any of its words).
  const byLast = new Map<string, Set<string>>();
  const byAny = new Map<string, Set<string>>();
  for (const [k, r] of byName) {
    if (r.type !== 'person' || !k.includes('-')) { continue; }
    const ws = k.split('-');
    add(byLast, ws[ws.length - 1], r.key);
    for (const x of ws) { add(byAny, x, r.key); }
  }
  for (const [k, r] of byName) {
    if (k.includes('-') || r.type === 'organization' && votes.get(k)!.org >= 3) { continue; }
    if (r.type === 'place' && votes.get(k)!.place >= 3) { continue; }
    const full = only(byLast.get(k)) ?? (byLast.has(k) ? undefined : only(byAny.get(k)));
    if (full) { byName.set(k, { type: 'person', key: full }); }
  }
  // Untyped single words that are a known person's surname ("Vu noted that ...").
  for (const s of plain) {
    const k = s.slug!;
    if (s.known || s.acronym || byName.has(k) || k.includes('-')) { continue; }
    const full = only(byLast.get(k)) ?? (byLast.has(k) ? undefined : only(byAny.get(k)));
    if (full) { byName.set(k, { type: 'person', key: full }); }
  }

  // 3. Acronyms: "(CSB)" after its expansion, else an organization in the document with those
  //    initials, else an organization of its own.
  const acronyms = new Map<string, Resolved | null>();
  const resolved: Array<[Segment, Resolved]> = [];
  let prev: [Segment, Resolved | null] | undefined;
  for (const s of segs) {
    if (s.shouted) { continue; }
    if (s.thing) { prev = [s, null]; continue; }
    let r: Resolved | null | undefined;
    if (s.known) {
      r = { type: s.known.type, key: s.known.key };
    } else if (s.acronym) {
      // "Coastal Safety Board (CSB)": the acronym takes the expansion's key; "EU–Vietnam Free Trade
      // Agreement (EVFTA)" names a thing, so the acronym is dropped too.
      if (s.inParens && prev && /^\s*\($/.test(text.slice(prev[0].end, s.start)) 
        && (initialsFit(s.acronym, prev[0].parts) || (!prev[1] && initialsEnd(s.acronym, prev[0].parts)))) {
        acronyms.set(s.acronym, prev[1]);
      }
      r = acronyms.has(s.acronym) ? acronyms.get(s.acronym) : undefined;
      if (r === undefined) { r = resolveAcronym(s.acronym, byName); acronyms.set(s.acronym, r); }
    } else {
      r = byName.get(s.slug!);
    }
    if (r) { resolved.push([s, r]); }
    prev = [s, r ?? null];
  }

  // 4. All-caps headlines: only names already found in the body ("STORM IRIS: 14 KILLED AS WAVES
  //    BREACH PORT CALDER DEFENCES" -> Port Calder), never the headline wholesale.
  const known = new Map<string, Resolved>();
  for (const [s, r] of resolved) { known.set(s.slug ?? nameSlug(s.parts), r); }
  for (const s of segs) {
    if (s.shouted) { resolved.push(...matchShouted(text, s, known)); }
  }

  resolved.sort((a, b) => a[0].start - b[0].start);
  const out: Entity[] = [];
  let lastEnd = -1;
  for (const [s, r] of resolved) {
    let end = s.end;
    // "U.S." keeps its final dot (the tokenizer leaves it out).
    if (text[end] === '.' && text[end - 2] === '.' && /\p{Lu}/u.test(text[end - 1])) { end++; }
    if (s.start < lastEnd || end <= s.start) { continue; }
    out.push({ start: s.start, end, text: text.slice(s.start, end), type: r.type, key: r.key });
    lastEnd = end;
  }
  return out;
}

/** The tagger's spans and the rules' segments, merged. First, spans the tagger is confident of
 *  (margin >= CONFIDENT) replace the rule segments they overlap unless the rules know something
 *  surer about the same words (see below). Then, for the other spans: a rule segment with a sure
 *  verdict (a lexicon name, an acronym, a named thing such as "Storm Iris", an all-caps headline
 *  run, or at least a medium cue such as a title or a head word) stays, and tagged spans over it are dropped;
 *  when both give the same span the tagger's type is added to the rule's evidence. Everywhere
 *  else the tagger decides the span and the type; a span it calls MISC ("German", "Euro 96")
 *  removes the rules' weak guess there. */
export function mergeTagged(text: string, w: readonly Token[], rules: Segment[], tagged: readonly TagSpan[]): Segment[] {
  const lx = lexicon();
  const sure = rules.filter((r) => r.shouted || r.known || r.acronym || r.thing || r.person + r.org + r.place >= 2);
  // A weak person guess of the rules over several tagged words keeps its span when the tagger
  // sees a person in it: "To Lam" (the tagger reads "To" as a word), "Ursula von der Leyen".
  let c = 0;
  for (const r of rules) {
    if (r.shouted || r.known || r.acronym || r.thing || r.person + r.org + r.place >= 2 || r.person === 0 || r.parts.length < 2) { continue; }
    while (c < tagged.length && w[tagged[c].last].end <= r.start) { c++; }
    let person = false;
    let inside = true;
    for (let k = c; k < tagged.length && w[tagged[k].first].start < r.end; k++) {
      if (w[tagged[k].first].start < r.start || w[tagged[k].last].end > r.end + 2 || tagged[k].type === 3) { inside = false; }
      if (tagged[k].type === 0) { person = true; }
    }
    if (person && inside) { r.person += TAGGED; sure.push(r); }
  }
  // Spans the tagger is sure of (a wide margin over any other type) take the place of the rule
  // segments they overlap, whatever those say, except the rules' own sure facts about the same
  // words: a named thing ("Storm Iris"), a lexicon name of the same type (it carries the key), an
  // acronym the tagger also calls an organization (the rules resolve it to its expansion), and a
  // run the rules split at a title or known name ("European Council President Antonio Costa").
  let mid: Set<string> | null = null;
  const midCaps = (): Set<string> => {
    if (!mid) {
      mid = new Set();
      for (let k = 0; k < w.length; k++) { if (w[k].cap && !isInitial(text, w as Token[], k)) { mid.add(bare(w[k].text)); } }
    }
    return mid;
  };
  const dropped = new Set<Segment>();
  const handled = new Set<TagSpan>();
  const early: Segment[] = [];
  const earlyCover: Array<[number, number]> = [];
  let rc = 0;
  for (const t0 of tagged) {
    if (t0.type === 3 || t0.margin < CONFIDENT) { continue; }
    const t = trimTitles(w, t0);
    if (!t) { continue; }
    const start = w[t.first].start;
    const end = endOf(w, t.last);
    while (rc < rules.length && rules[rc].end <= start - 64) { rc++; }
    const clashes: Segment[] = [];
    for (let k = rc; k < rules.length && rules[k].start < end; k++) {
      if (rules[k].end > start) { clashes.push(rules[k]); }
    }
    const type = TAG_TYPES[t.type];
    const plainClashes = clashes.filter((r) => !r.shouted);
    if (plainClashes.some((r) => r.thing || (r.known && r.known.type === type) || (r.acronym && t.type === 1))) { continue; }
    if (plainClashes.length >= 2) { continue; }
    const sg = taggedSegment(text, w, t, midCaps);
    if (!sg) { continue; }
    for (const r of plainClashes) { dropped.add(r); }
    handled.add(t0);
    early.push(sg);
    earlyCover.push([sg.start, sg.end]);
  }
  if (dropped.size) {
    let n = 0;
    for (const r of sure) { if (!dropped.has(r)) { sure[n++] = r; } }
    sure.length = n;
  }
  for (const e of early) { sure.push(e); }
  sure.sort((a, b) => a.start - b.start);
  const sureSet = new Set(sure);
  // Words of named things ("Iris" of "Storm Iris") are no names of their own in this document.
  const thingWords = new Set<string>();
  for (const r of rules) {
    if (r.thing) { for (const p of r.parts) { if (!THING_PREFIXES.has(p) && !THING_HEADS.has(p)) { thingWords.add(p.toLowerCase()); } } }
  }
  // Names the rules type surely somewhere in the document: there the rules' vote decides.
  const sureNames = new Set(sure.map((r) => r.parts.join(' ').toLowerCase()));
  const out: Segment[] = sure.slice();
  const covered: Array<[number, number]> = [];
  const weak = rules.filter((r) => !sureSet.has(r) && !dropped.has(r));
  let wc = 0;
  c = 0;
  for (const t0 of tagged) {
    if (handled.has(t0)) { continue; }
    // Titles at the edges are not part of the name ("EU Ambassador"): trim them.
    const t = trimTitles(w, t0);
    if (!t) { continue; }
    const first = w[t.first];
    const end = endOf(w, t.last);
    // An unsure span that cuts a run of the rules in two ("Air" | "France" of "Air France"): the
    // tagger is unsure where the name ends, so the rules' run stays.
    while (wc < weak.length && weak[wc].end <= first.start) { wc++; }
    if (wc < weak.length && weak[wc].start <= first.start && weak[wc].end >= end && (weak[wc].start < first.start || weak[wc].end > end)
      && weak[wc].parts.length > 1) { continue; }
    covered.push([first.start, end]);
    while (c < sure.length && sure[c].end <= first.start) { c++; }
    let clash: Segment | undefined;
    for (let k = c; k < sure.length && sure[k].start < end; k++) {
      if (sure[k].end > first.start) { clash = sure[k]; break; }
    }
    if (clash) {
      if (clash.start === first.start && clash.end === end && t.type !== 3) {
        if (t.type === 0) { clash.person += TAGGED; } else if (t.type === 1) { clash.org += TAGGED; } else { clash.place += TAGGED; }
      }
      continue;
    }
    if (t.type === 3) { continue; }
    const parts = w.slice(t.first, t.last + 1).map((x) => bare(x.text));
    // A lone capitalized word opening a sentence ("Hang in there") is a name only when the
    // document also writes it capitalized mid-sentence.
    if (t.type === 0 && parts.length === 1 && !isUpper(parts[0]) && isInitial(text, w as Token[], t.first) && !midCaps().has(parts[0])) { continue; }
    // "Storm Iris", "Flight MH370": a named thing, not a name.
    if (THING_PREFIXES.has(parts[0]) || (t.first > 0 && THING_PREFIXES.has(w[t.first - 1].text) && text.slice(w[t.first - 1].end, first.start) === ' ')) { continue; }
    if (parts.length === 1 && (isCalendarWord(parts[0]) || STOPWORDS.has(parts[0]) || isDemonym(parts[0]) || thingWords.has(parts[0].toLowerCase()))) { continue; }
    const s = segAt(first.start, end, parts);
    if (parts.length === 1 && isAcronym(parts[0])) {
      const letters = parts[0].replace(/\./g, '');
      const known = lx.byAcronym.get(letters);
      if (known) { s.known = known; out.push(s); continue; }
      if (t.type === 1) {
        s.acronym = letters;
        s.inParens = text[first.start - 1] === '(' && text[end] === ')';
        out.push(s);
        continue;
      }
    }
    const known = knownName(parts.join(' '));
    const ev = sureNames.has(parts.join(' ').toLowerCase()) ? 0 : TAGGED_ONLY;
    if (known) { s.known = known; } else if (t.type === 0) { s.person += ev; } else if (t.type === 1) { s.org += ev; } else { s.place += ev; }
    out.push(s);
  }
  // Weak rule segments stay where the tagger found nothing at all.
  covered.push(...earlyCover);
  covered.sort((a, b) => a[0] - b[0]);
  c = 0;
  for (const r of rules) {
    if (sureSet.has(r) || dropped.has(r)) { continue; }
    while (c < covered.length && covered[c][1] <= r.start) { c++; }
    let hit = false;
    for (let k = c; k < covered.length && covered[k][0] < r.end; k++) {
      if (covered[k][1] > r.start) { hit = true; break; }
    }
    if (!hit) { out.push(r); }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const TAG_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/** The tagged span without titles at its edges ("EU Ambassador"), or null. */
function trimTitles(w: readonly Token[], t0: TagSpan): TagSpan | null {
  const t = { first: t0.first, last: t0.last, type: t0.type, margin: t0.margin };
  while (t.first <= t.last && isTitleWord(w[t.first].text)) { t.first++; }
  while (t.last >= t.first && isTitleWord(bare(w[t.last].text))) { t.last--; }
  return t.first > t.last ? null : t;
}

/** End offset of a span ending at token `last`, possessive left out. */
function endOf(w: readonly Token[], last: number): number {
  const x = w[last];
  return x.end - (/['’]s$/.test(x.text) ? 2 : 0);
}

/** A confident tagged span as a segment with the tagger's type (CONFIDENT_EV of evidence), or null
 *  where the words cannot be a name of their own: a weekday, a stopword, a nationality ("German"),
 *  a word of a named thing, a lone sentence opener the document never writes capitalized
 *  mid-sentence. In an all-caps line the words are checked title-cased ("STORM" as "Storm"). */
function taggedSegment(text: string, w: readonly Token[], t: TagSpan, midCaps: () => ReadonlySet<string>): Segment | null {
  const first = w[t.first];
  const end = endOf(w, t.last);
  const parts = w.slice(t.first, t.last + 1).map((x) => bare(x.text));
  const shout = parts.every(isUpper) && parts.some((p) => p.replace(/\./g, '').length > 3);
  const look = shout ? parts.map(titleWord) : parts;
  if (THING_PREFIXES.has(look[0]) || (t.first > 0 && THING_PREFIXES.has(titleWord(w[t.first - 1].text)) && text.slice(w[t.first - 1].end, first.start) === ' ')) { return null; }
  if (look.length === 1 && (isCalendarWord(look[0]) || STOPWORDS.has(look[0]) || isDemonym(look[0]))) { return null; }
  if (t.type === 0 && parts.length === 1 && !isUpper(parts[0]) && isInitial(text, w as Token[], t.first) && !midCaps().has(parts[0])) { return null; }
  const sg = segAt(first.start, end, parts);
  const type = TAG_TYPES[t.type];
  const lx = lexicon();
  if (parts.length === 1 && isAcronym(parts[0]) && !shout) {
    const known = lx.byAcronym.get(parts[0].replace(/\./g, ''));
    if (known && known.type === type) { sg.known = known; return sg; }
  }
  const known = knownName(look.join(' '));
  if (known && known.type === type) { sg.known = known; return sg; }
  if (t.type === 0) { sg.person += CONFIDENT_EV; } else if (t.type === 1) { sg.org += CONFIDENT_EV; } else { sg.place += CONFIDENT_EV; }
  return sg;
}

function titleWord(x: string): string {
  return x.length < 2 ? x : x[0] + x.slice(1).toLowerCase();
}

function isTitleWord(t: string): boolean {
  return TITLES.has(t) || TITLE_MODIFIERS.has(t) || t === 'The';
}

/** Evidence a tagged span adds to a rule segment of the same span (below a rule's cue). */
const TAGGED = 1;
/** Evidence of a span only the tagger found: any positive score types it, and in the document's
 *  vote a rule's cue on another mention of the same name outweighs it. */
const TAGGED_ONLY = 1;
/** The tagger's margin above which its span and type win over the rules' (scores are sums of
 *  byte-quantized weights; chosen on the development split). */
const CONFIDENT = 32;
/** Evidence of a confident tagged span: above any single rule cue (STRONG = 3). */
const CONFIDENT_EV = 4;

const slugCache = new Map<string, string>();

/** slug of name words, cached across documents: the same names recur. */
function nameSlug(parts: readonly string[]): string {
  const joined = parts.length === 1 ? parts[0] : parts.join(' ');
  let k = slugCache.get(joined);
  if (k === undefined) {
    k = slug(joined);
    if (slugCache.size > 50000) { slugCache.clear(); }
    slugCache.set(joined, k);
  }
  return k;
}

function resolveAcronym(acr: string, byName: ReadonlyMap<string, Resolved>): Resolved | null {
  let found: Resolved | null = null;
  for (const [k, r] of byName) {
    if (r.type === 'person' || !k.includes('-')) { continue; }
    if (initialsFit(acr, k.split('-'))) {
      if (found && found.key !== r.key) { found = null; break; }
      found = r;
    }
  }
  return found ?? { type: 'organization', key: entityKey('organization', acr) };
}

/** "CSB" ~ Coastal Safety Board; "EVFTA" ~ EU Vietnam Free Trade Agreement (words' initials or
 *  an acronym word's letters, in order, "of"/"and"/"the" optional). */
export function initialsFit(acr: string, words: readonly string[]): boolean {
  const a = acr.toLowerCase();
  const full = words.map((x) => (isUpper(x) && x.length <= 6 ? x.replace(/\./g, '').toLowerCase() : x[0].toLowerCase())).join('');
  if (full === a) { return true; }
  const core = words.filter((x) => !/^(of|and|the|for|&)$/i.test(x));
  return core.map((x) => (isUpper(x) && x.length <= 6 ? x.replace(/\./g, '').toLowerCase() : x[0].toLowerCase())).join('') === a;
}

function initialsEnd(acr: string, words: readonly string[]): boolean {
  const ini = words.map((x) => x[0]).join('').toUpperCase();
  return ini.length >= 2 && acr.endsWith(ini);
}

function matchShouted(text: string, s: Segment, known: ReadonlyMap<string, Resolved>): Array<[Segment, Resolved]> {
  // Word offsets inside the shouted run.
  const offs: number[] = [];
  let p = s.start;
  for (const part of s.parts) {
    const at = text.indexOf(part, p);
    if (at < 0) { return []; }
    offs.push(at);
    p = at + part.length;
  }
  const lx = lexicon();
  const out: Array<[Segment, Resolved]> = [];
  for (let i = 0; i < s.parts.length;) {
    let hit = 0;
    for (let n = Math.min(4, s.parts.length - i); n >= 1 && !hit; n--) {
      const words = s.parts.slice(i, i + n);
      const k = slug(words.join(' '));
      const kn = lx.bySlug.get(k);
      const r = known.get(k) ?? (kn && { type: kn.type, key: kn.key }) ?? (n === 1 ? acronymOf(words[0]) : undefined);
      if (r) {
        const start = offs[i];
        const end = offs[i + n - 1] + s.parts[i + n - 1].length;
        out.push([segAt(start, end, words), r]);
        hit = n;
      }
    }
    i += hit || 1;
  }
  return out;
}

function acronymOf(word: string): Resolved | undefined {
  const kn = lexicon().byAcronym.get(word.replace(/\./g, ''));
  return kn && { type: kn.type, key: kn.key };
}

function add(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s) { s.add(v); } else { m.set(k, new Set([v])); }
}

function only(s: Set<string> | undefined): string | undefined {
  return s && s.size === 1 ? s.values().next().value : undefined;
}
