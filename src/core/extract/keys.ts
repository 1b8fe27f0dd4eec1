// Canonical entity keys: "person:antonio-costa". Accents folded, case and punctuation dropped,
// so "António Costa" and "Antonio Costa" share one key.
import type { EntityType } from '../model';

export function foldAccents(s: string): string {
  // (ASCII has no accents to fold: most names skip the normalization)
  return hasNonAscii(s) ? s.normalize('NFD').replace(/\p{M}+/gu, '') : s;
}

/** True when s has a character outside ASCII (/[^\x00-\x7f]/ from char codes). */
function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) { if (s.charCodeAt(i) > 0x7f) { return true; } }
  return false;
}

export function slug(name: string): string {
  // Most names are ASCII: skip the (slow) Unicode normalization and the regex chain for them.
  if (!hasNonAscii(name)) { return asciiSlug(name); }
  return foldAccents(name)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityKey(type: EntityType, name: string): string {
  return `${type}:${slug(name)}`;
}

/** slug() of an ASCII name in one pass: lower-cased, "'s" dropped before a word boundary, runs of
 *  anything but letters and digits turned into one "-", none at either end. */
function asciiSlug(name: string): string {
  const n = name.length;
  let out = '';
  let dash = false;
  for (let i = 0; i < n; i++) {
    let c = name.charCodeAt(i);
    if (c === 39 && i + 1 < n && (name.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= n || !isWordCode(name.charCodeAt(i + 2)))) {
      i++; // the "'s" goes, as /['’]s\b/g removes it
      continue;
    }
    if (c >= 65 && c <= 90) { c += 32; }
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out.length > 0) { out += '-'; }
      dash = false;
      out += String.fromCharCode(c);
    } else {
      dash = true;
    }
  }
  return out;
}

/** \w: what \b looks at. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The spellings under which one person's name of two or more words is the same name (the words of a key,
 *  "ismael-omar-mostefai".split('-')): its words in any order ("Abdeslam Salah" / "Salah Abdeslam"), and its
 *  surname as written with the other words as transliterations differ (a vowel for another, "Ismael" /
 *  "Ismail"; a doubled letter, "Mohammed" / "Mohamed"; a leading vowel, "Ibrahim" / "Brahim"). Consonants
 *  stay as written ("John" and "Joan" are two names). Two names are one where they share a spelling. */
export function nameSpellings(words: readonly string[]): string[] {
  if (words.length < 2) { return []; }
  const skeleton = (w: string) => w.replace(/(.)\1+/g, '$1').replace(/[aeiouy]+/g, '*').replace(/^\*(?=.{3})/, '');
  return [`w|${[...words].sort().join(' ')}`, `s|${words.length}|${words[words.length - 1]}|${words.map(skeleton).sort().join(' ')}`];
}
