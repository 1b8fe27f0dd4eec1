// `npm run train:ner`: trains the entity tagger (src/core/lang/en/ner) on CoNLL-2003 eng.train
// and writes its packed weights to src/core/lang/en/ner/weights.ts, then prints P/R/F1 per type
// on eng.testa (the development split: tuned on, never trained on) with the shipped weights.
// Deterministic: fixed document order shuffled by a seeded generator, so the same data gives the
// same bytes. Options: --epochs N, --min W (pruning threshold on |weight| before quantizing).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContext } from '../src/core/text/context';
import { buildWords } from '../src/core/extract/entities/words';
import { NTAGFEATS, NTAGS, TYPES, allowed, tagFeatures, viewOf, type TokenView } from '../src/core/lang/en/ner/features';
import { spansOf, modelFrom, tag, type TagSpan, needsScore } from '../src/core/lang/en/ner/tagger';
import { encode, decode } from '../src/core/lang/en/ner/codec';
import { nerInput, type NerInput } from '../src/core/lang/en/ner/index';
import { readConll, type ConllDoc, type GoldType } from './eval-lang/conll';

const DATA = process.env.CONLL_DIR ?? join(__dirname, '../../shared/training/conll2003');
const arg = (name: string, def: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : def; };
const EPOCHS = arg('--epochs', 10);
const MIN = arg('--min', 0.02);
const GOLD_PATH = process.argv.includes('--gold-path');
const OUT = join(__dirname, '../src/core/lang/en/ner/weights.ts');

interface Prepared { inp: NerInput; view: TokenView; stat: Int32Array[]; gold: Uint8Array; doc: ConllDoc }

const TYPE_INDEX: Record<GoldType, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

function prepare(doc: ConllDoc): Prepared {
  const ctx = buildContext(doc.text);
  const words = buildWords(ctx);
  const inp = nerInput(doc.text, words);
  const toks = inp.tokens;
  const gold = new Uint8Array(toks.length);
  let k = 0;
  for (const e of doc.entities) {
    while (k < toks.length && toks[k].start < e.start) { k++; }
    let first = true;
    for (let j = k; j < toks.length && toks[j].start < e.end; j++) {
      gold[j] = 1 + 2 * TYPE_INDEX[e.type] + (first ? 0 : 1);
      first = false;
    }
  }
  const view = viewOf(inp);
  const stat = Array.from({ length: view.n }, (_, i) => view.stat(i).slice());
  return { inp, view, stat, gold, doc };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Trainer {
  index = new Map<number, number>();
  ids: number[] = [];
  w = new Float64Array(1 << 20);
  u = new Float64Array(1 << 20);
  c = 1;

  row(id: number, create: boolean): number {
    let r = this.index.get(id);
    if (r === undefined) {
      if (!create) { return -1; }
      r = this.ids.length;
      this.index.set(id, r);
      this.ids.push(id);
      if ((r + 1) * NTAGS > this.w.length) {
        const w = new Float64Array(this.w.length * 2); w.set(this.w); this.w = w;
        const u = new Float64Array(this.u.length * 2); u.set(this.u); this.u = u;
      }
    }
    return r;
  }

  score(feats: ArrayLike<number>, n: number, score: Float64Array): void {
    for (let k = 0; k < n; k++) {
      const r = this.index.get(feats[k]);
      if (r === undefined) { continue; }
      const o = r * NTAGS;
      for (let t = 0; t < NTAGS; t++) { score[t] += this.w[o + t]; }
    }
  }

  update(feats: ArrayLike<number>, n: number, good: number, bad: number): void {
    for (let k = 0; k < n; k++) {
      const o = this.row(feats[k], true) * NTAGS;
      this.w[o + good] += 1; this.u[o + good] += this.c;
      this.w[o + bad] -= 1; this.u[o + bad] -= this.c;
    }
  }

  averaged(): Float64Array {
    const n = this.ids.length * NTAGS;
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) { out[k] = this.w[k] - this.u[k] / this.c; }
    return out;
  }
}

function trainEpoch(tr: Trainer, docs: Prepared[]): number {
  const score = new Float64Array(NTAGS);
  const tf = new Int32Array(NTAGFEATS);
  let errors = 0;
  for (const d of docs) {
    const v = d.view;
    let p1 = 0;
    let p2 = 0;
    for (let i = 0; i < v.n; i++) {
      let t = 0;
      if (needsScore(v, i, p1)) {
        score.fill(0);
        tr.score(d.stat[i], d.stat[i].length, score);
        tagFeatures(v, i, p1, p2, tf);
        tr.score(tf, NTAGFEATS, score);
        let bs = -Infinity;
        for (let k = 0; k < NTAGS; k++) { if (score[k] > bs && allowed(p1, k)) { bs = score[k]; t = k; } }
        let g = d.gold[i];
        if (!allowed(p1, g)) { g -= 1; } // I-X after another type: learn B-X
        if (t !== g) {
          errors++;
          tr.update(d.stat[i], d.stat[i].length, g, t);
          tr.update(tf, NTAGFEATS, g, t);
        }
        tr.c++;
      }
      // Follow the predicted path (as tagging will) unless --gold-path.
      p2 = p1;
      p1 = GOLD_PATH ? d.gold[i] : t;
    }
  }
  return errors;
}

interface Counts { tp: number[]; fp: number[]; fn: number[] }

function evaluate(docs: Prepared[], predict: (d: Prepared) => TagSpan[]): Counts {
  const c: Counts = { tp: [0, 0, 0, 0], fp: [0, 0, 0, 0], fn: [0, 0, 0, 0] };
  for (const d of docs) {
    const toks = d.inp.tokens;
    const text = d.doc.text;
    const pred = new Set<string>();
    for (const s of predict(d)) {
      const last = toks[s.last];
      let end = last.end;
      if (/['’]s$/.test(last.text)) { end -= 2; }
      if (text[end] === '.' && text[end - 2] === '.' && /\p{Lu}/u.test(text[end - 1])) { end++; }
      pred.add(`${toks[s.first].start}:${end}:${s.type}`);
    }
    const gold = new Set(d.doc.entities.map((e) => `${e.start}:${e.end}:${TYPE_INDEX[e.type]}`));
    for (const p of pred) { const t = Number(p.split(':')[2]); if (gold.has(p)) { c.tp[t]++; } else { c.fp[t]++; } }
    for (const g of gold) { if (!pred.has(g)) { c.fn[Number(g.split(':')[2])]++; } }
  }
  return c;
}

function report(c: Counts): void {
  const line = (name: string, tp: number, fp: number, fn: number) => {
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f = p + r ? 2 * p * r / (p + r) : 0;
    console.log(`  ${name.padEnd(8)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (gold ${tp + fn}, predicted ${tp + fp})`);
  };
  for (let t = 0; t < 4; t++) { line(TYPES[t], c.tp[t], c.fp[t], c.fn[t]); }
  const sum = (a: number[]) => a[0] + a[1] + a[2];
  line('PER+ORG+LOC', sum(c.tp), sum(c.fp), sum(c.fn));
}

function main(): void {
  const t0 = Date.now();
  const train = readConll(join(DATA, 'eng.train')).map(prepare);
  const dev = readConll(join(DATA, 'eng.testa')).map(prepare);
  console.log(`train: ${train.length} documents, dev: ${dev.length}; features ready in ${Date.now() - t0} ms`);
  const tr = new Trainer();
  const rnd = mulberry32(20030);
  const order = train.slice();
  for (let e = 1; e <= EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    const err = trainEpoch(tr, order);
    console.log(`epoch ${e}: ${err} errors, ${tr.ids.length} features`);
  }
  const avg = tr.averaged();
  // Prune rows whose largest weight is small, then quantize to signed bytes.
  const keep: number[] = [];
  const all: number[] = [];
  for (let r = 0; r < tr.ids.length; r++) {
    let m = 0;
    for (let t = 0; t < NTAGS; t++) { m = Math.max(m, Math.abs(avg[r * NTAGS + t])); }
    if (m >= MIN) { keep.push(r); all.push(m); }
  }
  all.sort((a, b) => a - b);
  const maxAbs = all[Math.floor(all.length * 0.9995)] ?? 1;
  const scale = maxAbs / 127;
  const ids = new Int32Array(keep.length);
  const q = new Int8Array(keep.length * NTAGS);
  keep.forEach((r, k) => {
    ids[k] = tr.ids[r];
    for (let t = 0; t < NTAGS; t++) { q[k * NTAGS + t] = Math.max(-127, Math.min(127, Math.round(avg[r * NTAGS + t] / scale))); }
  });
  const b64 = encode(ids, q, scale);
  writeFileSync(OUT, `// Generated by \`npm run train:ner\` (scripts/train-ner.ts) from CoNLL-2003 eng.train: ${keep.length} features\n`
    + `// of ${tr.ids.length}, ${EPOCHS} epochs, pruned below ${MIN}, quantized to bytes. Do not edit.\n`
    + `export const WEIGHTS =\n  '${b64}';\n`);
  console.log(`wrote ${OUT}: ${keep.length} features, ${b64.length} base64 chars`);

  const p = decode(b64);
  const m = modelFrom(p.ids, p.weights);
  const t1 = Date.now();
  const c = evaluate(dev, (d) => spansOf(tag(m, d.inp)));
  const ms = Date.now() - t1;
  const ntok = dev.reduce((s, d) => s + d.inp.tokens.length, 0);
  console.log(`dev (eng.testa), shipped weights, tagger alone (${ntok} tokens in ${ms} ms incl. features):`);
  report(c);
}

main();
