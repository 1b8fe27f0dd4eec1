// Applies the user's corrections to the engine's analysis, after the engine, on every analysis: so what
// was corrected stays corrected after edits, reloads and renames (the corrections are anchored like notes
// and placed again each time). Pure: the editor, the CLI and the exports call this one function.
//
// Order: page chrome first (it removes what the engine found in the passage), then names (type, merges,
// splits: one key map over every document), then speakers, then links. Every item a correction changed
// carries its id (`correction` on quotes, entities, boilerplate and link evidence; `corrections` on claims).
import type {
  Boilerplate, Claim, ConflictEvidence, DocumentAnalysis, Entity, Evidence, Fact, Span, Story,
} from '../model';
import { slug } from '../extract/keys';
import type { EntityType } from '../model';
import { sameSpan } from './placement';
import {
  resolveCorrections, type CorrectionOutcome, type CorrectionPassage, type PlacedCorrection,
} from './placeCorrections';

export interface CorrectableModel {
  documents: readonly DocumentAnalysis[];
  claims: readonly Claim[];
  /** To give a claim the user linked from nothing its story. */
  stories?: readonly Story[];
}

export interface CorrectedModel {
  /** The documents a correction changed, by id (the others are as the engine made them). */
  documents: Map<string, DocumentAnalysis>;
  claims: Claim[];
  /** Every correction with its status (applied, superseded, orphan, unmatched), in the order given. */
  outcomes: CorrectionOutcome[];
}

type LinkList = 'corroborating' | 'conflicting' | 'variants' | 'updates' | 'related';
const LISTS: readonly LinkList[] = ['corroborating', 'conflicting', 'variants', 'updates', 'related'];

/** The reason a link the user turned into a conflict gives. */
export const USER_CONFLICT_REASON = 'contradicts (corrected by you)';

export function applyCorrections(model: CorrectableModel, placed: readonly PlacedCorrection[]): CorrectedModel {
  const outcomes = resolveCorrections(placed);
  const byId = new Map(model.documents.map((d) => [d.id, d]));
  // A passage in a file that is no longer analysed (deleted, excluded) is gone as well: an orphan.
  for (const o of outcomes) {
    if (o.status === 'applied' && (!byId.has(o.at!.doc) || (o.other && !byId.has(o.other.doc)))) { o.status = 'orphan'; }
  }
  const changed = new Map<string, DocumentAnalysis>();
  const doc = (id: string): DocumentAnalysis | undefined => changed.get(id) ?? byId.get(id);
  const edit = (id: string): DocumentAnalysis | undefined => {
    const d = doc(id);
    if (!d) { return undefined; }
    if (!changed.has(id)) {
      changed.set(id, { ...d, boilerplate: [...d.boilerplate], quotes: [...d.quotes], entities: [...d.entities],
        figures: [...d.figures], ...(d.facts ? { facts: [...d.facts] } : {}) });
    }
    return changed.get(id);
  };
  const claims = new Claims(model.claims);
  const active = (kinds: readonly string[]) => outcomes.filter((o) => o.status === 'applied' && kinds.includes(o.correction.kind));
  const unmatched = (o: CorrectionOutcome) => { o.status = 'unmatched'; };

  for (const o of active(['page-chrome'])) {
    const at = o.at!;
    const d = edit(at.doc);
    if (!d) { unmatched(o); continue; }
    const chrome: Boilerplate = { start: at.start, end: at.end, reason: 'other', correction: o.id };
    d.boilerplate = [...d.boilerplate.filter((b) => !inside(b, at)), chrome].sort((a, b) => a.start - b.start);
    const out = <T extends Span>(list: T[]) => list.filter((x) => !overlaps(x, at));
    d.quotes = out(d.quotes); d.figures = out(d.figures); d.entities = out(d.entities);
    if (d.facts) { d.facts = out(d.facts); }
    claims.dropPassage(at, o.id);
  }

  applyNames(outcomes.filter((o) => o.status === 'applied'), model.documents, doc, edit, claims);

  for (const o of active(['set-speaker'])) {
    const at = o.at!;
    const d = doc(at.doc);
    const qi = d ? d.quotes.findIndex((q) => covers(q, at)) : -1;
    if (!d || qi < 0) { unmatched(o); continue; }
    const e = edit(at.doc)!;
    const q = e.quotes[qi];
    const speaker = o.correction.speaker!.trim();
    const speakerKey = o.correction.speakerKey!;
    e.quotes[qi] = { ...q, speaker, speakerKey, correction: o.id };
    if (e.facts) {
      e.facts = e.facts.map((f) => (f.kind === 'quote' && overlaps(f, q) ? { ...f, speaker, speakerKey } : f));
    }
    claims.renameQuoteSpeaker(at.doc, q, speaker, o.id);
  }

  for (const o of active(['not-same-fact', 'same-fact', 'contradicts', 'link-corroborating', 'link-conflicting'])) {
    if (!claims.link(o, model.stories ?? [])) { unmatched(o); }
  }
  return { documents: changed, claims: claims.result(), outcomes };
}

// ---------------------------------------------------------------- names

function applyNames(
  inForce: CorrectionOutcome[],
  all: readonly DocumentAnalysis[],
  doc: (id: string) => DocumentAnalysis | undefined,
  edit: (id: string) => DocumentAnalysis | undefined,
  claims: Claims,
): void {
  const keyMap = new Map<string, { key: string; id: string }>();
  /** Per document: mention text -> [old key, new key, correction id]. */
  const splits = new Map<string, Map<string, { from: string; to: string; id: string }>>();
  for (const o of inForce) {
    const kind = o.correction.kind;
    if (kind !== 'set-type' && kind !== 'same-entity' && kind !== 'split-entity') { continue; }
    const at = o.at!;
    const e = doc(at.doc)?.entities.find((x) => covers(x, at));
    if (!e) { o.status = 'unmatched'; continue; }
    if (kind === 'set-type') {
      keyMap.set(e.key, { key: `${o.correction.entityType!}:${e.key.slice(e.key.indexOf(':') + 1)}`, id: o.id });
    } else if (kind === 'same-entity') {
      if (o.correction.sameAs!.key !== e.key) { keyMap.set(e.key, { key: o.correction.sameAs!.key, id: o.id }); }
    } else {
      let to = `${e.type}:${slug(e.text)}`;
      if (to === e.key) { to = `${e.key}~split`; }
      const m = splits.get(at.doc) ?? new Map();
      m.set(norm(e.text), { from: e.key, to, id: o.id });
      splits.set(at.doc, m);
    }
  }
  if (!keyMap.size && !splits.size) { return; }
  const resolve = (k: string): { key: string; id?: string } => {
    let key = k;
    let id: string | undefined;
    for (let i = 0; i < 20 && keyMap.has(key); i++) { const n = keyMap.get(key)!; id = n.id; key = n.key; }
    return { key, id };
  };
  const canon = (k: string | null | undefined) => (k ? resolve(k).key : k);
  const typeOf = (key: string, fallback: EntityType): EntityType => {
    const t = key.slice(0, key.indexOf(':'));
    return t === 'person' || t === 'organization' || t === 'place' ? t : fallback;
  };
  for (const d of all) {
    const split = splits.get(d.id);
    const touched = d.entities.some((e) => keyMap.has(e.key) || split?.has(norm(e.text)))
      || d.quotes.some((q) => q.speakerKey && keyMap.has(q.speakerKey))
      || (d.facts ?? []).some((f) => (f.holder && keyMap.has(f.holder)) || (f.speakerKey && keyMap.has(f.speakerKey)));
    if (!touched) { continue; }
    const e = edit(d.id)!;
    e.entities = e.entities.map((x): Entity => {
      const s = split?.get(norm(x.text));
      if (s && s.from === x.key) { return { ...x, key: s.to, correction: s.id }; }
      const r = resolve(x.key);
      return r.id ? { ...x, key: r.key, type: typeOf(r.key, x.type), correction: r.id } : x;
    });
    e.quotes = e.quotes.map((q) => (q.speakerKey && keyMap.has(q.speakerKey) ? { ...q, speakerKey: canon(q.speakerKey)! } : q));
    if (e.facts) {
      e.facts = e.facts.map((f): Fact => ({
        ...f,
        holder: f.holder && !f.holder.startsWith('np:') ? canon(f.holder)! : f.holder,
        speakerKey: f.speakerKey ? canon(f.speakerKey) : f.speakerKey,
      }));
    }
  }
  claims.rekey((k) => resolve(k));
}

// ---------------------------------------------------------------- claims

class Claims {
  private list: Claim[];
  private readonly copied = new Set<Claim>();

  constructor(claims: readonly Claim[]) {
    this.list = [...claims];
  }

  result(): Claim[] {
    // A claim whose every link the user dismissed is gone; its corrections are listed on their own.
    return this.list.filter((c) => !this.copied.has(c) || evidenceCount(c) > 0);
  }

  /** A writable copy of the claim at index i, marked with the correction. */
  private own(i: number, id: string): Claim {
    let c = this.list[i];
    if (!this.copied.has(c)) {
      c = { ...c, corroborating: [...c.corroborating], conflicting: [...c.conflicting],
        ...(c.variants ? { variants: [...c.variants] } : {}), ...(c.updates ? { updates: [...c.updates] } : {}),
        ...(c.related ? { related: [...c.related] } : {}), ...(c.fact ? { fact: { ...c.fact, values: [...c.fact.values] } } : {}),
        corrections: [...(c.corrections ?? [])] };
      this.copied.add(c);
      this.list[i] = c;
    }
    if (!c.corrections!.includes(id)) { c.corrections!.push(id); }
    return c;
  }

  dropPassage(at: CorrectionPassage, id: string): void {
    this.list = this.list.filter((c) => !(c.doc === at.doc && overlaps(c, at)));
    this.list.forEach((c, i) => {
      if (!LISTS.some((l) => (c[l] ?? []).some((e) => e.doc === at.doc && overlaps(e, at)))) { return; }
      const own = this.own(i, id);
      for (const l of LISTS) { setList(own, l, (own[l] ?? []).filter((e) => !(e.doc === at.doc && overlaps(e, at)))); }
      refreshCounts(own);
    });
  }

  rekey(resolve: (k: string) => { key: string; id?: string }): void {
    this.list.forEach((c, i) => {
      const moved = (c.entityKeys ?? []).some((k) => resolve(k).id) || (c.fact?.holder && resolve(c.fact.holder).id);
      if (!moved) { return; }
      const id = [...(c.entityKeys ?? []), c.fact?.holder ?? ''].map((k) => k && resolve(k).id).find(Boolean)!;
      const own = this.own(i, id);
      if (own.entityKeys) { own.entityKeys = [...new Set(own.entityKeys.map((k) => resolve(k).key))]; }
      if (own.fact?.holder && !own.fact.holder.startsWith('np:')) { own.fact.holder = resolve(own.fact.holder).key; }
    });
  }

  renameQuoteSpeaker(doc: string, q: Span, speaker: string, id: string): void {
    this.list.forEach((c, i) => {
      if (c.doc !== doc || c.fact?.kind !== 'quote' || !c.focus || !overlaps(c.focus, q)) { return; }
      const own = this.own(i, id);
      own.fact!.subject = `quote of ${speaker}`;
    });
  }

  /** One link correction; false when it found nothing to change. */
  link(o: CorrectionOutcome, stories: readonly Story[]): boolean {
    const a = o.at!;
    const b = o.other!;
    const kind = o.correction.kind;
    const subject = o.correction.subject;
    const fits = (c: Claim) => subject === undefined || c.fact?.subject === subject;
    const matches: Array<{ i: number; list: LinkList; e: Evidence }> = [];
    this.list.forEach((c, i) => {
      if (!fits(c)) { return; }
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (!covers(c, x)) { continue; }
        for (const l of LISTS) {
          for (const e of c[l] ?? []) { if (covers(e, y)) { matches.push({ i, list: l, e }); } }
        }
      }
    });
    const want: LinkList | 'keep' | null = kind === 'not-same-fact' ? null
      : kind === 'contradicts' || kind === 'link-conflicting' ? 'conflicting'
        : kind === 'link-corroborating' ? 'corroborating' : 'keep';
    if (!matches.length) {
      if (kind === 'not-same-fact') { return false; }
      this.add(a, b, want === 'conflicting' ? 'conflicting' : 'corroborating', o.id, fits, stories);
      return true;
    }
    for (const m of matches) {
      const own = this.own(m.i, o.id);
      const from = own[m.list] ?? [];
      const idx = from.findIndex((e) => e.doc === m.e.doc && e.start === m.e.start && e.end === m.e.end);
      if (idx < 0) { continue; }
      const e = from[idx];
      if (want === null) {
        setList(own, m.list, from.filter((_, j) => j !== idx));
      } else if (want === 'keep' || want === m.list) {
        setList(own, m.list, from.map((x, j) => (j === idx ? { ...x, correction: o.id } : x)));
      } else {
        setList(own, m.list, from.filter((_, j) => j !== idx));
        const plain: Evidence = { doc: e.doc, start: e.start, end: e.end, text: e.text, score: e.score, correction: o.id,
          ...(e.focus ? { focus: e.focus } : {}) };
        if (want === 'conflicting') {
          own.conflicting.push({ ...plain, kind: 'other', reason: USER_CONFLICT_REASON });
        } else {
          own.corroborating.push(plain);
        }
      }
      refreshCounts(own);
    }
    return true;
  }

  private add(a: CorrectionPassage, b: CorrectionPassage, list: 'corroborating' | 'conflicting', id: string,
    fits: (c: Claim) => boolean, stories: readonly Story[]): void {
    let done = false;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const i = this.list.findIndex((c) => fits(c) && covers(c, x));
      if (i < 0) { continue; }
      const own = this.own(i, id);
      pushLink(own, y, list, id);
      refreshCounts(own);
      done = true;
    }
    if (done) { return; }
    const story = stories.find((s) => s.documents.includes(a.doc))?.id;
    const c: Claim = { id: `u-${id.replace(/^urn:uuid:/, '').slice(0, 8)}`, doc: a.doc, start: a.start, end: a.end, text: a.text,
      corroborating: [], conflicting: [], corrections: [id], ...(story ? { story } : {}) };
    pushLink(c, b, list, id);
    refreshCounts(c);
    this.copied.add(c);
    this.list.push(c);
  }
}

function pushLink(c: Claim, p: CorrectionPassage, list: 'corroborating' | 'conflicting', id: string): void {
  const e: Evidence = { doc: p.doc, start: p.start, end: p.end, text: p.text, score: 1, correction: id };
  if (list === 'conflicting') {
    c.conflicting.push({ ...e, kind: 'other', reason: USER_CONFLICT_REASON } satisfies ConflictEvidence);
  } else {
    c.corroborating.push(e);
  }
}

function setList(c: Claim, l: LinkList, v: Evidence[]): void {
  (c as unknown as Record<LinkList, Evidence[]>)[l] = v;
}

/** Sources (this document and the corroborating ones) and the fact's value groups after links changed. */
function refreshCounts(c: Claim): void {
  const docs = new Set([c.doc, ...c.corroborating.map((e) => e.doc)]);
  if (c.sources !== undefined || c.corrections?.length) { c.sources = docs.size; }
  if (c.independent !== undefined && c.independent > docs.size) { c.independent = docs.size; }
  if (c.fact) {
    const present = new Set([c.doc, ...LISTS.flatMap((l) => (c[l] ?? []).map((e) => e.doc))]);
    c.fact.values = c.fact.values.map((v) => ({ ...v, docs: v.docs.filter((d) => present.has(d)) }))
      .filter((v, i) => i === 0 || v.docs.length > 0);
  }
}

function evidenceCount(c: Claim): number {
  return LISTS.reduce((n, l) => n + (c[l]?.length ?? 0), 0);
}

// ---------------------------------------------------------------- spans

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function inside(a: Span, b: Span): boolean {
  return a.start >= b.start && a.end <= b.end;
}

/** The item (a claim's or link's passage, a quote, a name) is what the correction points at: the same span
 *  (half of the shorter shared), or one inside the other. */
function covers(item: Span & { doc?: string }, at: CorrectionPassage): boolean {
  if (item.doc !== undefined && item.doc !== at.doc) { return false; }
  return sameSpan(item, at) || (inside(at, item) && at.end > at.start) || (inside(item, at) && item.end > item.start);
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
