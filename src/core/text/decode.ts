// Bytes -> document text, exactly as VS Code would show it: BOM removed, line endings kept.
// Pure (Uint8Array in) so the CLI, the worker and tests share it. TextDecoder does the real
// work; what is ours is the choice of encoding and the binary sniff.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the bytes look like a binary file (NUL bytes, many control characters); text is then ''. */
  binary: boolean;
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
  if (looksBinary(body)) {
    return { text: '', encoding: bom ? 'utf-8-bom' : 'utf-8', binary: true };
  }
  try {
    // ignoreBOM: we strip it ourselves, so a second BOM-like U+FEFF in the text is kept as text.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8', binary: false };
  } catch {
    // Not valid UTF-8: the web's fallback for Western text. Every byte maps to a character,
    // so this never fails and never yields U+FFFD.
    return { text: decodeWindows1252(body), encoding: 'windows-1252', binary: false };
  }
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
