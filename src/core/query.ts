// Read-only questions the editor asks about the analysed corpus: what other sources say about a
// span, which spans are in conflict, where the next conflict is. Pure functions over the model, so
// the hover, the decorations, the tree and the commands give the same answers and are unit-tested.
import { diffWords } from 'diff';
import type { EntityInfo } from './extract/aliases';
import type {
  Claim, DocumentAnalysis, Entity, Figure, Passage, Quote, Span, WordDiff,
} from './model';

export type Relation = 'agrees' | 'conflicts' | 'related';

/** A passage in another document, seen from a span in this one. */
export interface OtherSource extends Passage {
  relation: Relation;
  /** Conflict reason or related note, as the claims engine wrote it. */
  reason?: string;
  /** The figure or quote in the other passage that the relation is about, when known. */
  focus?: Span;
  claimId: string;
}

const RANK: Record<Relation, number> = { conflicts: 3, agrees: 2, related: 1 };

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function touches(p: Passage, doc: string, span: Span): boolean {
  return p.doc === doc && (overlaps(p, span) || (span.start === span.end && p.start <= span.start && span.start <= p.end));
}

/** Everything other documents say about `span` of `doc`, strongest relation per passage, conflicts first. */
export function otherSources(claims: readonly Claim[], doc: string, span: Span): OtherSource[] {
  const out = new Map<string, OtherSource>();
  const add = (p: Passage, relation: Relation, claimId: string, reason?: string, focus?: Span) => {
    if (p.doc === doc) { return; }
    const key = `${p.doc}\u0000${p.start}\u0000${p.end}`;
    const prev = out.get(key);
    if (prev && RANK[prev.relation] >= RANK[relation]) { return; }
    out.set(key, { doc: p.doc, start: p.start, end: p.end, text: p.text, relation, reason, focus, claimId });
  };
  for (const c of claims) {
    const related = c.related ?? [];
    if (touches(c, doc, span)) {
      c.corroborating.forEach((e) => add(e, 'agrees', c.id));
      for (const e of c.conflicting) {
        // A conflict about another figure of the same sentence is not about this span.
        if (!aboutSpan(e.ours, span)) { continue; }
        add(e, 'conflicts', c.id, e.reason, e.theirs);
      }
      related.forEach((e) => add(e, 'related', c.id, e.note));
      continue;
    }
    const asSupporter = c.corroborating.find((e) => touches(e, doc, span));
    if (asSupporter) {
      add(c, 'agrees', c.id);
      c.corroborating.forEach((e) => add(e, 'agrees', c.id));
      c.conflicting.forEach((e) => add(e, 'conflicts', c.id, e.reason, e.theirs));
      related.forEach((e) => add(e, 'related', c.id, e.note));
      continue;
    }
    const asConflict = c.conflicting.find((e) => touches(e, doc, span) && aboutSpan(e.theirs, span));
    if (asConflict) {
      add(c, 'conflicts', c.id, asConflict.reason, asConflict.ours);
      // The claim's supporters contradict us only where they state the disputed figure or quote
      // itself; a star-grouped supporter may be about another detail of the claim sentence.
      const disputed = asConflict.ours && c.text.slice(asConflict.ours.start - c.start, asConflict.ours.end - c.start);
      c.corroborating.forEach((e) => {
        const at = disputed ? e.text.indexOf(disputed) : -1;
        if (at >= 0) { add(e, 'conflicts', c.id, asConflict.reason, { start: e.start + at, end: e.start + at + disputed!.length }); }
      });
      // Other dissenters disagree with the claim too, but not necessarily with us.
      c.conflicting.forEach((e) => e !== asConflict && add(e, 'related', c.id, e.reason, e.theirs));
      continue;
    }
    const asRelated = related.find((e) => touches(e, doc, span));
    if (asRelated) { add(c, 'related', c.id, asRelated.note); }
  }
  return [...out.values()].sort((a, b) => RANK[b.relation] - RANK[a.relation] || cmpPassage(a, b));
}

/** False when a conflict names its figure or quote and that is not the hovered span. */
function aboutSpan(focus: Span | undefined, span: Span): boolean {
  return !focus || span.end === span.start || overlaps(focus, span) || contains(span, focus);
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function cmpPassage(a: Passage, b: Passage): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}

/** Claims whose own passage or any evidence passage touches `span` of `doc`. */
export function claimsTouching(claims: readonly Claim[], doc: string, span: Span): Claim[] {
  return claims.filter((c) => touches(c, doc, span)
    || c.corroborating.some((e) => touches(e, doc, span))
    || c.conflicting.some((e) => touches(e, doc, span))
    || (c.related ?? []).some((e) => touches(e, doc, span)));
}

/** Claims that involve `doc` at all (the tree's "this file" scope). */
export function claimsOfDocument(claims: readonly Claim[], doc: string): Claim[] {
  const inDoc = (p: Passage) => p.doc === doc;
  return claims.filter((c) => inDoc(c) || c.corroborating.some(inDoc) || c.conflicting.some(inDoc)
    || (c.related ?? []).some(inDoc));
}

/** Conflicts first, then corroborated, then related-only; each group in document order. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  const group = (c: Claim) => (c.conflicting.length ? 0 : c.corroborating.length ? 1 : 2);
  return [...claims].sort((a, b) => group(a) - group(b) || cmpPassage(a, b));
}

/** The spans of `analysis` (figures and quotes) that another source contradicts. */
export function conflictSpans(claims: readonly Claim[], analysis: DocumentAnalysis): Span[] {
  const doc = analysis.id;
  const spans: Span[] = [];
  const within = (p: Span, kind: string, exact?: Span) => {
    const items: Span[] = kind === 'quote-wording' ? analysis.quotes : analysis.figures;
    if (exact) {
      const hit = items.filter((i) => overlaps(i, exact));
      spans.push(...(hit.length ? hit : [exact]));
      return;
    }
    spans.push(...items.filter((i) => contains(p, i) && (kind !== 'year' || (i as Figure).kind === 'year')));
  };
  for (const c of claims) {
    for (const e of c.conflicting) {
      if (c.doc === doc) { within(c, e.kind, e.ours); }
      if (e.doc === doc) { within(e, e.kind, e.theirs); }
    }
  }
  return dedupe(spans);
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => { const k = `${s.start}:${s.end}`; if (seen.has(k)) { return false; } seen.add(k); return true; })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every passage taking part in a conflict, in a stable order (document id, then offset). */
export function conflictSites(claims: readonly Claim[]): Passage[] {
  const sites = new Map<string, Passage>();
  const add = (p: Passage) => sites.set(`${p.doc}\u0000${p.start}\u0000${p.end}`,
    { doc: p.doc, start: p.start, end: p.end, text: p.text });
  for (const c of claims) {
    if (!c.conflicting.length) { continue; }
    add(c);
    c.conflicting.forEach(add);
  }
  return [...sites.values()].sort(cmpPassage);
}

/** The site after (or before) `offset` in `doc`, wrapping around the corpus. */
export function stepSite(sites: readonly Passage[], doc: string | undefined, offset: number,
  direction: 1 | -1): Passage | undefined {
  if (!sites.length) { return undefined; }
  if (doc === undefined) { return direction === 1 ? sites[0] : sites[sites.length - 1]; }
  if (direction === 1) {
    return sites.find((s) => s.doc > doc || (s.doc === doc && s.start > offset)) ?? sites[0];
  }
  for (let i = sites.length - 1; i >= 0; i--) {
    const s = sites[i];
    if (s.doc < doc || (s.doc === doc && s.start < offset)) { return s; }
  }
  return sites[sites.length - 1];
}

export interface ItemAt {
  figure?: Figure;
  quote?: Quote;
  entity?: Entity;
}

/** The figure, entity and quote under `offset` (end-inclusive, as a mouse on the last character). */
export function itemsAt(analysis: DocumentAnalysis, offset: number): ItemAt {
  const at = <T extends Span>(xs: readonly T[]) => xs.find((x) => x.start <= offset && offset < x.end);
  return { figure: at(analysis.figures), quote: at(analysis.quotes), entity: at(analysis.entities) };
}

/** Everything the corpus knows about one entity key, from the (resolved) document analyses — the
 *  editor's side of `EntityRegistry.info`, for the host, which holds analyses but not the registry
 *  (that lives with the corpus in the worker). */
export function entitySummary(docs: Iterable<DocumentAnalysis>, key: string): EntityInfo | undefined {
  let found: EntityInfo | undefined;
  for (const d of docs) {
    for (const e of d.entities) {
      if (e.key !== key) { continue; }
      found ??= { key, type: e.type, name: e.text, aliases: [], mentions: {} };
      if (!found.aliases.includes(e.text)) { found.aliases.push(e.text); }
      if (e.text.length > found.name.length) { found.name = e.text; }
      found.mentions[d.id] = (found.mentions[d.id] ?? 0) + 1;
    }
  }
  return found;
}

/** Word-level difference from `ours` to `theirs` (what they removed / added), via the `diff` package. */
export function wordDiff(ours: string, theirs: string): WordDiff[] {
  return diffWords(ours, theirs).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}
