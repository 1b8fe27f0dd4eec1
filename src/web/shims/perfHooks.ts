// node:perf_hooks in the web build: the browser's clock; no event-loop-delay monitor (stalls read as 0).
export const performance = globalThis.performance;

export function monitorEventLoopDelay(_options?: { resolution?: number }): { enable(): void; disable(): void; max: number } {
  return { enable: () => undefined, disable: () => undefined, max: 0 };
}
