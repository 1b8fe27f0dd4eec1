// Worker thread entry (bundled to dist/analysisWorker.js): holds its own Corpus and answers the
// host's requests in order, so large workspaces are analysed and linked off the host's main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Corpus, type DocumentInput } from '../core/corpus';
import type { Claim, DocumentAnalysis, Story } from '../core/model';
import { DiskAnalysisCache, engineVersionOf, type CacheStats } from '../node/analysisCache';
import { packList, transferables } from '../node/chunkedTransfer';

export type EngineRequest =
  | { type: 'update'; reqId: number; docs: DocumentInput[]; claims: boolean; all: boolean }
  | { type: 'remove'; reqId: number; ids: string[] }
  | { type: 'rename'; reqId: number; from: string; to: string }
  | { type: 'fetch'; reqId: number; ids: string[] }
  /** Write the snapshot of the whole model to the cache folder and drop the analyses not used since the engine started. */
  | { type: 'snapshot'; reqId: number };

export type EngineResponse =
  | { type: 'result'; reqId: number; documents: DocumentAnalysis[]; claims?: Claim[]; stories?: Story[]; cache?: CacheStats }
  | { type: 'error'; reqId: number; message: string };

/** A result as the worker posts it: each list V8-serialized in chunks whose buffers are transferred,
 *  so the host reads it in slices (src/node/chunkedTransfer.ts) instead of one long structured clone. */
export interface PackedResult {
  type: 'packed';
  reqId: number;
  documents: Uint8Array[];
  claims?: Uint8Array[];
  stories?: Uint8Array[];
  cache?: CacheStats;
}

export type WorkerMessage = PackedResult | Extract<EngineResponse, { type: 'error' }>;

export function packResult(r: Extract<EngineResponse, { type: 'result' }>): PackedResult {
  return {
    type: 'packed', reqId: r.reqId, documents: packList(r.documents), cache: r.cache,
    ...(r.claims ? { claims: packList(r.claims) } : {}),
    ...(r.stories ? { stories: packList(r.stories) } : {}),
  };
}

export interface HandlerOptions {
  /** The workspace storage folder of the persistent cache (src/node/analysisCache.ts); none: no cache. */
  cacheDir?: string;
}

export function handleRequest(corpus: Corpus, req: EngineRequest, cache?: DiskAnalysisCache): EngineResponse {
  let ids: string[] = [];
  let claims = true;
  let all = false;
  if (req.type === 'update') {
    req.docs.forEach((d) => corpus.update(d));
    ids = req.docs.map((d) => d.id);
    claims = req.claims;
    all = req.all;
  } else if (req.type === 'remove') {
    req.ids.forEach((id) => corpus.remove(id));
  } else if (req.type === 'rename') {
    corpus.rename(req.from, req.to);
    ids = [req.to];
  } else if (req.type === 'snapshot') {
    if (cache) {
      const documents = corpus.ids().map((id) => corpus.document(id)!).filter(Boolean);
      cache.saveSnapshot({ documents, claims: corpus.claims(), stories: corpus.stories() });
      cache.prune();
    }
    return { type: 'result', reqId: req.reqId, documents: [], cache: cache && { ...cache.stats } };
  } else {
    ids = req.ids;
    claims = false;
  }
  const documents = (all ? corpus.ids() : ids)
    .map((id) => corpus.document(id))
    .filter((d): d is DocumentAnalysis => !!d);
  const stats = cache && { ...cache.stats };
  return claims
    ? { type: 'result', reqId: req.reqId, documents, claims: corpus.claims(), stories: corpus.stories(), cache: stats }
    : { type: 'result', reqId: req.reqId, documents, cache: stats };
}

/** A fresh engine answering requests synchronously; the host's fallback loads this bundle and
 *  calls it directly, so the extension's own bundle never carries the engine. */
export function createHandler(options: HandlerOptions = {}): (req: EngineRequest) => EngineResponse {
  let cache: DiskAnalysisCache | undefined;
  if (options.cacheDir) {
    try {
      cache = new DiskAnalysisCache(options.cacheDir, engineVersionOf(__filename));
    } catch {
      cache = undefined; // the bundle cannot be read back (a test under tsx): no cache
    }
  }
  const corpus = new Corpus({}, cache);
  return (req) => handleRequest(corpus, req, cache);
}

if (parentPort) {
  const port = parentPort;
  const handle = createHandler((workerData ?? {}) as HandlerOptions);
  port.on('message', (req: EngineRequest) => {
    try {
      const r = handle(req);
      if (r.type === 'error') { port.postMessage(r); return; }
      const packed = packResult(r);
      port.postMessage(packed, transferables(packed.documents, packed.claims, packed.stories));
    } catch (e) {
      port.postMessage({ type: 'error', reqId: req.reqId, message: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  });
}
