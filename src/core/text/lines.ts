// Line records shared by boilerplate detection and sentence splitting: offsets of each line's
// trimmed content, without the line terminator (\n, \r\n or \r).

export interface Line {
  /** Offset of the line's first character (untrimmed). */
  lineStart: number;
  /** Offset just past the line's last character, before the terminator. */
  lineEnd: number;
  /** Trimmed content span; start === end for a blank line. */
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const n = text.length;
  let i = 0;
  while (i <= n) {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) { break; }
      j++;
    }
    let s = i;
    let e = j;
    while (s < e && isSpace(text.charCodeAt(s))) { s++; }
    while (e > s && isSpace(text.charCodeAt(e - 1))) { e--; }
    out.push({ lineStart: i, lineEnd: j, start: s, end: e });
    if (j >= n) { break; }
    i = text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  return out;
}

/** Whitespace as String.prototype.trim sees it (the common cases, cheaply). */
export function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) { return false; } // printable ASCII and C1: the common case, one test
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f ||
    (c >= 0x2000 && c <= 0x200a);
}

/** Number of whitespace-separated words in text[start, end). */
export function countWords(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const sp = isSpace(text.charCodeAt(i));
    if (!sp && !inWord) { words++; }
    inWord = !sp;
  }
  return words;
}
