// `npx tsx scripts/eval/triage.ts [SET...]`: sorts the missed corroboration pairs of the labelled sets by
// where the engine lost them, so work goes where the misses are:
//   no fact      one passage carries no figure, date or quote (a paraphrase: sentence-level matching)
//   none/related/update/conflict   both carry facts and the best stance between them is that
//   same         the facts agree but the passages were never linked (retrieval, story gate, grouping)
// A debugging aid; prints, asserts nothing.
import { compareFacts, type FactRelation } from '../../src/core/facts/compare';
import type { Fact } from '../../src/core/model';
import { locate, type Needle } from './sets';
import { scoredSets } from './scored';

const wanted = process.argv.slice(2);
const RANK: Record<FactRelation['type'], number> = { same: 5, variant: 4, update: 3, conflict: 2, related: 1, none: 0 };
const buckets = new Map<string, string[]>();
for (const { set, texts, corpus, score: s, storyOf } of scoredSets(wanted)) {
  const side = (n: Needle) => {
    const span = locate(texts, n);
    const a = corpus.document(n.doc)!;
    // the facts the needle overlaps; else every fact of its sentence
    const all = a.facts ?? [];
    let facts = all.filter((f) => f.kind !== 'quote' && f.start < span.end && span.start < f.end);
    if (!facts.length) { facts = all.filter((f) => f.sentence.start <= span.start && span.start < f.sentence.end); }
    return { n, facts, a };
  };
  for (const m of s.missedCorroborations) {
    const x = side(m.a);
    const y = side(m.b);
    let best: FactRelation | null = null;
    let pair: [Fact, Fact] | null = null;
    for (const f of x.facts) {
      for (const g of y.facts) {
        const rel = compareFacts({ fact: f, doc: m.a.doc, reported: x.a.reported ?? null, names: new Set(x.a.entities.map((e) => e.key)) },
          { fact: g, doc: m.b.doc, reported: y.a.reported ?? null, names: new Set(y.a.entities.map((e) => e.key)) });
        if (!best || RANK[rel.type] > RANK[best.type]) { best = rel; pair = [f, g]; }
      }
    }
    const split = storyOf.get(m.a.doc) !== storyOf.get(m.b.doc) ? ' (different stories)' : '';
    const key = !x.facts.length || !y.facts.length ? 'no fact' : best!.type + (best!.type === 'same' ? split : '');
    const desc = pair ? `${pair[0].value?.text ?? pair[0].words?.slice(0, 4).join(' ')} [${pair[0].measure}/${pair[0].predicate}/${pair[0].holder}] ~ ${pair[1].value?.text ?? pair[1].words?.slice(0, 4).join(' ')} [${pair[1].measure}/${pair[1].predicate}/${pair[1].holder}] ${JSON.stringify(best)}` : '';
    const list = buckets.get(key) ?? [];
    list.push(`${set.name}: ${m.a.doc} "${m.a.needle}" + ${m.b.doc} "${m.b.needle}" ${desc}`);
    buckets.set(key, list);
  }
}
for (const [k, list] of [...buckets].sort((p, q) => q[1].length - p[1].length)) {
  console.log(`\n## ${k}: ${list.length}`);
  for (const l of list) { console.log('  ' + l); }
}
