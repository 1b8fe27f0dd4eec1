// Cross-document claim linking: claim units per document, candidate retrieval over an inverted
// index (FeatureIndex), stance between the facts of two passages (facts/compare.ts), and grouping of
// linked facts into claims with their evidence. Incremental: set()/delete() mark one document dirty;
// claims() re-links only the dirty documents' units and regroups. Written by hand: no library aligns
// facts across sources.
import type {
  Claim, ClaimFact, ConflictEvidence, DocumentAnalysis, Evidence, Fact, RelatedEvidence, Span, UpdateEvidence, VariantEvidence,
} from '../model';
import { compareFacts, factSubject, type FactRelation, type FactSide } from '../facts/compare';
import { differentDays } from '../facts/reported';
import { FeatureIndex } from './featureIndex';
import { buildUnits, nearCopies, type ClaimUnit } from './units';

type LinkType = 'corroborates' | 'conflicts' | 'related' | 'update' | 'variant';

interface Link {
  type: LinkType;
  score: number;
  /** The stance read from this side (reason); computed once, on first use. */
  rel?: FactRelation;
}

interface DocState {
  analysis: DocumentAnalysis;
  text: string;
  units: ClaimUnit[];
  names: Set<string>;
  reported: string | null;
  /** Documents judged to cover the same story. */
  story: Set<string>;
}

/** A node of the link graph: one fact of a unit, or the unit's sentence as a whole (k = 0), which
 *  links only as "the same statement" when no fact of the two sentences is comparable. */
interface Node {
  nid: number;
  unit: ClaimUnit;
  fact: Fact | null;
}

/** Minimum cosine similarity between two sentences for their stance to be judged. */
const MIN_PAIR = 0.18;
/** Minimum cosine similarity between two documents to count as the same story. */
const MIN_STORY = 0.12;
/** At most this many same-story documents per document, and candidate passages per sentence:
 *  bounds the work per document, so linking grows linearly with the corpus. */
const MAX_STORY = 400;
const MAX_CANDIDATES = 20;
/** Node ids: unit uid * NODE_SPAN + k; a unit has at most NODE_SPAN - 1 facts linked. */
const NODE_SPAN = 64;

export class ClaimLinker {
  private readonly docs = new Map<string, DocState>();
  private readonly units = new Map<number, ClaimUnit>();
  private readonly unitIndex = new FeatureIndex(unitWeight);
  private readonly docIndex = new FeatureIndex(docWeight);
  private readonly docIds = new Map<string, number>();
  private readonly docOfId = new Map<number, string>();
  private readonly links = new Map<number, Map<number, Link>>();
  /** Units by exact figure ("count|person|239"): the same number about the same thing is strong
   *  evidence of the same fact even when the sentences around it share few words. */
  private readonly byValue = new Map<string, Set<number>>();
  private readonly dirty = new Set<string>();
  private cache: Claim[] | null = null;
  private nextDocId = 1;

  /** `resolve` maps a raw analysis to corpus-wide entity keys; it is applied when the document is
   *  (re)linked, so a batch of documents is resolved against the whole batch. */
  constructor(private readonly resolve: (a: DocumentAnalysis) => DocumentAnalysis = (a) => a) {}

  set(analysis: DocumentAnalysis, text: string): void {
    this.delete(analysis.id);
    this.docs.set(analysis.id, { analysis, text, units: [], names: new Set(), reported: analysis.reported ?? null, story: new Set() });
    const did = this.nextDocId++;
    this.docIds.set(analysis.id, did);
    this.docOfId.set(did, analysis.id);
    this.dirty.add(analysis.id);
    this.cache = null;
  }

  delete(id: string): void {
    const st = this.docs.get(id);
    if (!st) { return; }
    for (const u of st.units) { this.dropUnit(u); }
    for (const other of st.story) { this.docs.get(other)?.story.delete(id); }
    const did = this.docIds.get(id)!;
    this.docIndex.remove(did);
    this.docIds.delete(id);
    this.docOfId.delete(did);
    this.docs.delete(id);
    this.dirty.delete(id);
    this.cache = null;
  }

  claims(): Claim[] {
    if (this.cache) { return this.cache; }
    this.relinkDirty();
    this.cache = this.group();
    return this.cache;
  }

  private dropUnit(u: ClaimUnit): void {
    this.unitIndex.remove(u.uid);
    this.units.delete(u.uid);
    for (const k of valueKeys(u)) {
      const set = this.byValue.get(k);
      set?.delete(u.uid);
      if (set && !set.size) { this.byValue.delete(k); }
    }
    this.unlinkUnit(u);
  }

  private unlinkUnit(u: ClaimUnit): void {
    for (let k = 0; k <= Math.min(u.facts.length, NODE_SPAN - 1); k++) {
      const nid = u.uid * NODE_SPAN + k;
      const mine = this.links.get(nid);
      if (mine) { for (const other of mine.keys()) { this.links.get(other)?.delete(nid); } }
      this.links.delete(nid);
    }
  }

  private relinkDirty(): void {
    if (!this.dirty.size) { return; }
    for (const id of this.dirty) {
      const st = this.docs.get(id)!;
      for (const u of st.units) { this.dropUnit(u); }
      const analysis = this.resolve(st.analysis);
      st.units = buildUnits(analysis, st.text);
      st.names = new Set(analysis.entities.map((e) => e.key));
      for (const u of st.units) {
        this.units.set(u.uid, u);
        this.unitIndex.add(u.uid, u.doc, unitFeatures(u));
        for (const k of valueKeys(u)) {
          let set = this.byValue.get(k);
          if (!set) { set = new Set(); this.byValue.set(k, set); }
          set.add(u.uid);
        }
      }
      this.docIndex.add(this.docIds.get(id)!, id, docFeatures(analysis, st.units));
    }
    // Stories first: which documents may link at all.
    for (const id of this.dirty) {
      const st = this.docs.get(id)!;
      for (const other of st.story) { this.docs.get(other)?.story.delete(id); }
      st.story.clear();
      for (const hit of this.docIndex.queryMany([this.docIds.get(id)!], MIN_STORY, this.docs.keys(), MAX_STORY)[0]) {
        const other = this.docOfId.get(hit.id)!;
        st.story.add(other);
        this.docs.get(other)!.story.add(id);
      }
    }
    for (const id of this.dirty) {
      const st = this.docs.get(id)!;
      const results = this.unitIndex.queryMany(st.units.map((u) => u.uid), MIN_PAIR, st.story, MAX_CANDIDATES);
      for (const [i, u] of st.units.entries()) {
        const hits = results[i];
        const seen = new Set(hits.map((h) => h.id));
        let extra = 0;
        for (const k of valueKeys(u)) {
          for (const o of this.byValue.get(k) ?? []) {
            if (extra >= MAX_CANDIDATES) { break; }
            const v = this.units.get(o);
            if (!v || seen.has(o) || v.doc === u.doc || !st.story.has(v.doc)) { continue; }
            seen.add(o);
            extra++;
            hits.push({ id: o, score: this.unitIndex.similarity(u.uid, o) });
          }
        }
        for (const hit of hits) {
          const v = this.units.get(hit.id)!;
          this.linkUnits(u, v, round(hit.score));
        }
      }
    }
    this.dirty.clear();
  }

  private side(u: ClaimUnit, fact: Fact): FactSide {
    const st = this.docs.get(u.doc)!;
    return { fact, doc: u.doc, reported: st.reported, names: st.names };
  }

  /** Links the comparable facts of two sentences; two sentences without one link as the same
   *  statement when their wording is close enough. */
  private linkUnits(u: ClaimUnit, v: ClaimUnit, score: number): void {
    let linked = false;
    const copies = nearCopies(u, v);
    const nu = Math.min(u.facts.length, NODE_SPAN - 1);
    const nv = Math.min(v.facts.length, NODE_SPAN - 1);
    for (let i = 0; i < nu; i++) {
      for (let j = 0; j < nv; j++) {
        const rel = this.judge(u, u.facts[i], v, v.facts[j], copies);
        if (rel.type === 'none') { continue; }
        const type = linkType(rel);
        const a = u.uid * NODE_SPAN + i + 1;
        const b = v.uid * NODE_SPAN + j + 1;
        const prev = this.links.get(a)?.get(b);
        linked = true;
        if (prev && rank(prev.type) >= rank(type)) { continue; }
        this.linkMap(a).set(b, { type, score, rel });
        this.linkMap(b).set(a, { type, score });
      }
    }
    if (!linked && score >= 0.55 && sharedCount(u.predicate, v.predicate) >= 2 && !disagreeingValues(u, v)) {
      const a = u.uid * NODE_SPAN;
      const b = v.uid * NODE_SPAN;
      this.linkMap(a).set(b, { type: 'corroborates', score, rel: { type: 'same', basis: 'same statement' } });
      this.linkMap(b).set(a, { type: 'corroborates', score });
    }
  }

  private linkMap(nid: number): Map<number, Link> {
    let m = this.links.get(nid);
    if (!m) { m = new Map(); this.links.set(nid, m); }
    return m;
  }

  private node(nid: number): Node {
    const unit = this.units.get(Math.floor(nid / NODE_SPAN))!;
    const k = nid % NODE_SPAN;
    return { nid, unit, fact: k ? unit.facts[k - 1] : null };
  }

  /** Star grouping: the best-connected fact anchors a claim; its direct links are the evidence.
   *  A fact that is already evidence never becomes a claim pointing back. */
  private group(): Claim[] {
    const strength = (nid: number) => {
      let s = 0;
      for (const l of this.links.get(nid)?.values() ?? []) { s += l.type === 'related' ? 0.25 : 1; }
      return s;
    };
    const order = [...this.links.keys()]
      .filter((nid) => this.links.get(nid)!.size > 0)
      .map((nid) => ({ nid, s: strength(nid), n: this.node(nid) }))
      .sort((a, b) => b.s - a.s || nodeOrder(a.n, b.n));
    const member = new Set<number>();
    const anchors = new Set<number>();
    const claims: Claim[] = [];
    for (const { nid, n } of order) {
      if (member.has(nid)) { continue; }
      anchors.add(nid);
      const u = n.unit;
      const corroborating: Evidence[] = [];
      const conflicting: ConflictEvidence[] = [];
      const related: RelatedEvidence[] = [];
      const updates: UpdateEvidence[] = [];
      const variants: VariantEvidence[] = [];
      const supporters: ClaimUnit[] = [u];
      const values: ClaimFact['values'] = [];
      const addValue = (f: Fact | null, doc: string, sameAsAnchor: boolean) => {
        if (!f?.value) { return; }
        // one entry per value, however it is written ("14 people", "Fourteen people", "14 KILLED" are 14)
        const text = valueLabel(f);
        const hit = sameAsAnchor ? values[0] : values.find((x, i) => i > 0 && x.value === text);
        if (hit) { if (!hit.docs.includes(doc)) { hit.docs.push(doc); } } else { values.push({ value: text, docs: [doc] }); }
      };
      addValue(n.fact, u.doc, false);
      const bestPerDoc = new Set<string>();
      const neighbours = [...this.links.get(nid)!.entries()]
        .filter(([o]) => !anchors.has(o))
        .sort((a, b) => rank(b[1].type) - rank(a[1].type) || b[1].score - a[1].score || a[0] - b[0]);
      // A timeline reaches past the anchor's own links: what corroborates an update is an update too,
      // and the updates of the anchor's corroborators are the anchor's.
      const direct = new Set(neighbours.map(([o]) => o));
      for (const [o, link] of [...neighbours]) {
        if (link.type !== 'update' && link.type !== 'corroborates') { continue; }
        for (const [p, l2] of this.links.get(o) ?? []) {
          if (p === nid || direct.has(p) || anchors.has(p) || this.node(p).unit.doc === u.doc) { continue; }
          if (l2.type !== 'update' && !(link.type === 'update' && l2.type === 'corroborates')) { continue; }
          const m = this.node(p);
          if (!m.fact || !n.fact) { continue; }
          const rel = this.relation(n, m);
          if (rel.type !== 'update') { continue; }
          direct.add(p);
          neighbours.push([p, { type: 'update', score: Math.min(link.score, l2.score), rel }]);
        }
      }
      for (const [o, link] of neighbours) {
        const m = this.node(o);
        const v = m.unit;
        const key = `${v.doc}\u0000${link.type}`;
        if (bestPerDoc.has(key)) { continue; }
        bestPerDoc.add(key);
        member.add(o);
        // Judged in the anchor's direction so that the reason reads from the claim.
        const rel = (link.rel ??= this.relation(n, m));
        const focus = m.fact ? span(m.fact) : undefined;
        const ours = n.fact ? span(n.fact) : undefined;
        const base = { doc: v.doc, start: v.start, end: v.end, text: v.text, score: link.score, ...(focus ? { focus } : {}) };
        if (link.type === 'conflicts' && rel.type === 'conflict') {
          conflicting.push({ ...base, kind: rel.kind, reason: rel.reason, ours, theirs: focus, ...(rel.diff ? { diff: rel.diff } : {}) });
          addValue(m.fact, v.doc, false);
        } else if (link.type === 'corroborates') {
          corroborating.push(base);
          supporters.push(v);
          if (values.length) { addValue(m.fact, v.doc, true); }
        } else if (link.type === 'update' && rel.type === 'update') {
          updates.push({ ...base, value: m.fact?.value?.text ?? '', reported: this.docs.get(v.doc)?.reported ?? null, ours, theirs: focus });
        } else if (link.type === 'variant' && rel.type === 'variant') {
          variants.push({ ...base, reason: rel.reason, ...(rel.diff ? { diff: rel.diff } : {}), ours, theirs: focus });
          supporters.push(v);
        } else if (link.type === 'related' && rel.type === 'related') {
          related.push({ ...base, note: rel.note });
        }
      }
      if (!corroborating.length && !conflicting.length && !related.length && !updates.length && !variants.length) { continue; }
      const f = n.fact;
      claims.push({
        id: '',
        doc: u.doc,
        start: u.start,
        end: u.end,
        text: u.text,
        corroborating,
        conflicting,
        ...(related.length ? { related } : {}),
        ...(updates.length ? { updates } : {}),
        ...(variants.length ? { variants } : {}),
        ...(f ? {
          fact: { subject: factSubject(f), kind: f.kind, factId: f.id, measure: f.measure, predicate: f.predicate, holder: f.holder, values },
          focus: span(f),
        } : {}),
        sources: new Set(supporters.map((x) => x.doc)).size,
        independent: independentCount(supporters),
        entityKeys: u.entityKeys,
        figureKinds: [...new Set(u.facts.flatMap((x) => (x.figureKind ? [x.figureKind] : [])))],
      });
    }
    claims.sort((a, b) =>
      b.conflicting.length - a.conflicting.length ||
      (b.updates?.length ?? 0) - (a.updates?.length ?? 0) ||
      b.corroborating.length - a.corroborating.length ||
      (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || (a.focus?.start ?? 0) - (b.focus?.start ?? 0)));
    claims.forEach((c, i) => { c.id = `c${i + 1}`; });
    return claims;
  }

  private relation(a: Node, b: Node): FactRelation {
    if (!a.fact || !b.fact) { return { type: 'same', basis: 'same statement' }; }
    return this.judge(a.unit, a.fact, b.unit, b.fact, nearCopies(a.unit, b.unit));
  }

  /** The stance of two facts, read from the first. Two copies of one wire story never contradict each
   *  other (a changed value is a revision), and a value reported on another day is an update. */
  private judge(u: ClaimUnit, fu: Fact, v: ClaimUnit, fv: Fact, copies: boolean): FactRelation {
    const rel = compareFacts(this.side(u, fu), this.side(v, fv));
    if (rel.type !== 'conflict') { return rel; }
    if (copies) { return { type: 'update', reason: `${rel.reason.split(':')[0]}: the same wire copy, revised` }; }
    if (rel.kind === 'figure' && differentDays(this.docs.get(u.doc)!.reported, this.docs.get(v.doc)!.reported)) {
      return { type: 'update', reason: rel.reason.replace(/, different value$/, ', reported on different days') };
    }
    return rel;
  }
}

function linkType(rel: FactRelation): LinkType {
  switch (rel.type) {
    case 'same': return 'corroborates';
    case 'conflict': return 'conflicts';
    case 'update': return 'update';
    case 'variant': return 'variant';
    default: return 'related';
  }
}

function rank(t: LinkType): number {
  return t === 'conflicts' ? 5 : t === 'corroborates' ? 4 : t === 'update' ? 3 : t === 'variant' ? 2 : 1;
}

/** How many of the passages' documents are independent: near-verbatim copies count once. */
function independentCount(units: ClaimUnit[]): number {
  const byDoc = new Map<string, ClaimUnit>();
  for (const u of units) { if (!byDoc.has(u.doc)) { byDoc.set(u.doc, u); } }
  const list = [...byDoc.values()];
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (nearCopies(list[i], list[j])) { parent[find(i)] = find(j); }
    }
  }
  return new Set(list.map((_, i) => find(i))).size;
}

function valueLabel(f: Fact): string {
  const v = f.value!;
  if (f.kind === 'date' || !Number.isFinite(v.lo) || !Number.isFinite(v.hi)) { return v.text; }
  const mid = (v.lo + v.hi) / 2;
  const n = Number.isInteger(mid) ? mid.toLocaleString('en-US') : String(Math.round(mid * 100) / 100);
  const unit = v.unit ? (v.unit === '%' ? '%' : ` ${v.unit}`) : '';
  // exact values by their number; approximations and bounds as written ("roughly 25%", "more than 1,000")
  return v.lo === v.hi ? `${n}${unit}` : v.text;
}

function span(f: Fact): Span {
  return { start: f.start, end: f.end };
}

function nodeOrder(a: Node, b: Node): number {
  return a.unit.doc < b.unit.doc ? -1 : a.unit.doc > b.unit.doc ? 1 : a.unit.start - b.unit.start || a.nid - b.nid;
}

/** Two sentences with figures of one kind and unit whose values differ do not say the same thing,
 *  however alike their words ("14 people died" / "16 people died"). */
function disagreeingValues(u: ClaimUnit, v: ClaimUnit): boolean {
  for (const x of u.facts) {
    if (!x.value || x.kind === 'quote') { continue; }
    for (const y of v.facts) {
      if (!y.value || y.figureKind !== x.figureKind || (y.value.unit ?? '') !== (x.value.unit ?? '')) { continue; }
      if (!(x.value.lo <= y.value.hi && y.value.lo <= x.value.hi)) { return true; }
    }
  }
  return false;
}

function sharedCount(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) { if (b.includes(x)) { n++; } }
  return n;
}

function unitFeatures(u: ClaimUnit): string[] {
  const f: string[] = [];
  for (const s of u.stems) { f.push('w:' + s); }
  for (const k of u.entityKeys) { f.push('e:' + k); }
  for (const x of u.facts) {
    if (x.kind === 'quote') { if (x.speakerKey) { f.push('s:' + x.speakerKey); } continue; }
    if (x.predicate) { f.push(`p:${x.predicate}|${x.measure ?? ''}`); }
    f.push(`k:${x.figureKind}${x.value?.unit ? ':' + x.value.unit : ''}`);
    if ((x.figureKind === 'year' || x.figureKind === 'count') && x.value) { f.push(`v:${x.figureKind}:${x.value.text}`); }
  }
  return [...new Set(f)];
}

/** Exact-figure keys of a unit: counts, amounts, percentages and measures large enough to be specific. */
function valueKeys(u: ClaimUnit): string[] {
  const keys: string[] = [];
  for (const x of u.facts) {
    if (x.kind !== 'figure' || x.role !== 'measurement' || !x.value || !Number.isFinite(x.value.lo) || !Number.isFinite(x.value.hi)) { continue; }
    const mid = (x.value.lo + x.value.hi) / 2;
    if (x.figureKind === 'count' && mid < 10) { continue; }
    keys.push(`${x.figureKind}|${x.value.unit ?? ''}|${x.measure ?? ''}|${mid}`);
  }
  return keys;
}

function unitWeight(feature: string): number {
  switch (feature[0]) {
    case 'e': return 1.3;
    case 's': return 1.5;
    case 'p': return 1.5;
    case 'k': return 0.6;
    case 'v': return 0.8;
    default: return 1;
  }
}

function docFeatures(a: DocumentAnalysis, units: ClaimUnit[]): string[] {
  const f = new Set<string>();
  for (const e of a.entities) { f.add('e:' + e.key); }
  for (const u of units) { for (const s of u.stems) { f.add('w:' + s); } }
  return [...f];
}

function docWeight(feature: string): number {
  return feature[0] === 'e' ? 2 : 1;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
