// A store file that git left with conflict markers (two colleagues annotated on two branches, then merged).
// Resolving every hunk to one side gives that side's file (plus the other side's non-conflicting changes,
// which git already applied), so each side parses on its own and the two are merged by id.
//
// Hand-written: the marker format is four line prefixes (git's merge and diff3/zdiff3 styles); the npm
// packages for it resolve to a side, they do not hand back both texts, which is what the merge needs.
import { AnnotationFileError, parseStoreFile } from './annotation';
import { mergeStates, type AnnotationState } from './merge';

export interface ConflictSides {
  ours: string;
  theirs: string;
  /** Present with `merge.conflictStyle = diff3` / `zdiff3`: the common ancestor's hunks. */
  base?: string;
  /** Number of conflict hunks. */
  hunks: number;
}

const START = /^<{7}(?:[ \t].*)?$/;
const BASE = /^\|{7}(?:[ \t].*)?$/;
const SEP = /^={7}[ \t]*$/;
const END = /^>{7}(?:[ \t].*)?$/;

/**
 * Splits a text with git conflict markers into its sides. Undefined when the text has no complete,
 * well-nested marker block (then it is not a conflict, just a broken file).
 */
export function splitConflict(text: string): ConflictSides | undefined {
  const lines = text.split(/(?<=\n)/); // keep line ends, so each side is byte-exact
  const ours: string[] = [];
  const theirs: string[] = [];
  const base: string[] = [];
  let hasBase = false;
  let hunks = 0;
  let state: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  for (const line of lines) {
    const bare = line.replace(/\r?\n$/, '');
    switch (state) {
      case 'common':
        if (START.test(bare)) { state = 'ours'; hunks++; continue; }
        if (BASE.test(bare) || SEP.test(bare) || END.test(bare)) { return undefined; }
        ours.push(line); theirs.push(line); base.push(line);
        break;
      case 'ours':
        if (BASE.test(bare)) { state = 'base'; hasBase = true; continue; }
        if (SEP.test(bare)) { state = 'theirs'; continue; }
        if (START.test(bare) || END.test(bare)) { return undefined; }
        ours.push(line);
        break;
      case 'base':
        if (SEP.test(bare)) { state = 'theirs'; continue; }
        if (START.test(bare) || BASE.test(bare) || END.test(bare)) { return undefined; }
        base.push(line);
        break;
      case 'theirs':
        if (END.test(bare)) { state = 'common'; continue; }
        if (START.test(bare) || BASE.test(bare) || SEP.test(bare)) { return undefined; }
        theirs.push(line);
        break;
    }
  }
  if (state !== 'common' || hunks === 0) { return undefined; }
  return { ours: ours.join(''), theirs: theirs.join(''), ...(hasBase ? { base: base.join('') } : {}), hunks };
}

export type StoreText =
  | { kind: 'ok'; state: AnnotationState; skipped: string[]; version: number }
  | { kind: 'conflict'; state: AnnotationState; skipped: string[]; detail: string }
  | { kind: 'corrupt'; reason: string };

/**
 * Reads the text of a store file: plain, or with git conflict markers (both sides merged by id, newer edit
 * wins, either side's tombstones honoured; with diff3 markers an entry of the base missing from a side is
 * deleted there). A side that does not parse is left out and named in `detail`; when neither parses, or the
 * text is neither JSON nor a conflict, it is corrupt.
 */
export function readStoreText(text: string): StoreText {
  try {
    const { annotations, deleted, skipped, version } = parseStoreFile(text);
    return { kind: 'ok', state: { annotations, deleted }, skipped, version };
  } catch (e) {
    if (!(e instanceof AnnotationFileError)) { throw e; }
    const sides = splitConflict(text);
    const merged = sides && mergeConflictSides(sides);
    return merged ?? { kind: 'corrupt', reason: e.message };
  }
}

function mergeConflictSides(sides: ConflictSides): StoreText | undefined {
  const parse = (t: string) => { try { return parseStoreFile(t); } catch { return undefined; } };
  const ours = parse(sides.ours);
  const theirs = parse(sides.theirs);
  if (!ours && !theirs) { return undefined; }
  const base = sides.base === undefined ? undefined : parse(sides.base);
  const seen = new Map((base?.annotations ?? []).map((a) => [a.id, a.modified]));
  const empty: AnnotationState = { annotations: [], deleted: [] };
  const state = mergeStates(ours ?? empty, theirs ?? empty, { seen });
  const side = (s: typeof ours, name: string) => (s ? `${s.annotations.length} on ${name}` : `${name} unreadable`);
  const n = sides.hunks;
  return {
    kind: 'conflict', state,
    skipped: [...(ours?.skipped ?? []), ...(theirs?.skipped ?? [])],
    detail: `${n} git conflict${n === 1 ? '' : 's'}: ${side(ours, 'our side')}, ${side(theirs, 'their side')}, `
      + `${state.annotations.length} after merging`,
  };
}
