// Bytes -> document text, exactly as VS Code would show it: BOM removed, line endings kept.
// Pure (Uint8Array in) so the CLI, the worker and tests share it. TextDecoder does the real
// work; what is ours is the choice of encoding and the binary sniff.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes look like a binary file (NUL bytes, many control characters); text is then ''. */
  binary: boolean;
  /** Lines (1-based) that were not valid UTF-8 in an otherwise UTF-8 file, read as Windows-1252. */
  repairedLines?: number[];
}

/** How many leading bytes the binary sniff looks at (the same idea as git's and grep's). */
const SNIFF_BYTES = 8000;
/** Share of control characters (other than TAB/LF/CR/FF/ESC) above which a file counts as binary. */
const MAX_CONTROL_RATIO = 0.1;

export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-16 with BOM first: its text is full of NUL bytes, which would read as binary.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (!bom) {
    // UTF-16 without a BOM: full of NUL bytes, so it must be recognised before the binary sniff.
    const utf16 = decodeUtf16WithoutBom(body);
    if (utf16) { return utf16; }
  }
  if (looksBinary(body)) {
    return { text: '', encoding: bom ? 'utf-8-bom' : 'utf-8', binary: true };
  }
  try {
    // ignoreBOM: we strip it ourselves, so a second BOM-like U+FEFF in the text is kept as text.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8', binary: false };
  } catch {
    // Not valid UTF-8. A UTF-8 file with a stray Windows-1252 byte (one pasted line) keeps its valid
    // lines as they are and only the bad lines are read as Windows-1252; a file with no valid UTF-8
    // beyond ASCII is Windows-1252 throughout (the web's fallback for Western text: every byte maps to
    // a character, so this never fails and never yields U+FFFD).
    const mixed = decodeMixedLines(body);
    if (mixed) { return { text: mixed.text, encoding: bom ? 'utf-8-bom' : 'utf-8', binary: false, repairedLines: mixed.repaired }; }
    return { text: decodeWindows1252(body), encoding: 'windows-1252', binary: false };
  }
}

/** Line by line (LF-terminated, the LF and any CR kept with the line): valid UTF-8 lines decoded as UTF-8,
 *  the others as Windows-1252. Null when no line has valid UTF-8 beyond ASCII, so there is no evidence the
 *  file is UTF-8 at all. Decoding per line is only done on this failure path. */
/** The warning for a file with repaired lines (the CLI and the editor say the same). */
export function repairedLinesMessage(file: string, lines: readonly number[]): string {
  const shown = lines.length > 5 ? `${lines.slice(0, 5).join(', ')} and ${lines.length - 5} more` : lines.join(', ');
  return `${file}: not valid UTF-8 on line${lines.length === 1 ? '' : 's'} ${shown}; read ${lines.length === 1 ? 'it' : 'them'} as Windows-1252`;
}

function decodeMixedLines(bytes: Uint8Array): { text: string; repaired: number[] } | null {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  const repaired: number[] = [];
  let validNonAscii = false;
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const lf = bytes.indexOf(0x0a, start);
    const end = lf < 0 ? bytes.length : lf + 1;
    const seg = bytes.subarray(start, end);
    let ascii = true;
    for (let i = 0; i < seg.length; i++) { if (seg[i] >= 0x80) { ascii = false; break; } }
    if (ascii) {
      parts.push(decodeWindows1252(seg)); // ASCII reads the same in both
    } else {
      try {
        parts.push(utf8.decode(seg));
        validNonAscii = true;
      } catch {
        parts.push(decodeWindows1252(seg));
        repaired.push(line);
      }
    }
    start = end;
  }
  return validNonAscii ? { text: parts.join(''), repaired } : null;
}

/** Share of the sniffed code units that must have a NUL high (LE) or low (BE) byte to call a file UTF-16. */
const MIN_UTF16_NUL_SHARE = 0.3;
/** Share of NULs tolerated in the other byte of each unit (U+0100, U+0200, ... have one there). */
const MAX_UTF16_OTHER_NUL_SHARE = 0.02;

/**
 * UTF-16 without a BOM (some Windows tools write it): text in the Latin, Greek or Cyrillic blocks has a
 * NUL in the high byte of most code units, so NULs pile up on the odd byte offsets (LE) or the even ones
 * (BE) and almost never on the other. Binary files have NULs on both. The decoded text must also be valid
 * UTF-16 (no lone surrogates) and not look binary itself. Text entirely outside U+0000-U+00FF (CJK) has
 * no such NUL pattern and is not detected (no heuristic without a dictionary tells it from binary).
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) { return null; }
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) { even++; }
    if (bytes[i + 1] === 0) { odd++; }
  }
  const units = n / 2;
  const le = odd / units >= MIN_UTF16_NUL_SHARE && even / units <= MAX_UTF16_OTHER_NUL_SHARE;
  const be = even / units >= MIN_UTF16_NUL_SHARE && odd / units <= MAX_UTF16_OTHER_NUL_SHARE;
  if (le === be) { return null; }
  const encoding = le ? 'utf-16le' : 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes);
  } catch {
    return null;
  }
  let control = 0;
  const m = Math.min(text.length, SNIFF_BYTES);
  for (let i = 0; i < m; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27)) { control++; }
  }
  if (m === 0 || control / m > MAX_CONTROL_RATIO) { return null; }
  return { text, encoding, binary: false };
}

/** Windows-1252 bytes 0x80-0x9F (WHATWG encoding index; the five unassigned bytes map to C1 controls).
 *  Written out because Node's TextDecoder('windows-1252') decodes as ISO-8859-1 and turns “ ” € into
 *  invisible control characters (nodejs/node#56542). */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** NUL bytes or a high share of C0 control characters in the first SNIFF_BYTES bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) { return false; }
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) { return true; }
    // TAB, LF, VT, FF, CR and ESC appear in real text files.
    if (b < 32 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) { control++; }
  }
  return control / n > MAX_CONTROL_RATIO;
}
