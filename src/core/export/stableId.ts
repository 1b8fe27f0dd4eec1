// Content-derived ids: the same input gives the same id in every run, on every machine, in Node and in
// a browser (no crypto module in core). 64 bits from two independent 32-bit string hashes (cyrb53's
// mixing); collisions are negligible for archives of millions of facts. Not a security hash.

export function stableHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** An id from its parts, prefixed by what it names ("d-", "f-", "l-"). The parts are joined with a
 *  separator no part holds unescaped, so ["a b", "c"] and ["a", "b c"] differ. */
export function stableId(prefix: string, parts: ReadonlyArray<string | number>): string {
  return prefix + stableHash(parts.map((p) => String(p).replaceAll('\\', '\\\\').replaceAll('\u0000', '\\0')).join('\u0000'));
}
