// Injected into the web bundles (esbuild `inject`): the two Node globals the editor code reads, as a web
// worker can answer them. `process.cpuUsage` has no browser equivalent and reads 0.
export const process = {
  platform: 'web',
  env: {} as Record<string, string | undefined>,
  cpuUsage: (_previous?: { user: number; system: number }) => ({ user: 0, system: 0 }),
};

export function setImmediate(fn: (...args: unknown[]) => void, ...args: unknown[]): ReturnType<typeof setTimeout> {
  return setTimeout(fn, 0, ...args);
}
