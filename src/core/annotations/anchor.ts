// Finding an annotated passage again after the text changed: Hypothesis' approach (TextQuoteSelector with
// prefix/suffix, position as a hint, Myers' approximate matching via the same `approx-string-match` library
// Hypothesis uses). Pure: works on strings, so it runs in tests, the CLI and the editor alike.
import search from 'approx-string-match';
import type { Span } from '../model';
import type { TextPositionSelector, TextQuoteSelector } from './annotation';

export const CONTEXT_CHARS = 32;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'context';

export interface Anchor extends Span {
  method: AnchorMethod;
  /** 1 for an exact match; lower for fuzzy and context placements. */
  similarity: number;
}

/** The selectors for [start, end) of `text`. */
export function describeSpan(text: string, start: number, end: number): {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
} {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export interface AnchorOptions {
  /** Largest share of the quote's characters a fuzzy match may get wrong. */
  maxErrorRate?: number;
  /** Quotes shorter than this are never fuzzy-matched: a 5-letter word matches too much by accident. */
  minFuzzyLength?: number;
}

/**
 * Places `quote` in `text`, or returns null (the caller shows it as orphaned).
 * Order: the old position if quote and context are unchanged there; the exact quote (the occurrence whose
 * context and position fit best); an approximate match of the quote (edits inside the passage); the gap
 * between the unchanged prefix and suffix (the passage was rewritten in place).
 */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
  options: AnchorOptions = {},
): Anchor | null {
  const { exact } = quote;
  if (!exact) { return null; }
  const hint = position?.start;

  if (position && text.slice(position.start, position.end) === exact &&
      text.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
      text.slice(position.end, position.end + quote.suffix.length) === quote.suffix) {
    return { start: position.start, end: position.end, method: 'position', similarity: 1 };
  }

  const exactHits: Span[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    exactHits.push({ start: i, end: i + exact.length });
    if (exactHits.length > 1000) { break; } // a quote this common is placed by context among the first 1000
  }
  if (exactHits.length) {
    const best = pickBest(text, quote, exactHits, hint);
    return { ...best, method: 'quote', similarity: 1 };
  }

  // No exact copy left. Candidates: the best approximate matches near the old position and in the whole
  // text, and the gap between the unchanged prefix and suffix. approx-string-match returns only the
  // lowest-error matches, so a near-copy elsewhere (another article quoting the same sentence) would hide
  // the edited original next door; searching the neighbourhood separately keeps the original in the race,
  // and the context then decides (weights after Hypothesis' match-quote: quote 50, prefix 20, suffix 20,
  // position 2).
  const maxErrorRate = options.maxErrorRate ?? 0.25;
  const minFuzzy = options.minFuzzyLength ?? 12;
  const candidates: Anchor[] = [];
  if (exact.length >= minFuzzy) {
    const maxErrors = Math.floor(exact.length * maxErrorRate);
    const toAnchor = (m: Span & { errors: number }, offset: number): Anchor =>
      ({ start: m.start + offset, end: m.end + offset, method: 'fuzzy', similarity: 1 - m.errors / exact.length });
    if (position) {
      const from = Math.max(0, Math.min(text.length, position.start) - exact.length - 2 * CONTEXT_CHARS);
      const to = Math.min(text.length, position.end + exact.length + 2 * CONTEXT_CHARS);
      candidates.push(...searchBounded(text.slice(from, to), exact, maxErrors).map((m) => toAnchor(m, from)));
    }
    candidates.push(...searchBounded(text, exact, maxErrors).map((m) => toAnchor(m, 0)));
  }
  const byContext = anchorByContext(text, quote, hint);
  if (byContext) { candidates.push(byContext); }
  if (!candidates.length) { return null; }
  // Unlike a web page's DOM offsets, our position selector is kept up to date on every re-anchor, so a
  // candidate next to it earns a real bonus (10), not just Hypothesis' tie-breaker.
  const near = (c: Span): number =>
    position && Math.abs(c.start - position.start) <= exact.length + 2 * CONTEXT_CHARS ? 10 : 0;
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = 50 * c.similarity + contextScore(text, quote, c, hint) + near(c);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  // 45 = a 90% match with no context and far from where it was; anything weaker is more likely another
  // passage than ours, and an orphan the user can see beats a verdict silently attached to the wrong words.
  return bestScore >= MIN_PLACEMENT_SCORE ? best : null;
}

const MIN_PLACEMENT_SCORE = 45;

/**
 * Myers' search over the whole text is O(n * k/32); for long documents and long quotes it is still fast
 * (milliseconds), but patterns past a few thousand characters would not be, so those are cut to their
 * first and last 512 characters, matched separately and joined.
 */
function searchBounded(text: string, exact: string, maxErrors: number):
  Array<Span & { errors: number }> {
  if (exact.length <= 1024) {
    return search(text, exact, maxErrors);
  }
  const head = exact.slice(0, 512);
  const tail = exact.slice(-512);
  const heads = search(text, head, Math.floor(maxErrors / 4));
  const out: Array<Span & { errors: number }> = [];
  for (const h of heads) {
    const from = h.start + exact.length - 512 - maxErrors;
    const window = text.slice(Math.max(0, from - 512), from + 1024 + maxErrors);
    const tails = search(window, tail, Math.floor(maxErrors / 4));
    if (tails.length) {
      const t = tails[0];
      const end = Math.max(0, from - 512) + t.end;
      if (end > h.start && Math.abs(end - h.start - exact.length) <= maxErrors) {
        out.push({ start: h.start, end, errors: h.errors + t.errors });
      }
    }
  }
  return out;
}

/** Chooses among candidate spans by how well prefix and suffix fit, then by closeness to the old position. */
function pickBest<T extends Span>(text: string, quote: TextQuoteSelector, spans: T[], hint?: number): T {
  if (spans.length === 1) { return spans[0]; }
  let best = spans[0];
  let bestScore = -Infinity;
  for (const s of spans) {
    const score = contextScore(text, quote, s, hint);
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

/** 0..42: prefix and suffix fit (20 each), closeness to the old position (2). */
function contextScore(text: string, quote: TextQuoteSelector, s: Span, hint?: number): number {
  const before = text.slice(Math.max(0, s.start - quote.prefix.length), s.start);
  const after = text.slice(s.end, s.end + quote.suffix.length);
  const prefixFit = quote.prefix.length ? commonSuffixLength(before, quote.prefix) / quote.prefix.length : 1;
  const suffixFit = quote.suffix.length ? commonPrefixLength(after, quote.suffix) / quote.suffix.length : 1;
  const closeness = hint === undefined ? 0 : 1 - Math.min(1, Math.abs(s.start - hint) / Math.max(1, text.length));
  return 20 * prefixFit + 20 * suffixFit + 2 * closeness;
}

/**
 * The passage was rewritten but the words around it were not: take what lies between the old prefix and
 * suffix, when both are long enough to be distinctive and the gap is of a plausible length.
 */
function anchorByContext(text: string, quote: TextQuoteSelector, hint?: number): Anchor | null {
  const { prefix, suffix, exact } = quote;
  const minContext = 16;
  const atStart = prefix.length < CONTEXT_CHARS && prefix.length < minContext;
  const atEnd = suffix.length < CONTEXT_CHARS && suffix.length < minContext;
  if ((prefix.length < minContext && !atStart) || (suffix.length < minContext && !atEnd) || (atStart && atEnd)) {
    return null;
  }
  const starts: number[] = [];
  if (atStart) {
    if (text.startsWith(prefix)) { starts.push(prefix.length); }
  } else {
    for (let i = text.indexOf(prefix); i >= 0 && starts.length < 100; i = text.indexOf(prefix, i + 1)) {
      starts.push(i + prefix.length);
    }
  }
  let best: Anchor | null = null;
  for (const start of starts) {
    let end: number;
    if (atEnd) {
      end = text.length - suffix.length;
      if (!text.endsWith(suffix) || end < start) { continue; }
    } else {
      end = text.indexOf(suffix, start);
      if (end < 0) { continue; }
    }
    const len = end - start;
    if (len < 1 || len < exact.length / 2 || len > exact.length * 2) { continue; }
    const candidate: Anchor = { start, end, method: 'context', similarity: 0.5 };
    if (!best || (hint !== undefined && Math.abs(start - hint) < Math.abs(best.start - hint))) {
      best = candidate;
    }
  }
  return best;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) { i++; }
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) { i++; }
  return i;
}
