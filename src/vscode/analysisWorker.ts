// Worker thread entry (bundled to dist/analysisWorker.js): holds its own Corpus and answers the
// host's requests in order, so large workspaces are analysed and linked off the host's main thread.
import { parentPort } from 'node:worker_threads';
import { Corpus, type DocumentInput } from '../core/corpus';
import type { Claim, DocumentAnalysis, Story } from '../core/model';

export type EngineRequest =
  | { type: 'update'; reqId: number; docs: DocumentInput[]; claims: boolean; all: boolean }
  | { type: 'remove'; reqId: number; ids: string[] }
  | { type: 'rename'; reqId: number; from: string; to: string }
  | { type: 'fetch'; reqId: number; ids: string[] };

export type EngineResponse =
  | { type: 'result'; reqId: number; documents: DocumentAnalysis[]; claims?: Claim[]; stories?: Story[] }
  | { type: 'error'; reqId: number; message: string };

export function handleRequest(corpus: Corpus, req: EngineRequest): EngineResponse {
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
  } else {
    ids = req.ids;
    claims = false;
  }
  const documents = (all ? corpus.ids() : ids)
    .map((id) => corpus.document(id))
    .filter((d): d is DocumentAnalysis => !!d);
  return claims
    ? { type: 'result', reqId: req.reqId, documents, claims: corpus.claims(), stories: corpus.stories() }
    : { type: 'result', reqId: req.reqId, documents };
}

/** A fresh engine answering requests synchronously; the host's fallback loads this bundle and
 *  calls it directly, so the extension's own bundle never carries the engine. */
export function createHandler(): (req: EngineRequest) => EngineResponse {
  const corpus = new Corpus();
  return (req) => handleRequest(corpus, req);
}

if (parentPort) {
  const port = parentPort;
  const handle = createHandler();
  port.on('message', (req: EngineRequest) => {
    try {
      port.postMessage(handle(req));
    } catch (e) {
      port.postMessage({ type: 'error', reqId: req.reqId, message: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  });
}
