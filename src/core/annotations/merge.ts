// Combining versions of the annotation list: another window saved the same store, a git checkout or pull
// replaced the file, or a git merge left both sides in it with conflict markers.
//
// Absence alone never means "deleted": a deletion is recorded as a tombstone (id + time) that travels in
// the file, so a note another window added (which we simply have not seen yet) is never mistaken for one
// we deleted. The only absence read as a deletion is of an entry we *saw in the file* (the seen-set) that
// is gone now with no tombstone — a hand edit or a tool that does not write tombstones — and even then only
// when we did not edit it since.
import type { Annotation, Tombstone } from './annotation';

/** What a replica (a window, a side of a git conflict, the file) knows: live annotations and deletions. */
export interface AnnotationState {
  annotations: Annotation[];
  deleted: Tombstone[];
}

export interface MergeOptions {
  /**
   * id -> `modified` of every annotation the file held when `ours` last read or wrote it. An entry of that
   * set missing from `theirs` (and untouched in ours since) was deleted on their side.
   */
  seen?: ReadonlyMap<string, string>;
  /** Equal `modified` on both sides: which version to keep (default theirs: it is already on disk). */
  tie?: 'ours' | 'theirs';
  /** Time stamped on deletions inferred from the seen-set. */
  now?: Date;
}

/**
 * Last-writer-wins merge per annotation id, with tombstones: the newer `modified` of two versions wins; a
 * tombstone at or after the surviving version's `modified` deletes it (an edit made after a deletion keeps
 * the annotation, a deletion after an edit removes it). Without a seen-set this is commutative, associative
 * and idempotent, so replicas that exchange states in any order converge. Output keeps the file order of
 * `theirs`, then ours' new entries in our order, so diffs of the store file stay small.
 */
export function mergeStates(ours: AnnotationState, theirs: AnnotationState, options: MergeOptions = {}): AnnotationState {
  const o = byId(ours.annotations);
  const t = byId(theirs.annotations);
  const tombs = new Map<string, string>();
  const addTomb = (id: string, at: string): void => {
    const prev = tombs.get(id);
    if (prev === undefined || time(at) > time(prev)) { tombs.set(id, at); }
  };
  for (const d of [...ours.deleted, ...theirs.deleted]) { addTomb(d.id, d.deleted); }
  const theirTombs = new Set(theirs.deleted.map((d) => d.id));
  const ourTombs = new Set(ours.deleted.map((d) => d.id));
  const seen = options.seen;
  const nowIso = (options.now ?? new Date()).toISOString();

  const order = [...t.keys(), ...[...o.keys()].filter((id) => !t.has(id))];
  const out: Annotation[] = [];
  for (const id of order) {
    const oa = o.get(id);
    const ta = t.get(id);
    let winner: Annotation;
    if (oa && ta) {
      const d = time(oa.modified) - time(ta.modified);
      winner = d > 0 || (d === 0 && options.tie === 'ours') ? oa : ta;
    } else if (oa) {
      // Gone from the file although we saw it there, no tombstone, and we did not touch it since.
      if (seen?.get(id) === oa.modified && !theirTombs.has(id)) { addTomb(id, deletionTime(nowIso, oa)); }
      winner = oa;
    } else {
      if (seen?.has(id) && time(seen.get(id)!) >= time(ta!.modified) && !ourTombs.has(id)) {
        // We had it, it is gone from our list without a tombstone (a caller that dropped it): a deletion.
        addTomb(id, deletionTime(nowIso, ta!));
      }
      winner = ta!;
    }
    const tomb = tombs.get(id);
    if (tomb !== undefined && time(tomb) >= time(winner.modified)) { continue; }
    tombs.delete(id); // an edit after the deletion: the tombstone is obsolete
    out.push(winner);
  }
  const deleted = [...tombs].map(([id, at]) => ({ id, deleted: at }))
    .sort((a, b) => (a.deleted < b.deleted ? -1 : a.deleted > b.deleted ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { annotations: out, deleted };
}

/** The tombstone time for deleting `a` now: never before its own `modified` (a clock behind the editor's). */
export function deletionTime(nowIso: string, a: Annotation): string {
  const t = Math.max(time(nowIso), time(a.modified) + 1);
  return new Date(t).toISOString();
}

export interface MergeInput {
  /** What the file held when this window last read or wrote it. */
  base: readonly Annotation[];
  /** This window's current list. */
  ours: readonly Annotation[];
  /** What the file holds now. */
  theirs: readonly Annotation[];
}

/**
 * Three-way merge of plain lists (no tombstones): an annotation added on either side is kept; one deleted
 * on one side and untouched on the other is deleted; one changed on both sides keeps the newer `modified`.
 */
export function mergeAnnotations({ base, ours, theirs }: MergeInput): Annotation[] {
  const seen = new Map(base.map((a) => [a.id, a.modified]));
  return mergeStates({ annotations: [...ours], deleted: [] }, { annotations: [...theirs], deleted: [] }, { seen }).annotations;
}

function byId(list: readonly Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}

function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}
