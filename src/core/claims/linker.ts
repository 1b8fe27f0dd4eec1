// Cross-document claim linking: claim units per document, candidate retrieval over an inverted
// index (FeatureIndex), stance between the facts of two passages (facts/compare.ts), and grouping of
// linked facts into claims with their evidence. Incremental: set()/delete() mark one document dirty;
// claims() re-links only the dirty documents' units and regroups. Written by hand: no library aligns
// facts across sources.
import type {
  Claim, ClaimFact, ConflictEvidence, DocumentAnalysis, Evidence, Fact, RelatedEvidence, Span, UpdateEvidence, VariantEvidence,
} from '../model';
import { anchoredAlike, compareFacts, dayOf, edgeOf, factSubject, farApart, isRunning, namedHolder, namedPlace, sameNameShorter, sameNameSpelledOtherwise, twoPlaces, type FactRelation, type FactSide } from '../facts/compare';
import { GAP } from '../facts/quoteWords';
import { differentDays } from '../facts/reported';
import { EPISODIC_CLASSES, TALLY_CLASSES, TALLY_MEASURES } from '../lang/en/facts';
import { isDemonym } from '../extract/entities/lexicon';
import { leadingQualifier } from '../extract/figures/qualifiers';
import { inBaseUnit } from '../extract/figures/units';
import { FeatureIndex } from './featureIndex';
import { isStopword } from './lexicon';
import { louvain, type WeightedEdge } from './stories';
import { identifierTerms } from './terms';
import { buildUnits, nearCopies, sharedSorted, type ClaimUnit } from './units';

type LinkType = 'corroborates' | 'conflicts' | 'related' | 'update' | 'variant';

interface Link {
  type: LinkType;
  score: number;
  /** The stance read from this side (reason); computed once, on first use. */
  rel?: FactRelation;
  /** Made by the second retrieval pass (documents the story split joined): never counted to join stories. */
  late?: boolean;
}

interface DocState {
  analysis: DocumentAnalysis;
  text: string;
  units: ClaimUnit[];
  names: Set<string>;
  reported: string | null;
  /** Documents close enough that their passages are compared (the same story, and near). */
  story: Set<string>;
  /** Edges of the story graph: this document's nearest documents, and those it is nearest to. */
  edges: Map<string, number>;
  /** The coined identifiers its headline names ("MH370", "S5"): what the corpus's stories are about. */
  titleTerms: string[];
  /** Every identifier and label its sentences name (the unit terms before the headlines' are taken out). */
  namedTerms: Set<string>;
}

/** The documents of one story, in document order; ids are "s1", "s2", ... largest story first. */
export interface StoryGroup {
  id: string;
  documents: string[];
}

/** A node of the link graph: one fact of a unit, or the unit's sentence as a whole (k = 0), which
 *  links only as "the same statement" when no fact of the two sentences is comparable. */
/** The claims of one fact cluster (`pair`) or of one fact with only related passages, as last grouped. */
interface ClusterEntry { nodes: number[]; pair: boolean; claims: Claim[] }

/** The units of one document under one retrieval key, and where that run stands in the key's order. */
interface KeyDocPosting { seq: number; uids: number[] }

/** Documents a retrieval key may find candidates in: a test, a size and (built on demand) the list. */
interface DocScope { size: number; has(doc: string): boolean; docs(): Iterable<string> }

interface Node {
  nid: number;
  unit: ClaimUnit;
  fact: Fact | null;
}

/** Minimum cosine similarity between two sentences for their stance to be judged. */
const MIN_PAIR = 0.18;
/** Minimum cosine similarity between two documents to count as the same story. */
const MIN_STORY = 0.12;
/** Story graph: each document's STORY_K nearest documents at a cosine of STORY_EDGE or more. */
const STORY_EDGE = 0.06;
/** A document with no neighbour that close keeps its nearest one down to this cosine; in a folder of
 *  STORY_NEAREST_FOLDER documents or more, down to STORY_NEAREST_LARGE only: there word weights tell a shared
 *  story from chance (an NBA draft piece sharing a cosine of 0.035 with a profile of the first lady), where in a
 *  few reports every shared word is common to half of them and weighs little. */
const STORY_NEAREST = 0.03;
const STORY_NEAREST_LARGE = 0.05;
const STORY_NEAREST_FOLDER = 20;
const STORY_K = 10;
/** At most this many same-story documents per document, and candidate passages per sentence:
 *  bounds the work per document, so linking grows linearly with the corpus. */
const MAX_STORY = 400;
const MAX_CANDIDATES = 20;
/** Node ids: unit uid * NODE_SPAN + k: k = 0 the sentence, then its facts, then its coined terms (termNode);
 *  a unit has at most NODE_SPAN - 1 facts and terms linked. */
const NODE_SPAN = 64;
/** Cached fact comparisons kept before the cache starts again (about 100 bytes each). */
const MAX_COMPARE_CACHE = 1_000_000;

export class ClaimLinker {
  private readonly docs = new Map<string, DocState>();
  private readonly units = new Map<number, ClaimUnit>();
  private readonly unitIndex = new FeatureIndex(unitWeight);
  private readonly docIndex = new FeatureIndex(docWeight);
  private readonly docIds = new Map<string, number>();
  private readonly docOfId = new Map<number, string>();
  private readonly links = new Map<number, Map<number, Link>>();
  /** Judged links (not related, not of the second pass) between two documents, by their ids joined
   *  with U+0000: what storyMap() counts, kept up to date as links change. */
  private readonly judgedPairs = new Map<string, number>();
  /** Units by exact figure ("count|person|239"): the same number about the same thing is strong
   *  evidence of the same fact even when the sentences around it share few words. */
  private readonly byValue = new Map<string, Map<string, KeyDocPosting>>();
  /** Order of the (key, document) postings of byValue: a key's units in the order they were added. */
  private keySeq = 0;
  private readonly dirty = new Set<string>();
  /** The facts each document gives as old values ("upgraded from 8.9"), for the documents that give any. */
  private readonly oldFacts = new Map<string, Fact[]>();
  /** compareFacts results: node id -> node id -> relation (see compared). */
  private readonly compareCache = new Map<number, Map<number, FactRelation>>();
  private compareSize = 0;
  private readonly copyCache = new Map<number | string, boolean>();
  /** Nodes whose links changed since the last grouping, and the claims of the clusters that did not
   *  change (an edit regroups only the clusters it touched). */
  private readonly touched = new Set<number>();
  private readonly clusters = new Set<ClusterEntry>();
  private readonly clusterOfNode = new Map<number, ClusterEntry>();
  private storySignature = '';
  /** Whether two nodes' documents are in one story; set by group() for the pass it runs. */
  private sameStory: (a: number, b: number) => boolean = () => true;
  private cache: Claim[] | null = null;
  private storyCache: { groups: StoryGroup[]; of: Map<string, string> } | null = null;
  private nextDocId = 1;
  /** Document pairs the second retrieval pass has linked (each pair under both ids). */
  private readonly lateDone = new Map<string, Set<string>>();
  /** The stories (their documents, joined) the last second pass saw. */
  private lateGroups = new Set<string>();
  private commCache: { ids: string[]; index: Map<string, number>; comm: number[] } | null = null;
  /** How many documents' headlines name each coined identifier (countTitleTerms). */
  private readonly titleTermCount = new Map<string, number>();

  /** `resolve` maps a raw analysis to corpus-wide entity keys; it is applied when the document is
   *  (re)linked, so a batch of documents is resolved against the whole batch. */
  constructor(private readonly resolve: (a: DocumentAnalysis) => DocumentAnalysis = (a) => a) {}

  set(analysis: DocumentAnalysis, text: string): void {
    this.delete(analysis.id);
    const titleTerms = analysis.titleSpan ? [...new Set(identifierTerms(text.slice(analysis.titleSpan.start, analysis.titleSpan.end), true))] : [];
    this.docs.set(analysis.id, { analysis, text, units: [], names: new Set(), reported: analysis.reported ?? null, story: new Set(), edges: new Map(), titleTerms, namedTerms: new Set() });
    this.countTitleTerms(titleTerms, 1);
    const did = this.nextDocId++;
    this.docIds.set(analysis.id, did);
    this.docOfId.set(did, analysis.id);
    this.dirty.add(analysis.id);
    const olds = (analysis.facts ?? []).filter((f) => f.role === 'old');
    if (olds.length) { this.oldFacts.set(analysis.id, olds); }
    this.cache = null;
    this.storyCache = null;
    this.commCache = null;
  }

  delete(id: string): void {
    const st = this.docs.get(id);
    if (!st) { return; }
    this.forgetLate(id);
    this.countTitleTerms(st.titleTerms, -1, id);
    for (const u of st.units) { this.dropUnit(u); }
    for (const other of st.story) { this.docs.get(other)?.story.delete(id); }
    for (const other of st.edges.keys()) { this.docs.get(other)?.edges.delete(id); }
    const did = this.docIds.get(id)!;
    this.docIndex.remove(did);
    this.docIds.delete(id);
    this.docOfId.delete(did);
    this.docs.delete(id);
    this.oldFacts.delete(id);
    this.dirty.delete(id);
    this.cache = null;
    this.storyCache = null;
    this.commCache = null;
  }

  /** Counts the headlines naming each identifier. An identifier that comes to be, or ceases to be, what a
   *  headline of the corpus is about changes the units of every document whose sentences name it: those are
   *  built again (all but `except`, being deleted). */
  private countTitleTerms(terms: readonly string[], delta: 1 | -1, except?: string): void {
    for (const t of terms) {
      const n = (this.titleTermCount.get(t) ?? 0) + delta;
      if (n > 0) { this.titleTermCount.set(t, n); } else { this.titleTermCount.delete(t); }
      if ((delta === 1 && n === 1) || (delta === -1 && n === 0)) {
        for (const [d, st] of this.docs) { if (d !== except && st.namedTerms.has(t)) { this.dirty.add(d); } }
      }
    }
  }

  claims(): Claim[] {
    if (this.cache) { return this.cache; }
    this.relinkDirty();
    this.cache = this.group();
    return this.cache;
  }

  /** The stories: communities of the story graph. Facts are linked only inside one story. */
  stories(): StoryGroup[] {
    return this.storyMap().groups;
  }

  /** Communities of the story graph (documents' nearest neighbours), before the fact links join any. */
  private communities(): { ids: string[]; index: Map<string, number>; comm: number[] } {
    if (this.commCache) { return { ...this.commCache, comm: [...this.commCache.comm] }; }
    const ids = [...this.docs.keys()].sort();
    const index = new Map(ids.map((id, i) => [id, i]));
    const edges: WeightedEdge[] = [];
    for (const [i, id] of ids.entries()) {
      for (const [other, weight] of this.docs.get(id)!.edges) {
        const j = index.get(other);
        if (j !== undefined && i < j) { edges.push({ a: i, b: j, weight }); }
      }
    }
    this.commCache = { ids, index, comm: louvain(ids.length, edges) };
    return { ...this.commCache, comm: [...this.commCache.comm] };
  }

  private storyMap(): { groups: StoryGroup[]; of: Map<string, string> } {
    this.relinkDirty();
    if (this.storyCache) { return this.storyCache; }
    const { ids, index, comm } = this.communities();
    // Communities the engine judged facts across (agreement, contradiction, update, variant: two or more
    // such links) are one story: a folder about one event is never cut in two by its word statistics,
    // and a single stray link does not join two stories.
    const across = new Map<string, number>();
    const commOfDoc = (d: string) => comm[index.get(d)!];
    for (const [pair, count] of this.judgedPairs) {
      const cut = pair.indexOf('\u0000');
      const ca = commOfDoc(pair.slice(0, cut));
      const cb = commOfDoc(pair.slice(cut + 1));
      if (ca === cb) { continue; }
      const k = ca < cb ? `${ca}|${cb}` : `${cb}|${ca}`;
      across.set(k, (across.get(k) ?? 0) + count);
    }
    const joined = new UnionFind();
    for (const [k, n] of across) { if (n >= 2) { const [x, y] = k.split('|').map(Number); joined.union(x, y); } }
    for (let i = 0; i < comm.length; i++) { comm[i] = joined.find(comm[i]); }
    const byComm = new Map<number, string[]>();
    ids.forEach((id, i) => {
      let list = byComm.get(comm[i]);
      if (!list) { list = []; byComm.set(comm[i], list); }
      list.push(id);
    });
    const lists = [...byComm.values()].sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1));
    const groups = lists.map((documents, i) => ({ id: `s${i + 1}`, documents }));
    const of = new Map<string, string>();
    for (const g of groups) { for (const d of g.documents) { of.set(d, g.id); } }
    this.storyCache = { groups, of };
    return this.storyCache;
  }

  private dropUnit(u: ClaimUnit): void {
    this.unitIndex.remove(u.uid);
    this.units.delete(u.uid);
    for (const k of valueKeys(u)) {
      const byDoc = this.byValue.get(k);
      const e = byDoc?.get(u.doc);
      if (!byDoc || !e) { continue; }
      const at = e.uids.indexOf(u.uid);
      if (at >= 0) { e.uids.splice(at, 1); }
      if (!e.uids.length) { byDoc.delete(u.doc); }
      if (!byDoc.size) { this.byValue.delete(k); }
    }
    this.unlinkUnit(u);
  }

  private unlinkUnit(u: ClaimUnit): void {
    for (let k = 0; k <= Math.min(u.facts.length + u.terms.length, NODE_SPAN - 1); k++) {
      const nid = u.uid * NODE_SPAN + k;
      const mine = this.links.get(nid);
      if (mine) {
        for (const [other, l] of mine) {
          this.links.get(other)?.delete(nid);
          this.touched.add(other);
          const od = this.units.get(Math.floor(other / NODE_SPAN))?.doc;
          if (od !== undefined && judged(l)) { this.countAcross(u.doc, od, -1); }
        }
      }
      this.links.delete(nid);
      this.touched.add(nid);
    }
  }

  private relinkDirty(): void {
    if (!this.dirty.size) { return; }
    // (in document order, not arrival order: the units' ids and each key's postings follow it, and the
    // candidates a capped key yields with them, so a folder gives one result however its files came in)
    const dirty = [...this.dirty].sort();
    for (const id of dirty) {
      this.forgetLate(id);
      const st = this.docs.get(id)!;
      for (const u of st.units) { this.dropUnit(u); }
      const analysis = this.resolve(st.analysis);
      st.namedTerms = new Set();
      st.units = buildUnits(analysis, st.text, (t) => this.titleTermCount.has(t), st.namedTerms);
      st.names = new Set(analysis.entities.map((e) => e.key));
      for (const u of st.units) {
        this.units.set(u.uid, u);
        this.unitIndex.add(u.uid, u.doc, unitFeatures(u));
        for (const k of valueKeys(u)) {
          let byDoc = this.byValue.get(k);
          if (!byDoc) { byDoc = new Map(); this.byValue.set(k, byDoc); }
          // (a document's units are added together, after its old ones are dropped: its posting is one
          // run of the key's order, numbered when it starts)
          let e = byDoc.get(u.doc);
          if (!e) { e = { seq: this.keySeq++, uids: [] }; byDoc.set(u.doc, e); }
          if (e.uids[e.uids.length - 1] !== u.uid) { e.uids.push(u.uid); }
        }
      }
      this.docIndex.add(this.docIds.get(id)!, id, docFeatures(analysis, st.units));
    }
    // Stories first: which documents may link at all, and the story graph.
    // (the old neighbours of every changed document are let go before any is found again: a document found
    // again later in the loop would otherwise drop the neighbours the ones before it just chose, and the
    // story graph would depend on the order the documents came in)
    for (const id of dirty) {
      const st = this.docs.get(id)!;
      for (const other of st.story) { this.docs.get(other)?.story.delete(id); }
      for (const other of st.edges.keys()) { this.docs.get(other)?.edges.delete(id); }
      st.story.clear();
      st.edges.clear();
    }
    const nearest = this.docs.size >= STORY_NEAREST_FOLDER ? STORY_NEAREST_LARGE : STORY_NEAREST;
    for (const id of dirty) {
      const st = this.docs.get(id)!;
      const hits = this.docIndex.queryMany([this.docIds.get(id)!], nearest, this.docs.keys(), MAX_STORY)[0];
      for (const [i, hit] of hits.entries()) {
        const other = this.docOfId.get(hit.id)!;
        if (i < STORY_K && (hit.score >= STORY_EDGE || i === 0)) {
          st.edges.set(other, hit.score);
          this.docs.get(other)!.edges.set(id, hit.score);
        }
        if (hit.score < MIN_STORY) { continue; }
        st.story.add(other);
        this.docs.get(other)!.story.add(id);
      }
    }
    this.storyCache = null;
    this.commCache = null;
    // A document far from most of its story in words (a short report, another angle) is still of the
    // story its neighbours put it in: the same value there ("239 people aboard") is a candidate too.
    const { ids: commIds, index: commIndex, comm } = this.communities();
    const sameCommunity = (a: string, b: string) => comm[commIndex.get(a)!] === comm[commIndex.get(b)!];
    const members = new Map<number, string[]>();
    commIds.forEach((d, i) => { let m = members.get(comm[i]); if (!m) { m = []; members.set(comm[i], m); } m.push(d); });
    for (const id of dirty) {
      const st = this.docs.get(id)!;
      const results = this.unitIndex.queryMany(st.units.map((u) => u.uid), MIN_PAIR, st.story, MAX_CANDIDATES);
      // the documents a key may find here, unless it crosses the story gate: the story's and the community's
      const mates = members.get(comm[commIndex.get(id)!]) ?? [];
      let near: Set<string> | null = null;
      const nearScope: DocScope = {
        size: st.story.size + mates.length,
        has: (d) => st.story.has(d) || sameCommunity(id, d),
        docs: () => (near ??= new Set([...st.story, ...mates])),
      };
      for (const [i, u] of st.units.entries()) {
        const hits = results[i];
        const outside = new Set<number>();
        // the same value of the same named holder ("Malia, 10") is found in any document, even one
        // whose words the story gate misses; from outside the story it may only agree
        const extra = this.keyCandidates(u, new Set(hits.map((h) => h.id)), 3 * MAX_CANDIDATES, (k) => (crossesStoryGate(k) ? null : nearScope),
          (v, k) => v.doc !== u.doc && (crossesStoryGate(k) || st.story.has(v.doc) || sameCommunity(u.doc, v.doc)));
        for (const v of extra) {
          if (!st.story.has(v.doc)) { outside.add(v.uid); }
          hits.push({ id: v.uid, score: this.unitIndex.similarity(u.uid, v.uid) });
        }
        for (const hit of hits) {
          const v = this.units.get(hit.id)!;
          this.linkUnits(u, v, round(hit.score), outside.has(hit.id));
        }
      }
    }
    const relinked = new Set(dirty);
    this.dirty.clear();
    this.secondPass(relinked);
  }

  /** The units sharing a retrieval key with `u` that `accept` takes, most specific keys first, none
   *  already in `seen` (which they join): at most MAX_CANDIDATES per key (a common key never crowds out
   *  a specific one) and `total` in all.
   *  `scope` names, per key, the documents `accept` may take any unit of (null: any document): a key
   *  posted in many documents is read only in those, in the key's order, so a common key costs what the
   *  story holds of it rather than what the corpus does. */
  private keyCandidates(u: ClaimUnit, seen: Set<number>, total: number, scope: (key: string) => DocScope | null,
    accept: (v: ClaimUnit, key: string) => boolean): ClaimUnit[] {
    const out: ClaimUnit[] = [];
    for (const k of valueKeys(u)) {
      const byDoc = this.byValue.get(k);
      if (!byDoc) { continue; }
      const within = scope(k);
      let fromKey = 0;
      /** Takes what `accept` takes of one document's run; false once this key is done. */
      const take = (e: KeyDocPosting): boolean => {
        for (const o of e.uids) {
          if (out.length >= total || fromKey >= MAX_CANDIDATES) { return false; }
          const v = this.units.get(o);
          if (!v || seen.has(o) || !accept(v, k)) { continue; }
          seen.add(o);
          fromKey++;
          out.push(v);
        }
        return true;
      };
      if (!within || byDoc.size <= within.size) {
        for (const [d, e] of byDoc) { if ((!within || within.has(d)) && !take(e)) { break; } }
      } else {
        const picked: KeyDocPosting[] = [];
        for (const d of within.docs()) { const e = byDoc.get(d); if (e) { picked.push(e); } }
        picked.sort((x, y) => x.seq - y.seq);
        for (const e of picked) { if (!take(e)) { break; } }
      }
    }
    return out;
  }

  /** The story split (from the first pass's links) can join documents the candidate gate kept apart:
   *  two reports of one attack whose word statistics put them in two communities that the facts then
   *  joined. Their sentences are compared now, for agreement only; these links never join stories
   *  themselves (storyMap skips them, so the story cache stays valid), and the split is the same
   *  however the documents arrived. A story seen at the last pass has had its pairs compared already:
   *  only those of the documents relinked since are. */
  private secondPass(relinked: ReadonlySet<string>): void {
    const { index, comm } = this.communities();
    const { groups } = this.storyMap();
    const seenGroups = new Set<string>();
    for (const g of groups) {
      if (g.documents.length < 2) { continue; }
      const key = g.documents.join('\u0000');
      seenGroups.add(key);
      const known = this.lateGroups.has(key);
      const edited = known ? g.documents.filter((d) => relinked.has(d)) : g.documents;
      if (!edited.length) { continue; }
      for (const d1 of g.documents) {
        const st = this.docs.get(d1)!;
        const done = this.lateDone.get(d1);
        const pool = known && !relinked.has(d1) ? edited : g.documents;
        const others = new Set(pool.filter((d2) => d2 > d1 && !st.story.has(d2) && comm[index.get(d1)!] !== comm[index.get(d2)!] && !done?.has(d2)));
        if (!others.size) { continue; }
        const results = this.unitIndex.queryMany(st.units.map((u) => u.uid), MIN_PAIR, others, MAX_CANDIDATES);
        const othersScope: DocScope = { size: others.size, has: (d) => others.has(d), docs: () => others };
        for (const [i, u] of st.units.entries()) {
          const hits = results[i];
          // (sentences of documents that share few words: the same value alone is too little)
          const scores = new Map<number, number>();
          const extra = this.keyCandidates(u, new Set(hits.map((h) => h.id)), Infinity, () => othersScope, (v) => {
            if (!others.has(v.doc)) { return false; }
            const score = this.unitIndex.similarity(u.uid, v.uid);
            scores.set(v.uid, score);
            return score >= MIN_PAIR;
          });
          for (const v of extra) { hits.push({ id: v.uid, score: scores.get(v.uid)! }); }
          for (const hit of hits) { this.linkUnits(u, this.units.get(hit.id)!, round(hit.score), true, true); }
        }
        for (const d2 of others) {
          if (!this.lateDone.has(d1)) { this.lateDone.set(d1, new Set()); }
          if (!this.lateDone.has(d2)) { this.lateDone.set(d2, new Set()); }
          this.lateDone.get(d1)!.add(d2);
          this.lateDone.get(d2)!.add(d1);
        }
      }
    }
    this.lateGroups = seenGroups;
  }

  private forgetLate(id: string): void {
    for (const other of this.lateDone.get(id) ?? []) { this.lateDone.get(other)?.delete(id); }
    this.lateDone.delete(id);
  }

  private side(u: ClaimUnit, fact: Fact): FactSide {
    const st = this.docs.get(u.doc)!;
    return { fact, doc: u.doc, reported: st.reported, names: st.names };
  }

  /** Links the comparable facts of two sentences; two sentences without one link as the same
   *  statement when their wording is close enough. */
  private linkUnits(u: ClaimUnit, v: ClaimUnit, score: number, agreeOnly = false, late = false): void {
    const mark = late ? { late } : {};
    let linked = false;
    let copies: boolean | undefined;
    const areCopies = () => (copies ??= this.copies(u, v));
    const nu = Math.min(u.facts.length, NODE_SPAN - 1);
    const nv = Math.min(v.facts.length, NODE_SPAN - 1);
    for (let i = 0; i < nu; i++) {
      for (let j = 0; j < nv; j++) {
        const rel = this.judge(u, i, v, j, areCopies);
        // (the second pass also takes a value at another stage: "About 40 ships ... are searching" on day
        // four, "more than 50 ships ... are now involved in the search" on day eight; an update says no one is wrong)
        if (rel.type === 'none' || (agreeOnly && rel.type !== 'same' && !(late && rel.type === 'update'))) { continue; }
        // (documents the word statistics kept apart need more than a day both name: a timeline report
        // names one day beside several events, "24 March: Chinese plane spots objects")
        // (unless both give the day to one named holder: "passed through Leros on Oct. 3")
        if (late && rel.type === 'same' && rel.basis.endsWith(': same day') && !sameNamedHolder(u.facts[i], v.facts[j])) { continue; }
        // (a minute of a story's timeline often dates two of its events, "at 9:40 p.m." a bomb and a car
        // at the theatre: two sentences giving one time agree only where they share two other words)
        if (rel.type === 'same' && u.facts[i].figureKind === 'time' && sharedCount(u.stems, v.stems) < 2) { continue; }
        const type = linkType(rel);
        const a = u.uid * NODE_SPAN + i + 1;
        const b = v.uid * NODE_SPAN + j + 1;
        const prev = this.links.get(a)?.get(b);
        linked = true;
        if (prev && rank(prev.type) >= rank(type)) { continue; }
        this.setLink(u, a, v, b, { type, score, rel, ...mark }, prev);
      }
    }
    // the same statement: close wording, or a shorter overlap that shares two phrases of its own
    // ("pump operator ... water department") besides three content words
    const same = score >= 0.45 ? sharedCount(u.predicate, v.predicate) >= 2
      : score >= 0.24 && sharedCount(u.predicate, v.predicate) >= 3 && sharedPhrases(u, v) >= 2;
    // (or one coined identifier both name: "IP67-rated" / "rated IP 67"; the numbers inside identifiers
    // are read as figures too, "USB 3.0" beside "IP 67", so their values tell nothing apart)
    // (each identifier is a node of its own: a sentence naming two, "Android 4.4 on a 1080p screen", does
    // not join the sentences that name one to those that name the other)
    let term = false;
    if (!linked) {
      for (const t of u.terms) {
        const a = termNode(u, t);
        const b = v.terms.includes(t) ? termNode(v, t) : null;
        if (a === null || b === null) { continue; }
        term = true;
        this.setLink(u, a, v, b, { type: 'corroborates', score, rel: { type: 'same', basis: 'same statement' }, ...mark }, this.links.get(a)?.get(b));
      }
    }
    if (!linked && !term && !agreeOnly && same && !disagreeingValues(u, v) && !otherNationalities(u, v)) {
      const a = u.uid * NODE_SPAN;
      const b = v.uid * NODE_SPAN;
      this.setLink(u, a, v, b, { type: 'corroborates', score, rel: { type: 'same', basis: 'same statement' }, ...mark }, this.links.get(a)?.get(b));
    }
  }

  /** Sets the link of node a (of unit u) to node b (of unit v) and its reverse (the same link without
   *  its relation), replacing `prev`, and keeps the count of judged links between the two documents. */
  private setLink(u: ClaimUnit, a: number, v: ClaimUnit, b: number, link: Link, prev: Link | undefined): void {
    const { rel: _rel, ...back } = link;
    this.linkMap(a).set(b, link);
    this.linkMap(b).set(a, back);
    const delta = (judged(link) ? 1 : 0) - (prev && judged(prev) ? 1 : 0);
    if (delta) { this.countAcross(u.doc, v.doc, delta); }
  }

  private countAcross(d1: string, d2: string, delta: number): void {
    if (d1 === d2) { return; }
    const k = d1 < d2 ? d1 + '\u0000' + d2 : d2 + '\u0000' + d1;
    const n = (this.judgedPairs.get(k) ?? 0) + delta;
    if (n > 0) { this.judgedPairs.set(k, n); } else { this.judgedPairs.delete(k); }
  }

  private linkMap(nid: number): Map<number, Link> {
    this.touched.add(nid);
    let m = this.links.get(nid);
    if (!m) { m = new Map(); this.links.set(nid, m); }
    return m;
  }

  private node(nid: number): Node {
    const unit = this.units.get(Math.floor(nid / NODE_SPAN))!;
    const k = nid % NODE_SPAN;
    return { nid, unit, fact: k && k <= unit.facts.length ? unit.facts[k - 1] : null };
  }

  /** Two stories of one folder may state one value of one named holder alike ("Malia, 10" in a profile
   *  and in a fashion piece): that agreement joins their facts, though nothing else of the two stories
   *  does. Only an agreement link, only the same named holder, measure and exact value. */
  private namedValueAcross(a: number, b: number): boolean {
    if (this.links.get(a)?.get(b)?.type !== 'corroborates') { return false; }
    const f = this.node(a).fact;
    const g = this.node(b).fact;
    if (!f || !g || f.kind !== g.kind || (f.kind !== 'figure' && f.kind !== 'date') || f.role !== 'measurement' || g.role !== 'measurement') { return false; }
    if (!f.holder || f.holder.startsWith('np:') || f.holder !== g.holder || !f.measure || f.measure !== g.measure) { return false; }
    return !!f.value && !!g.value && Number.isFinite(f.value.lo) && f.value.lo === g.value.lo && f.value.hi === g.value.hi;
  }

  /** Fact clusters: the facts joined by agreement, contradiction, update or variant links are one
   *  fact as the sources state it; inside a cluster, facts joined by agreement form value groups
   *  ("14" in three sources, "16" in one). One claim per cluster, anchored on the best-connected fact of
   *  its largest value group; the other groups are its conflicts, updates or variants.
   *  Incremental: clusters share no links, so only the clusters of nodes whose links changed since the
   *  last grouping are found again (a walk from those nodes); the others keep their claims. A changed
   *  story split changes which links count, and regroups everything. */
  private group(): Claim[] {
    const storyOf = this.storyMap().of;
    const story = (nid: number) => storyOf.get(this.node(nid).unit.doc);
    this.sameStory = (a, b) => story(a) === story(b) || this.namedValueAcross(a, b);
    const signature = [...storyOf].map(([d, st]) => d + '\u0000' + st).join('\u0001');
    let seeds: Iterable<number>;
    if (signature !== this.storySignature) {
      this.clusters.clear();
      this.clusterOfNode.clear();
      this.storySignature = signature;
      seeds = this.links.keys();
    } else {
      const again = new Set<number>();
      for (const nid of this.touched) {
        again.add(nid);
        const old = this.clusterOfNode.get(nid);
        if (old) { for (const n of old.nodes) { again.add(n); } this.dropCluster(old); }
      }
      seeds = again;
    }
    for (const seed of seeds) {
      if (this.clusterOfNode.has(seed) || !this.links.has(seed)) { continue; }
      let anyLink = false;
      let joined = false;
      for (const [o, l] of this.links.get(seed)!) {
        if (!this.sameStory(seed, o)) { continue; }
        anyLink = true;
        if (l.type !== 'related') { joined = true; break; }
      }
      // (a node none of whose links stays inside its story is not shown)
      if (!anyLink) { continue; }
      if (!joined) {
        // facts with only related passages (another window, another event): shown, never counted
        this.addCluster([seed], false, this.clusterClaims([seed], new UnionFind()));
        continue;
      }
      const nodes = [seed];
      const inside = new Set(nodes);
      for (let i = 0; i < nodes.length; i++) {
        for (const [o, l] of this.links.get(nodes[i])!) {
          if (inside.has(o) || l.type === 'related' || !this.sameStory(nodes[i], o)) { continue; }
          // (a kept cluster reached from a changed node is found again with it)
          const kept = this.clusterOfNode.get(o);
          if (kept) { this.dropCluster(kept); }
          inside.add(o);
          nodes.push(o);
        }
      }
      nodes.sort((x, y) => x - y);
      this.addCluster(nodes, true, this.clusterClaims(nodes, this.valueGroups(nodes)));
    }
    this.touched.clear();
    // clusters in the order of their first node, then the related-only facts: the order the stable sort
    // below starts from, so that equal claims always come out in one order
    const entries = [...this.clusters].sort((x, y) => (x.pair === y.pair ? x.nodes[0] - y.nodes[0] : x.pair ? -1 : 1));
    const claims: Claim[] = [];
    for (const e of entries) { for (const claim of e.claims) { claims.push({ ...claim }); } }
    claims.sort((a, b) =>
      b.conflicting.length - a.conflicting.length ||
      (b.updates?.length ?? 0) - (a.updates?.length ?? 0) ||
      b.corroborating.length - a.corroborating.length ||
      (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || (a.focus?.start ?? 0) - (b.focus?.start ?? 0)));
    claims.forEach((c, i) => { c.id = `c${i + 1}`; c.story = storyOf.get(c.doc); });
    return claims;
  }

  private addCluster(nodes: number[], pair: boolean, claims: Claim[]): void {
    const entry = { nodes, pair, claims };
    this.clusters.add(entry);
    for (const n of nodes) { this.clusterOfNode.set(n, entry); }
  }

  private dropCluster(entry: ClusterEntry): void {
    this.clusters.delete(entry);
    for (const n of entry.nodes) { if (this.clusterOfNode.get(n) === entry) { this.clusterOfNode.delete(n); } }
  }

  /** The value groups of one cluster (its nodes sorted). A value group is one value: agreement chains
   *  only while some value agrees with every member ("at least 89" agrees with 130 and with 89, yet 89
   *  and 130 are two figures). Intervals on a line that meet pairwise share a point, so the group keeps
   *  the intersection of its members' intervals and a link that would empty it joins nothing (the two
   *  stay two values of one cluster). */
  private valueGroups(nodes: readonly number[]): UnionFind {
    const value = new UnionFind();
    const within = new Map<number, Interval | null>();
    const intervalOf = (root: number): Interval | null => {
      if (!within.has(root)) { within.set(root, factInterval(this.node(root).fact)); }
      return within.get(root)!;
    };
    const agreeing: Array<[number, number, number]> = [];
    for (const nid of nodes) {
      for (const [o, l] of this.links.get(nid)!) {
        if (l.type === 'corroborates' && nid < o && this.sameStory(nid, o)) { agreeing.push([nid, o, l.score]); }
      }
    }
    // agreements of two bounded values first ("89" and "89 people"), then through an open bound ("at
    // least 80"), strongest first within each: a bound then joins the group it fits best
    // ("at least 129" joins the 129s before the 130s: the nearer its finite end, the sooner)
    const open = (nid: number) => { const iv = factInterval(this.node(nid).fact); return iv && !(Number.isFinite(iv.lo) && Number.isFinite(iv.hi)) ? 1 : 0; };
    const fit = (a: number, b: number) => {
      const x = factInterval(this.node(a).fact), y = factInterval(this.node(b).fact);
      if (!x || !y) { return 0; }
      const end = (iv: Interval) => (Number.isFinite(iv.lo) ? iv.lo : iv.hi);
      const ex = end(x), ey = end(y);
      return Number.isFinite(ex) && Number.isFinite(ey) ? Math.abs(ex - ey) / Math.max(1, Math.abs(ex), Math.abs(ey)) : 0;
    };
    const order = agreeing.map((l) => ({ l, open: open(l[0]) + open(l[1]), fit: fit(l[0], l[1]) }));
    order.sort((x, y) => x.open - y.open || (x.open ? x.fit - y.fit : 0) || y.l[2] - x.l[2] || x.l[0] - y.l[0] || x.l[1] - y.l[1]);
    // an age is always someone's: "Abrini, 30" and "a 30-year-old patient" may each agree with "the
    // 30-year-old", but a group never holds the ages of two named people
    const whose = new Map<number, string | null>();
    const ageHolder = (root: number): string | null => {
      if (!whose.has(root)) { const f = this.node(root).fact; whose.set(root, f?.measure === 'age' && f.holder && !f.holder.startsWith('np:') ? f.holder : null); }
      return whose.get(root)!;
    };
    // (nor the values of two named places: "three suicide bombers" at the stadium and "three assailants" at the hall
    // may each agree with "three attackers", never with each other)
    const where = new Map<number, string | null>();
    const placeOf = (root: number): string | null => {
      if (!where.has(root)) { where.set(root, namedPlace(this.node(root).fact)); }
      return where.get(root)!;
    };
    // sentences linked as one statement (no fact of theirs: close wording) join a group only when most of its
    // members read alike with them: "A second team of three attacked the Stade de France" is close to "the
    // first of three to blow himself up at Stade de France", which is close to a sentence naming him, but the
    // first says nothing of his name (wording is no value, so nothing else stops the chain)
    const members = new Map<number, number[]>();
    const membersOf = (root: number) => members.get(root) ?? [root];
    // (a pair of groups found apart is not counted again until one of them grows: many links between two
    // large groups would otherwise recount them once per link)
    const apart = new Set<string>();
    const mostlyLinked = (ra: number, rb: number) => {
      const xs = membersOf(ra), ys = membersOf(rb);
      if (xs.length === 1 && ys.length === 1) { return true; }
      const key = ra < rb ? `${ra}|${rb}|${xs.length}|${ys.length}` : `${rb}|${ra}|${ys.length}|${xs.length}`;
      if (apart.has(key)) { return false; }
      // (of the pairs that could link: two sentences of one document never do)
      let n = 0;
      let pairs = 0;
      for (const p of xs) {
        const lp = this.links.get(p);
        const dp = this.node(p).unit.doc;
        for (const q of ys) {
          if (this.node(q).unit.doc === dp) { continue; }
          pairs++;
          if (lp?.get(q)?.type === 'corroborates') { n++; }
        }
      }
      if (2 * n >= pairs) { return true; }
      apart.add(key);
      return false;
    };
    for (const { l: [a, b] } of order) {
      const ra = value.find(a), rb = value.find(b);
      if (ra === rb) { continue; }
      const meet = intersect(intervalOf(ra), intervalOf(rb));
      if (meet === undefined) { continue; }
      const ha = ageHolder(ra), hb = ageHolder(rb);
      if (twoNames(ha, hb)) { continue; }
      const pa = placeOf(ra), pb = placeOf(rb);
      if (twoPlaces(pa, pb)) { continue; }
      // (a coined term's nodes are one term named alike, not wording: they chain as they are)
      const wording = (n: number) => n % NODE_SPAN === 0;
      const sentences = wording(a) && wording(b);
      if (sentences && !mostlyLinked(ra, rb)) { continue; }
      value.union(ra, rb);
      const root = value.find(ra);
      within.set(root, meet);
      whose.set(root, ha ?? hb);
      where.set(root, pa ?? pb);
      if (sentences) { members.set(root, [...membersOf(ra), ...membersOf(rb)]); }
    }
    // one value stated alike in two reports that retrieval never paired ("The ship, built in 1998" / "the 1998-built
    // Aldermoor", both contradicting "built in 2001") is one value group of the cluster's fact: the same exact
    // value of a fact, of the same holder where it is an age, and of no two named holders
    const sameValue = new Map<string, number>();
    for (const nid of nodes) {
      const f = this.node(nid).fact;
      const iv = factInterval(f);
      if (!f || !iv || !Number.isFinite(iv.lo) || !Number.isFinite(iv.hi) || f.role !== 'measurement') { continue; }
      const root = value.find(nid);
      const k = `${f.kind}|${iv.dim}|${iv.lo}|${iv.hi}|${ageHolder(root) ?? ''}`;
      const other = sameValue.get(k);
      if (other === undefined) { sameValue.set(k, nid); continue; }
      if (twoNames(namedHolder(f), namedHolder(this.node(other).fact!))) { continue; }
      const ro = value.find(other);
      if (ro === root) { continue; }
      const meet = intersect(intervalOf(ro), intervalOf(root));
      if (meet === undefined) { continue; }
      const po = placeOf(ro), pr = placeOf(root);
      if (twoPlaces(po, pr)) { continue; }
      value.union(ro, root);
      within.set(value.find(ro), meet);
      where.set(value.find(ro), po ?? pr);
    }
    return value;
  }

  /** The claims of one cluster: the claim of its best-supported value group with what that group's
   *  anchor reads as dissent or update, then, from the value groups left over (another part, place or
   *  window of the same cluster: "89 at the hall" beside "130 in all"), claims of their own. */
  private clusterClaims(list: number[], value: UnionFind): Claim[] {
    const out: Claim[] = [];
    let rest = list;
    while (rest.length) {
      const { claim, rest: next } = this.clusterClaim(rest, value);
      if (claim) { out.push(claim); }
      if (next.length >= rest.length) { break; }
      rest = next;
    }
    return out;
  }

  private clusterClaim(list: number[], value: UnionFind): { claim: Claim | null; rest: number[] } {
    const inside = new Set(list);
    const groups = new Map<number, number[]>();
    for (const nid of list) {
      const root = value.find(nid);
      let g = groups.get(root);
      if (!g) { g = []; groups.set(root, g); }
      g.push(nid);
    }
    const docsOf = (g: number[]) => new Set(g.map((n) => this.node(n).unit.doc)).size;
    const degree = (nid: number) => {
      let d = 0;
      for (const [o, l] of this.links.get(nid) ?? []) { if (inside.has(o)) { d += l.type === 'corroborates' ? 1 : 0.5; } }
      return d;
    };
    const ordered = [...groups.values()].sort((x, y) => docsOf(y) - docsOf(x) || y.length - x.length || Math.min(...x) - Math.min(...y));
    const anchorGroup = ordered[0];
    // the anchor: best connected, body text before headlines, then document order
    // (and from a document that gives no other value of the fact, so every dissent is shown beside it)
    const otherDocs = new Set(ordered.slice(1).flat().map((x) => this.node(x).unit.doc));
    const torn = (x: number) => Number(otherDocs.has(this.node(x).unit.doc));
    // (nor a loose value that agrees with a value of another group too: "2-megapixel" beside "2.0MP" and "2.1")
    const inGroup = new Set(anchorGroup);
    const loose = (x: number) => {
      for (const [o, l] of this.links.get(x) ?? []) {
        if (l.type !== 'corroborates' || !inside.has(o) || inGroup.has(o)) { continue; }
        for (const [p, k] of this.links.get(o) ?? []) { if (k.type === 'conflicts' && p !== x && inGroup.has(p)) { return 1; } }
      }
      return 0;
    };
    // (each read once per node, not once per comparison of the sort: a toll's group holds dozens)
    const looseOf = new Map(anchorGroup.map((x) => [x, loose(x)]));
    const degreeOf = new Map(anchorGroup.map((x) => [x, degree(x)]));
    const anchorId = [...anchorGroup].sort((x, y) => torn(x) - torn(y) || looseOf.get(x)! - looseOf.get(y)! || degreeOf.get(y)! - degreeOf.get(x)! ||
      Number(this.node(x).unit.title) - Number(this.node(y).unit.title) || nodeOrder(this.node(x), this.node(y)))[0];
    const n = this.node(anchorId);
    const u = n.unit;
    const f = n.fact;
    const ours = f ? span(f) : undefined;
    const seen = new Set<string>([`${u.doc}\u0000${u.start}`]);
    const fresh = (m: Node) => {
      const k = `${m.unit.doc}\u0000${m.unit.start}`;
      if (seen.has(k)) { return false; }
      seen.add(k);
      return true;
    };
    const base = (m: Node, score: number) => ({
      doc: m.unit.doc, start: m.unit.start, end: m.unit.end, text: m.unit.text, score, ...(m.fact ? { focus: span(m.fact) } : {}),
    });
    const scoreWith = (m: number) => {
      let best = 0;
      for (const g of anchorGroup) { const l = this.links.get(g)?.get(m); if (l && l.score > best) { best = l.score; } }
      return best;
    };
    const corroborating: Evidence[] = [];
    const corroboratingNodes: number[] = [];
    const conflicting: ConflictEvidence[] = [];
    const dissentNodes: number[] = [];
    const related: RelatedEvidence[] = [];
    const updates: UpdateEvidence[] = [];
    const variants: VariantEvidence[] = [];
    const supporters: ClaimUnit[] = [u];
    const values: ClaimFact['values'] = [];
    const addValue = (group: number[]) => {
      const docs: string[] = [];
      let label = '';
      for (const nid of group) {
        const m = this.node(nid);
        if (!m.fact?.value) { continue; }
        label ||= valueLabel(m.fact);
        if (!docs.includes(m.unit.doc)) { docs.push(m.unit.doc); }
      }
      if (!label) { return; }
      const same = values.find((v) => v.value === label);
      if (same) { for (const d of docs) { if (!same.docs.includes(d)) { same.docs.push(d); } } } else { values.push({ value: label, docs }); }
    };
    const byOrder = (g: number[]) => [...g].sort((x, y) => nodeOrder(this.node(x), this.node(y)));
    addValue([anchorId, ...byOrder(anchorGroup).filter((x) => x !== anchorId)]);
    for (const nid of byOrder(anchorGroup)) {
      if (nid === anchorId) { continue; }
      const m = this.node(nid);
      if (m.unit.doc === u.doc && !m.fact) { continue; }
      if (!fresh(m)) { continue; }
      corroborating.push(base(m, scoreWith(nid)));
      corroboratingNodes.push(nid);
      supporters.push(m.unit);
    }
    // The other value groups beside the anchor: a fact linked to the anchor's group (clusters chain), or
    // an update of a value already on the anchor's timeline (a toll of 5, then 300, then 350).
    const timeline = new Set<number>(anchorGroup);
    let pending = ordered.slice(1);
    for (let pass = 0; pending.length && pass < ordered.length; pass++) {
      const left: number[][] = [];
      for (const g of pending) {
        let counted = false;
        let onTimeline = false;
        // every update of one value group carries the group's value, so the timeline reads "29 — 2 sources"
        const first = byOrder(g).map((x) => this.node(x).fact).find((x) => x?.value);
        const groupValue = first ? valueLabel(first) : '';
        for (const nid of byOrder(g)) {
          const m = this.node(nid);
          if (!f || !m.fact) { continue; }
          // judged from the anchor, so reasons read from the claim, else from the pair that linked it
          let via = anchorGroup.find((a) => { const l = this.links.get(a)?.get(nid); return l && l.type !== 'corroborates' && l.type !== 'related'; });
          via ??= [...timeline].find((a) => this.links.get(a)?.get(nid)?.type === 'update');
          if (via === undefined) { continue; }
          let rel = this.relation(n, m);
          // reached along the timeline, yet stating the anchor's own value: it agrees with the claim
          if (rel.type === 'same' && !anchorGroup.includes(via) && m.unit.doc !== u.doc) {
            if (fresh(m)) { corroborating.push(base(m, scoreWith(nid))); corroboratingNodes.push(nid); supporters.push(m.unit); addValue([nid]); }
            continue;
          }
          // the claim's own fact judged this passage another part, place or window: it is no dissent from
          // the claim, whatever another passage of its value group says of it
          const anchorSays: string = rel.type;
          if (rel.type === 'none' || rel.type === 'same' || rel.type === 'related' || (rel.type === 'conflict' && !anchorGroup.includes(via))) { rel = this.relation(this.node(via), m); }
          if (anchorSays === 'related' && rel.type === 'conflict') { continue; }
          // nor when another statement of the claim's value reads it so: the sources that state the value
          // with its place or window ("130 in all", "89 at the hall") tell a part from a dissent better
          // than the one the claim happens to show
          // (or as another holder's: "the French satellite's 122 objects" is not comparable with "the Thai
          // images' 300", whatever the claim's own sentence leaves unsaid)
          // (a statement of the passage's own document tells nothing: "Eight attackers are dead, and seven died"
          // gives the whole and a part of it)
          // (nor one that knows less of the fact than the passage: no event class of its own, "capped at 2MP")
          if (rel.type === 'conflict' && anchorGroup.some((a) => {
            const fa = this.node(a).fact;
            if (a === anchorId || !fa || this.node(a).unit.doc === m.unit.doc) { return false; }
            const t = this.relation(this.node(a), m).type;
            return t === 'related' || (t === 'none' && !(unclassed(fa) && !unclassed(m.fact!)));
          })) { continue; }
          if (rel.type === 'none' || rel.type === 'same' || rel.type === 'related') { continue; }
          // a value that only an update reaches is shown as an update or not at all
          if (rel.type === 'conflict' && !anchorGroup.includes(via)) { continue; }
          if (!fresh(m)) { continue; }
          const b = base(m, scoreWith(nid));
          if (rel.type === 'conflict') {
            dissentNodes.push(nid);
            conflicting.push({ ...b, kind: rel.kind, reason: rel.reason, ours, theirs: b.focus, ...(rel.diff ? { diff: rel.diff } : {}) });
          } else if (rel.type === 'update') {
            updates.push({ ...b, value: groupValue || (m.fact.value?.text ?? ''), reported: this.docs.get(m.unit.doc)?.reported ?? null, ours, theirs: b.focus });
            onTimeline = true;
          } else {
            variants.push({ ...b, reason: rel.reason, ...(rel.diff ? { diff: rel.diff } : {}), ours, theirs: b.focus });
            supporters.push(m.unit);
          }
          counted = rel.type === 'conflict' || rel.type === 'update' || counted;
        }
        if (counted) { addValue(byOrder(g)); }
        if (onTimeline) { for (const x of g) { timeline.add(x); } }
        if (!counted) { left.push(g); }
      }
      if (left.length === pending.length) { break; }
      pending = left;
    }
    // what the anchor's value relates to outside the cluster: another window, another event
    for (const nid of anchorGroup) {
      for (const [o, l] of this.links.get(nid) ?? []) {
        if (l.type !== 'related' || inside.has(o) || !this.sameStory(nid, o)) { continue; }
        const m = this.node(o);
        if (m.unit.doc === u.doc || !fresh(m)) { continue; }
        const rel = nid === anchorId ? (l.rel ??= this.relation(n, m)) : this.relation(this.node(nid), m);
        if (rel.type !== 'related') { continue; }
        related.push({ ...base(m, l.score), note: rel.note });
      }
    }
    // a loose value on the claim's side that allows a dissent too ("2-megapixel" beside "2.0MP", against
    // "2.1 megapixels") is no support against it: shown as related, and not counted for the claim's value
    for (let k = corroborating.length - 1; k >= 0 && dissentNodes.length; k--) {
      const c = this.node(corroboratingNodes[k]);
      if (!c.fact) { continue; }
      const allowed = dissentNodes.find((d) => this.node(d).unit.doc !== c.unit.doc && this.relation(c, this.node(d)).type === 'same');
      if (allowed === undefined) { continue; }
      const [moved] = corroborating.splice(k, 1);
      corroboratingNodes.splice(k, 1);
      const at = supporters.indexOf(c.unit);
      if (at >= 0) { supporters.splice(at, 1); }
      related.push({ ...moved, note: `allows both: ${c.fact.value?.text ?? ''} agrees with ${f?.value?.text ?? ''} and with ${this.node(allowed).fact?.value?.text ?? ''}` });
      if (!supporters.some((x) => x.doc === c.unit.doc)) { for (const v of values) { if (v.docs.length > 1) { v.docs = v.docs.filter((d) => d !== c.unit.doc); } } }
    }
    const rest = pending.flat().filter((x) => !timeline.has(x)).sort((x, y) => x - y);
    if (!corroborating.length && !conflicting.length && !related.length && !updates.length && !variants.length) { return { claim: null, rest }; }
    updates.sort((x, y) => (x.reported ?? '').localeCompare(y.reported ?? '') || (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
    return { rest, claim: {
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
      independent: independentCount(supporters, (a, b) => this.copies(a, b)),
      entityKeys: u.entityKeys,
      figureKinds: [...new Set(u.facts.flatMap((x) => (x.figureKind ? [x.figureKind] : [])))],
    } };
  }

  /** compareFacts of facts i of u and j of v, cached by their node ids: it reads only the two units
   *  (their facts, their documents' names and reporting dates, fixed for a unit's lifetime; a re-analysed
   *  document gets new units), and every regrouping asks again for the same pairs. */
  private compared(u: ClaimUnit, i: number, v: ClaimUnit, j: number): FactRelation {
    const a = u.uid * NODE_SPAN + i + 1;
    const b = v.uid * NODE_SPAN + j + 1;
    let row = this.compareCache.get(a);
    let rel = row?.get(b);
    if (!rel) {
      if (this.compareSize > MAX_COMPARE_CACHE) { this.compareCache.clear(); this.compareSize = 0; row = undefined; }
      rel = compareFacts(this.side(u, u.facts[i]), this.side(v, v.facts[j]));
      if (!row) { row = new Map(); this.compareCache.set(a, row); }
      row.set(b, rel);
      this.compareSize++;
    }
    return rel;
  }

  private relation(a: Node, b: Node): FactRelation {
    if (!a.fact || !b.fact) { return { type: 'same', basis: 'same statement' }; }
    return this.judge(a.unit, a.nid % NODE_SPAN - 1, b.unit, b.nid % NODE_SPAN - 1, () => this.copies(a.unit, b.unit));
  }

  /** nearCopies of two units, cached by their uids (fixed for a unit's lifetime). */
  private copies(u: ClaimUnit, v: ClaimUnit): boolean {
    // (uids below 2^26 make one exact number of the pair)
    const [lo, hi] = u.uid < v.uid ? [u.uid, v.uid] : [v.uid, u.uid];
    const key = hi < 2 ** 26 ? lo * 2 ** 26 + hi : `${lo}|${hi}`;
    let c = this.copyCache.get(key);
    if (c === undefined) {
      if (this.copyCache.size > 200_000) { this.copyCache.clear(); }
      c = nearCopies(u, v);
      this.copyCache.set(key, c);
    }
    return c;
  }

  /** Some document of the story (or either side) gives one of the two values as the old value of this
   *  fact's class and unit ("upgraded from 8.9"). */
  private revisedInStory(a: string, b: string, f: Fact, g: Fact): boolean {
    const isOne = (o: Fact) => !!o.value && [f, g].some((x) => !!x.value && o.value!.lo <= x.value.hi && x.value.lo <= o.value!.hi);
    const revises = (olds: readonly Fact[] | undefined) =>
      !!olds && olds.some((o) => o.predicate === f.predicate && o.figureKind === f.figureKind && (o.value?.unit ?? '') === (f.value?.unit ?? '') && isOne(o));
    const sa = this.docs.get(a)?.story;
    const sb = this.docs.get(b)?.story;
    // (only documents that give an old value can say so: those, or the story's, whichever are fewer)
    if (this.oldFacts.size <= (sa?.size ?? 0) + (sb?.size ?? 0) + 2) {
      for (const [d, olds] of this.oldFacts) {
        if ((d === a || d === b || sa?.has(d) || sb?.has(d)) && revises(olds)) { return true; }
      }
      return false;
    }
    if (revises(this.oldFacts.get(a)) || revises(this.oldFacts.get(b))) { return true; }
    for (const d of sa ?? []) { if (revises(this.oldFacts.get(d))) { return true; } }
    for (const d of sb ?? []) { if (revises(this.oldFacts.get(d))) { return true; } }
    return false;
  }

  /** Whether document `doc` states `big`'s fact (its predicate and measure) at a value near `big`'s own. */
  private statesNear(doc: string, small: Fact, big: Fact): boolean {
    const facts = this.docs.get(doc)?.analysis.facts ?? [];
    return facts.some((g) => g !== small && g.kind === 'figure' && g.role === 'measurement' && g.predicate === big.predicate &&
      g.measure === big.measure && !!g.value && !!big.value && !stagesApart(g.value, big.value));
  }

  /** The stance of two facts, read from the first. Two copies of one wire story never contradict each
   *  other (a changed value is a revision), and a value reported on another day is an update. */
  private judge(u: ClaimUnit, i: number, v: ClaimUnit, j: number, copies: () => boolean): FactRelation {
    const rel = this.compared(u, i, v, j);
    const fu = u.facts[i];
    const fv = v.facts[j];
    // a small count that agrees by what it counts alone ("two players", "three people"), or under two
    // different verbs ("two engineers inspected" / "two engineers joined"), agrees only where the
    // sentences share a phrase too: small numbers of one kind of thing recur all through a story (unless both
    // give it to one named holder: "Norland's two rescue packages" / "Norland signed the first of its two loan deals")
    // (both only where the verbs differ or are unknown, no named holder is shared, and no phrase)
    // (or where they count two nouns, "Three people died" / "one of three brothers believed involved in the attacks")
    const loose = () => (unclassed(fu) || unclassed(fv) || fu.predicate !== fv.predicate || fu.measure !== fv.measure) && !sameNamedHolder(fu, fv) && sharedPhrases(u, v) < 1;
    // (from five up, one specific counted thing, "six sites" / "six attack sites", is seldom two facts of a story)
    const fewOfOneThing = fu.measure === fv.measure && !!fu.measure && !GENERIC_MEASURES.has(fu.measure) && !!fu.value && fu.value.lo >= 5;
    // (nor does a small count of arrests or charges that shares no place, time, named holder or phrase: operations
    // come in numbers like "three arrests" in Belgium, in Toulouse and near Aachen)
    if (rel.type === 'same' && fu.figureKind === 'count' && fv.figureKind === 'count' && fu.value && fv.value && fu.predicate === fv.predicate &&
        !!fu.predicate && EPISODIC_CLASSES.has(fu.predicate) && Math.max(finiteTop(fu.value), finiteTop(fv.value)) < 10 && !anchoredAlike(fu, fv) && sharedPhrases(u, v) < 1) {
      return { type: 'related', note: `counts of what may be two operations: ${fu.value.text} / ${fv.value.text}` };
    }
    // (a bound is as small as its finite end: "at least two mangled bodies")
    if (rel.type === 'same' && fu.figureKind === 'count' && fv.figureKind === 'count' && fu.value && fv.value && Math.max(finiteTop(fu.value), finiteTop(fv.value)) < 10 && !fewOfOneThing && loose()) {
      return { type: 'related', note: `small counts of what may be two things: ${fu.value.text} / ${fv.value.text}` };
    }
    // a round amount ("£50m", "$2bn") recurs in a story for many things: under two verbs it is one amount only
    // where the sentences share a phrase too ("the €3m ferry safety fund" / "cut the ferry safety fund to €3m")
    // (so is an amount given roughly or bounded, "worth around £34m" / "a fee of about £35m", "in excess of £1.32bn" /
    // "paying £1.3bn", whatever the verbs, "cost" being a broad class; unless both state one number, or the
    // sentences share a phrase or a named holder)
    const rough = (x: NonNullable<Fact['value']>, y: NonNullable<Fact['value']>) => (givenRoughly(x) || givenRoughly(y)) && x.text.replace(/\D/g, '') !== y.text.replace(/\D/g, '');
    if (rel.type === 'same' && fu.figureKind === 'money' && fv.figureKind === 'money' && fu.value && fv.value &&
        ((roundAmount(fu.value) && roundAmount(fv.value) && loose()) || (rough(fu.value, fv.value) && !sameNamedHolder(fu, fv) && sharedPhrases(u, v) < 1))) {
      return { type: 'related', note: `round amounts of what may be two things: ${fu.value.text} / ${fv.value.text}` };
    }
    if (rel.type !== 'conflict') { return rel; }
    // small counts known only by what they count ("five planes spot objects", "four search aircraft are
    // over the area"): the same fact only where the sentences say the same thing of them ("passengers
    // who checked in for the flight"), sharing two phrases
    if (rel.kind === 'figure' && fu.figureKind === 'count' && fu.value && fv.value && Math.max(finiteTop(fu.value), finiteTop(fv.value)) <= 20 &&
        unclassed(fu) && unclassed(fv) && sharedPhrases(u, v) < 2) {
      return { type: 'related', note: `small counts of what may be two things: ${fu.value.text} vs ${fv.value.text}` };
    }
    if (copies()) { return { type: 'update', reason: `${rel.reason.split(':')[0]}: the same wire copy, revised` }; }
    // one report says the other's value was revised ("upgraded from 8.9"): a revision, not a contradiction
    if (rel.kind === 'figure' && (revisedFrom(this.oldFacts.get(u.doc), fu, fv) || revisedFrom(this.oldFacts.get(v.doc), fv, fu))) {
      return { type: 'update', reason: rel.reason.replace(/, different value$/, ', revised (a report gives the other value as the old one)') };
    }
    // another report of the story says this figure was revised ("upgraded from 8.9"): differing values of
    // it are estimates of different moments
    if (rel.kind === 'figure' && fu.predicate && !fu.predicate.startsWith('w:') && this.revisedInStory(u.doc, v.doc, fu, fv)) {
      return { type: 'update', reason: rel.reason.replace(/, different value$/, ', revised (the story reports a revision of it)') };
    }
    // a running count an order apart ("five confirmed deaths", "350 people are dead") is the count at
    // another stage of the story, not a disagreement about one moment
    // (not where the report of the smaller count gives the larger one too: "Three people died" in the raid of a
    // report that counts the 129 of the attacks is a part or another event, no earlier stage of the toll)
    if (rel.kind === 'figure' && isRunning(fu) && fu.value && fv.value && stagesApart(fu.value, fv.value)) {
      const [small, big, smallDoc] = edgeOf(fu.value) < edgeOf(fv.value) ? [fu, fv, u.doc] : [fv, fu, v.doc];
      if (this.statesNear(smallDoc, small, big)) {
        return { type: 'related', note: `another part or event: ${small.value!.text} in a report that also gives about ${big.value!.text}` };
      }
      return { type: 'update', reason: rel.reason.replace(/, different value$/, ', a running count at another stage') };
    }
    // the reports' dates, and the days of the story they say they are from ("for a third day")
    const datesDiffer = differentDays(this.docs.get(u.doc)!.reported, this.docs.get(v.doc)!.reported);
    const du = this.docs.get(u.doc)!.analysis.reportedDay ?? null;
    const dv = this.docs.get(v.doc)!.analysis.reportedDay ?? null;
    const storyDays = (du !== null || dv !== null) && (du ?? 1) !== (dv ?? 1);
    // a running count two or three times another, on no known day ("around 40 people were killed as customers
    // were singled out at venues", "at least 128 people were killed"): a part or another stage, no dissent
    if (rel.kind === 'figure' && isRunning(fu) && fu.value && fv.value && apartBy(fu.value, fv.value, 2) && !storyDays && !datesDiffer) {
      return { type: 'related', note: `${fu.value.text} vs ${fv.value.text}: a count twice another, a part or another stage` };
    }
    // a tally of an operation that goes on (house arrests, seizures, raids under a state of emergency): another
    // stage, unless both reports are known to be of one day
    const sameDay = !!this.docs.get(u.doc)!.reported && this.docs.get(u.doc)!.reported === this.docs.get(v.doc)!.reported && du === dv;
    if (rel.kind === 'figure' && isTally(fu) && isTally(fv) && !sameDay) {
      return { type: 'update', reason: rel.reason.replace(/, different value$/, ', a running tally at another stage') };
    }
    if (rel.kind === 'figure' && isRunning(fu) && datesDiffer) {
      return { type: 'update', reason: rel.reason.replace(/, different value$/, ', reported on different days') };
    }
    // a running count in a report that says it is from a later day of the story
    if (rel.kind === 'figure' && isRunning(fu) && storyDays) {
      return { type: 'update', reason: rel.reason.replace(/, different value$/, `, reported on different days of the story (day ${du ?? 1} vs day ${dv ?? 1})`) };
    }
    return rel;
  }
}

/** Two named holders that are not one name written two ways ("Abrini" / "Mohamed Abrini", "Mohammad" /
 *  "Mohamed Abrini" are one): two people or things. */
function twoNames(x: string | null, y: string | null): boolean {
  return !!x && !!y && x !== y && !sameNameShorter(x, y) && !sameNameSpelledOtherwise(x, y);
}

/** A count of an operation's running tally (lang TALLY_CLASSES, TALLY_MEASURES). */
function isTally(f: Fact): boolean {
  return f.figureKind === 'count' && ((!!f.predicate && TALLY_CLASSES.has(f.predicate)) || (!!f.measure && TALLY_MEASURES.has(f.measure)));
}

/** The largest value a value allows, or its finite end when it is open ("at least two" -> 2). */
function finiteTop(v: NonNullable<Fact['value']>): number {
  return Number.isFinite(v.hi) ? v.hi : v.lo;
}

/** A value given roughly or as a bound: its text opens on a qualifier of the figure reader's table other than
 *  "exactly" ("about £35m", "in excess of £1.32bn"). */
function givenRoughly(v: NonNullable<Fact['value']>): boolean {
  const q = leadingQualifier(v.text);
  return !!q && q !== 'exact';
}

/** An amount of one significant figure ("£50m", "$2bn", "€300,000"). */
function roundAmount(v: NonNullable<Fact['value']>): boolean {
  return v.text.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length <= 1;
}

/** A fact known by no event class: no predicate, or only its subject word ("w:police"). */
function unclassed(f: Fact): boolean {
  return !f.predicate || f.predicate.startsWith('w:');
}

/** Two running counts at least three times apart (and more than 5 apart): two stages of a story. */
function stagesApart(a: NonNullable<Fact['value']>, b: NonNullable<Fact['value']>): boolean {
  return farApart(a, b) && Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi) > 5;
}

/** The document of `f` (its old values: `olds`) names `other`'s value as an old value of the same kind
 *  ("upgraded from 8.9 to 9.0"). */
function revisedFrom(olds: readonly Fact[] | undefined, f: Fact, other: Fact): boolean {
  const v = other.value;
  if (!v || !olds) { return false; }
  return olds.some((o) => o.figureKind === f.figureKind && (o.value?.unit ?? '') === (v.unit ?? '') &&
    !!o.value && o.value.lo <= v.hi && v.lo <= o.value.hi && (!o.predicate || !f.predicate || o.predicate === f.predicate || o.predicate === 'rise' || o.predicate === 'fall'));
}

/** Disjoint sets over node ids (path halving), for the clusters of linked facts. */
/** A fact's value as an interval in a base unit ("6 miles" and "9.7km" on one line), for value groups. */
interface Interval { dim: string; lo: number; hi: number }

function factInterval(f: Fact | null): Interval | null {
  const v = f?.value;
  if (!f || !v || Number.isNaN(v.lo) || Number.isNaN(v.hi)) { return null; }
  const unit = v.unit ?? '';
  const lo = unit ? inBaseUnit(v.lo, unit) : null;
  const hi = unit ? inBaseUnit(v.hi, unit) : null;
  // in a base unit, the 3% a conversion may round by ("64km (40 miles)") as compareFacts allows
  return lo && hi ? { dim: lo[0], lo: lo[1] * 0.97, hi: hi[1] * 1.03 } : { dim: `${f.figureKind ?? f.kind}|${unit}`, lo: v.lo, hi: v.hi };
}

/** The common part of two intervals; null when either is unconstrained (or they measure different
 *  things, which the link already judged), undefined when they do not meet. */
function intersect(a: Interval | null, b: Interval | null): Interval | null | undefined {
  if (!a) { return b; }
  if (!b || a.dim !== b.dim) { return a; }
  const lo = Math.max(a.lo, b.lo), hi = Math.min(a.hi, b.hi);
  const finite = [a.lo, a.hi, b.lo, b.hi].filter(Number.isFinite).map(Math.abs);
  const eps = 1e-6 * Math.max(1, ...finite);
  if (lo > hi + eps) { return undefined; }
  return { dim: a.dim, lo: Math.min(lo, hi), hi: Math.max(lo, hi) };
}

/** A link the story split counts: a judgement (agreement, contradiction, update, variant) of the first pass. */
function judged(l: Link): boolean { return l.type !== 'related' && !l.late; }

class UnionFind {
  private readonly parent = new Map<number, number>();

  find(x: number): number {
    let p = this.parent.get(x) ?? x;
    while (p !== x) {
      const gp = this.parent.get(p) ?? p;
      this.parent.set(x, gp);
      x = p;
      p = gp;
    }
    return x;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) { this.parent.set(Math.max(ra, rb), Math.min(ra, rb)); }
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
function independentCount(units: ClaimUnit[], copies: (a: ClaimUnit, b: ClaimUnit) => boolean): number {
  const byDoc = new Map<string, ClaimUnit>();
  for (const u of units) { if (!byDoc.has(u.doc)) { byDoc.set(u.doc, u); } }
  const list = [...byDoc.values()];
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (copies(list[i], list[j])) { parent[find(i)] = find(j); }
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

/** Two facts of one named holder (an entity key, not a noun phrase). */
function sameNamedHolder(x: Fact, y: Fact): boolean {
  return !!namedHolder(x) && x.holder === y.holder;
}

/** The node of coined term `t` of unit `u` (after its facts), or null past the span a unit's nodes have. */
function termNode(u: ClaimUnit, t: string): number | null {
  const k = u.facts.length + 1 + u.terms.indexOf(t);
  return k < NODE_SPAN ? u.uid * NODE_SPAN + k : null;
}

/** Two sentences with figures of one kind and unit whose values differ do not say the same thing,
 *  however alike their words ("14 people died" / "16 people died"). */
function disagreeingValues(u: ClaimUnit, v: ClaimUnit): boolean {
  for (const x of u.facts) {
    if (!x.value || x.kind === 'quote') { continue; }
    for (const y of v.facts) {
      if (!y.value || y.figureKind !== x.figureKind || (y.value.unit ?? '') !== (x.value.unit ?? '')) { continue; }
      if (!(x.value.lo <= y.value.hi && y.value.lo <= x.value.hi)) { return true; }
      // (bounds of counts far apart disagree too: "at least 19 people died" / "at least 80 people died there")
      if (x.figureKind === 'count' && Math.max(edgeOf(x.value), edgeOf(y.value)) > 1.5 * Math.min(edgeOf(x.value), edgeOf(y.value))) { return true; }
    }
  }
  return false;
}

/** Whether one value is at least `k` times the other (finite ends; "at least 128" counts as 128). */
function apartBy(a: NonNullable<Fact['value']>, b: NonNullable<Fact['value']>, k: number): boolean {
  const lo = (v: NonNullable<Fact['value']>) => (Number.isFinite(v.lo) ? v.lo : v.hi);
  const hi = (v: NonNullable<Fact['value']>) => (Number.isFinite(v.hi) ? v.hi : v.lo);
  const [small, big] = hi(a) <= hi(b) ? [a, b] : [b, a];
  return hi(small) > 0 && lo(big) >= k * hi(small);
}

/** Sentences worded alike about things of two nationalities ("A Syrian passport was found near the body" / "An
 *  Egyptian passport was found at the scene"): each names one the other does not, so they are two statements. */
function otherNationalities(u: ClaimUnit, v: ClaimUnit): boolean {
  const of = (t: string) => new Set((t.match(CAPITALIZED) ?? []).filter(isDemonym));
  const a = of(u.text);
  const b = of(v.text);
  if (!a.size || !b.size) { return false; }
  for (const x of a) { if (b.has(x)) { return false; } }
  return true;
}
const CAPITALIZED = /\p{Lu}\p{Ll}+/gu;

/** Adjacent content-word pairs (in the order the sentence says them) that both units contain. */
function sharedPhrases(u: ClaimUnit, v: ClaimUnit): number {
  return sharedSorted(phrasesOf(u), phrasesOf(v));
}

/** Ids of content-word stems, so that a pair of them is one exact number (below 2^52). */
const stemIds = new Map<string, number>();
const STEM_ID_SPAN = 2 ** 26;

function stemId(s: string): number {
  let id = stemIds.get(s);
  // (a vocabulary of 2^26 distinct stems is far beyond any corpus: the pairs stay exact)
  if (id === undefined) { id = stemIds.size; stemIds.set(s, id); }
  return id;
}

/** A unit's adjacent content-word pairs (fixed for its lifetime: computed once), as sorted distinct numbers. */
function phrasesOf(x: ClaimUnit): Float64Array {
  if (x.phrases) { return x.phrases; }
  const out = new Set<number>();
  for (let i = 1; i < x.stems.length; i++) { out.add(stemId(x.stems[i - 1]) * STEM_ID_SPAN + stemId(x.stems[i])); }
  return (x.phrases = Float64Array.from(out).sort());
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

/** Keys specific enough to find the same fact outside the story gate (agreement only): a dated event or
 *  a value of a named holder ("d|person:x|1988", "h|person:x|age|10"), a large amount or count
 *  ("h|money|GBP||1700000000"), a named speaker's words ("h|q|person:x|proud"). */
function crossesStoryGate(k: string): boolean {
  return k.startsWith('d|') || k.startsWith('h|');
}

/** At most this many three-word keys of one quotation. */
const QUOTE_TRIGRAMS = 40;

/** Counted things too common to find the same fact by ("people", "years"). */
const GENERIC_MEASURES = new Set(['person', 'year', 'time', 'day', 'other', 'month', 'week', 'hour']);

/** Retrieval keys of a unit (computed once: a unit is fixed for its lifetime, and each retrieval pass
 *  and its removal ask again). */
function valueKeys(u: ClaimUnit): readonly string[] {
  return (u.valueKeys ??= computeValueKeys(u));
}

/** "person:michelle-obama" -> "person:michelle": the key of a person's first name alone. */
function shortPersonKey(holder: string): string | null {
  const m = /^person:([^-]+)-/.exec(holder);
  return m ? `person:${m[1]}` : null;
}

/** Exact values, the same fact with any value, the same counted thing. */
function computeValueKeys(u: ClaimUnit): string[] {
  // most specific first (the candidates of one unit are capped): the same value, then the same fact with
  // any value (the other reports of a toll: an update or a contradiction), then any value of the same
  // counted thing ("208 countries" / "202 countries"), whatever the verbs around it
  const exact: string[] = [];
  const fact: string[] = [];
  const counted: string[] = [];
  // a coined identifier ("IP67", "USB 3.0"): the other sentences of the story naming it
  for (const t of u.terms) { fact.push(`t|${t}`); }
  for (const x of u.facts) {
    // the words of a named speaker ("really proud" inside a paraphrase of the whole line)
    if (x.kind === 'quote' && x.speakerKey && x.words) {
      for (const w of new Set(x.words)) { if (w.length >= 4 && !isStopword(w)) { fact.push(`h|q|${x.speakerKey}|${w}`); } }
    }
    // three words in a row of a quotation, two of them content words ("love this country"): the same line quoted
    // where one report names no speaker, or another ("saying “That is why I love this country”")
    // (the first QUOTE_TRIGRAMS of them: a long quotation is found by its opening as well as by all of it)
    if (x.kind === 'quote' && x.words) {
      const ws = x.words;
      for (let i = 2, n = 0; i < ws.length && n < QUOTE_TRIGRAMS; i++, n++) {
        if (ws[i - 2] === GAP || ws[i - 1] === GAP || ws[i] === GAP) { continue; }
        if ([ws[i - 2], ws[i - 1], ws[i]].filter((w) => w.length >= 4 && !isStopword(w)).length >= 2) { fact.push(`q3|${ws[i - 2]} ${ws[i - 1]} ${ws[i]}`); }
      }
      continue;
    }
    // a dated event of a named holder ("Harvard Law School ... 1988"), whatever the verb
    if (x.kind === 'date' && x.role === 'measurement' && x.holder && !x.holder.startsWith('np:') && x.value && Number.isFinite(x.value.lo)) {
      exact.push(`d|${x.holder}|${x.value.lo}`);
      // (a person named in full in one report and by one name in another, "Michelle Obama" / "Michelle"
      // graduating in 1981: the full name is posted under its first name too, which holdersAgree then weighs)
      const short = shortPersonKey(x.holder);
      if (short) { exact.push(`d|${short}|${x.value.lo}`); }
      continue;
    }
    // a calendar day named in a sentence ("the May 6 election", "a ballot on May 6"): the other mentions
    // of that day in the story are candidates (compareDates decides what they share)
    if (x.kind === 'date' && x.role === 'measurement' && x.figureKind === 'date' && (x.value?.iso?.length ?? 0) >= 7) {
      // (by month and day: "March 8" leaves the year unstated where "8 March 2014" gives it)
      fact.push(`day|${dayOf(x.value!.iso!) ?? x.value!.iso}`);
      continue;
    }
    // a rank by a superlative ("the fifth strongest worldwide" / "fifth-largest in the world"): the other
    // ranks by it in the story
    // (by a superlative only: "first lady", "the seventh arc", "the third attacker" name things by ordinals)
    if (x.kind === 'figure' && x.role === 'rank' && x.measure && /est$/.test(x.measure) && x.value && Number.isFinite(x.value.lo)) {
      fact.push(`rank|${x.measure}|${x.value.lo}`);
      continue;
    }
    if (x.kind !== 'figure' || x.role !== 'measurement' || !x.value || (!Number.isFinite(x.value.lo) && !Number.isFinite(x.value.hi))) { continue; }
    // a time of day by the quarter hour it falls in and the next ("just after 9.20pm" / "9:20 p.m.")
    if (x.figureKind === 'time') { const q = Math.floor(x.value.lo / 15); fact.push(`clock|${q}`, `clock|${q + 1}`); continue; }
    // a bound ("at least 129", "up to 6,000") is found by its finite end: the value it most likely states
    const bounded = Number.isFinite(x.value.lo) && Number.isFinite(x.value.hi);
    const mid = bounded ? (x.value.lo + x.value.hi) / 2 : Number.isFinite(x.value.lo) ? x.value.lo : x.value.hi;
    if (!bounded) {
      if (x.predicate && !x.predicate.startsWith('w:') && x.measure) { fact.push(`f|${x.predicate}|${x.measure}|${x.holder ?? ''}`); }
      exact.push(`${x.figureKind}|${x.value.unit ?? ''}|${x.measure ?? ''}|${mid}`);
      continue;
    }
    if (x.predicate && !x.predicate.startsWith('w:') && x.measure) { fact.push(`f|${x.predicate}|${x.measure}|${x.holder ?? ''}`); }
    if (x.figureKind === 'count' && x.measure && !GENERIC_MEASURES.has(x.measure) && x.value.lo >= 2) { counted.push(`m|${x.measure}|${x.scope ?? ''}`); }
    // the same value of a named holder ("Malia, 10", "Barack, 47")
    if (x.holder && !x.holder.startsWith('np:') && x.measure) {
      exact.push(`h|${x.holder}|${x.measure}|${mid}`);
      const short = shortPersonKey(x.holder);
      if (short) { exact.push(`h|${short}|${x.measure}|${mid}`); }
    }
    // (a count of one event class at one exact value, whatever noun it counts: "the 239 people on board" /
    // "carrying 239 passengers and crew")
    if (x.figureKind === 'count' && x.predicate && !x.predicate.startsWith('w:') && x.value.lo === x.value.hi && mid >= 20) {
      exact.push(`pv|${x.predicate}|${mid}`);
    }
    if (x.figureKind === 'count' && mid < 10) { continue; }
    // a large amount of money stated alike ("£1.7bn", "$250m") is specific enough to cross the story gate
    const big = (x.figureKind === 'money' && x.value.unit && Math.abs(mid) >= 1e6) ||
      (x.figureKind === 'count' && x.measure && !GENERIC_MEASURES.has(x.measure) && x.value.lo === x.value.hi && mid >= 100);
    exact.push(`${big ? 'h|' : ''}${x.figureKind}|${x.value.unit ?? ''}|${x.measure ?? ''}|${mid}`);
    // a measurement in another unit system ("64km" / "40 miles"): bands of its size in the base unit
    const base = x.figureKind === 'quantity' && x.value.unit && mid > 0 ? inBaseUnit(mid, x.value.unit) : null;
    if (base) { counted.push(...bandKeys(`q|${base[0]}`, base[1])); }
    // a large amount rounded by one source and not by another ("£3bn" / "3.02 billion pounds")
    // (billions stated in one folder are few: specific enough to cross the story gate as the exact value does)
    if (big && x.value.lo > 0) { counted.push(...bandKeys(`${x.figureKind === 'money' && mid >= 1e9 ? 'h|' : ''}r|${x.figureKind}|${x.value.unit ?? ''}`, mid)); }
  }
  return [...exact, ...fact, ...counted];
}

/** A key per ~12% band of magnitude and one for the band above, so values a band apart meet (the facts
 *  then decide whether they are one). */
function bandKeys(prefix: string, value: number): [string, string] {
  const band = Math.round(Math.log10(value) * 20);
  return [`${prefix}|${band}`, `${prefix}|${band + 1}`];
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
