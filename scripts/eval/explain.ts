// `npx tsx scripts/eval/explain.ts SET docA "needle A" docB "needle B"`: why two passages of a labelled set
// are (or are not) one fact: the facts read from each passage's sentence, the stance of every pair of
// them, and the claim each sits in. A debugging aid for the labelled sets; prints, asserts nothing.
import { Corpus } from '../../src/core/corpus';
import { compareFacts } from '../../src/core/facts/compare';
import type { Fact } from '../../src/core/model';
import { SETS_DIR, locate, readSet, readTexts } from './sets';
import * as path from 'node:path';

const [setName, docA, needleA, docB, needleB] = process.argv.slice(2);
const set = readSet(path.join(SETS_DIR, `${setName}.json`));
const texts = readTexts(set);
const corpus = new Corpus();
corpus.updateMany([...texts].map(([id, text]) => ({ id, text })));
const claims = corpus.claims();
const show = (f: Fact) => `${f.id} ${f.kind}/${f.figureKind ?? ''} "${f.value?.text ?? (f.words ?? []).slice(0, 6).join(' ')}" [${f.value?.lo}..${f.value?.hi} ${f.value?.unit ?? ''}] measure=${f.measure} pred=${f.predicate} holder=${f.holder} scope=${f.scope} time=${f.time} role=${f.role}${f.condition ? ' cond=' + f.condition : ''}${f.inList ? ' inList' : ''}${f.speakerKey ? ' speaker=' + f.speakerKey : ''}`;
const sides = [[docA, needleA], [docB, needleB]].map(([doc, needle]) => {
  const span = locate(texts, { doc, needle });
  const a = corpus.document(doc)!;
  const facts = (a.facts ?? []).filter((f) => f.sentence.start <= span.start && span.start < f.sentence.end);
  const sentence = facts[0]?.sentence ?? a.sentences.find((s) => s.start <= span.start && span.start < s.end);
  console.log(`\n${doc}: ${sentence ? texts.get(doc)!.slice(sentence.start, sentence.end).replace(/\s+/g, ' ') : '(no sentence)'}`);
  for (const f of facts) { console.log('  ' + show(f)); }
  const inClaims = claims.filter((c) => [c, ...c.corroborating, ...c.conflicting, ...(c.updates ?? []), ...(c.related ?? [])].some((p) => p.doc === doc && p.start <= span.start && span.start < p.end));
  for (const c of inClaims) { console.log(`  in claim ${c.id}: ${c.text.slice(0, 80).replace(/\s+/g, ' ')} (+${c.corroborating.length} corr, ${c.conflicting.length} confl)`); }
  return { doc, facts, a };
});
console.log('\npairs:');
for (const x of sides[0].facts) {
  for (const y of sides[1].facts) {
    const rel = compareFacts({ fact: x, doc: docA, reported: sides[0].a.reported ?? null, names: new Set(sides[0].a.entities.map((e) => e.key)) },
      { fact: y, doc: docB, reported: sides[1].a.reported ?? null, names: new Set(sides[1].a.entities.map((e) => e.key)) });
    console.log(`  ${x.id} ~ ${y.id}: ${JSON.stringify(rel)}`);
  }
}
