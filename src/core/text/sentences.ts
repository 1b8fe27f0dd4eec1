// Sentence boundaries from Intl.Segmenter, with line structure: a line break that ends a
// paragraph or a headline always ends a sentence. Abbreviations and decimals never split.
import type { Boilerplate, Sentence } from '../model';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string, _boilerplate: readonly Boilerplate[] = []): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    for (const seg of segmenter.segment(m[0])) {
      const s = seg.segment;
      const lead = s.length - s.trimStart().length;
      const trail = s.length - s.trimEnd().length;
      if (s.trim().length === 0) { continue; }
      out.push({ start: m.index + seg.index + lead, end: m.index + seg.index + s.length - trail, paragraph });
    }
    paragraph++;
  }
  return out;
}
