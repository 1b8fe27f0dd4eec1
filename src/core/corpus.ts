// The corpus: every document's analysis, corpus-wide entity keys and linked claims.
// update()/remove() re-analyse and re-link only what changed, so the editor can call them
// on every edit.
import { analyseDocument, type AnalyseOptions } from './analyse';
import { EntityRegistry, type EntityInfo } from './extract/aliases';
import { ClaimLinker } from './claims/linker';
import { storyTitles, type HeadlineInput } from './claims/stories';
import type { Claim, DocumentAnalysis, Story } from './model';
import { normalizeLine } from './text/boilerplate';

export interface DocumentInput {
  id: string;
  text: string;
  version?: number;
}

export interface CorpusStats {
  documents: number;
  claims: number;
  conflicts: number;
}

/** One document's analysis as updateMany would run it: plain data, so it can travel to a worker. */
export interface AnalysisJob {
  id: string;
  text: string;
  version?: number;
  /** The document's short lines that occur in other documents of the corpus (page chrome candidates). */
  repeatedLines: string[];
}

export interface PreparedBatch {
  readonly docs: DocumentInput[];
  readonly jobs: AnalysisJob[];
  /** Lines whose "in 2+ documents" status the batch changed (other documents may need re-analysis). */
  readonly crossed: string[];
}

/** Analyses computed before, by job: an analysis is a function of the job alone (and the engine's code),
 *  so a store keyed by the job's content and the engine version may answer for the engine. */
export interface AnalysisJobCache {
  get(job: AnalysisJob): DocumentAnalysis | undefined;
  set(job: AnalysisJob, analysis: DocumentAnalysis): void;
}

/** Runs one job; the same call wherever it runs (in the corpus, in a worker thread). */
export function runAnalysisJob(job: AnalysisJob, options: AnalyseOptions = {}): DocumentAnalysis {
  return analyseDocument(job.id, job.text, { ...options, version: job.version, repeatedLines: new Set(job.repeatedLines) });
}

/** Lines longer than this are sentences, never page chrome shared across sites. */
const MAX_SHARED_LINE = 120;

export class Corpus {
  private readonly raw = new Map<string, DocumentAnalysis>();
  private readonly registry = new EntityRegistry();
  private readonly texts = new Map<string, string>();
  private readonly linker = new ClaimLinker((a) => this.resolved(a));
  /** Short lines per document, and in how many documents each occurs ("lines repeated across files"). */
  private readonly docLines = new Map<string, Set<string>>();
  private readonly lineCounts = new Map<string, number>();
  private claimCache: Claim[] | null = null;
  private storyCache: Story[] | null = null;

  /** @param cache analyses kept from an earlier run (the editor's workspace storage), looked up by job. */
  constructor(private readonly options: AnalyseOptions = {}, private readonly cache?: AnalysisJobCache) {}

  /** Analyse (or re-analyse) one document and re-link the claims that involve it. Documents whose
   *  page chrome depends on lines this one adds or drops are re-analysed too. */
  update(doc: DocumentInput): DocumentAnalysis {
    const crossed = this.registerLines(doc.id, doc.text);
    const a = this.analyse(doc);
    for (const other of this.docsWithLines(crossed, doc.id)) {
      this.analyse({ id: other, text: this.texts.get(other)!, version: this.raw.get(other)?.version });
    }
    return a;
  }

  /** Analyse many documents, linking once (lazily) at the end. */
  updateMany(docs: readonly DocumentInput[]): void {
    const batch = this.prepareMany(docs);
    this.acceptMany(batch, batch.jobs.map((j) => this.runJob(j)));
  }

  /** The first half of updateMany, for an analyser elsewhere (the CLI's worker threads): registers the
   *  documents' lines, so each job carries the corpus-wide repeated lines it would see here. Pass the
   *  jobs' analyses, in order, to acceptMany; the corpus is then as updateMany leaves it. */
  prepareMany(docs: readonly DocumentInput[]): PreparedBatch {
    const crossed = new Set<string>();
    for (const d of docs) { for (const l of this.registerLines(d.id, d.text)) { crossed.add(l); } }
    const jobs = docs.map((d) => ({ id: d.id, text: d.text, version: d.version, repeatedLines: [...this.repeatedFor(d.id)] }));
    return { docs: [...docs], jobs, crossed: [...crossed] };
  }

  acceptMany(batch: PreparedBatch, analyses: readonly DocumentAnalysis[]): void {
    if (analyses.length !== batch.docs.length) { throw new Error(`acceptMany: ${analyses.length} analyses for ${batch.docs.length} documents`); }
    batch.docs.forEach((d, i) => this.take(d, analyses[i]));
    const fresh = new Set(batch.docs.map((d) => d.id));
    for (const other of this.docsWithLines(batch.crossed)) {
      if (!fresh.has(other)) { this.analyse({ id: other, text: this.texts.get(other)!, version: this.raw.get(other)?.version }); }
    }
  }

  remove(id: string): boolean {
    const had = this.raw.delete(id);
    const crossed = this.registerLines(id, null);
    this.texts.delete(id);
    this.registry.delete(id);
    this.linker.delete(id);
    this.claimCache = null;
    this.storyCache = null;
    for (const other of this.docsWithLines(crossed)) {
      this.analyse({ id: other, text: this.texts.get(other)!, version: this.raw.get(other)?.version });
    }
    return had;
  }

  rename(from: string, to: string): void {
    const a = this.raw.get(from);
    const text = this.texts.get(from);
    if (!a || text === undefined) { return; }
    this.remove(from);
    this.update({ id: to, text, version: a.version });
  }

  has(id: string): boolean {
    return this.raw.has(id);
  }

  ids(): string[] {
    return [...this.raw.keys()];
  }

  text(id: string): string | undefined {
    return this.texts.get(id);
  }

  /** The document's analysis with corpus-wide entity and speaker keys. */
  document(id: string): DocumentAnalysis | undefined {
    const a = this.raw.get(id);
    return a && this.resolved(a);
  }

  /** Linked claims, conflicts first. Re-links only documents changed since the last call. */
  claims(): Claim[] {
    this.claimCache ??= this.linker.claims();
    return this.claimCache;
  }

  /** The documents grouped into stories, each named by its headline words; largest first. One
   *  grouping with the claims: every claim's passages are from the story its `story` names. */
  stories(): Story[] {
    if (this.storyCache) { return this.storyCache; }
    const groups = this.linker.stories();
    const heads = new Map<string, HeadlineInput>();
    // headline words are read from the raw analysis: only where names stand matters, not their keys
    for (const [id, a] of this.raw) { heads.set(id, { id, title: a.title, titleSpan: a.titleSpan, entities: a.entities }); }
    const titles = storyTitles(groups.map((g) => g.documents), heads);
    this.storyCache = groups.map((g, i) => ({ id: g.id, title: titles[i], documents: [...g.documents] }));
    return this.storyCache;
  }

  entity(key: string): EntityInfo | undefined {
    return this.registry.info(key);
  }

  stats(): CorpusStats {
    const claims = this.claims();
    return {
      documents: this.raw.size,
      claims: claims.length,
      conflicts: claims.reduce((n, c) => n + c.conflicting.length, 0),
    };
  }

  private analyse(doc: DocumentInput): DocumentAnalysis {
    return this.take(doc, this.runJob({ id: doc.id, text: doc.text, version: doc.version, repeatedLines: [...this.repeatedFor(doc.id)] }));
  }

  private runJob(job: AnalysisJob): DocumentAnalysis {
    const cached = this.cache?.get(job);
    if (cached) { return cached; }
    const a = runAnalysisJob(job, this.options);
    this.cache?.set(job, a);
    return a;
  }

  private take(doc: DocumentInput, a: DocumentAnalysis): DocumentAnalysis {
    this.raw.set(doc.id, a);
    this.texts.set(doc.id, doc.text);
    this.registry.set(doc.id, a.entities);
    this.linker.set(a, doc.text);
    this.claimCache = null;
    this.storyCache = null;
    return a;
  }

  /** Records the document's short lines; returns the lines whose "occurs in 2+ documents" status changed. */
  private registerLines(id: string, text: string | null): string[] {
    const crossed: string[] = [];
    const old = this.docLines.get(id);
    const next = new Set<string>();
    if (text !== null) {
      for (const line of text.split(/\r\n|\r|\n/)) {
        if (line.length < 3 || line.length > MAX_SHARED_LINE) { continue; }
        next.add(normalizeLine(line));
      }
    }
    for (const l of old ?? []) {
      if (next.has(l)) { continue; }
      const n = (this.lineCounts.get(l) ?? 1) - 1;
      if (n <= 0) { this.lineCounts.delete(l); } else { this.lineCounts.set(l, n); }
      if (n === 1) { crossed.push(l); }
    }
    for (const l of next) {
      if (old?.has(l)) { continue; }
      const n = (this.lineCounts.get(l) ?? 0) + 1;
      this.lineCounts.set(l, n);
      if (n === 2) { crossed.push(l); }
    }
    if (text === null) { this.docLines.delete(id); } else { this.docLines.set(id, next); }
    return crossed;
  }

  private repeatedFor(id: string): Set<string> {
    const out = new Set<string>();
    for (const l of this.docLines.get(id) ?? []) {
      if ((this.lineCounts.get(l) ?? 0) >= 2) { out.add(l); }
    }
    return out;
  }

  private docsWithLines(lines: Iterable<string>, except?: string): string[] {
    const wanted = new Set(lines);
    if (!wanted.size) { return []; }
    const out: string[] = [];
    for (const [doc, ls] of this.docLines) {
      if (doc === except || !this.texts.has(doc)) { continue; }
      for (const l of ls) { if (wanted.has(l)) { out.push(doc); break; } }
    }
    return out;
  }

  private resolved(a: DocumentAnalysis): DocumentAnalysis {
    const canon = (k: string) => this.registry.canonical(a.id, k);
    return {
      ...a,
      // an alias joined across documents takes the type of the key it joins ("Hà Nội" is one thing everywhere)
      entities: a.entities.map((e) => {
        const key = canon(e.key);
        const type = key.slice(0, key.indexOf(':'));
        return { ...e, key, type: type === 'person' || type === 'organization' || type === 'place' ? type : e.type };
      }),
      quotes: a.quotes.map((q) => ({ ...q, speakerKey: q.speakerKey && canon(q.speakerKey) })),
      facts: a.facts?.map((f) => ({
        ...f,
        holder: f.holder && !f.holder.startsWith('np:') ? canon(f.holder) : f.holder,
        speakerKey: f.speakerKey ? canon(f.speakerKey) : f.speakerKey,
        scope: f.scope?.startsWith('at:') ? 'at:' + canon(f.scope.slice(3)) : f.scope,
        ...(f.objects ? { objects: f.objects.map((o) => (o.startsWith('e:') ? 'e:' + canon(o.slice(2)) : o)) } : {}),
      })),
    };
  }
}
