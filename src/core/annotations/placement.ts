// Placing a set of annotations on a document's current text, and the lookups the editor needs on the result.
import type { Span } from '../model';
import { anchorQuote, type Anchor, type AnchorOptions } from './anchor';
import { positionOf, quoteOf, type Annotation, type VerdictId } from './annotation';

export interface Placement {
  annotation: Annotation;
  /** null: orphaned (the passage cannot be found); shown in the "Orphaned annotations" group. */
  anchor: Anchor | null;
}

export function placeAnnotations(
  annotations: readonly Annotation[],
  text: string,
  options?: AnchorOptions,
): Placement[] {
  return annotations.map((annotation) => ({
    annotation,
    anchor: anchorQuote(text, quoteOf(annotation), positionOf(annotation), options),
  }));
}

/**
 * The annotation with its TextPositionSelector moved to where it was found, so the next search starts there.
 * The TextQuoteSelector is deliberately kept as the user annotated it: a revert then finds it exactly again,
 * and a chain of small edits cannot drift it, step by step, onto an unrelated passage.
 */
export function withPosition(a: Annotation, anchor: Anchor | null): Annotation {
  const p = positionOf(a);
  if (!anchor || (p.start === anchor.start && p.end === anchor.end)) { return a; }
  return {
    ...a,
    target: {
      ...a.target,
      selector: [quoteOf(a), { type: 'TextPositionSelector', start: anchor.start, end: anchor.end }],
    },
  };
}

export interface TextEdit {
  /** Offsets in the text before the edit. */
  start: number;
  end: number;
  /** Length of the inserted text. */
  insertedLength: number;
}

/**
 * Moves a span through one edit, the way the editor moves a decoration: edits before it shift it, edits after
 * it leave it, edits overlapping it stretch or shrink it. Used while typing; the quote search settles the rest.
 */
export function shiftSpan(span: Span, edit: TextEdit): Span {
  const delta = edit.insertedLength - (edit.end - edit.start);
  if (edit.end <= span.start) {
    return { start: span.start + delta, end: span.end + delta };
  }
  if (edit.start >= span.end) { return span; }
  const start = Math.min(span.start, edit.start);
  const end = Math.max(start, span.end <= edit.end ? edit.start + edit.insertedLength : span.end + delta);
  return { start, end };
}

/** True when the two spans share at least half of the shorter one: how a claim finds its verdict. */
export function sameSpan(a: Span, b: Span): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap * 2 >= shorter;
}

/** The newest verdict placed on (about) this span, with the notes placed on it. */
export function verdictOn(placements: readonly Placement[], span: Span):
  { verdict: VerdictId; note?: string; annotation: Annotation } | undefined {
  let found: Annotation | undefined;
  for (const p of placements) {
    if (p.anchor && p.annotation.verdict && sameSpan(p.anchor, span) &&
        (!found || p.annotation.modified > found.modified)) {
      found = p.annotation;
    }
  }
  if (!found?.verdict) { return undefined; }
  const notes = notesOn(placements, span).map((n) => n.body.value);
  return { verdict: found.verdict, annotation: found, ...(notes.length ? { note: notes.join('\n\n') } : {}) };
}

export function notesOn(placements: readonly Placement[], span: Span): Annotation[] {
  return placements
    .filter((p) => p.anchor && p.annotation.motivation === 'commenting' && sameSpan(p.anchor, span))
    .map((p) => p.annotation)
    .sort((x, y) => x.created.localeCompare(y.created));
}
