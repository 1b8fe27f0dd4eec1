// The words of a quote as compared across sources: lower-cased, apostrophes folded, editorial brackets
// ("[to Syria]") and ellipses ("...", "…", ". . .") replaced by one gap marker, so that what an editor
// inserted or cut is never read as words the speaker changed.

export const GAP = '\u2026';
const TOKEN = /\[[^\]]{0,200}\]|\.\s?\.\s?\.|…|[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*/gu;

const CONTRACTIONS = new Map<string, string[]>([
  ["i'm", ['i', 'am']], ["won't", ['will', 'not']], ["can't", ['can', 'not']], ["cannot", ['can', 'not']], ["shan't", ['shall', 'not']],
  ["let's", ['let', 'us']], ["it's", ['it', 'is']], ["that's", ['that', 'is']], ["there's", ['there', 'is']], ["what's", ['what', 'is']],
  ["he's", ['he', 'is']], ["she's", ['she', 'is']],
]);

function contracted(w: string): string[] {
  const m = /^([a-z]+)(n't|'re|'ve|'ll|'d)$/.exec(w);
  if (!m) { return [w]; }
  const rest: Record<string, string> = { "n't": 'not', "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would' };
  return [m[1], rest[m[2]]];
}

export function quoteWordsOf(inner: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(inner); m; m = TOKEN.exec(inner)) {
    const t = m[0];
    if (t[0] === '[' || t[0] === '.' || t === '…') {
      if (out[out.length - 1] !== GAP) { out.push(GAP); }
      continue;
    }
    // (the folds and the contraction look-ups only where the word has an apostrophe or a dash: most have neither)
    let w = t.toLowerCase();
    if (w.includes('’')) { w = w.replace(/’/g, "'"); }
    if (w.includes('–')) { w = w.replace(/–/g, '-'); }
    // contractions are the same words: "I'm" = "I am", "don't" = "do not"
    const parts = w.includes("'") || w === 'cannot' ? CONTRACTIONS.get(w) ?? contracted(w) : null;
    if (parts) { for (const x of parts) { out.push(x); } } else { out.push(w); }
  }
  return out;
}
