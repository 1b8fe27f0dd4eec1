// Currencies next to an amount: ISO 4217 codes (the runtime's own list), currency names generated from
// Intl ("Swiss francs", "US dollars", "Japanese yen": singular and CLDR plural), and the symbols, short,
// colloquial, minor-unit and historical names of src/core/lang/en/currencies.ts. Every table is built once
// at module load; a lookup at a position is one sticky regex chosen by the first character.
import type { Figure } from '../../model';
import {
  CURRENCY_WORDS, DOLLAR_PREFIXES, FALLBACK_CODES, HISTORICAL_CODES, LETTER_PREFIXES as PREFIX_TABLE, MINOR_UNITS,
  NOT_PENCE, SYMBOLS, WORDLIKE_CODES, type CurrencyWord, type MinorUnit,
} from '../../lang/en/currencies';
import { parseDigitsAt, parseWordsAt } from './numbers';

const ISO_LIST: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : FALLBACK_CODES;
const ISO_CODES: ReadonlySet<string> = new Set(ISO_LIST);
const WORDLIKE: ReadonlySet<string> = new Set(WORDLIKE_CODES);

export function isCurrencyCode(s: string): boolean {
  return s.length === 3 && ISO_CODES.has(s);
}

/** The currency a prefix names. code null: ambiguous ("kr"), with a note; needsScale: a code that is also a
 *  word ("TOP 10"), money only before a scaled amount. */
export interface Prefix {
  code: string | null;
  note?: string;
  needsScale?: boolean;
}

// ---- symbols and prefixes -------------------------------------------------------------------------

export const SYMBOL_CHARS = Object.keys(SYMBOLS).join('');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
/** Letters that may stand right before "$" to name a dollar ("US$", "HK$"). */
const DOLLAR_PREFIX = new RegExp(`(?:${Object.keys(DOLLAR_PREFIXES).sort(byLength).map(escapeRe).join('|')})$`);
const LETTER = /[\p{L}\p{N}]/u;

/** Currency symbol at `pos` (pos indexes a symbol char), with the letters before a "$". */
export function symbolAt(text: string, pos: number): { start: number; end: number; code: string } | null {
  const ch = text[pos];
  if (ch === '$') {
    const m = DOLLAR_PREFIX.exec(text.slice(Math.max(0, pos - 4), pos));
    if (m) {
      const start = pos - m[0].length;
      if (start === 0 || !LETTER.test(text[start - 1])) { return { start, end: pos + 1, code: DOLLAR_PREFIXES[m[0]] }; }
    }
  }
  const code = SYMBOLS[ch];
  return code ? { start: pos, end: pos + 1, code } : null;
}

/** Letter prefixes for the scanner's candidate regex ("Rs", "Rs.", "RM", "kr."), longest first. */
export const PREFIX_ALT = Object.keys(PREFIX_TABLE).sort(byLength).map(escapeRe).join('|');

/** The currency a word before an amount names ("Rs", "RM", "USD", "kr"), or null. */
export function prefixOf(word: string, context: string | null): Prefix | null {
  if (word in PREFIX_TABLE) {
    const code = PREFIX_TABLE[word];
    if (code) { return { code }; }
    const w = CASED.get(word);
    return w ? resolve(word, w, context) : { code: null, note: `${word}: currency not stated` };
  }
  if (!isCurrencyCode(word)) { return null; }
  return WORDLIKE.has(word) ? { code: word, needsScale: true } : { code: word };
}

// ---- names ----------------------------------------------------------------------------------------

interface Entry {
  code: string | null;
  /** Ambiguous names: codes the document's currency may resolve them to. */
  candidates?: ReadonlySet<string>;
  scaled?: boolean;
  /** Minor units: the major currencies they divide (empty: any with two decimals). */
  minor?: ReadonlySet<string>;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
/** Case-insensitive surfaces, lowercased; exact-case surfaces ("kr", "p", "bucks"). */
const NAMES = new Map<string, Entry>();
const CASED = new Map<string, Entry>();
/** Last word of each Intl name -> the codes it ends ("francs" -> CHF, XOF, FRF, ...). */
const BY_LAST_WORD = new Map<string, Set<string>>();

const DISPLAY = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'currency' }) : null;
function intlNames(code: string): string[] {
  const names: string[] = [];
  try {
    const dn = DISPLAY?.of(code);
    if (dn && dn !== code) { names.push(dn); }
    const nf = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name', minimumFractionDigits: 0, maximumFractionDigits: 0 });
    for (const n of [1, 2]) {
      const part = nf.formatToParts(n).find((x) => x.type === 'currency');
      if (part && part.value !== code) { names.push(part.value); }
    }
  } catch { /* a runtime without Intl currency names: the maintained table alone */ }
  // "US dollars (next day)", "(unknown currency)", one-word names ("Euro", "Sucre") come from the table.
  return names.filter((n) => /^[\p{L}][\p{L}.'’& -]*\s[\p{L}.'’& -]*\p{L}$/u.test(n));
}

for (const code of [...ISO_LIST, ...HISTORICAL_CODES]) {
  for (const name of intlNames(code)) {
    const key = norm(name);
    if (!NAMES.has(key)) { NAMES.set(key, { code }); }
    const last = key.slice(key.lastIndexOf(' ') + 1);
    let set = BY_LAST_WORD.get(last);
    if (!set) { BY_LAST_WORD.set(last, set = new Set()); }
    set.add(code);
  }
}
for (const [surface, w] of Object.entries(CURRENCY_WORDS) as Array<[string, CurrencyWord]>) {
  const last = surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase();
  const candidates = w.code ? undefined : new Set(w.candidates ?? BY_LAST_WORD.get(last) ?? []);
  const e: Entry = { code: w.code, candidates, scaled: w.scaled };
  if (w.cased) { CASED.set(surface, e); } else { NAMES.set(norm(surface), e); }
}
for (const [surface, u] of Object.entries(MINOR_UNITS) as Array<[string, MinorUnit]>) {
  const e: Entry = { code: u.code, minor: new Set(u.of ?? []) };
  if (u.cased) { CASED.set(surface, e); } else { NAMES.set(norm(surface), e); }
}

/** One sticky regex per first character (lowercased): a lookup tries only the names that can match. */
const BY_FIRST = new Map<string, RegExp>();
{
  const groups = new Map<string, string[]>();
  for (const s of [...NAMES.keys(), ...CASED.keys()]) {
    const f = s[0].toLowerCase();
    const g = groups.get(f) ?? [];
    groups.set(f, g);
    g.push(s);
  }
  for (const [f, g] of groups) {
    const alt = [...new Set(g)].sort(byLength).map((s) => escapeRe(s).replace(/ /g, '\\s+')).join('|');
    BY_FIRST.set(f, new RegExp(`(?:${alt})(?![\\p{L}\\p{N}])`, 'iuy'));
  }
}
const CODE_AT = /[A-Z]{3}(?![\p{L}\p{N}])/uy;

/** Decimals of a currency (JPY 0, USD 2), from Intl; cached per code. */
const DECIMALS = new Map<string, number>();
function decimals(code: string): number {
  let d = DECIMALS.get(code);
  if (d === undefined) {
    try { d = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2; } catch { d = 2; }
    DECIMALS.set(code, d);
  }
  return d;
}
/** Currencies with their own minor-unit word: "cents" never divides them. */
const OWN_MINOR: ReadonlySet<string> = new Set(Object.values(MINOR_UNITS).flatMap((u) => (u.of ? [...u.of] : [])));

/** A currency word after an amount. factor: 0.01 for minor units ("45 cents" -> 0.45). */
export interface CurrencyMatch {
  end: number;
  code: string | null;
  factor: number;
  note?: string;
  /** "pounds", "marks": money only when the amount is scaled or a minor unit follows. */
  needsScale?: boolean;
}

function resolve(surface: string, e: Entry, context: string | null): Prefix {
  if (e.code && !e.minor) { return { code: e.code }; }
  if (e.minor) {
    const fits = context !== null && (e.minor.size > 0 ? e.minor.has(context) : !OWN_MINOR.has(context) && decimals(context) === 2);
    if (fits) { return { code: context }; }
    return e.code ? { code: e.code } : { code: null, note: `${surface}: currency not stated` };
  }
  if (context && e.candidates?.has(context)) { return { code: context }; }
  const some = e.candidates ? [...e.candidates].slice(0, 6).join(', ') : '';
  return { code: null, note: `${surface}: currency not stated${some ? ` (${some}${(e.candidates?.size ?? 0) > 6 ? ', …' : ''})` : ''}` };
}

/** The currency code or word right after an amount ("40 million euros", "5 CHF", "45 cents", "50p").
 *  context: the document's currency so far (the last money figure's), which resolves "cents" and
 *  ambiguous names ("francs" after "Swiss francs"). "pounds" and "marks" need a scale (`scaled`):
 *  "5 pounds" is a weight, "90 marks" a grade. */
export function currencyAfter(text: string, pos: number, scaled: boolean, context: string | null = null): CurrencyMatch | null {
  const q = text[pos] === ' ' || text[pos] === '\u00a0' ? pos + 1 : pos;
  const ch = text[q];
  if (ch === undefined) { return null; }
  CODE_AT.lastIndex = q;
  if (CODE_AT.test(text)) {
    const word = text.slice(q, q + 3);
    if (isCurrencyCode(word)) { return scaled || !WORDLIKE.has(word) ? { end: q + 3, code: word, factor: 1 } : null; }
  }
  const re = BY_FIRST.get(ch.toLowerCase());
  if (!re) { return null; }
  re.lastIndex = q;
  const m = re.exec(text);
  if (!m) { return null; }
  const surface = m[0];
  // "5 YEN", "3 WON" in capitals are no currency words; "3 CFA francs" is one.
  if (surface.length === 3 && surface === surface.toUpperCase() && /^[A-Z]+$/.test(surface)) { return null; }
  const e = CASED.get(surface) ?? NAMES.get(norm(surface));
  if (!e) { return null; }
  if (surface === 'p' && (q !== pos || NOT_PENCE.includes(Number(/\d*$/.exec(text.slice(Math.max(0, pos - 5), pos))![0])))) { return null; }
  const r = resolve(norm(surface), e, context);
  const out: CurrencyMatch = { end: q + surface.length, code: r.code, factor: e.minor ? 0.01 : 1 };
  if (r.note) { out.note = r.note; }
  if (e.scaled && !scaled) { out.needsScale = true; }
  return out;
}

const TAIL = /,?[ \u00a0]+(?:and[ \u00a0]+)?/y;
/** "… dollars and forty-five cents", "£3 and 50p", "5 pounds 20 pence": the minor part after a whole
 *  major amount, in a minor unit of the same currency. Returns its end and value in major units. */
export function minorTail(text: string, pos: number, code: string | null): { end: number; value: number } | null {
  if (!code) { return null; }
  TAIL.lastIndex = pos;
  if (!TAIL.exec(text)) { return null; }
  const at = TAIL.lastIndex;
  const n = /\d/.test(text[at] ?? '') ? parseDigitsAt(text, at) : parseWordsAt(text, at);
  if (!n || !Number.isInteger(n.value) || n.value <= 0 || n.value >= 100 || (n.digits && !n.plainInteger)) { return null; }
  const c = currencyAfter(text, n.end, false, code);
  if (!c || c.factor !== 0.01 || c.code !== code) { return null; }
  return { end: c.end, value: n.value / 100 };
}

/** The amount as money: the currency after it (or the prefix before it), minor units converted, and a
 *  minor tail added ("thirteen dollars and forty-five cents" -> 13.45). Null when it is no money. */
export function readMoney(
  text: string, pos: number, value: number, scaled: boolean, prefix: Prefix | null, context: string | null,
): { end: number; value: number; code: string | null; note?: string } | null {
  let end = pos;
  let code: string | null;
  let note: string | undefined;
  let needsScale = false;
  let major = true;
  if (prefix) {
    if (prefix.needsScale && !scaled) { return null; }
    code = prefix.code;
    note = prefix.note;
  } else {
    const c = currencyAfter(text, pos, scaled, context);
    if (!c) { return null; }
    end = c.end;
    code = c.code;
    note = c.note;
    needsScale = !!c.needsScale;
    major = c.factor === 1;
    value = round(value * c.factor);
  }
  if (major && !scaled && Number.isInteger(value)) {
    const t = minorTail(text, end, code);
    if (t) { return { end: t.end, value: round(value + t.value), code, note }; }
  }
  if (needsScale) { return null; }
  return note ? { end, value, code, note } : { end, value, code };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

// ---- restatements ---------------------------------------------------------------------------------

/** "€67 billion ($79 billion)", "50 million EUR (nearly 60 million USD)", "£5m, or about $6m":
 *  the second amount restates the first in another currency. */
const EQUIV_GAP = /^[ \u00a0]*(?:\(|,?[ \u00a0]+or|[–—/])[ \u00a0]*(?:[\p{L}.]+[ \u00a0]+){0,2}$/u;
export function linkEquivalents(text: string, figs: Figure[]): void {
  for (let i = 1; i < figs.length; i++) {
    const a = figs[i - 1];
    const b = figs[i];
    if (a.kind !== 'money' || b.kind !== 'money' || a.unit === b.unit) { continue; }
    if (b.start - a.end > 40 || !EQUIV_GAP.test(text.slice(a.end, b.start))) { continue; }
    b.equivalentOf = a.equivalentOf ?? i - 1;
  }
}
