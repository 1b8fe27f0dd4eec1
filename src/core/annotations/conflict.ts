// A store file that git left with conflict markers (two colleagues annotated on two branches, then merged).
// Resolving every hunk to one side gives that side's file (plus the other side's non-conflicting changes,
// which git already applied), so each side parses on its own and the two are merged by id.
//
// Hand-written: the marker format is four line prefixes (git's merge and diff3/zdiff3 styles); the npm
// packages for it resolve to a side, they do not hand back both texts, which is what the merge needs.

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
