// Combining two versions of the annotation list: the file changed on disk (git checkout, a colleague's pull)
// while this window still had changes not yet written.
import type { Annotation } from './annotation';

export interface MergeInput {
  /** What the file held when this window last read or wrote it. */
  base: readonly Annotation[];
  /** This window's current list. */
  ours: readonly Annotation[];
  /** What the file holds now. */
  theirs: readonly Annotation[];
}

/**
 * Three-way merge by annotation id: an annotation added on either side is kept; one deleted on one side and
 * untouched on the other is deleted; one changed on both sides keeps the newer `modified` (ties: theirs,
 * since it is already on disk). Nothing that only one side knows about is ever dropped.
 */
export function mergeAnnotations({ base, ours, theirs }: MergeInput): Annotation[] {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const out: Annotation[] = [];
  const ids = new Set([...t.keys(), ...o.keys()]);
  for (const id of ids) {
    const bo = b.get(id);
    const oo = o.get(id);
    const to = t.get(id);
    if (oo && to) {
      out.push(oo.modified > to.modified ? oo : to);
    } else if (oo && !to) {
      // Deleted on disk: keep ours only if we changed it since (or it is new here).
      if (!bo || oo.modified > bo.modified) { out.push(oo); }
    } else if (to && !oo) {
      if (!bo || to.modified > bo.modified) { out.push(to); }
    }
  }
  return out;
}

function byId(list: readonly Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}
