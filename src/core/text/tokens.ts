// Word tokens with the shape facts extractors need. Glued words from scraping
// ("Vietnamandthe", "Unionhave", "andRussia") are split into their parts (glue.ts) so that the
// entities inside them stay visible; offsets still index the original text.
import type { Span } from '../model';
import { buildGlueVocabulary, splitGlued } from './glue';

export interface Token extends Span {
  text: string;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Entirely digits (with separators). */
  num: boolean;
  /** True when this token is a part of a glued word split apart. */
  glued?: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;

/** Tokens of the whole text. Boilerplate spans are accepted for API symmetry but tokens inside them are
 *  kept: extractors ask DocContext.inBoilerplate, and a token list with holes would shift their windows. */
export function tokenize(text: string, _boilerplate: readonly Span[] = []): Token[] {
  const raw: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    raw.push(makeToken(m[0], m.index));
  }
  const vocab = buildGlueVocabulary(raw.map((t) => t.text));
  const out: Token[] = [];
  for (const t of raw) {
    const parts = t.num ? null : splitGlued(t.text, vocab);
    if (!parts || parts.length < 2) { out.push(t); continue; }
    let at = t.start;
    for (const len of parts) {
      const p = makeToken(text.slice(at, at + len), at);
      p.glued = true;
      out.push(p);
      at += len;
    }
  }
  return out;
}

function makeToken(t: string, start: number): Token {
  const c = t.charCodeAt(0);
  const f = t[0];
  return {
    start,
    end: start + t.length,
    text: t,
    cap: f !== f.toLowerCase(),
    num: c >= 48 && c <= 57,
  };
}
