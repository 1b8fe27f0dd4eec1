// Currencies: ISO 4217 codes (validated against the runtime's own list), symbols and the
// currency words news prose uses. The word and symbol lists are ours: Intl knows codes and
// display names ("Vietnamese Dong") but not plurals or symbols as they appear in prose.
import type { Figure } from '../../model';

const ISO_CODES: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['USD', 'EUR', 'GBP', 'JPY'],
);

export function isCurrencyCode(s: string): boolean {
  return s.length === 3 && ISO_CODES.has(s);
}

/** Symbols and prefixes, longest first so "US$" wins over "$". "$" alone is USD (news convention). */
const SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['U.S.$', 'USD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['HK$', 'HKD'],
  ['NZ$', 'NZD'], ['NT$', 'TWD'], ['S$', 'SGD'], ['R$', 'BRL'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'],
  ['¥', 'JPY'], ['₫', 'VND'], ['₹', 'INR'], ['₩', 'KRW'], ['₱', 'PHP'], ['฿', 'THB'], ['₽', 'RUB'], ['₺', 'TRY'],
  ['₪', 'ILS'], ['₦', 'NGN'],
];
export const SYMBOL_CHARS = '$€£¥₫₹₩₱฿₽₺₪₦';

/** Letters that may stand right before "$" to name a dollar ("US$", "HK$"). */
const DOLLAR_PREFIX = /(?:U\.S\.|US|AU|A|CA|C|HK|NZ|NT|S|R)$/;

/** Currency symbol ending at or starting at `pos` (pos indexes a symbol char). Returns its start and code. */
export function symbolAt(text: string, pos: number): { start: number; end: number; code: string } | null {
  const ch = text[pos];
  if (ch === '$') {
    const before = text.slice(Math.max(0, pos - 4), pos);
    const m = DOLLAR_PREFIX.exec(before);
    if (m) {
      const start = pos - m[0].length;
      if (start === 0 || !LETTER.test(text[start - 1])) {
        const sym = text.slice(start, pos + 1);
        const hit = SYMBOLS.find(([s]) => s === sym);
        if (hit) { return { start, end: pos + 1, code: hit[1] }; }
      }
    }
  }
  const hit = SYMBOLS.find(([s]) => s === ch);
  return hit ? { start: pos, end: pos + 1, code: hit[1] } : null;
}

/** Letter prefixes written before the amount: "Rs 500 crore", "RM50 million", "Rp 10 billion". */
export const LETTER_PREFIXES: Readonly<Record<string, string>> = { Rs: 'INR', 'Rs.': 'INR', RM: 'MYR', Rp: 'IDR' };

/** Currency words after an amount ("40 million euros"). Multi-word names first. */
const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['australian dollars', 'AUD'],
  ['canadian dollars', 'CAD'], ['singapore dollars', 'SGD'], ['hong kong dollars', 'HKD'],
  ['new zealand dollars', 'NZD'], ['taiwan dollars', 'TWD'], ['swiss francs', 'CHF'], ['pounds sterling', 'GBP'],
  ['dollars', 'USD'], ['dollar', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['sterling', 'GBP'], ['yen', 'JPY'],
  ['yuan', 'CNY'], ['renminbi', 'CNY'], ['dong', 'VND'], ['ringgit', 'MYR'], ['rupees', 'INR'], ['rupee', 'INR'],
  ['baht', 'THB'], ['rupiah', 'IDR'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['hryvnias', 'UAH'], ['hryvnia', 'UAH'],
  ['zlotys', 'PLN'], ['zloty', 'PLN'], ['forints', 'HUF'], ['forint', 'HUF'], ['riyals', 'SAR'], ['dirhams', 'AED'],
  ['shekels', 'ILS'], ['naira', 'NGN'], ['rand', 'ZAR'], ['pesos', 'MXN'], ['won', 'KRW'], ['pounds', 'GBP'],
];
const CURRENCY_WORD_RE = new RegExp(
  `[ \\u00a0]?(${CURRENCY_WORDS.map(([w]) => w.replace(/[.$]/g, '\\$&').replace(/ /g, '\\s+')).join('|')}|[A-Z]{3})(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** A currency code or word right after an amount. "pounds" only counts as money when the amount
 *  is scaled ("5 million pounds"); "5 pounds" alone is more often a weight. */
export function currencyAfter(text: string, pos: number, scaled: boolean): { end: number; code: string } | null {
  CURRENCY_WORD_RE.lastIndex = pos;
  const m = CURRENCY_WORD_RE.exec(text);
  if (!m) { return null; }
  const word = m[1];
  if (/^[A-Z]{3}$/.test(word)) {
    return isCurrencyCode(word) ? { end: pos + m[0].length, code: word } : null;
  }
  if (word.length === 3 && word.toUpperCase() === word && !isCurrencyCode(word)) { return null; }
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  if (key === 'pounds' && !scaled) { return null; }
  const hit = CURRENCY_WORDS.find(([w]) => w === key);
  return hit ? { end: pos + m[0].length, code: hit[1] } : null;
}

const LETTER = /[\p{L}\p{N}]/u;

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

