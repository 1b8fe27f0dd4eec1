// src/node/chunkedTransfer in the web build. The web worker answers with plain structured-clone
// messages (src/web/analysisWorker.ts) read by HandlerEngine, so nothing here is ever called; the
// Node version needs node:v8, which a browser does not have.
function nodeOnly(): never { throw new Error('chunked transfer is only used by the Node analysis worker'); }
export const CHUNK_BYTES = 256 * 1024;
export function packList<T>(_items: readonly T[], _chunkBytes = CHUNK_BYTES): Uint8Array[] { return nodeOnly(); }
export function transferables(..._lists: Array<readonly Uint8Array[] | undefined>): ArrayBuffer[] { return []; }
export async function unpackList<T>(_chunks: readonly Uint8Array[], _pause: () => Promise<void>): Promise<T[]> { return nodeOnly(); }
