// Word-level difference between two renderings of a quote (the `diff` package's array diff), with
// changes read as regions: a lone shared word between two changes ("in [a] generation" vs
// "in half [a] century") belongs to the changed region on both sides.
import { diffArrays } from 'diff';
import type { WordDiff } from '../model';

function norm(w: string): string {
  return w.toLowerCase().replace(/’/g, "'");
}

/** `normalized`: the words are already lower-cased with apostrophes folded (quoteWordsOf), so plain
 *  equality compares them. */
export function wordDiff(a: string[], b: string[], normalized = false): WordDiff[] {
  const same = normalized ? (x: string, y: string) => x === y : (x: string, y: string) => norm(x) === norm(y);
  const parts = diffArrays(a, b, { comparator: same }).map((p) => ({
    op: (p.added ? 'added' : p.removed ? 'removed' : 'same') as WordDiff['op'],
    words: p.value as string[],
  }));
  const out: WordDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length) { out.push({ op: 'removed', text: removed.join(' ') }); }
    if (added.length) { out.push({ op: 'added', text: added.join(' ') }); }
    removed = [];
    added = [];
  };
  parts.forEach((p, i) => {
    const flanked = i > 0 && i < parts.length - 1 && parts[i - 1].op !== 'same' && parts[i + 1].op !== 'same';
    if (p.op === 'same' && !(flanked && p.words.length === 1)) {
      flush();
      out.push({ op: 'same', text: p.words.join(' ') });
    } else {
      if (p.op !== 'added') { removed.push(...p.words); }
      if (p.op !== 'removed') { added.push(...p.words); }
    }
  });
  flush();
  return out;
}
