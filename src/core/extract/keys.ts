// Canonical entity keys: "person:antonio-costa". Accents folded, case and punctuation dropped,
// so "António Costa" and "Antonio Costa" share one key.
import type { EntityType } from '../model';

export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

const NON_ASCII = /[^\x00-\x7f]/;

export function slug(name: string): string {
  // Most names are ASCII: skip the (slow) Unicode normalization for them.
  return (NON_ASCII.test(name) ? foldAccents(name) : name)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function entityKey(type: EntityType, name: string): string {
  return `${type}:${slug(name)}`;
}
