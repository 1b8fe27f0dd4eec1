// `npx tsx scripts/eval/ctriage.ts [SET...]`: each missed gold conflict with the facts of both passages and the
// best stance between them, bucketed like triage.ts. A debugging aid; prints, asserts nothing.
import { compareFacts, type FactRelation } from '../../src/core/facts/compare';
import type { Fact } from '../../src/core/model';
import { locate, type Needle } from './sets';
import { scoredSets } from './scored';

const wanted = process.argv.slice(2);
const RANK: Record<FactRelation['type'], number> = { conflict: 6, same: 5, variant: 4, update: 3, related: 1, none: 0 };
const show = (f: Fact) => `"${f.value?.text ?? (f.words ?? []).slice(0, 6).join(' ')}" ${f.kind}/${f.figureKind ?? ''} m=${f.measure} p=${f.predicate} h=${f.holder} s=${f.scope} t=${f.time} r=${f.role}`;
for (const { set, texts, corpus, score: s, storyOf } of scoredSets(wanted)) {
  const side = (n: Needle) => {
    const span = locate(texts, n);
    const a = corpus.document(n.doc)!;
    const all = a.facts ?? [];
    const sent = a.sentences.find((x) => x.start <= span.start && span.start < x.end);
    const facts = all.filter((f) => f.sentence.start <= span.start && span.start < f.sentence.end);
    return { n, facts, a, sent: sent ? texts.get(n.doc)!.slice(sent.start, sent.end).replace(/\s+/g, ' ') : '' };
  };
  for (const m of s.missedConflicts) {
    const x = side(m.a); const y = side(m.b);
    let best: FactRelation | null = null; let pair: [Fact, Fact] | null = null;
    for (const f of x.facts) for (const g of y.facts) {
      const rel = compareFacts({ fact: f, doc: m.a.doc, reported: x.a.reported ?? null, names: new Set(x.a.entities.map((e) => e.key)) },
        { fact: g, doc: m.b.doc, reported: y.a.reported ?? null, names: new Set(y.a.entities.map((e) => e.key)) });
      if (!best || RANK[rel.type] > RANK[best.type]) { best = rel; pair = [f, g]; }
    }
    const split = storyOf.get(m.a.doc) !== storyOf.get(m.b.doc) ? ' (different stories)' : '';
    console.log(`\n### ${set.name}: ${m.fact}  => ${best ? best.type : 'no fact'}${split}${m.note ? ' note=' + m.note : ''}`);
    console.log(`  A ${m.a.doc} [${m.a.needle}]: ${x.sent.slice(0, 300)}`);
    for (const f of x.facts) console.log('     ' + show(f));
    console.log(`  B ${m.b.doc} [${m.b.needle}]: ${y.sent.slice(0, 300)}`);
    for (const f of y.facts) console.log('     ' + show(f));
    if (pair) console.log(`  best: ${show(pair[0])} ~ ${show(pair[1])} ${JSON.stringify(best)}`);
    if (pair) {
      // where the pair is lost in the linker: candidate gate, link made, judged stance
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const L = (corpus as any).linker as any;
      const nodeOf = (doc: string, f: Fact) => { for (const u of L.docs.get(doc).units) { const k = u.facts.findIndex((g: Fact) => g.id === f.id); if (k >= 0) { return { u, nid: u.uid * 64 + k + 1 }; } } return null; };
      const na = nodeOf(m.a.doc, pair[0]); const nb = nodeOf(m.b.doc, pair[1]);
      const inStory = L.docs.get(m.a.doc).story.has(m.b.doc);
      const link = na && nb ? L.links.get(na.nid)?.get(nb.nid) : undefined;
      const sim = na && nb ? L.unitIndex.similarity(na.u.uid, nb.u.uid) : NaN;
      const judged = na && nb ? L.judge(na.u, na.nid % 64 - 1, nb.u, nb.nid % 64 - 1, () => L.copies(na.u, nb.u)) : null;
      console.log(`  linker: inStoryGate=${inStory} sim=${sim.toFixed(3)} link=${link ? link.type : 'none'} judge=${JSON.stringify(judged)}`);
    }
  }
}
