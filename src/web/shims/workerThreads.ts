// node:worker_threads in the web build: `Worker` over the web Worker the extension host provides (VS Code's
// web extension host supports workers started from an extension), with the event names the engine uses.
// No `parentPort`: the web worker has its own entry (src/web/analysisWorker.ts).
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: string, listener: (e: { data?: unknown; message?: string }) => void): void;
}

export class Worker {
  private readonly worker: WebWorker;

  constructor(url: string, _options?: { workerData?: unknown }) {
    const Ctor = (globalThis as unknown as { Worker?: new (url: string) => WebWorker }).Worker;
    if (!Ctor) { throw new Error('this host has no Worker'); }
    this.worker = new Ctor(url);
  }

  /** 'message' and 'error' as worker_threads has them; a web worker has no 'exit'. */
  on(event: string, listener: (value: never) => void): this {
    const call = listener as (value: unknown) => void;
    if (event === 'message') { this.worker.addEventListener('message', (e) => call(e.data)); }
    if (event === 'error') { this.worker.addEventListener('error', (e) => call(new Error(e.message ?? 'analysis worker failed'))); }
    return this;
  }

  postMessage(message: unknown): void { this.worker.postMessage(message); }

  terminate(): Promise<number> {
    this.worker.terminate();
    return Promise.resolve(0);
  }
}

export const parentPort = null;
/** No worker data in the web build: the persistent cache is off there (src/web/analysisCache.ts). */
export const workerData: undefined = undefined;
