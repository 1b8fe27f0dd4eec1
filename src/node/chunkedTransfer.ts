// Large lists cross from the analysis worker to the extension host as V8-serialized chunks in
// transferred buffers. A structured clone of a whole result (every claim of a 5,000-article folder) is
// deserialized on the host's main thread in one piece when the message event fires: 2.8 s without a
// frame measured by `npm run stress`. Transferred buffers cost nothing to receive, and the host reads
// them one chunk per event-loop turn (`unpackList`), so no slice of host work grows with the folder.
// The serializer is the cache's (src/node/analysisCache.ts): it keeps Infinity, NaN and undefined.
import { deserialize, serialize } from './analysisCache';

/** A chunk's serialized size aimed at: a few milliseconds to read back on the host. */
export const CHUNK_BYTES = 256 * 1024;

/** `items` as V8-serialized chunks of about CHUNK_BYTES each (a single item larger than that is one
 *  chunk of its own); the order is kept. */
export function packList<T>(items: readonly T[], chunkBytes = CHUNK_BYTES): Uint8Array[] {
  const out: Uint8Array[] = [];
  let n = 16;
  for (let i = 0; i < items.length;) {
    const slice = items.slice(i, i + n);
    const bytes = serialize(slice);
    // A chunk far over the aim is cut again smaller (unless it is one item); the next size follows
    // the bytes per item seen, so a list of similar items is cut once per chunk.
    if (bytes.length > 2 * chunkBytes && slice.length > 1) { n = Math.max(1, Math.floor(slice.length / 2)); continue; }
    out.push(ownBuffer(bytes));
    i += slice.length;
    n = Math.max(1, Math.min(65536, Math.round((slice.length * chunkBytes) / Math.max(1, bytes.length))));
  }
  return out;
}

/** The buffers behind packed chunks, for postMessage's transfer list. */
export function transferables(...lists: (Uint8Array[] | undefined)[]): ArrayBuffer[] {
  return lists.flatMap((list) => (list ?? []).map((c) => c.buffer as ArrayBuffer));
}

/** A chunk that owns its whole buffer: a pooled Buffer shares its ArrayBuffer with others, and a
 *  transfer would take (and detach) all of it. */
function ownBuffer(c: Uint8Array): Uint8Array {
  return c.byteOffset === 0 && c.byteLength === c.buffer.byteLength ? c : new Uint8Array(c);
}

/** The list `packList` made, read one chunk per call of `pause` (the host yields to its event loop there). */
export async function unpackList<T>(chunks: readonly Uint8Array[], pause: () => Promise<void>): Promise<T[]> {
  const out: T[] = [];
  for (const [k, c] of chunks.entries()) {
    if (k > 0) { await pause(); }
    for (const item of deserialize<T[]>(c)) { out.push(item); }
  }
  return out;
}
