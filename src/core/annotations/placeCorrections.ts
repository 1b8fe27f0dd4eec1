// The corrections of a folder placed on the current texts, in the analysis' document ids, and which of
// them is in force: two corrections of one target (the same link, quote or name) that disagree are both
// kept (history), and the later one wins. Pure, shared by the editor, the CLI and the exports.
import type { Span } from '../model';
import { anchorQuote } from './anchor';
import { positionOf, quoteOf, type Annotation } from './annotation';
import { LINK_KINDS, correctionLabel, type Correction, type CorrectionKind } from './correction';
import { sameSpan } from './placement';

export interface CorrectionPassage extends Span {
  /** Document id in the analysis (a uri string in the editor, the relative path in the CLI). */
  doc: string;
  /** The passage's current text. */
  text: string;
}

export interface PlacedCorrection {
  /** The annotation's id. */
  id: string;
  correction: Correction;
  label: string;
  created: string;
  modified: string;
  creator?: string;
  /** Where the corrected passage is now; null when it cannot be found (an orphan, shown, never dropped). */
  at: CorrectionPassage | null;
  /** Link kinds: the second passage; null when it is gone. */
  other?: CorrectionPassage | null;
  /** The store's sources, for orphans and exports. */
  source: string;
  otherSource?: string;
}

export type CorrectionStatus = 'applied' | 'superseded' | 'orphan' | 'unmatched';

/** A correction and what became of it on this analysis. */
export interface CorrectionOutcome extends PlacedCorrection {
  status: CorrectionStatus;
  /** Superseded: the id of the later correction of the same target. */
  supersededBy?: string;
}

/** The text of a store source and its document id; undefined when the file is gone or not analysed. */
export type SourceText = (source: string) => { doc: string; text: string } | undefined;

/** Places every correction annotation (verdicts and notes are skipped) on the current texts. */
export function placeCorrections(annotations: readonly Annotation[], textOf: SourceText): PlacedCorrection[] {
  const out: PlacedCorrection[] = [];
  for (const a of annotations) {
    const c = a.correction;
    if (!c) { continue; }
    const at = placeOn(textOf(a.target.source), quoteOf(a), positionOf(a));
    const other = c.other ? placeOn(textOf(c.other.source), c.other.selector[0], c.other.selector[1]) : undefined;
    out.push(placedCorrection(a, at, other));
  }
  return out;
}

/** A correction annotation with the passages it was placed on (the editor places them itself). */
export function placedCorrection(a: Annotation, at: CorrectionPassage | null, other?: CorrectionPassage | null): PlacedCorrection {
  const c = a.correction!;
  const placed: PlacedCorrection = {
    id: a.id, correction: c, label: a.body.value || correctionLabel(c), created: a.created, modified: a.modified,
    at, source: a.target.source,
  };
  if (a.creator?.name) { placed.creator = a.creator.name; }
  if (c.other) {
    placed.otherSource = c.other.source;
    placed.other = other ?? null;
  }
  return placed;
}

function placeOn(
  src: { doc: string; text: string } | undefined,
  quote: Annotation['target']['selector'][0],
  position: Annotation['target']['selector'][1],
): CorrectionPassage | null {
  if (!src) { return null; }
  const anchor = anchorQuote(src.text, quote, position);
  return anchor && { doc: src.doc, start: anchor.start, end: anchor.end, text: src.text.slice(anchor.start, anchor.end) };
}

/** Which aspect of a target a kind decides; two kinds of one family on one target contradict each other. */
function family(kind: CorrectionKind): string {
  if (LINK_KINDS.has(kind)) { return 'link'; }
  if (kind === 'same-entity' || kind === 'split-entity') { return 'identity'; }
  return kind;
}

function samePassage(a: CorrectionPassage, b: CorrectionPassage): boolean {
  return a.doc === b.doc && sameSpan(a, b);
}

/** True when the two corrections decide the same thing about the same target. */
export function sameTarget(x: PlacedCorrection, y: PlacedCorrection): boolean {
  if (family(x.correction.kind) !== family(y.correction.kind) || !x.at || !y.at) { return false; }
  if (!LINK_KINDS.has(x.correction.kind)) { return samePassage(x.at, y.at); }
  if (!x.other || !y.other) { return false; }
  if ((x.correction.subject ?? null) !== (y.correction.subject ?? null)
    && x.correction.subject !== undefined && y.correction.subject !== undefined) { return false; }
  return (samePassage(x.at, y.at) && samePassage(x.other, y.other)) || (samePassage(x.at, y.other) && samePassage(x.other, y.at));
}

/**
 * The outcome of each correction before it is applied: orphans (a passage gone), superseded (a later one
 * decides the same target), the rest in force ('applied' until apply finds nothing to change). Later means
 * modified later; on equal times, created later; then the id, so every replica decides alike.
 */
export function resolveCorrections(placed: readonly PlacedCorrection[]): CorrectionOutcome[] {
  const order = [...placed].sort(later);
  const out = new Map<string, CorrectionOutcome>();
  const inForce: PlacedCorrection[] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const p = order[i];
    if (!p.at || (LINK_KINDS.has(p.correction.kind) && !p.other)) { out.set(p.id, { ...p, status: 'orphan' }); continue; }
    const winner = inForce.find((w) => sameTarget(w, p));
    if (winner) { out.set(p.id, { ...p, status: 'superseded', supersededBy: winner.id }); continue; }
    inForce.push(p);
    out.set(p.id, { ...p, status: 'applied' });
  }
  return placed.map((p) => out.get(p.id)!);
}

function later(a: PlacedCorrection, b: PlacedCorrection): number {
  return cmp(a.modified, b.modified) || cmp(a.created, b.created) || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
