// Declarations for small CommonJS packages that ship no types.
declare module 'stopword' {
  export const eng: string[];
}
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
// jsonld.js (test-only): the part the export validators use. @types/jsonld would be one more package for it.
declare module 'jsonld' {
  interface RemoteDocument { contextUrl?: string; documentUrl: string; document: unknown }
  interface ExpandOptions { documentLoader?: (url: string) => Promise<RemoteDocument>; safe?: boolean }
  export function expand(input: unknown, options?: ExpandOptions): Promise<Array<Record<string, unknown>>>;
}
