// Units of measure and of time after a number, normalized to one short symbol each so that
// "nine metres" and "9 m" compare equal.

/** Surface form (lowercase, spaces collapsed) -> normalized unit. Forms that are units only in capitals are in CASED_UNITS. */
const QUANTITY_UNITS: Readonly<Record<string, string>> = {
  'km/h': 'km/h', 'kph': 'km/h', 'kmh': 'km/h', 'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h',
  'mph': 'mph', 'miles per hour': 'mph', 'knots': 'kn',
  'km²': 'km²', 'km2': 'km²', 'sq km': 'km²', 'square kilometres': 'km²', 'square kilometers': 'km²',
  'square miles': 'mi²', 'square mile': 'mi²', 'sq mi': 'mi²', 'sq miles': 'mi²', 'sq mile': 'mi²', 'sq. miles': 'mi²',
  'sq. km': 'km²', 'sq kilometres': 'km²', 'sq kilometers': 'km²', 'square kilometre': 'km²', 'square kilometer': 'km²',
  'square metres': 'm²', 'square meters': 'm²', 'sq m': 'm²', 'm²': 'm²', 'm2': 'm²', 'hectares': 'ha', 'ha': 'ha', 'acres': 'acre',
  'km': 'km', 'kilometres': 'km', 'kilometers': 'km', 'kilometre': 'km', 'kilometer': 'km',
  'm': 'm', 'metres': 'm', 'meters': 'm', 'metre': 'm', 'meter': 'm',
  'cm': 'cm', 'centimetres': 'cm', 'centimeters': 'cm', 'mm': 'mm', 'millimetres': 'mm', 'millimeters': 'mm',
  'miles': 'mi', 'mile': 'mi', 'feet': 'ft', 'foot': 'ft', 'ft': 'ft', 'inches': 'in', 'inch': 'in',
  'kg': 'kg', 'kilograms': 'kg', 'kilogrammes': 'kg', 'kilos': 'kg', 'g': 'g', 'grams': 'g', 'grammes': 'g',
  'tonnes': 't', 'tonne': 't', 'tons': 't', 'ton': 't', 'lb': 'lb', 'lbs': 'lb', 'pounds': 'lb', 'ounces': 'oz', 'ounce': 'oz', 'oz': 'oz',
  '°c': '°C', 'ºc': '°C', '° c': '°C', 'degrees celsius': '°C', 'degrees centigrade': '°C', 'c': '°C',
  '°f': '°F', 'ºf': '°F', 'degrees fahrenheit': '°F', 'degrees': '°',
  'litres': 'L', 'liters': 'L', 'litre': 'L', 'liter': 'L', 'barrels': 'bbl',
  'mw': 'MW', 'megawatts': 'MW', 'gw': 'GW', 'gigawatts': 'GW', 'kw': 'kW', 'kilowatts': 'kW',
  'kwh': 'kWh', 'mwh': 'MWh', 'gwh': 'GWh', 'twh': 'TWh', 'hpa': 'hPa', 'millibars': 'hPa',
  'magnitude': 'magnitude',
  // devices: camera, battery, clock, storage, screen density ("a 16MP camera", "2,800mAh", "2.5GHz", "16GB")
  'mp': 'MP', 'megapixels': 'MP', 'megapixel': 'MP', 'mah': 'mAh', 'ghz': 'GHz', 'mhz': 'MHz',
  'gb': 'GB', 'gigabytes': 'GB', 'tb': 'TB', 'terabytes': 'TB', 'mb': 'MB', 'megabytes': 'MB', 'ppi': 'ppi',
};
/** Surfaces that are units only in capitals: "16 MP" is megapixels, "16 mp" nothing; "2 GB", never "2 gb". */
const CASED_UNITS: ReadonlySet<string> = new Set(['mp', 'gb', 'tb', 'mb']);
const UNIT_ALT = Object.keys(QUANTITY_UNITS)
  .filter((u) => u !== 'c' && u !== 'magnitude')
  .sort((a, b) => b.length - a.length)
  .map((u) => u.replace(/[/.]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
/** Units after a number, with an optional single space. Single letters ("m", "g") must not run into a word. */
const UNIT_RE = new RegExp(`(?:[ \\u00a0]|-(?=\\p{L}{2}))?(${UNIT_ALT})(?![\\p{L}\\p{N}²])`, 'iuy');

/** An inch mark right after the number, before a lower-case word ("a 5.1” panel", "the 55" set"). */
const INCH_MARK = /["”″](?=[ \u00a0]+\p{Ll})/uy;
/** How far back a quotation the mark could close may open: the paragraph, at most this many characters. */
const QUOTE_WINDOW = 300;

/** The mark at `pos` closes no quotation: no opening curly quote is left open and the straight quotes
 *  before it pair up, back to the paragraph start ("its "Unpacked 5" event" is a quote, not inches). */
function closesNoQuote(text: string, pos: number): boolean {
  if (text[pos] === '″') { return true; }
  const from = Math.max(0, pos - QUOTE_WINDOW, text.lastIndexOf('\n', pos) + 1);
  let open = 0;
  let straight = 0;
  for (let i = from; i < pos; i++) {
    const c = text[i];
    if (c === '“') { open++; } else if (c === '”') { open = Math.max(0, open - 1); } else if (c === '"') { straight++; }
  }
  return text[pos] === '"' ? straight % 2 === 0 : open === 0;
}

export function quantityUnitAt(text: string, pos: number): { end: number; unit: string } | null {
  INCH_MARK.lastIndex = pos;
  if (INCH_MARK.test(text) && closesNoQuote(text, pos)) { return { end: pos + 1, unit: 'in' }; }
  UNIT_RE.lastIndex = pos;
  const m = UNIT_RE.exec(text);
  if (!m) { return null; }
  const surface = m[1];
  // A lone capital ("5 M", "5G") is a name or a scale, never metres or grams.
  if (surface.length === 1 && surface !== surface.toLowerCase()) { return null; }
  if (CASED_UNITS.has(surface.toLowerCase()) && surface !== surface.toUpperCase()) { return null; }
  const unit = QUANTITY_UNITS[surface.toLowerCase().replace(/\s+/g, ' ')];
  return unit ? { end: pos + m[0].length, unit } : null;
}

const DURATION_UNITS: Readonly<Record<string, [string, number]>> = {
  year: ['year', 1], years: ['year', 1], yrs: ['year', 1], decade: ['year', 10], decades: ['year', 10],
  century: ['year', 100], centuries: ['year', 100], month: ['month', 1], months: ['month', 1],
  week: ['week', 1], weeks: ['week', 1], day: ['day', 1], days: ['day', 1], night: ['night', 1], nights: ['night', 1],
  hour: ['hour', 1], hours: ['hour', 1], hrs: ['hour', 1], minute: ['minute', 1], minutes: ['minute', 1],
  mins: ['minute', 1], second: ['second', 1], seconds: ['second', 1], quarter: ['quarter', 1], quarters: ['quarter', 1],
};
/** "35 years", "two decades", "10-year", "a 35-year-old", "35 years old". */
const DURATION_RE = /([ \u00a0]|-)(years?|yrs|decades?|century|centuries|months?|weeks?|days?|nights?|hours?|hrs|minutes?|mins|seconds?|quarters?)(-old|\s+old)?(?![\p{L}\p{N}])/iuy;

export interface DurationMatch {
  end: number;
  unit: string;
  /** Multiplier to the unit: decades are 10 years. */
  factor: number;
  /** "35-year-old" / "35 years old": an age, not a span of time. */
  age: boolean;
  /** Written as an adjective with a hyphen ("a 10-year plan"). */
  hyphen: boolean;
}

export function durationUnitAt(text: string, pos: number): DurationMatch | null {
  DURATION_RE.lastIndex = pos;
  const m = DURATION_RE.exec(text);
  if (!m) { return null; }
  const [unit, factor] = DURATION_UNITS[m[2].toLowerCase()];
  return { end: pos + m[0].length, unit, factor, age: !!m[3], hyphen: m[1] === '-' };
}

/** Each normalized unit with a linear scale: its dimension and its size in that dimension's base unit,
 *  so "64km" and "40 miles" compare. Hand-kept: the extractor emits this closed set of symbols, and a
 *  conversion library would bring a unit parser of its own that the extractor does not use. Affine
 *  units (°C, °F) and units of one system only (magnitude, MW) are left out: they compare as written. */
const SCALE: Readonly<Record<string, [string, number]>> = {
  km: ['length', 1000], m: ['length', 1], cm: ['length', 0.01], mm: ['length', 0.001],
  mi: ['length', 1609.344], ft: ['length', 0.3048], in: ['length', 0.0254],
  kg: ['mass', 1], g: ['mass', 0.001], t: ['mass', 1000], lb: ['mass', 0.45359237], oz: ['mass', 0.028349523125],
  'km²': ['area', 1e6], 'mi²': ['area', 2589988.11], 'm²': ['area', 1], ha: ['area', 1e4], acre: ['area', 4046.8564224],
  'km/h': ['speed', 1 / 3.6], mph: ['speed', 0.44704], kn: ['speed', 0.514444],
  L: ['volume', 0.001], bbl: ['volume', 0.158987295],
  GHz: ['frequency', 1e9], MHz: ['frequency', 1e6], GB: ['data', 1e9], TB: ['data', 1e12], MB: ['data', 1e6],
};

/** The factor from one unit to another of the same dimension, or null when they do not convert. */
export function unitFactor(from: string, to: string): number | null {
  const a = SCALE[from];
  const b = SCALE[to];
  return a && b && a[0] === b[0] ? a[1] / b[1] : null;
}

/** The dimension of a unit and a value in its base unit ("64 km" -> ["length", 64000]). */
export function inBaseUnit(value: number, unit: string): [string, number] | null {
  const s = SCALE[unit];
  return s ? [s[0], value * s[1]] : null;
}

/** A unit of length ("km", "mi", "ft", ...). */
export function isLength(unit: string | null | undefined): boolean {
  return !!unit && SCALE[unit]?.[0] === 'length';
}
