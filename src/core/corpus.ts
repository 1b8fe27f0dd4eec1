// The corpus: every document's analysis, corpus-wide entity keys and linked claims.
// update()/remove() re-analyse and re-link only what changed, so the editor can call them
// on every edit.
import { analyseDocument, type AnalyseOptions } from './analyse';
import { EntityRegistry, type EntityInfo } from './extract/aliases';
import { ClaimLinker } from './claims/linker';
import type { Claim, DocumentAnalysis } from './model';

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

export class Corpus {
  private readonly raw = new Map<string, DocumentAnalysis>();
  private readonly registry = new EntityRegistry();
  private readonly texts = new Map<string, string>();
  private readonly linker = new ClaimLinker((a) => this.resolved(a));
  private claimCache: Claim[] | null = null;

  constructor(private readonly options: AnalyseOptions = {}) {}

  /** Analyse (or re-analyse) one document and re-link the claims that involve it. */
  update(doc: DocumentInput): DocumentAnalysis {
    const a = analyseDocument(doc.id, doc.text, { ...this.options, version: doc.version });
    this.raw.set(doc.id, a);
    this.texts.set(doc.id, doc.text);
    this.registry.set(doc.id, a.entities);
    this.linker.set(a, doc.text);
    this.claimCache = null;
    return a;
  }

  /** Analyse many documents, linking once at the end. */
  updateMany(docs: readonly DocumentInput[]): void {
    for (const d of docs) { this.update(d); }
  }

  remove(id: string): boolean {
    const had = this.raw.delete(id);
    this.texts.delete(id);
    this.registry.delete(id);
    this.linker.delete(id);
    this.claimCache = null;
    return had;
  }

  rename(from: string, to: string): void {
    const a = this.raw.get(from);
    const text = this.texts.get(from);
    if (!a || text === undefined) { return; }
    this.remove(from);
    const moved = { ...a, id: to };
    this.raw.set(to, moved);
    this.texts.set(to, text);
    this.registry.set(to, moved.entities);
    this.linker.set(moved, text);
  }

  text(id: string): string | undefined {
    return this.texts.get(id);
  }

  has(id: string): boolean {
    return this.raw.has(id);
  }

  ids(): string[] {
    return [...this.raw.keys()];
  }

  /** The document's analysis with corpus-wide entity and speaker keys. */
  document(id: string): DocumentAnalysis | undefined {
    const a = this.raw.get(id);
    return a && this.resolved(a);
  }

  claims(): Claim[] {
    this.claimCache ??= this.linker.claims();
    return this.claimCache;
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

  private resolved(a: DocumentAnalysis): DocumentAnalysis {
    const canon = (k: string) => this.registry.canonical(a.id, k);
    return {
      ...a,
      entities: a.entities.map((e) => ({ ...e, key: canon(e.key) })),
      quotes: a.quotes.map((q) => ({ ...q, speakerKey: q.speakerKey && canon(q.speakerKey) })),
    };
  }
}
