// The outlet of an article: the name its file is named after, when the article's own page chrome
// (masthead, byline, credit, footer) writes it ("02-coastal-times.txt" and "© 2026 Coastal Times").
// Files are usually saved under the outlet's name; requiring the chrome to say it keeps a file named
// after its topic ("michelle.obama.100.txt") from naming an outlet.
import type { Boilerplate } from '../model';

/** Chrome that names the page's own outlet; related headlines and widgets name other stories. */
const OWN = new Set(['navigation', 'credit', 'footer', 'dateline']);

export function outletOf(id: string, text: string, chrome: readonly Boilerplate[]): string | null {
  const base = id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1).replace(/(\.article)?\.[^.]+$/i, '');
  let name = base;
  try { name = decodeURIComponent(base); } catch { /* a stray % stays as it is */ }
  const words = name.split(/[\s._-]+/).filter((w) => w && !/^\d+$/.test(w) && /\p{L}/u.test(w));
  if (!words.length) { return null; }
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[\\s._-]+')}(?![\\p{L}\\p{N}])`, 'iu');
  for (const s of chrome) {
    if (!OWN.has(s.reason)) { continue; }
    const m = phrase.exec(text.slice(s.start, s.end));
    if (m) { return m[0].replace(/\s+/g, ' '); }
  }
  return null;
}
