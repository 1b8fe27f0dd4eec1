// Declarations for small CommonJS packages that ship no types.
declare module 'stopword' {
  export const eng: string[];
}
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
