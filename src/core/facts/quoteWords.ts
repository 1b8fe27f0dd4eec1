// The words of a quote as compared across sources: lower-cased, apostrophes folded, editorial brackets
// ("[to Syria]") and ellipses ("...", "…", ". . .") replaced by one gap marker, so that what an editor
// inserted or cut is never read as words the speaker changed.

export const GAP = '\u2026';
const TOKEN = /\[[^\]]{0,200}\]|\.\s?\.\s?\.|…|[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu;

export function quoteWordsOf(inner: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(inner); m; m = TOKEN.exec(inner)) {
    const t = m[0];
    if (t[0] === '[' || t[0] === '.' || t === '…') {
      if (out[out.length - 1] !== GAP) { out.push(GAP); }
      continue;
    }
    out.push(t.toLowerCase().replace(/’/g, "'").replace(/–/g, '-'));
  }
  return out;
}
