// Web worker entry of the web build (dist/web/analysisWorker.js): the same engine and request handler as
// the Node worker thread, answering the extension host's messages in order.
import { createHandler, type EngineRequest } from '../vscode/analysisWorker';

interface WorkerScope {
  onmessage: ((e: { data: EngineRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createHandler();
scope.onmessage = (e) => {
  try {
    scope.postMessage(handle(e.data));
  } catch (err) {
    scope.postMessage({ type: 'error', reqId: e.data.reqId, message: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
};
