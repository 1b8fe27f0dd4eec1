// Resolves the raw subject of an attribution to a speaker: surnames to the document's full name
// ("Costa" -> "Antonio Costa", DW's "Giang" -> "Khac Giang Nguyen"), pronouns to the nearest
// preceding person, "the Ambassador" to the person introduced with that title. Hand-written:
// this is coreference on a handful of names per article, which no offline library does for us.
import type { Entity, EntityType, Span } from '../../model';
import { entityKey, foldAccents } from '../keys';
import type { QuoteLexicon } from '../../lang/bundle';
import { namesFor, type Name, type NameReader } from './names';

export interface Speaker {
  name: string;
  key: string | null;
  type: EntityType | null;
}

interface Known {
  text: string;
  type: EntityType;
  tokens: string[];
  start: number;
  title: string | null;
}

const fold = (s: string): string => foldAccents(s).toLowerCase().replace(/['’]s$/, '');
const wordsOf = (s: string): string[] => s.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).map(fold);

export class SpeakerResolver {
  private readonly known: Known[] = [];
  /** The texts of `known`, to tell a name already registered without a scan of them all. */
  private readonly knownTexts = new Set<string>();
  /** Names read as the subject of an attribution. */
  private readonly quotedNames = new Set<string>();
  private readonly quotedSurnames = new Set<string>();
  private readonly searched = new Set<string>();
  private mentions: Array<{ pos: number; person: Known }> | null = null;
  private readonly entityStarts: number[];
  /** Gender told by an honorific before a mention ("Ms. Merkel"); 'x' when mentions disagree. */
  private readonly genders = new Map<string, 'm' | 'f' | 'x'>();
  private readonly names: NameReader;

  constructor(
    private readonly text: string,
    private readonly entities: readonly Entity[],
    /** Spans never searched for mentions (the quotes themselves). */
    private readonly quoteSpans: readonly Span[],
    /** The language bundle's quote word lists (AnalyseOptions.language). */
    private readonly lang: QuoteLexicon,
  ) {
    this.names = namesFor(lang);
    this.entities = [...entities].sort((a, b) => a.start - b.start);
    this.entityStarts = this.entities.map((e) => e.start);
    for (const e of this.entities) {
      if (e.type !== 'person') { continue; }
      const tokens = wordsOf(e.text);
      if (tokens.length >= 2) { this.addTokens(tokens, e.text, 'person', e.start, null, false); }
    }
  }

  /** Registers a name found as a speaker, so later surnames and pronouns can reach it. */
  add(text: string, type: EntityType, start: number, title: string | null, quoted = false): void {
    this.addTokens(wordsOf(text), text, type, start, title, quoted);
  }

  private addTokens(tokens: string[], text: string, type: EntityType, start: number, title: string | null, quoted: boolean): void {
    if (tokens.length === 0) { return; }
    if (quoted && type === 'person') {
      this.quotedNames.add(text);
      this.quotedSurnames.add(tokens[tokens.length - 1]);
    }
    if (this.knownTexts.has(text)) { return; }
    this.knownTexts.add(text);
    this.known.push({ text, type, tokens, start, title });
    this.mentions = null;
  }

  /** A person already read as the speaker of some attribution (or a surname of one). */
  isQuotedPerson(name: Name): boolean {
    if (this.typeOf(name) !== 'person') { return false; }
    const w = wordsOf(name.text);
    const last = w[w.length - 1];
    return this.quotedNames.has(name.text) || (w.length === 1 && this.quotedSurnames.has(last));
  }

  /** The type the entity extractor gave the span, when one covers it. */
  entityType(span: Span): EntityType | null {
    let lo = 0;
    let hi = this.entityStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entityStarts[mid] < span.end) { lo = mid + 1; } else { hi = mid; }
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      const e = this.entities[i];
      if (e.start < span.end && e.end > span.start) { return e.type; }
    }
    return null;
  }

  /** Entity type from the extractor when it covers the name, else a country name is a place
   *  ("Australia says"), else the run's own guess. */
  typeOf(name: Name): EntityType {
    return this.entityType(name) ?? (isCountryName(name.text) ? 'place' : name.type);
  }

  /** Full name for a name subject: a lone surname or given name becomes the document's full name. */
  resolveName(name: Name): Speaker {
    const type = this.typeOf(name);
    let full = name.text;
    if (name.tokenCount === 1 && type === 'person') { full = this.fullNameFor(name.text) ?? name.text; }
    else if (name.tokenCount === 1 && type === 'organization') { full = this.fullNameFor(name.text, 'organization') ?? name.text; }
    return { name: full, key: entityKey(type, full), type };
  }

  /** The person introduced with this title ("ambassador" -> "Julien Guerrier"), if exactly one. */
  byTitle(title: string): Speaker | null {
    if (!this.searched.has(`title:${title}`)) {
      this.searched.add(`title:${title}`);
      this.collectTitled(title);
    }
    const hits = this.known.filter((k) => k.title === title && k.type === 'person');
    const names = new Set(hits.map((h) => h.text));
    if (names.size !== 1) { return null; }
    const k = hits[0];
    return { name: k.text, key: entityKey('person', k.text), type: 'person' };
  }

  /** The nearest person mentioned before `pos` (outside quotes). */
  nearestPerson(pos: number, pronoun = ''): Speaker | null {
    const ms = this.mentionList();
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ms[mid].pos < pos) { lo = mid + 1; } else { hi = mid; }
    }
    const want = /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : '';
    for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
      const k = ms[i].person;
      const full = this.fullOf(k);
      const g = this.genders.get(full);
      if (want && g && g !== 'x' && g !== want) { continue; } // "she" never lands on "Mr. Hollande"
      return { name: full, key: entityKey('person', full), type: 'person' };
    }
    return null;
  }

  /** A known person's full name: a one-word mention becomes the document's full name for it. */
  private fullOf(k: Known): string {
    return k.tokens.length === 1 ? this.fullNameFor(k.text) ?? k.text : k.text;
  }

  private fullNameFor(word: string, type: EntityType = 'person'): string | null {
    const w = fold(word);
    const pick = (): string | null => {
      const multi = this.known.filter((k) => k.tokens.length >= 2 && k.type === type);
      const last = multi.filter((k) => k.tokens[k.tokens.length - 1] === w).sort((a, b) => a.start - b.start)[0];
      if (last) { return last.text; }
      const any = multi.filter((k) => k.tokens.includes(w)).sort((a, b) => a.start - b.start)[0];
      return any ? any.text : null;
    };
    const found = pick();
    if (found || this.searched.has(w)) { return found; }
    this.searched.add(w);
    this.collectRunsAround(word, type);
    return pick();
  }

  /** Reads the capitalized runs around every occurrence of `word` and keeps the multi-word names. */
  private collectRunsAround(word: string, type: EntityType): void {
    const text = this.text;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const from = Math.max(0, at - 80);
      const to = Math.min(text.length, at + word.length + 80);
      const toks = this.names.tokenizeRange(text, from, to);
      const idx = toks.findIndex((t) => t.start === at);
      if (idx < 0 || toks[idx].end !== at + word.length && !/^['’]s$/.test(text.slice(toks[idx].end - 2, toks[idx].end))) { continue; }
      const right = this.names.runStartingAt(text, toks, idx);
      const lastIdx = right ? right.last : idx;
      const run = this.names.runEndingAt(text, toks, lastIdx);
      if (!run) { continue; }
      const name = this.names.nameFromRun(text, toks, run);
      if (!name || name.text === '' || name.tokenCount < 2 || name.tokenCount > 4) { continue; }
      if (this.inQuote(name.start)) { continue; }
      const t = this.typeOf(name);
      if (t === type) { this.add(name.text, t, name.start, name.title); }
    }
  }

  /** Names written after the capitalized title anywhere in the text ("Mayor Inès Fournier"). */
  private collectTitled(title: string): void {
    const text = this.text;
    const word = title[0].toUpperCase() + title.slice(1);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const toks = this.names.tokenizeRange(text, Math.max(0, at - 60), Math.min(text.length, at + 80));
      const idx = toks.findIndex((t) => t.start === at);
      if (idx < 0) { continue; }
      const right = this.names.runStartingAt(text, toks, idx);
      const run = right && this.names.runEndingAt(text, toks, right.last);
      const name = run && this.names.nameFromRun(text, toks, run);
      if (!name || name.text === '' || name.title !== title || this.inQuote(name.start)) { continue; }
      const t = this.typeOf(name);
      if (t === 'person') { this.add(name.text, t, name.start, title); }
    }
  }

  private mentionList(): Array<{ pos: number; person: Known }> {
    if (this.mentions) { return this.mentions; }
    const out: Array<{ pos: number; person: Known }> = [];
    const text = this.text;
    for (const k of this.known) {
      if (k.type !== 'person') { continue; }
      // Mentions by any of the person's words as written (the full name or any part of it).
      const parts = new Set(k.text.split(/[\s\u00a0]+/).filter((w) => w.length > 1));
      for (const p of parts) {
        for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length)) {
          const before = at > 0 ? text.charCodeAt(at - 1) : 32;
          const after = at + p.length < text.length ? text[at + p.length] : ' ';
          if (/[\p{L}\p{N}]/u.test(String.fromCharCode(before)) || /[\p{L}\p{N}]/u.test(after)) { continue; }
          // a word of another kind of name is no mention ("Carra" in "Carra Fire and Rescue")
          const covering = this.entityType({ start: at, end: at + p.length });
          if (covering && covering !== 'person') { continue; }
          // ... nor a word of the person's name inside a longer capitalized run ("Carra Fire and Rescue")
          const nextWord = /^[ \u00a0](\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(at + p.length, at + p.length + 30))?.[1];
          // (the regex, tried at every start of the slice, only where the character before is a space)
          const sp = at > 0 ? text.charCodeAt(at - 1) : 0;
          const prevWord = sp === 32 || sp === 0xa0 ? /(\p{Lu}[\p{L}'’-]*)[ \u00a0]$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] : undefined;
          if ((nextWord && !parts.has(nextWord)) || (prevWord && !parts.has(prevWord) && !this.lang.titles.has(prevWord.toLowerCase()) && !/^(?:The|A|An|In|On|At|By|For|And|But|As|When|After|Before|With|From|To|Of)$/.test(prevWord))) { continue; }
          if (!this.inQuote(at)) { out.push({ pos: at, person: k }); }
          const hon = this.lang.honorificBefore.exec(text.slice(Math.max(0, at - 10), at));
          if (hon) {
            const full = this.fullOf(k);
            const h = hon[1].toLowerCase();
            const g = this.lang.maleHonorifics.has(h) ? 'm' : this.lang.femaleHonorifics.has(h) ? 'f' : 'x';
            const had = this.genders.get(full);
            this.genders.set(full, had && had !== g ? 'x' : g);
          }
        }
      }
    }
    out.sort((a, b) => a.pos - b.pos);
    this.mentions = out;
    this.gendersFromText(out);
    return out;
  }

  /** Gender where no honorific told it: a kinship noun right before a mention ("her husband Barack"),
   *  else the pronouns between each mention and the next one (outside quotes), counted over the document:
   *  at least two, two to one. Written by hand: no library resolves pronouns in the browser. */
  private gendersFromText(ms: ReadonlyArray<{ pos: number; person: Known }>): void {
    const text = this.text;
    const votes = new Map<string, { m: number; f: number }>();
    const kin = new Map<string, 'm' | 'f' | 'x'>();
    const WORD = /[\p{L}']+/gu;
    // (what a pronoun can be: no longer than the longest, and, from ASCII, starting as one does)
    let longest = 0;
    const firsts = new Set<number>();
    for (const p of this.lang.pronounGender.keys()) { longest = Math.max(longest, p.length); firsts.add(p.charCodeAt(0)); }
    for (let i = 0; i < ms.length; i++) {
      const k = ms[i].person;
      const full = this.fullOf(k);
      if (this.genders.has(full)) { continue; }
      // (only where a white space is right before the mention: the regex tries every start of the slice)
      const before = ms[i].pos > 0 && /\s/.test(text[ms[i].pos - 1]) ? /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, ms[i].pos - 20), ms[i].pos)) : null;
      const g = before ? this.lang.kinGender.get(before[1].toLowerCase()) : undefined;
      if (g) { const had = kin.get(full); kin.set(full, had && had !== g ? 'x' : g); }
      const end = Math.min(text.length, ms[i].pos + 200, i + 1 < ms.length ? ms[i + 1].pos : Infinity);
      const span = text.slice(ms[i].pos, end);
      let v = votes.get(full);
      if (!v) { v = { m: 0, f: 0 }; votes.set(full, v); }
      WORD.lastIndex = 0;
      for (let m = WORD.exec(span); m; m = WORD.exec(span)) {
        // (a word longer than every pronoun is none: no lower-casing and look-up for it)
        if (m[0].length > longest) { continue; }
        const c0 = m[0].charCodeAt(0);
        if (c0 < 128 && !firsts.has(c0 >= 65 && c0 <= 90 ? c0 + 32 : c0)) { continue; }
        const pg = this.lang.pronounGender.get(m[0].toLowerCase());
        if (pg && !this.inQuote(ms[i].pos + m.index)) { v[pg]++; }
      }
    }
    for (const [full, g] of kin) { if (!this.genders.has(full)) { this.genders.set(full, g); } }
    for (const [full, v] of votes) {
      if (this.genders.has(full)) { continue; }
      if (v.m >= 2 && v.m >= 2 * v.f) { this.genders.set(full, 'm'); } else if (v.f >= 2 && v.f >= 2 * v.m) { this.genders.set(full, 'f'); }
    }
  }

  private inQuote(pos: number): boolean {
    const qs = this.quoteSpans;
    let lo = 0;
    let hi = qs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (qs[mid].start <= pos) { lo = mid + 1; } else { hi = mid; }
    }
    return lo > 0 && pos < qs[lo - 1].end;
  }
}

let countries: Set<string> | null = null;

/** Country and region names in English from the runtime's own CLDR data (Intl.DisplayNames), so
 *  no list is written by hand. */
export function isCountryName(name: string): boolean {
  if (!countries) {
    countries = new Set();
    try {
      const dn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const n = dn.of(String.fromCharCode(a, b));
          if (n) { countries.add(n.toLowerCase()); }
        }
      }
    } catch {
      // A runtime without region names: no country detection, names keep their own type.
    }
  }
  return countries.has(name.toLowerCase());
}
