// Named entities (people, organizations, places) with document-local canonical keys.
// Segments come from entities/segments.ts (our own scanner: no NER library fits, see there);
// here the mentions of one document are pooled: one type per name by vote, surnames and first-
// mention short forms joined to the one full name that fits, acronyms to their expansions.
// Cross-document alias merging happens in aliases.ts.
import type { Entity, EntityType } from '../model';
import type { DocContext } from '../text/context';
import { entityKey, slug } from './keys';
import { lexicon } from './entities/lexicon';
import { findSegments, isUpper, segAt, segmentType, type Segment } from './entities/segments';
import { buildWords } from './entities/words';

interface Resolved {
  type: EntityType;
  key: string;
}

export function extractEntities(ctx: DocContext): Entity[] {
  const { text } = ctx;
  const segs = findSegments(text, buildWords(ctx));
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
