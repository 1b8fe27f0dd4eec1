// Where the pure engine runs: in the extension host (small workspaces) or in a worker thread
// (large ones), behind one async interface so the analysis service does not care which.
import { Worker } from 'node:worker_threads';
import type { DocumentInput } from '../core/corpus';
import type { Claim, DocumentAnalysis, Story } from '../core/model';
import type { EngineRequest, EngineResponse, HandlerOptions, PackedResult, WorkerMessage } from './analysisWorker';
import type { CacheStats } from '../node/analysisCache';
import { unpackList } from '../node/chunkedTransfer';

export interface EngineResult {
  /** Resolved analyses of the documents that changed (or of every document when `all` was asked). */
  documents: DocumentAnalysis[];
  claims?: Claim[];
  /** With the claims: the documents grouped into stories (the grouping the claims are linked in). */
  stories?: Story[];
  /** The persistent cache's hits and misses since the engine started (when it has a cache). */
  cache?: CacheStats;
}

export interface UpdateOptions {
  /** Re-link and return the claims (skipped for intermediate batches of a full analysis). */
  claims: boolean;
  /** Return every document, not only the updated ones (entity keys may move across documents). */
  all: boolean;
}

export interface AnalysisEngine {
  update(docs: DocumentInput[], options: UpdateOptions): Promise<EngineResult>;
  remove(ids: string[]): Promise<EngineResult>;
  rename(from: string, to: string): Promise<EngineResult>;
  /** Resolved analyses of these documents (entity keys as the whole corpus now resolves them). */
  fetch(ids: string[]): Promise<DocumentAnalysis[]>;
  /** Saves the model to the persistent cache (a no-op without one). */
  snapshot(): Promise<EngineResult>;
  dispose(): void;
}

/** Runs the engine on the host through a request handler, yielding to the event loop between documents. */
export class HandlerEngine implements AnalysisEngine {
  constructor(private readonly handle: (req: EngineRequest) => EngineResponse) {}

  async update(docs: DocumentInput[], options: UpdateOptions): Promise<EngineResult> {
    const documents: DocumentAnalysis[] = [];
    for (const d of docs) {
      documents.push(...this.call({ type: 'update', reqId: 0, docs: [d], claims: false, all: false }).documents);
      // One document at a time keeps each slice of host work short.
      if (docs.length > 1) { await yieldToEventLoop(); }
    }
    if (!options.claims && !options.all) { return { documents }; }
    const tail = this.call({ type: 'update', reqId: 0, docs: [], ...options });
    return { documents: options.all ? tail.documents : documents, claims: tail.claims, stories: tail.stories, cache: tail.cache };
  }

  async remove(ids: string[]): Promise<EngineResult> {
    return this.call({ type: 'remove', reqId: 0, ids });
  }

  async rename(from: string, to: string): Promise<EngineResult> {
    return this.call({ type: 'rename', reqId: 0, from, to });
  }

  async fetch(ids: string[]): Promise<DocumentAnalysis[]> {
    return this.call({ type: 'fetch', reqId: 0, ids }).documents;
  }

  async snapshot(): Promise<EngineResult> {
    return this.call({ type: 'snapshot', reqId: 0 });
  }

  dispose(): void { /* nothing held outside the heap */ }

  private call(req: EngineRequest): EngineResult {
    const r = this.handle(req);
    if (r.type === 'error') { throw new Error(r.message); }
    return { documents: r.documents, claims: r.claims, stories: r.stories, cache: r.cache };
  }
}

/** The host fallback when no worker can start. Loads the worker bundle on demand, keeping the engine out
 *  of extension.js (the web build, which has no `require`, puts its own InProcessEngine here). */
export class InProcessEngine extends HandlerEngine {
  constructor(workerPath: string, options: HandlerOptions = {}) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    super((require(workerPath) as typeof import('./analysisWorker')).createHandler(options));
  }
}

export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A packed result read back one chunk per event-loop turn: the host never holds its thread for
 *  a whole folder's claims. */
export async function unpackResult(m: PackedResult, pause: () => Promise<void> = yieldToEventLoop): Promise<EngineResult> {
  const documents = await unpackList<DocumentAnalysis>(m.documents, pause);
  const claims = m.claims && await unpackList<Claim>(m.claims, pause);
  const stories = m.stories && await unpackList<Story>(m.stories, pause);
  return { documents, claims, stories, cache: m.cache };
}

/** Runs the engine in `dist/analysisWorker.js`; requests are answered in order. */
export class WorkerEngine implements AnalysisEngine {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(r: EngineResult): void; reject(e: Error): void }>();
  private nextId = 1;
  private disposed = false;
  /** Results are read back in the order they arrived, though each takes several turns to read. */
  private reading: Promise<void> = Promise.resolve();

  constructor(workerPath: string, options: HandlerOptions = {}) {
    this.worker = new Worker(workerPath, { workerData: options });
    this.worker.on('message', (m: WorkerMessage) => {
      this.reading = this.reading.then(async () => {
        const p = this.pending.get(m.reqId);
        if (!p) { return; }
        try {
          const r = m.type === 'error' ? new Error(m.message) : await unpackResult(m);
          this.pending.delete(m.reqId);
          if (r instanceof Error) { p.reject(r); } else { p.resolve(r); }
        } catch (e) {
          this.pending.delete(m.reqId);
          p.reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    });
    this.worker.on('error', (e) => this.failAll(e));
    this.worker.on('exit', (code) => {
      if (!this.disposed) { this.failAll(new Error(`analysis worker exited with code ${code}`)); }
    });
  }

  update(docs: DocumentInput[], options: UpdateOptions): Promise<EngineResult> {
    return this.send({ type: 'update', reqId: 0, docs, ...options });
  }

  remove(ids: string[]): Promise<EngineResult> {
    return this.send({ type: 'remove', reqId: 0, ids });
  }

  rename(from: string, to: string): Promise<EngineResult> {
    return this.send({ type: 'rename', reqId: 0, from, to });
  }

  async fetch(ids: string[]): Promise<DocumentAnalysis[]> {
    return (await this.send({ type: 'fetch', reqId: 0, ids })).documents;
  }

  snapshot(): Promise<EngineResult> {
    return this.send({ type: 'snapshot', reqId: 0 });
  }

  dispose(): void {
    this.disposed = true;
    void this.worker.terminate();
    // Whoever still waits on this engine has been superseded; answer empty rather than never.
    for (const p of this.pending.values()) { p.resolve({ documents: [] }); }
    this.pending.clear();
  }

  private send(req: EngineRequest): Promise<EngineResult> {
    // A request queued before a full analysis replaced this engine runs after the worker is gone: it
    // would never be answered and would hold up every request queued behind it.
    if (this.disposed) { return Promise.resolve({ documents: [] }); }
    const reqId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(reqId, { resolve, reject });
      this.worker.postMessage({ ...req, reqId });
    });
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) { p.reject(e); }
    this.pending.clear();
  }
}
