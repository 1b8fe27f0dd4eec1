// Read-only questions the editor asks about the analysed corpus: what other sources say about a
// span, which spans are in conflict, where the next conflict is. Pure functions over the model, so
// the hover, the decorations, the tree and the commands give the same answers and are unit-tested.
import { diffWords } from 'diff';
import type { EntityInfo } from './extract/aliases';
import type {
  Claim, ConflictKind, DocumentAnalysis, Entity, Evidence, Fact, Figure, Passage, Quote, Span, UpdateEvidence, WordDiff,
} from './model';

export type Relation = 'conflicts' | 'updates' | 'agrees' | 'variant' | 'related';

/** A passage in another document, seen from a span in this one. */
export interface OtherSource extends Passage {
  relation: Relation;
  /** Conflict reason, variant reason or related note, as the claims engine wrote it. */
  reason?: string;
  /** The figure or quote in the other passage that the relation is about, when known. */
  focus?: Span;
  claimId: string;
  /** Updates: the value that passage gives and its document's reporting date. */
  value?: string;
  reported?: string | null;
}

export interface OtherSourcesOptions {
  /** Only claims whose fact is of these kinds (claims without a fact always qualify). */
  kinds?: ReadonlyArray<Fact['kind']>;
  /** The reporting date of a document (for the claim's own entry in an update timeline). */
  reportedOf?: (doc: string) => string | null | undefined;
}

const RANK: Record<Relation, number> = { conflicts: 5, updates: 4, agrees: 3, variant: 2, related: 1 };

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function touches(p: Passage, doc: string, span: Span): boolean {
  return p.doc === doc && (overlaps(p, span) || (span.start === span.end && p.start <= span.start && span.start <= p.end));
}

/** How a passage with an optional fact focus relates to the hovered span: 'focus' when the focus
 *  overlaps it, 'passage' when the passage has no focus but touches it, undefined otherwise. */
type Match = 'focus' | 'passage' | undefined;

function match(p: Passage, focus: Span | undefined, doc: string, span: Span): Match {
  if (!touches(p, doc, span)) { return undefined; }
  if (!focus) { return 'passage'; }
  if (span.start === span.end) { return focus.start <= span.start && span.start <= focus.end ? 'focus' : undefined; }
  return overlaps(focus, span) ? 'focus' : undefined;
}

/** The text of `focus` inside passage `p`, when it lies there. */
export function focusText(p: Passage, focus: Span | undefined): string | undefined {
  if (!focus || focus.start < p.start || focus.end > p.end || focus.end <= focus.start) { return undefined; }
  return p.text.slice(focus.start - p.start, focus.end - p.start);
}

/** Everything other documents say about `span` of `doc`, strongest relation per passage, conflicts first.
 *  A claim or evidence passage with a fact focus is about the span only when that focus overlaps it;
 *  when any such fact-level link exists, sentence-level links (no focus) are left out, so a figure's
 *  hover lists exactly the passages about the same fact. */
export function otherSources(claims: readonly Claim[], doc: string, span: Span, options: OtherSourcesOptions = {}): OtherSource[] {
  const found: Array<{ level: Exclude<Match, undefined>; items: OtherSource[] }> = [];
  for (const c of claims) {
    if (options.kinds && c.fact && !options.kinds.includes(c.fact.kind)) { continue; }
    const r = aboutClaim(c, doc, span, options);
    if (r) { found.push(r); }
  }
  const fine = found.some((f) => f.level === 'focus');
  const out = new Map<string, OtherSource>();
  for (const f of found) {
    if (fine && f.level !== 'focus') { continue; }
    for (const o of f.items) {
      if (o.doc === doc) { continue; }
      const key = `${o.doc}\u0000${o.start}\u0000${o.end}`;
      const prev = out.get(key);
      if (prev && RANK[prev.relation] >= RANK[o.relation]) { continue; }
      out.set(key, o);
    }
  }
  return [...out.values()].sort((a, b) => RANK[b.relation] - RANK[a.relation]
    || (a.relation === 'updates' ? cmpDate(a.reported, b.reported) : 0) || cmpPassage(a, b));
}

/** Reporting dates in order, undated last. */
export function cmpDate(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) { return 0; }
  if (!a) { return 1; }
  if (!b) { return -1; }
  return a < b ? -1 : 1;
}

/** What claim `c` says about `span` of `doc`, from wherever the span sits in it. */
function aboutClaim(c: Claim, doc: string, span: Span, options: OtherSourcesOptions):
  { level: 'focus' | 'passage'; items: OtherSource[] } | undefined {
  const items: OtherSource[] = [];
  const add = (p: Passage, relation: Relation, extra: Partial<OtherSource> = {}) => items.push({
    doc: p.doc, start: p.start, end: p.end, text: p.text, relation, claimId: c.id, ...extra,
  });
  const related = c.related ?? [];
  const updates = c.updates ?? [];
  const variants = c.variants ?? [];
  const claimValue = focusText(c, c.focus) ?? c.fact?.values[0]?.value;
  const claimSelf = (relation: Relation, extra: Partial<OtherSource> = {}) => add(c, relation, { focus: c.focus, ...extra });
  const asUpdate = (e: UpdateEvidence) => add(e, 'updates', { focus: e.theirs ?? e.focus, value: e.value, reported: e.reported });
  const claimAsUpdate = () => claimSelf('updates', { value: claimValue, reported: options.reportedOf?.(c.doc) ?? null });

  let level = match(c, c.focus, doc, span);
  if (level) {
    c.corroborating.forEach((e) => add(e, 'agrees', { focus: e.focus }));
    // A conflict about another figure of the same sentence is not about this span.
    c.conflicting.filter((e) => aboutSpan(e.ours, span)).forEach((e) => add(e, 'conflicts', { reason: e.reason, focus: e.theirs ?? e.focus }));
    updates.filter((e) => aboutSpan(e.ours, span)).forEach(asUpdate);
    variants.filter((e) => aboutSpan(e.ours, span)).forEach((e) => add(e, 'variant', { reason: e.reason, focus: e.theirs ?? e.focus }));
    related.forEach((e) => add(e, 'related', { reason: e.note, focus: e.focus }));
    return { level, items };
  }
  const supporter = pick(c.corroborating, (e) => match(e, e.focus, doc, span));
  if (supporter) {
    level = supporter.level;
    claimSelf('agrees');
    c.corroborating.forEach((e) => add(e, 'agrees', { focus: e.focus }));
    c.conflicting.forEach((e) => add(e, 'conflicts', { reason: e.reason, focus: e.theirs ?? e.focus }));
    updates.forEach(asUpdate);
    variants.forEach((e) => add(e, 'variant', { reason: e.reason, focus: e.theirs ?? e.focus }));
    related.forEach((e) => add(e, 'related', { reason: e.note, focus: e.focus }));
    return { level, items };
  }
  const dissent = pick(c.conflicting, (e) => match(e, e.theirs ?? e.focus, doc, span));
  if (dissent) {
    const mine = dissent.item;
    claimSelf('conflicts', { reason: mine.reason, focus: mine.ours ?? c.focus });
    // The claim's supporters contradict us only where they state the disputed figure or quote
    // itself; a sentence-level supporter may be about another detail of the claim sentence.
    const disputed = focusText(c, mine.ours);
    const anchored = !mine.ours || !c.focus || overlaps(mine.ours, c.focus);
    c.corroborating.forEach((e) => {
      if (e.focus && anchored) { add(e, 'conflicts', { reason: mine.reason, focus: e.focus }); return; }
      const at = disputed ? e.text.indexOf(disputed) : -1;
      if (at >= 0) { add(e, 'conflicts', { reason: mine.reason, focus: { start: e.start + at, end: e.start + at + disputed!.length } }); }
    });
    // Other dissenters: the same value as ours agrees, another value conflicts; without the
    // fact's values we cannot tell, so they are shown as related.
    const group = (d: string) => c.fact?.values.findIndex((v) => v.docs.includes(d)) ?? -1;
    const ourGroup = group(mine.doc);
    for (const e of c.conflicting) {
      if (e === mine) { continue; }
      const g = group(e.doc);
      const relation: Relation = ourGroup < 0 || g < 0 ? 'related' : g === ourGroup ? 'agrees' : 'conflicts';
      add(e, relation, { reason: e.reason, focus: e.theirs ?? e.focus });
    }
    updates.forEach((e) => add(e, 'related', { reason: `later report: ${e.value}`, focus: e.theirs ?? e.focus }));
    return { level: dissent.level, items };
  }
  const update = pick(updates, (e) => match(e, e.theirs ?? e.focus, doc, span));
  if (update) {
    claimAsUpdate();
    c.corroborating.forEach((e) => add(e, 'updates', {
      focus: e.focus, value: focusText(e, e.focus) ?? claimValue, reported: options.reportedOf?.(e.doc) ?? null,
    }));
    updates.filter((e) => e !== update.item).forEach(asUpdate);
    c.conflicting.forEach((e) => add(e, 'related', { reason: e.reason, focus: e.theirs ?? e.focus }));
    return { level: update.level, items };
  }
  const variant = pick(variants, (e) => match(e, e.theirs ?? e.focus, doc, span));
  if (variant) {
    claimSelf('variant', { reason: variant.item.reason });
    c.corroborating.forEach((e) => add(e, 'variant', { reason: variant.item.reason, focus: e.focus }));
    variants.filter((e) => e !== variant.item).forEach((e) => add(e, 'variant', { reason: e.reason, focus: e.theirs ?? e.focus }));
    c.conflicting.forEach((e) => add(e, 'conflicts', { reason: e.reason, focus: e.theirs ?? e.focus }));
    return { level: variant.level, items };
  }
  const rel = pick(related, (e) => match(e, e.focus, doc, span));
  if (rel) {
    claimSelf('related', { reason: rel.item.note });
    return { level: rel.level, items };
  }
  return undefined;
}

/** The first item that matches at fact level, else the first that matches at passage level. */
function pick<T>(xs: readonly T[], m: (x: T) => Match): { item: T; level: 'focus' | 'passage' } | undefined {
  let coarse: T | undefined;
  for (const x of xs) {
    const r = m(x);
    if (r === 'focus') { return { item: x, level: r }; }
    if (r === 'passage' && coarse === undefined) { coarse = x; }
  }
  return coarse === undefined ? undefined : { item: coarse, level: 'passage' };
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

/** Every evidence passage of a claim, whatever its relation. */
export function evidenceOf(c: Claim): Evidence[] {
  return [...c.corroborating, ...c.conflicting, ...(c.updates ?? []), ...(c.variants ?? []), ...(c.related ?? [])];
}

/** Claims whose own passage or any evidence passage touches `span` of `doc`. */
export function claimsTouching(claims: readonly Claim[], doc: string, span: Span): Claim[] {
  return claims.filter((c) => touches(c, doc, span) || evidenceOf(c).some((e) => touches(e, doc, span)));
}

/** Claims that involve `doc` at all (the tree's "this file" scope). */
export function claimsOfDocument(claims: readonly Claim[], doc: string): Claim[] {
  return claims.filter((c) => c.doc === doc || evidenceOf(c).some((e) => e.doc === doc));
}

/** 0 conflicts, 1 updates (a developing figure), 2 corroborated or reworded, 3 related only. */
export function claimGroup(c: Claim): number {
  return c.conflicting.length ? 0 : c.updates?.length ? 1 : c.corroborating.length || c.variants?.length ? 2 : 3;
}

/** Conflicts first, then updates, then corroborated, then related-only; each group in document
 *  order, the facts of one sentence in the order they stand in it. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => claimGroup(a) - claimGroup(b) || cmpPassage(a, b)
    || (a.focus?.start ?? -1) - (b.focus?.start ?? -1) || (a.focus?.end ?? -1) - (b.focus?.end ?? -1));
}

/** Whitespace collapsed, cut on a word boundary to about `max` characters. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s\S*$/, '')}…`;
}

/** The short name of what a claim is about: its fact's subject, or the start of its sentence. */
export function claimSubject(c: Claim, max = 60): string {
  return c.fact?.subject ? shorten(c.fact.subject, max) : shorten(c.text, max);
}

/** The claim's own value as written (its fact's focus), when it has one. */
export function claimValue(c: Claim): string | undefined {
  const v = focusText(c, c.focus) ?? c.fact?.values[0]?.value ?? focusText(c, c.conflicting.find((e) => e.ours)?.ours);
  return v === undefined ? undefined : v.replace(/\s+/g, ' ').trim();
}

/** The competing values of a claim with the documents giving each, the claim's own first: the
 *  fact's values when the engine listed them, else read from the focus and conflict spans. */
export function claimValues(c: Claim): Array<{ value: string; docs: string[] }> {
  const uniq = (xs: string[]) => [...new Set(xs)];
  if (c.fact?.values.length) {
    return c.fact.values.map((v) => ({ value: v.value.replace(/\s+/g, ' ').trim(), docs: uniq(v.docs) }));
  }
  const own = claimValue(c);
  if (own === undefined) { return []; }
  const out = [{ value: own, docs: uniq([c.doc, ...c.corroborating.map((e) => e.doc)]) }];
  for (const e of c.conflicting) {
    const v = (focusText(e, e.theirs ?? e.focus) ?? shorten(e.text, 40)).replace(/\s+/g, ' ').trim();
    const same = out.find((o) => o.value.toLowerCase() === v.toLowerCase());
    if (same) { if (!same.docs.includes(e.doc)) { same.docs.push(e.doc); } } else { out.push({ value: v, docs: [e.doc] }); }
  }
  return out;
}

export interface TimelineEntry {
  value: string;
  doc: string;
  reported: string | null;
  passage: Passage;
  focus?: Span;
  /** The claim's own report (the first entry), not an update. */
  own: boolean;
}

/** A developing fact: the claim's own value, then its updates, ordered by reporting date (undated last). */
export function updateTimeline(c: Claim, reportedOf?: (doc: string) => string | null | undefined): TimelineEntry[] {
  const updates = [...(c.updates ?? [])].sort((a, b) => cmpDate(a.reported, b.reported) || cmpPassage(a, b));
  const own: TimelineEntry = {
    value: claimValue(c) ?? shorten(c.text, 40), doc: c.doc, reported: reportedOf?.(c.doc) ?? null, passage: c, focus: c.focus, own: true,
  };
  return [own, ...updates.map((u: UpdateEvidence): TimelineEntry => ({
    value: u.value.replace(/\s+/g, ' ').trim(), doc: u.doc, reported: u.reported, passage: u, focus: u.theirs ?? u.focus, own: false,
  }))];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line about a claim for the tree: the competing values with their source counts for a
 *  conflict ("14 — 3 sources · 16 — 1 source"), the timeline for updates ("27 → 29 → 31"), the
 *  value and its sources for a corroboration ("€40 million — 3 sources, 2 independent"). */
export function claimSummary(c: Claim, reportedOf?: (doc: string) => string | null | undefined, maxValue = 40): string {
  const v = (s: string) => shorten(s, maxValue);
  if (c.conflicting.length) {
    const values = claimValues(c);
    if (values.length) { return values.map((x) => `${v(x.value)} — ${plural(x.docs.length, 'source')}`).join(' · '); }
    return `${plural(c.conflicting.length, 'conflicting source')}`;
  }
  if (c.updates?.length) {
    // two reports of one value in a row are one step of the timeline ("27 → 29 → 31", not "27 → 29 → 29 → 31")
    return updateTimeline(c, reportedOf).map((e) => v(e.value)).filter((x, i, all) => i === 0 || x !== all[i - 1]).join(' → ');
  }
  const value = claimValue(c);
  const parts: string[] = [];
  if (c.corroborating.length || !c.variants?.length) {
    const sources = c.sources ?? 1 + new Set(c.corroborating.map((e) => e.doc).filter((d) => d !== c.doc)).size;
    parts.push(plural(sources, 'source') + (c.independent !== undefined ? `, ${c.independent} independent` : ''));
  }
  if (c.variants?.length) { parts.push(`${plural(c.variants.length, 'source')} worded differently`); }
  if (!c.corroborating.length && !c.variants?.length && c.related?.length) { parts.splice(0, parts.length, `${c.related.length} related`); }
  return [value && v(value), parts.join(' · ')].filter(Boolean).join(' — ');
}

/** The spans of `analysis` (figures and quotes) that another source contradicts: the disputed
 *  figure or quote of the claim (ours), of each dissenter (theirs) and of every corroborator of a
 *  contradicted claim (its focus, or the disputed words where it has none). */
export function conflictSpans(claims: readonly Claim[], analysis: DocumentAnalysis): Span[] {
  const doc = analysis.id;
  const spans: Span[] = [];
  const within = (p: Span, kind: ConflictKind, exact?: Span) => {
    const items: Span[] = kind === 'quote-wording' ? analysis.quotes : analysis.figures;
    if (exact) {
      const hit = items.filter((i) => overlaps(i, exact));
      // A contradicted value the extractors did not list (a year read only as a fact) is marked as is.
      spans.push(...(hit.length ? hit : [exact]));
      return;
    }
    spans.push(...items.filter((i) => contains(p, i) && (kind !== 'year' || (i as Figure).kind === 'year')));
  };
  for (const c of claims) {
    if (!c.conflicting.length) { continue; }
    for (const e of c.conflicting) {
      if (c.doc === doc) { within(c, e.kind, e.ours ?? c.focus); }
      if (e.doc === doc) { within(e, e.kind, e.theirs ?? e.focus); }
    }
    // The corroborators state the contradicted value too, when the conflict is about the claim's fact.
    const anchored = c.conflicting.filter((e) => !e.ours || !c.focus || overlaps(e.ours, c.focus));
    if (!anchored.length) { continue; }
    const kind = anchored[0].kind;
    for (const e of c.corroborating) {
      if (e.doc !== doc) { continue; }
      if (e.focus) { within(e, kind, e.focus); continue; }
      const disputed = focusText(c, anchored[0].ours ?? c.focus);
      const at = disputed ? e.text.indexOf(disputed) : -1;
      if (at >= 0) { within(e, kind, { start: e.start + at, end: e.start + at + disputed!.length }); }
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
