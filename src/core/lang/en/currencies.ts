// English currency data the figure scanner reads money with: what Intl does not give. Full names
// ("Swiss francs", "US dollars", "Japanese yen") come from Intl.DisplayNames / Intl.NumberFormat over the
// ISO 4217 codes (src/core/extract/figures/money.ts builds them once at load); this file holds symbols,
// the short and colloquial names prose uses without a country, minor units and historical currencies.
// Data rows only: adding a currency word is one edit here.

/** ISO 4217 codes used when the runtime has no Intl.supportedValuesOf (Node < 18, old browsers). */
export const FALLBACK_CODES: readonly string[] = [
  'AED', 'ARS', 'AUD', 'BDT', 'BGN', 'BRL', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CZK', 'DKK', 'EGP', 'EUR', 'GBP',
  'GHS', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'ISK', 'JPY', 'KES', 'KRW', 'KWD', 'KZT', 'LKR', 'MXN', 'MYR', 'NGN',
  'NOK', 'NZD', 'PHP', 'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RUB', 'SAR', 'SEK', 'SGD', 'THB', 'TRY', 'TWD', 'UAH',
  'USD', 'VND', 'XAF', 'XOF', 'ZAR',
];

/** Replaced currencies news still quotes ("50 million French francs"): Intl names them but does not list
 *  them among supported codes. Their codes are read by name only, never as a bare code ("DEM 45%" is a poll). */
export const HISTORICAL_CODES: readonly string[] = ['FRF', 'BEF', 'LUF', 'DEM', 'NLG', 'ITL', 'ESP', 'GRD', 'PTE', 'IEP', 'ATS', 'FIM'];

/** Codes that are also English words in capitals ("TOP 10", "ALL 12", "RON 95" petrol, "AMD 7000"):
 *  as a code next to an amount they need a scale ("TRY 5 billion"). */
export const WORDLIKE_CODES: readonly string[] = [
  'ALL', 'AMD', 'BAM', 'BOB', 'CUP', 'CVE', 'DOP', 'ESP', 'GEL', 'MAD', 'MOP', 'PEN', 'RON', 'SOS', 'STN', 'TOP', 'TRY',
];

/** Symbols standing before an amount. "$" alone is USD (news convention) unless a prefix names another dollar. */
export const SYMBOLS: Readonly<Record<string, string>> = {
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₫': 'VND',
  '₦': 'NGN', '₱': 'PHP', '₪': 'ILS', '฿': 'THB', '₴': 'UAH', '₲': 'PYG', '₵': 'GHS',
};

/** Letters right before "$" naming a dollar: "US$", "HK$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  'US': 'USD', 'U.S.': 'USD', 'AU': 'AUD', 'A': 'AUD', 'CA': 'CAD', 'C': 'CAD', 'HK': 'HKD', 'NZ': 'NZD', 'NT': 'TWD',
  'S': 'SGD', 'R': 'BRL', 'MX': 'MXN',
};

/** Letter abbreviations before an amount ("Rs 500 crore", "RM50 million", "Rp 10 billion", "kr 200").
 *  Case-sensitive. "Rs" is INR by convention (it also writes PKR, LKR, NPR); null: ambiguous. */
export const LETTER_PREFIXES: Readonly<Record<string, string | null>> = {
  'Rs': 'INR', 'Rs.': 'INR', 'RM': 'MYR', 'Rp': 'IDR', 'kr': null, 'kr.': null, 'Kč': 'CZK', 'zł': 'PLN',
};

/** A currency word after an amount, when the full name from Intl is not what prose writes.
 *  code: the currency; null with candidates: ambiguous, read from the currency of the document (the last
 *  money figure) when it is one of them, else left without a unit.
 *  scaled: only as money after a scaled amount ("5 million pounds"; "5 pounds" is a weight, "90 marks" a grade).
 *  cased: matched with this exact case only ("kr", "Kč", "bucks"); the key is then the exact surface. */
export interface CurrencyWord {
  code: string | null;
  /** For ambiguous words: the codes the document's currency may resolve it to. Omitted: every code whose
   *  Intl name ends in the same word ("francs" -> CHF, XOF, XAF, FRF, BEF, ...). */
  candidates?: readonly string[];
  scaled?: true;
  cased?: true;
}

export const CURRENCY_WORDS: Readonly<Record<string, CurrencyWord>> = {
  // Current currencies by their short name. "dollars" is USD like "$"; "pesos" MXN by convention.
  'dollars': { code: 'USD' }, 'dollar': { code: 'USD' }, 'u.s. dollars': { code: 'USD' }, 'u.s. dollar': { code: 'USD' },
  'american dollars': { code: 'USD' }, 'taiwan dollars': { code: 'TWD' },
  'euros': { code: 'EUR' }, 'euro': { code: 'EUR' },
  'pounds': { code: 'GBP', scaled: true }, 'pounds sterling': { code: 'GBP' }, 'sterling': { code: 'GBP' },
  'yen': { code: 'JPY' }, 'yuan': { code: 'CNY' }, 'renminbi': { code: 'CNY' }, 'dong': { code: 'VND' },
  'ringgit': { code: 'MYR' }, 'rupees': { code: 'INR' }, 'rupee': { code: 'INR' }, 'baht': { code: 'THB' },
  'rupiah': { code: 'IDR' }, 'roubles': { code: 'RUB' }, 'rubles': { code: 'RUB' }, 'rouble': { code: 'RUB' },
  'ruble': { code: 'RUB' }, 'hryvnias': { code: 'UAH' }, 'hryvnia': { code: 'UAH' },
  'zlotys': { code: 'PLN' }, 'zloty': { code: 'PLN' }, 'zlotych': { code: 'PLN' }, 'forints': { code: 'HUF' },
  'forint': { code: 'HUF' }, 'riyals': { code: 'SAR' }, 'dirhams': { code: 'AED' }, 'shekels': { code: 'ILS' },
  'shekel': { code: 'ILS' }, 'naira': { code: 'NGN' }, 'rand': { code: 'ZAR' }, 'reais': { code: 'BRL' },
  'pesos': { code: 'MXN' }, 'won': { code: 'KRW' }, 'cedis': { code: 'GHS' }, 'tenge': { code: 'KZT' },
  'taka': { code: 'BDT' }, 'lei': { code: 'RON' }, 'koruna': { code: 'CZK' }, 'korunas': { code: 'CZK' },
  'Kč': { code: 'CZK', cased: true }, 'zł': { code: 'PLN', cased: true },
  // Ambiguous short names: the document's currency decides, else no unit.
  'francs': { code: null }, 'franc': { code: null }, 'cfa francs': { code: null, candidates: ['XOF', 'XAF'] },
  'kroner': { code: null, candidates: ['NOK', 'DKK'] }, 'krone': { code: null, candidates: ['NOK', 'DKK'] },
  'kronor': { code: null, candidates: ['SEK'] }, 'krona': { code: null, candidates: ['SEK', 'ISK'] },
  'kronur': { code: null, candidates: ['ISK'] },
  'kr': { code: null, candidates: ['SEK', 'NOK', 'DKK', 'ISK'], cased: true },
  'kr.': { code: null, candidates: ['SEK', 'NOK', 'DKK', 'ISK'], cased: true },
  'dinars': { code: null }, 'shillings': { code: null }, 'lira': { code: null, candidates: ['TRY', 'ITL', 'LBP', 'SYP'] },
  'liras': { code: null, candidates: ['TRY', 'ITL'] },
  // Historical currencies (before the euro): by name only.
  'deutsche marks': { code: 'DEM' }, 'deutsche mark': { code: 'DEM' }, 'deutschmarks': { code: 'DEM' },
  'deutschmark': { code: 'DEM' }, 'deutschemarks': { code: 'DEM' }, 'd-marks': { code: 'DEM' }, 'marks': { code: 'DEM', scaled: true },
  'guilders': { code: 'NLG' }, 'guilder': { code: 'NLG' }, 'lire': { code: 'ITL' }, 'pesetas': { code: 'ESP' },
  'peseta': { code: 'ESP' }, 'drachmas': { code: 'GRD' }, 'drachmae': { code: 'GRD' }, 'drachma': { code: 'GRD' },
  'escudos': { code: 'PTE' }, 'irish punts': { code: 'IEP' }, 'irish punt': { code: 'IEP' }, 'punts': { code: 'IEP', scaled: true },
  'schillings': { code: 'ATS' }, 'markkas': { code: 'FIM' }, 'markkaa': { code: 'FIM' },
  // Colloquial names. "quid" is only ever sterling; "bucks" (lower case: "the Bucks" are a team) reads like
  // "dollars". "grand" and "K" name no currency and are left out.
  'quid': { code: 'GBP' }, 'bucks': { code: 'USD', cased: true },
};

/** Minor units: a hundredth of the major unit. code: the currency the word names by itself; null: it needs
 *  the currency of the document (one of `of`, or any currency with two decimals when `of` is omitted). */
export interface MinorUnit {
  code: string | null;
  of?: readonly string[];
  cased?: true;
}

export const MINOR_UNITS: Readonly<Record<string, MinorUnit>> = {
  'cents': { code: null }, 'cent': { code: null }, '¢': { code: null },
  'euro cents': { code: 'EUR' }, 'euro cent': { code: 'EUR' }, 'eurocents': { code: 'EUR' },
  'us cents': { code: 'USD' }, 'u.s. cents': { code: 'USD' },
  'pence': { code: 'GBP', of: ['GBP', 'IEP'] }, 'penny': { code: 'GBP', of: ['GBP', 'IEP'] },
  'p': { code: 'GBP', of: ['GBP', 'IEP'], cased: true },
  'kopecks': { code: 'RUB', of: ['RUB', 'UAH', 'BYN'] }, 'kopeks': { code: 'RUB', of: ['RUB', 'UAH', 'BYN'] },
  'kopeck': { code: 'RUB', of: ['RUB', 'UAH', 'BYN'] }, 'kopek': { code: 'RUB', of: ['RUB', 'UAH', 'BYN'] },
  'centimes': { code: null, of: ['CHF', 'FRF', 'BEF', 'LUF', 'XOF', 'XAF', 'MAD', 'DZD', 'HTG'] },
  'centime': { code: null, of: ['CHF', 'FRF', 'BEF', 'LUF', 'XOF', 'XAF', 'MAD', 'DZD', 'HTG'] },
  'paise': { code: 'INR', of: ['INR', 'PKR', 'NPR'] }, 'paisa': { code: 'INR', of: ['INR', 'PKR', 'NPR'] },
  'pfennigs': { code: 'DEM', of: ['DEM'] }, 'pfennig': { code: 'DEM', of: ['DEM'] },
};

/** "1080p", "720p" are video resolutions, not pence. */
export const NOT_PENCE: readonly number[] = [144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320];
