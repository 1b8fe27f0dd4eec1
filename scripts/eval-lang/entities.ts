// `npm run eval:lang` (entities half): exact-span P/R/F1 of the product's entity extraction
// (analyseDocument -> extractEntities, tagger + rules) on CoNLL-2003 eng.testa, the development
// split, beside compromise's people()/organizations()/places() on the same detokenized text.
// Gold MISC is not scored (the product does not emit it); a predicted span counts when its start,
// end and type all match a gold PER/ORG/LOC entity.
import { join } from 'node:path';
import { analyseDocument } from '../../src/core/analyse';
import { readConll, type ConllDoc } from './conll';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '../../../shared/training/conll2003');
const TYPES = ['person', 'organization', 'place'] as const;
type T = (typeof TYPES)[number];
const GOLD: Record<string, T | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };

interface Span { start: number; end: number; type: T }
type Counts = Record<T, { tp: number; fp: number; fn: number }>;

function score(docs: ConllDoc[], predict: (d: ConllDoc) => Span[]): { c: Counts; ms: number; errors: Map<string, number> } {
  const c = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Counts;
  const errors = new Map<string, number>();
  const preds: Span[][] = [];
  const t0 = performance.now();
  for (const d of docs) { preds.push(predict(d)); }
  const ms = performance.now() - t0;
  docs.forEach((d, i) => {
    const gold = new Map<string, T>();
    for (const e of d.entities) { const t = GOLD[e.type]; if (t) { gold.set(`${e.start}:${e.end}`, t); } }
    const misc = new Set(d.entities.filter((e) => e.type === 'MISC').map((e) => `${e.start}:${e.end}`));
    const seen = new Set<string>();
    for (const p of preds[i]) {
      const k = `${p.start}:${p.end}`;
      if (seen.has(k)) { continue; }
      seen.add(k);
      if (gold.get(k) === p.type) { c[p.type].tp++; continue; }
      c[p.type].fp++;
      const why = gold.has(k) ? `type ${gold.get(k)}->${p.type}` : misc.has(k) ? `MISC->${p.type}` : `span ${p.type}`;
      errors.set(why, (errors.get(why) ?? 0) + 1);
    }
    for (const [k, t] of gold) {
      if (!preds[i].some((p) => `${p.start}:${p.end}` === k && p.type === t)) {
        c[t].fn++;
        if (!preds[i].some((p) => `${p.start}:${p.end}` === k)) { errors.set(`missed ${t}`, (errors.get(`missed ${t}`) ?? 0) + 1); }
      }
    }
  });
  return { c, ms, errors };
}

function prf(tp: number, fp: number, fn: number): string {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f = p + r ? 2 * p * r / (p + r) : 0;
  return `${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)}`;
}

function ours(d: ConllDoc): Span[] {
  return analyseDocument('conll', d.text).entities.map((e) => ({ start: e.start, end: e.end, type: e.type }));
}

/** The part of compromise's API read here: a match list's JSON with character offsets. */
interface NlpMatch { json(opts: { offset: true }): Array<{ offset: { start: number; length: number } }> }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlp = require('compromise') as (t: string) => { people(): NlpMatch; organizations(): NlpMatch; places(): NlpMatch };

function compromise(d: ConllDoc): Span[] {
  const doc = nlp(d.text);
  const out: Span[] = [];
  const add = (list: ReturnType<NlpMatch['json']>, type: T) => {
    for (const x of list) {
      const start = x.offset.start;
      let end = start + x.offset.length;
      // Trailing punctuation and possessives are not part of the name.
      while (end > start && /[^\p{L}\p{N}.]/u.test(d.text[end - 1])) { end--; }
      if (/['’]s$/.test(d.text.slice(start, end))) { end -= 2; }
      if (d.text[end - 1] === '.' && !/\p{Lu}\.$/u.test(d.text.slice(start, end))) { end--; }
      out.push({ start, end, type });
    }
  };
  add(doc.people().json({ offset: true }), 'person');
  add(doc.organizations().json({ offset: true }), 'organization');
  add(doc.places().json({ offset: true }), 'place');
  return out;
}

function main(): void {
  const docs = readConll(join(DATA, 'eng.testa'));
  const tokens = docs.reduce((s, d) => s + d.tokens, 0);
  console.log(`Entities on CoNLL-2003 eng.testa (development split): ${docs.length} documents, ${tokens} tokens; exact spans\n`);
  for (const d of docs.slice(0, 3)) { ours(d); } // warm-up: lexicon and tagger model load
  const rows: Array<[string, ReturnType<typeof score>]> = [['Triangulate', score(docs, ours)], ['compromise', score(docs, compromise)]];
  console.log('| system | type | P | R | F1 |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const [name, r] of rows) {
    for (const t of TYPES) { console.log(`| ${name} | ${t} | ${prf(r.c[t].tp, r.c[t].fp, r.c[t].fn)} |`); }
    const s = TYPES.reduce((a, t) => ({ tp: a.tp + r.c[t].tp, fp: a.fp + r.c[t].fp, fn: a.fn + r.c[t].fn }), { tp: 0, fp: 0, fn: 0 });
    console.log(`| ${name} | overall | ${prf(s.tp, s.fp, s.fn)} |`);
  }
  console.log('');
  for (const [name, r] of rows) {
    console.log(`${name}: ${r.ms.toFixed(0)} ms (${Math.round(tokens / r.ms * 1000).toLocaleString('en-US')} tokens/s)`);
  }
  const ourErr = [...rows[0][1].errors].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`\nTriangulate's errors by kind: ${ourErr.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

main();
