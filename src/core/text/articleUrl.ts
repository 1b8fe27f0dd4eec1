// The article's own web address, when its saved text says it: a labelled line of the page ("URL: ...",
// "Canonical: ...", "Read more: ...", "Originally published at ..."), or the link a copy-paste tracker adds
// (Tynt's "#ixzz..." fragment, which newspapers append to the page's own URL when text is copied from it).
// A bare link inside the story is a citation of another page, never taken. Used where an export must name
// the article (ClaimReview's appearance) and a file:// path would leak the reviewer's disk layout.

const LABELLED = /^[ \t]*(?:url|link|canonical(?: url)?|permalink|source url|original url|article url|web|read more|originally published (?:at|on)|first published (?:at|on))[ \t]*:?[ \t]+(https?:\/\/\S+)[ \t]*$/gim;
const TRACKER = /https?:\/\/[^\s"'<>]+#ixzz[0-9A-Za-z]+/g;
/** Longer addresses are not pages (or are padding); 2048 is the limit most browsers and crawlers keep. */
const MAX_URL = 2048;
/** Where the page chrome sits: the labelled lines are looked for at the top and the bottom only. */
const EDGE = 4000;

/** The article's own http(s) address, normalised (no credentials, no tracker fragment), or null. */
export function articleUrl(text: string): string | null {
  const edges = text.length <= 2 * EDGE ? [text] : [text.slice(0, EDGE), text.slice(-EDGE)];
  for (const part of edges) {
    for (const m of part.matchAll(LABELLED)) {
      const url = clean(m[1]);
      if (url) { return url; }
    }
  }
  for (const m of text.slice(0, 200_000).matchAll(TRACKER)) {
    const url = clean(m[0]);
    if (url) { return url; }
  }
  return null;
}

function clean(raw: string): string | null {
  if (raw.length > MAX_URL) { return null; }
  // Sentence punctuation and the entity an HTML-to-text copy leaves behind are not part of the address.
  const trimmed = raw.replace(/&quot;.*$/, '').replace(/[).,;:!?'"\]]+$/, '');
  let url: URL;
  try { url = new URL(trimmed); } catch { return null; }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname.includes('.')) { return null; }
  url.username = '';
  url.password = '';
  if (/^#ixzz/.test(url.hash)) { url.hash = ''; }
  return url.href;
}
