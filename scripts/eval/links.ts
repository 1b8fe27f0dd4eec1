// `npx tsx scripts/eval/links.ts [SET...] > links.txt`: every cross-document corroborating pair the engine
// predicts, one line each (sorted, so two runs diff cleanly), marked G when a gold corroboration group holds
// both passages and ? otherwise. Diffing the list before and after a change shows the links it made and lost,
// so a new agreement rule is read on what it links, not only on the recall it buys. Prints, asserts nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus';
import type { Span } from '../../src/core/model';
import { SETS_DIR, locate, readSet, readTexts } from './sets';

const wanted = process.argv.slice(2);
const lines: string[] = [];
for (const file of fs.readdirSync(SETS_DIR).filter((f) => f.endsWith('.json')).sort()) {
  const set = readSet(path.join(SETS_DIR, file));
  if (wanted.length && !wanted.includes(set.name)) { continue; }
  const texts = readTexts(set);
  const corpus = new Corpus();
  corpus.updateMany(set.files.map((f) => ({ id: f, text: texts.get(f)! })));
  const gold = set.corroborations.map((g) => g.passages.map((n) => ({ doc: n.doc, ...locate(texts, n) })));
  type P = { doc: string; start: number; end: number; focus?: Span };
  const holds = (p: P, n: { doc: string; start: number; end: number }) => p.doc === n.doc && p.start <= n.start && n.end <= p.end;
  const show = (p: P) => {
    const t = texts.get(p.doc)!;
    const f = p.focus ? t.slice(p.focus.start, p.focus.end) : '';
    const s = t.slice(p.start, p.end).replace(/\s+/g, ' ');
    const i = p.focus ? Math.max(0, p.focus.start - p.start - 40) : 0;
    return `${p.doc} «${f}» …${s.slice(i, i + 90)}…`;
  };
  for (const c of corpus.claims()) {
    for (const e of c.corroborating as P[]) {
      if (e.doc === c.doc) { continue; }
      const g = gold.some((grp) => grp.some((n) => holds(c, n)) && grp.some((n) => holds(e, n)));
      const [x, y] = [show(c), show(e)].sort();
      lines.push(`${g ? 'G' : '?'} ${set.name} | ${x} | ${y}`);
    }
  }
}
console.log([...new Set(lines)].sort().join('\n'));
