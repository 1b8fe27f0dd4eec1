// One benchmark contender, run in its own process so that its peak memory (maxRSS) is its own.
// Usage: node contender.js <text|engine|wink|compromise|corpus|update> <base|x10> <corpusDir> [docLimit]
// Prints one JSON line: { docs, words, ms, maxRSSMB, note? }.
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyseDocument } from '../../src/core/analyse';
import { Corpus } from '../../src/core/corpus';
import { decodeText } from '../../src/core/text/decode';
import { buildContext } from '../../src/core/text/context';

const [, , which, size, dir, limitArg] = process.argv;

function loadDocs(): { id: string; text: string }[] {
  const base = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f) => ({ id: f, text: decodeText(readFileSync(path.join(dir, f))).text }));
  if (size !== 'x10') { return base; }
  const out = [...base];
  for (let k = 1; k < 10; k++) {
    for (const d of base) { out.push({ id: `copy${k}/${d.id}`, text: perturb(d.text, k) }); }
  }
  return out;
}

/** A deterministic variant of an article: paragraphs rotated, every third number shifted by k,
 *  so copies are not byte-identical (no cache or dedup can shortcut them) but read the same. */
function perturb(text: string, k: number): string {
  const lines = text.split('\n');
  const [head, ...body] = lines;
  const r = body.length ? (k * 7) % body.length : 0;
  let n = 0;
  return [head, ...body.slice(r), ...body.slice(0, r)].join('\n')
    .replace(/\d+/g, (d) => (n++ % 3 === 0 ? String(Number(d) + k) : d));
}

const words = (docs: { text: string }[]) => docs.reduce((s, d) => s + (d.text.match(/\S+/g)?.length ?? 0), 0);

function main(): void {
  let docs = loadDocs();
  const limit = limitArg ? Number(limitArg) : 0;
  let note: string | undefined;
  let steadyMs: number | undefined;
  if (limit && docs.length > limit) { docs = docs.slice(0, limit); note = `first ${limit} documents only`; }
  let ms = 0;
  const cpu0 = process.cpuUsage();
  // Throughput is measured at steady state: one untimed pass over the whole corpus (JIT warm-up,
  // heap growth, caches) and then a timed pass, for our engine and wink-nlp alike. The cold first
  // pass is printed beside it.
  const twoPasses = (f: (d: { id: string; text: string }) => void) => {
    let t = performance.now();
    for (const d of docs) { f(d); }
    const cold = performance.now() - t;
    t = performance.now();
    for (const d of docs) { f(d); }
    ms = performance.now() - t;
    note = `first (cold) pass ${Math.round(cold)} ms = ${Math.round((words(docs) / cold) * 1000).toLocaleString('en-US')} words/s`;
  };
  if (which === 'text') {
    // The text layer alone (boilerplate, sentences, tokens): its share of the engine's budget.
    twoPasses((d) => buildContext(d.text));
  } else if (which === 'engine') {
    twoPasses((d) => analyseDocument(d.id, d.text));
  } else if (which === 'wink') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    twoPasses((d) => nlp.readDoc(d.text));
  } else if (which === 'compromise') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = require('compromise');
    for (const d of docs.slice(0, 3)) { nlp(d.text); }
    const t = performance.now();
    for (const d of docs) { nlp(d.text); }
    ms = performance.now() - t;
  } else if (which === 'corpus') {
    const t = performance.now();
    const corpus = new Corpus();
    corpus.updateMany(docs);
    const claims = corpus.claims();
    ms = performance.now() - t;
    note = `${claims.length} claims, ${claims.reduce((s, c) => s + c.conflicting.length, 0)} conflicting passages`;
  } else if (which === 'update') {
    const corpus = new Corpus();
    corpus.updateMany(docs);
    corpus.claims();
    // As in the editor, where edits keep coming: the first edits warm the update path up (timed
    // and printed, not counted), then the median of the next 7.
    const edit = (i: number) => {
      const d = docs[(i * 37) % docs.length];
      const t = performance.now();
      corpus.update({ id: d.id, text: d.text + `\nAn edit number ${i} was typed here.\n` });
      corpus.claims();
      return performance.now() - t;
    };
    const first = [0, 1, 2].map(edit);
    const times = [3, 4, 5, 6, 7, 8, 9].map(edit).sort((a, b) => a - b);
    ms = times[Math.floor(times.length / 2)];
    // and once the editor has been edited for a while (the JIT has compiled the update path): the
    // median of edits 60-99, printed beside the figure above, never instead of it
    for (let i = 10; i < 60; i++) { edit(i); }
    const later = Array.from({ length: 40 }, (_, k) => edit(60 + k)).sort((a, b) => a - b);
    steadyMs = later[Math.floor(later.length / 2)];
    note = `median of 7 edits (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)} ms) after 3 warm-up edits (${first.map((x) => x.toFixed(0)).join(', ')} ms); edits 60-99: median ${steadyMs.toFixed(1)} ms`;
  } else {
    throw new Error(`unknown contender ${which}`);
  }
  const maxRSSMB = process.resourceUsage().maxRSS / 1024;
  // CPU time of the whole run (warm-up included): on a shared machine wall time also counts waiting.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stdout.write(JSON.stringify({ docs: docs.length, words: words(docs), ms, cpuMs, maxRSSMB, note, ...(steadyMs !== undefined ? { steadyMs } : {}) }) + '\n');
}

main();
