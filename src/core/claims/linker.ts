// Cross-document claim linking: claim units per document, candidate retrieval over an inverted
// index (FeatureIndex), pair stance (stance.ts), and grouping of linked passages into claims with
// their evidence. Incremental: set()/delete() mark one document dirty; claims() re-links only the
// dirty documents' units and regroups. Written by hand: no library aligns claims across sources.
import type { Claim, ConflictEvidence, DocumentAnalysis, Evidence, RelatedEvidence } from '../model';
import { FeatureIndex } from './featureIndex';
import { compareUnits, type Relation, type StanceContext } from './stance';
import { buildUnits, type ClaimUnit } from './units';

interface Link {
  type: 'corroborates' | 'conflicts' | 'related';
  score: number;
  /** The stance read from this side (reason, ours/theirs); computed once, on first use. */
  rel?: Relation;
}

interface DocState {
  analysis: DocumentAnalysis;
  text: string;
  units: ClaimUnit[];
  names: Set<string>;
  /** Documents judged to cover the same story. */
  story: Set<string>;
}

/** Minimum cosine similarity between two sentences for their stance to be judged. */
const MIN_PAIR = 0.18;
/** Minimum cosine similarity between two documents to count as the same story. */
const MIN_STORY = 0.12;
/** At most this many same-story documents per document, and candidate passages per sentence:
 *  bounds the work per document, so linking grows linearly with the corpus. */
const MAX_STORY = 400;
const MAX_CANDIDATES = 20;

export class ClaimLinker {
  private readonly docs = new Map<string, DocState>();
  private readonly units = new Map<number, ClaimUnit>();
  private readonly unitIndex = new FeatureIndex(unitWeight);
  private readonly docIndex = new FeatureIndex(docWeight);
  private readonly docIds = new Map<string, number>();
  private readonly docOfId = new Map<number, string>();
  private readonly links = new Map<number, Map<number, Link>>();
  /** Units by exact figure ("count|people|239"): the same number about the same thing is strong
   *  evidence of the same claim even when the sentences around it share few words. */
  private readonly byValue = new Map<string, Set<number>>();
  private readonly dirty = new Set<string>();
  private cache: Claim[] | null = null;
  private nextDocId = 1;

  private readonly ctx: StanceContext = {
    docNames: (doc) => this.docs.get(doc)?.names ?? new Set(),
  };

  /** `resolve` maps a raw analysis to corpus-wide entity keys; it is applied when the document is
   *  (re)linked, so a batch of documents is resolved against the whole batch. */
  constructor(private readonly resolve: (a: DocumentAnalysis) => DocumentAnalysis = (a) => a) {}

  set(analysis: DocumentAnalysis, text: string): void {
    this.delete(analysis.id);
    this.docs.set(analysis.id, { analysis, text, units: [], names: new Set(), story: new Set() });
    const did = this.nextDocId++;
    this.docIds.set(analysis.id, did);
    this.docOfId.set(did, analysis.id);
    this.dirty.add(analysis.id);
    this.cache = null;
  }

  delete(id: string): void {
    const st = this.docs.get(id);
    if (!st) { return; }
    for (const u of st.units) {
      this.unitIndex.remove(u.uid);
      this.units.delete(u.uid);
      for (const k of valueKeys(u)) {
        const set = this.byValue.get(k);
        set?.delete(u.uid);
        if (set && !set.size) { this.byValue.delete(k); }
      }
      const mine = this.links.get(u.uid);
      if (mine) { for (const other of mine.keys()) { this.links.get(other)?.delete(u.uid); } }
      this.links.delete(u.uid);
    }
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

  private relinkDirty(): void {
    if (!this.dirty.size) { return; }
    for (const id of this.dirty) {
      const st = this.docs.get(id)!;
      const analysis = this.resolve(st.analysis);
      st.units = buildUnits(analysis, st.text);
      st.names = new Set(analysis.entities.map((e) => e.key));
      for (const u of st.units) {
        for (const f of u.figures) { for (const n of f.names) { st.names.add(n); } }
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
      for (const u of st.units) {
        const mine = this.links.get(u.uid);
        if (mine) { for (const o of mine.keys()) { this.links.get(o)?.delete(u.uid); } }
        this.links.delete(u.uid);
      }
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
            hits.push({ id: o, score: this.unitIndex.similarity(u.uid, o), byValue: true });
          }
        }
        for (const hit of hits) {
          const v = this.units.get(hit.id)!;
          const rel = compareUnits(u, v, hit.score, this.ctx);
          if (rel.type === 'none') { continue; }
          // A shared number alone only links when the figures themselves agree or disagree.
          if (hit.byValue && rel.type === 'corroborates' && rel.basis === 'same statement') { continue; }
          const score = round(hit.score);
          this.linkMap(u.uid).set(v.uid, { type: rel.type, score, rel });
          this.linkMap(v.uid).set(u.uid, { type: rel.type, score });
        }
      }
    }
    this.dirty.clear();
  }

  private linkMap(uid: number): Map<number, Link> {
    let m = this.links.get(uid);
    if (!m) { m = new Map(); this.links.set(uid, m); }
    return m;
  }

  /** Star grouping: the best-connected passage anchors a claim; its direct links are the evidence.
   *  A passage that is already evidence never becomes a claim pointing back. */
  private group(): Claim[] {
    const strength = (uid: number) => {
      let s = 0;
      for (const l of this.links.get(uid)?.values() ?? []) { s += l.type === 'related' ? 0.25 : 1; }
      return s;
    };
    const order = [...this.links.keys()]
      .filter((uid) => this.links.get(uid)!.size > 0)
      .map((uid) => ({ uid, s: strength(uid), u: this.units.get(uid)! }))
      .sort((a, b) => b.s - a.s || docOrder(a.u, b.u));
    const member = new Set<number>();
    const anchors = new Set<number>();
    const claims: Claim[] = [];
    for (const { uid, u } of order) {
      if (member.has(uid)) { continue; }
      anchors.add(uid);
      const corroborating: Evidence[] = [];
      const conflicting: ConflictEvidence[] = [];
      const related: RelatedEvidence[] = [];
      const bestPerDoc = new Map<string, number>();
      const neighbours = [...this.links.get(uid)!.entries()]
        .filter(([o]) => !anchors.has(o))
        .sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
      for (const [o, link] of neighbours) {
        const v = this.units.get(o)!;
        const key = `${v.doc}\u0000${link.type}`;
        if (bestPerDoc.has(key)) { continue; }
        bestPerDoc.set(key, o);
        member.add(o);
        // Judged in the anchor's direction so that "ours/theirs" and the reason read from the claim.
        const rel: Relation = (link.rel ??= compareUnits(u, v, link.score, this.ctx));
        const base = { doc: v.doc, start: v.start, end: v.end, text: v.text, score: link.score };
        if (rel.type === 'conflicts') {
          for (const c of [rel, ...(rel.more ?? [])]) {
            conflicting.push({ ...base, kind: c.kind, reason: c.reason, ours: c.ours, theirs: c.theirs, diff: c.diff });
          }
        } else if (rel.type === 'corroborates') {
          corroborating.push(base);
        } else if (rel.type === 'related') {
          related.push({ ...base, note: rel.note });
        }
      }
      if (!corroborating.length && !conflicting.length && !related.length) { continue; }
      claims.push({
        id: '',
        doc: u.doc,
        start: u.start,
        end: u.end,
        text: u.text,
        corroborating,
        conflicting,
        ...(related.length ? { related } : {}),
        entityKeys: u.entityKeys,
        figureKinds: [...new Set(u.figures.map((f) => f.figure.kind))],
      });
    }
    claims.sort((a, b) =>
      b.conflicting.length - a.conflicting.length ||
      b.corroborating.length - a.corroborating.length ||
      (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
    claims.forEach((c, i) => { c.id = `c${i + 1}`; });
    return claims;
  }
}

function docOrder(a: ClaimUnit, b: ClaimUnit): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start;
}

function unitFeatures(u: ClaimUnit): string[] {
  const f: string[] = [];
  for (const s of u.stems) { f.push('w:' + s); }
  for (const k of u.entityKeys) { f.push('e:' + k); }
  for (const q of u.quotes) { if (q.speakerKey) { f.push('s:' + q.speakerKey); } }
  for (const x of u.figures) {
    const fig = x.figure;
    f.push(`k:${fig.kind}${fig.unit ? ':' + fig.unit : ''}`);
    if (fig.kind === 'year' || fig.kind === 'count') { f.push(`v:${fig.kind}:${fig.value}`); }
  }
  return [...new Set(f)];
}

/** Exact-figure keys of a unit: counts, amounts, percentages and measures large enough to be specific. */
function valueKeys(u: ClaimUnit): string[] {
  const keys: string[] = [];
  for (const f of u.figures) {
    const x = f.figure;
    if (x.value === null || f.periodOnly || x.kind === 'year' || x.kind === 'date' || x.kind === 'ordinal') { continue; }
    if (x.kind === 'count' && x.value < 10) { continue; }
    keys.push(`${x.kind}|${x.unit ?? ''}|${x.value}`);
  }
  return keys;
}

function unitWeight(feature: string): number {
  switch (feature[0]) {
    case 'e': return 1.3;
    case 's': return 1.5;
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
