// The engine module of the web build: the same WorkerEngine (a web worker behind the worker_threads shim),
// and an InProcessEngine with the engine bundled in, since a web extension host has no `require`.
import { HandlerEngine } from '../vscode/analysisEngine';
import { createHandler } from '../vscode/analysisWorker';

export { HandlerEngine, WorkerEngine, yieldToEventLoop, type AnalysisEngine, type EngineResult, type UpdateOptions } from '../vscode/analysisEngine';

export class InProcessEngine extends HandlerEngine {
  constructor(_workerPath: string, options: Parameters<typeof createHandler>[0] = {}) {
    super(createHandler(options));
  }
}
