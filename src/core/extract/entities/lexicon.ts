// Offline data the runtime already carries: country, territory and world-region names from
// Intl.DisplayNames (ICU/CLDR) and month/weekday names from Intl.DateTimeFormat. No hand list of
// countries: the ICU data is better maintained than anything we would type.
import type { EntityType } from '../../model';
import { entityKey, slug } from '../keys';
import { EXTRA_REGION_ACRONYMS, EXTRA_REGION_NAMES, IRREGULAR_DEMONYMS, ORG_REGIONS } from './gazetteer';
import { MAX_WORD_LENGTH } from '../../text/tokens';

/** Longest name looked up: four words at the token cap. */
const MAX_NAME_LENGTH = 4 * MAX_WORD_LENGTH;

export interface KnownName {
  type: EntityType;
  /** Canonical key, e.g. "place:united-states", "organization:european-union". */
  key: string;
  /** Display name: "United States". */
  name: string;
}

interface Lexicon {
  /** slug of a name or variant -> entry ("viet-nam" is not a variant; "vietnam", "united-states", "burma" are). */
  bySlug: Map<string, KnownName>;
  /** Upper-case acronym without dots -> entry ("US", "UK", "EU", "UN", "UAE"). */
  byAcronym: Map<string, KnownName>;
  /** Lowercased month and weekday names, long and short ("january", "jan", "thursday", "thu"). */
  calendar: Set<string>;
  /** ISO 4217 currency codes ("EUR", "USD"): all-caps words that are not organizations. */
  currencies: Set<string>;
}

let cached: Lexicon | null = null;

/** Built once on first use (about 35 ms: ~1,700 DisplayNames look-ups). */
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}

const SKIP_CODES = new Set(['XA', 'XB', 'ZZ', 'QO', '001']);

function build(): Lexicon {
  const bySlug = new Map<string, KnownName>();
  const byAcronym = new Map<string, KnownName>();
  const byCode = new Map<string, KnownName>();
  const long = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) { codes.push(String.fromCharCode(a, b)); }
  }
  for (let i = 0; i < 1000; i++) { codes.push(String(i).padStart(3, '0')); }

  for (const code of codes) {
    if (SKIP_CODES.has(code)) { continue; }
    const full = long.of(code);
    if (!full) { continue; }
    const name = full.replace(/\s*\(.*\)$/, '').replace(/ SAR China$/, '');
    const type: EntityType = ORG_REGIONS.has(code) ? 'organization' : 'place';
    // Several codes share one name (DE/DD, VN/VD): the first wins so keys stay identical.
    const entry = bySlug.get(slug(name)) ?? { type, key: entityKey(type, name), name };
    byCode.set(code, entry);
    const variants = [full, name, short.of(code) ?? name];
    const paren = /\((.*)\)$/.exec(full);
    if (paren) { variants.push(paren[1]); }
    for (const v of [...variants]) {
      if (v.includes('&')) { variants.push(v.replace(/&/g, 'and')); }
      if (v.startsWith('St. ')) { variants.push('Saint ' + v.slice(4)); }
    }
    for (const v of variants) {
      if (/^[A-Z]{2,3}$/.test(v)) { byAcronym.set(v, entry); continue; }
      if (!bySlug.has(slug(v))) { bySlug.set(slug(v), entry); }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_REGION_NAMES)) {
    const e = byCode.get(code);
    // "Middle East" has no entry of its own: it becomes a place named as written.
    const entry = code === '145' ? { type: 'place' as const, key: entityKey('place', name), name } : e;
    if (entry && !bySlug.has(slug(name))) { bySlug.set(slug(name), entry); }
  }
  for (const [acr, code] of Object.entries(EXTRA_REGION_ACRONYMS)) {
    const e = byCode.get(code);
    if (e) { byAcronym.set(acr, e); }
  }
  const currencies = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return { bySlug, byAcronym, calendar: calendarWords(), currencies };
}

function calendarWords(): Set<string> {
  const out = new Set<string>();
  for (const month of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) { out.add(f.format(new Date(Date.UTC(2020, m, 15))).toLowerCase()); }
  }
  for (const weekday of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat('en', { weekday, timeZone: 'UTC' });
    // 2020-06-01 was a Monday.
    for (let d = 0; d < 7; d++) { out.add(f.format(new Date(Date.UTC(2020, 5, 1 + d))).toLowerCase()); }
  }
  out.add('sept');
  return out;
}

let calendarMin = 0;
let calendarMax = 0;

/** lexicon().calendar.has(word.toLowerCase()), with words of other lengths (most) answered
 *  without a lower-cased copy. */
export function isCalendarWord(word: string): boolean {
  if (calendarMax === 0) {
    for (const c of lexicon().calendar) {
      calendarMin = calendarMin === 0 ? c.length : Math.min(calendarMin, c.length);
      calendarMax = Math.max(calendarMax, c.length);
    }
  }
  return word.length >= calendarMin && word.length <= calendarMax && lexicon().calendar.has(word.toLowerCase());
}

const demonymCache = new Map<string, boolean>();

/** "Vietnamese", "Russian", "Malaysian", "Canadian", "Italian", "Pakistani": an adjective made from a
 *  known country or region name by a regular suffix, or one of the few irregular ones. */
export function isDemonym(word: string): boolean {
  // The plural rule below recurses once per final 's': a long word would overflow the stack.
  if (word.length > MAX_WORD_LENGTH) { return false; }
  let r = demonymCache.get(word);
  if (r !== undefined) { return r; }
  // Plurals count too: "Americans", "Vietnamese" (already plural).
  r = IRREGULAR_DEMONYMS.has(word) || (word.endsWith('s') && word.length > 4 && isDemonym(word.slice(0, -1)));
  if (!r) { r = demonymPlace(word) !== null; }
  if (demonymCache.size < 10000) { demonymCache.set(word, r); }
  return r;
}

/** The place a regular demonym is made from ("Malaysian" -> Malaysia): its known name, or null. */
export function demonymPlace(word: string): KnownName | null {
  const m = /^(\p{Lu}\p{Ll}{2,}?)(ese|ian|an|n|i|ish)$/u.exec(word);
  if (!m) { return null; }
  const { bySlug } = lexicon();
  const stem = m[1].toLowerCase();
  for (const x of [stem, stem + 'a', stem + 'y', stem + 'e', stem + 'ia']) {
    const k = x !== word.toLowerCase() ? bySlug.get(x) : undefined;
    if (k?.type === 'place') { return k; }
  }
  return null;
}

const knownCache = new Map<string, KnownName | null>();

/** Lexicon entry for a name as written ("Vietnam", "United States", "Myanmar"), cached: names repeat. */
export function knownName(name: string): KnownName | undefined {
  // No lexicon name is this long; slugging a megabyte "name" only to miss would cost its length each time.
  if (name.length > MAX_NAME_LENGTH) { return undefined; }
  let r = knownCache.get(name);
  if (r === undefined) {
    r = lexicon().bySlug.get(slug(name)) ?? null;
    if (knownCache.size > 50000) { knownCache.clear(); }
    knownCache.set(name, r);
  }
  return r ?? undefined;
}
