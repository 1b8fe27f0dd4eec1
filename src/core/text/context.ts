// The per-document context every extractor reads: the text, its boilerplate, sentences and
// word tokens, computed once. Extractors never re-scan for these.
import type { Boilerplate, Sentence, Span } from '../model';
import { compile, type LanguageBundle, type Lexicon } from '../lang/bundle';
import { en } from '../lang/en';
import { detectBoilerplate, findTitle, type BoilerplateOptions } from './boilerplate';
import { splitLines } from './lines';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokens';

export interface DocContext {
  readonly text: string;
  readonly boilerplate: Boilerplate[];
  readonly sentences: Sentence[];
  /** Word/number tokens in text order; glued words ("Vietnamandthe") are already split into parts. */
  readonly tokens: Token[];
  /** The first line with content outside boilerplate (trimmed), or null for an empty document. */
  readonly titleSpan: Span | null;
  /** The language bundle's lookup tables (AnalyseOptions.language, default en), built once per bundle. */
  readonly lang: Lexicon;
  /** True when [start, end) touches a boilerplate span. */
  inBoilerplate(start: number, end?: number): boolean;
  /** Index into `sentences` of the sentence containing offset, or -1. */
  sentenceAt(offset: number): number;
}

export interface ContextOptions extends BoilerplateOptions {
  /** Every word list the extractors read (src/core/lang); default: English. */
  language?: LanguageBundle;
}

export function buildContext(text: string, options: ContextOptions = {}): DocContext {
  const lines = splitLines(text);
  const boilerplate = detectBoilerplate(text, options, lines);
  const sentences = splitSentences(text, boilerplate, lines);
  const tokens = tokenize(text, boilerplate);
  const bpStarts = boilerplate.map((b) => b.start);
  const sStarts = sentences.map((s) => s.start);
  return {
    text,
    boilerplate,
    sentences,
    tokens,
    titleSpan: findTitle(text, boilerplate, lines),
    lang: compile(options.language ?? en),
    inBoilerplate(start: number, end = start + 1): boolean {
      const i = upperBound(bpStarts, end - 1) - 1; // last span starting before `end`
      for (let j = i; j >= 0 && j > i - 2; j--) {
        if (boilerplate[j].start < end && boilerplate[j].end > start) { return true; }
      }
      return false;
    },
    sentenceAt(offset: number): number {
      const i = upperBound(sStarts, offset) - 1;
      return i >= 0 && offset < sentences[i].end ? i : -1;
    },
  };
}

/** First index whose value is > x (array sorted ascending). */
export function upperBound(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] <= x) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
