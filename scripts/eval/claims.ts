// `npx tsx scripts/eval/claims.ts SET ["needle"]`: the claims the engine builds for a labelled set, each with
// its focus, corroborating (+), conflicting (X), update (U) and related (R) passages. With a needle, only the
// claims one of whose passages contains it; without, only claims with conflicts. A debugging aid; asserts nothing.
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus';
import type { Span } from '../../src/core/model';
import { SETS_DIR, readSet, readTexts } from './sets';

interface Passage { doc: string; start: number; end: number; focus?: Span; ours?: Span; theirs?: Span; reason?: string; note?: string }

const [setName, needle] = process.argv.slice(2);
const set = readSet(path.join(SETS_DIR, `${setName}.json`));
const texts = readTexts(set);
const corpus = new Corpus();
corpus.updateMany([...texts].map(([id, text]) => ({ id, text })));
const at = (doc: string, s?: Span) => (s ? texts.get(doc)!.slice(s.start, s.end) : '');
const full = (p: Passage) => texts.get(p.doc)!.slice(p.start, p.end).replace(/\s+/g, ' ');
for (const c of corpus.claims()) {
  const all: Passage[] = [c, ...c.corroborating, ...c.conflicting, ...(c.updates ?? []), ...(c.related ?? [])];
  if (needle ? !all.some((p) => full(p).includes(needle)) : !c.conflicting.length) { continue; }
  console.log(`\n${c.id} [${c.doc}] «${at(c.doc, c.focus)}» ${full(c).slice(0, 100)}`);
  for (const e of c.corroborating as Passage[]) { console.log(`  + ${e.doc} «${at(e.doc, e.focus)}» | ${full(e).slice(0, 90)}`); }
  for (const e of c.conflicting as Passage[]) { console.log(`  X ${e.doc} ours=«${at(c.doc, e.ours)}» theirs=«${at(e.doc, e.theirs)}» ${e.reason ?? ''}`); }
  for (const e of (c.updates ?? []) as Passage[]) { console.log(`  U ${e.doc} «${at(e.doc, e.theirs)}» | ${full(e).slice(0, 80)}`); }
  for (const e of (c.related ?? []) as Passage[]) { console.log(`  R ${e.doc} «${at(e.doc, e.focus)}» ${e.note ?? ''}`); }
}
