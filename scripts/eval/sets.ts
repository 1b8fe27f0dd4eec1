// Loading and checking the labelled evaluation sets of test/eval/sets (format: test/eval/README.md).
// `npx tsx scripts/eval/sets.ts [set.json ...]` checks that every needle occurs exactly once in its document.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../../src/core/text/decode';

export interface Needle { doc: string; needle: string }
export interface PairItem { a: Needle; b: Needle; fact?: string; why?: string; pattern?: string; speaker?: string }
export interface GroupItem { fact: string; passages: Needle[] }
export interface EvalSet {
  name: string;
  root: string;
  files: string[];
  notes?: string;
  conflicts: PairItem[];
  corroborations: GroupItem[];
  updates: GroupItem[];
  traps: PairItem[];
  wording?: PairItem[];
  /** Pairs about different things that even linking as corroborating would be wrong. */
  distinct?: PairItem[];
}

export const PROJECT = path.resolve(__dirname, '../..');
export const SETS_DIR = path.join(PROJECT, 'test/eval/sets');

export function readSet(file: string): EvalSet {
  const set = JSON.parse(fs.readFileSync(file, 'utf8')) as EvalSet;
  set.conflicts ??= []; set.corroborations ??= []; set.updates ??= []; set.traps ??= []; set.wording ??= []; set.distinct ??= [];
  return set;
}

/** The documents' decoded text, keyed by file name. */
export function readTexts(set: EvalSet): Map<string, string> {
  const root = path.resolve(PROJECT, set.root);
  const out = new Map<string, string>();
  for (const f of set.files) { out.set(f, decodeText(fs.readFileSync(path.join(root, f))).text); }
  return out;
}

export function needlesOf(set: EvalSet): Needle[] {
  const out: Needle[] = [];
  for (const p of [...set.conflicts, ...set.traps, ...(set.wording ?? []), ...(set.distinct ?? [])]) { out.push(p.a, p.b); }
  for (const g of [...set.corroborations, ...set.updates]) { out.push(...g.passages); }
  return out;
}

/** Offset of the needle in its document; throws with a clear message when it is missing or not unique. */
export function locate(texts: Map<string, string>, n: Needle): { start: number; end: number } {
  const t = texts.get(n.doc);
  if (t === undefined) { throw new Error(`needle ${JSON.stringify(n.needle)}: document ${n.doc} is not in the set's files`); }
  const i = t.indexOf(n.needle);
  if (i < 0) { throw new Error(`needle ${JSON.stringify(n.needle)} not found in ${n.doc}`); }
  if (t.indexOf(n.needle, i + 1) >= 0) { throw new Error(`needle ${JSON.stringify(n.needle)} occurs more than once in ${n.doc}: lengthen it`); }
  return { start: i, end: i + n.needle.length };
}

export function checkSet(set: EvalSet): string[] {
  const texts = readTexts(set);
  const errors: string[] = [];
  for (const n of needlesOf(set)) {
    try { locate(texts, n); } catch (e) { errors.push((e as Error).message); }
  }
  return errors;
}

if (require.main === module) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : fs.readdirSync(SETS_DIR).filter((f) => f.endsWith('.json')).map((f) => path.join(SETS_DIR, f));
  let bad = 0;
  for (const f of files) {
    const set = readSet(f);
    const errors = checkSet(set);
    bad += errors.length;
    console.log(`${set.name}: ${needlesOf(set).length} needles, ${errors.length} problems`);
    for (const e of errors) { console.log('  ' + e); }
  }
  process.exit(bad ? 1 : 0);
}
