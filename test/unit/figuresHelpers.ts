// Shared helpers for the figure tests: corpus loading and exact-needle lookups.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Boilerplate, Figure, Sentence } from '../../src/core/model';
import type { DocContext } from '../../src/core/text/context';
import { compile } from '../../src/core/lang/bundle';
import { en } from '../../src/core/lang/en';
import { decodeText } from '../../src/core/text/decode';
import { SHARED_CORPUS } from './support/loadCorpus';

export const CORPUS = SHARED_CORPUS;
export const SAMPLES = path.resolve(__dirname, '../../samples/storm-iris');

/** The project's decoder: Node's TextDecoder('windows-1252') is really Latin-1 and turns
 *  byte 0x80 into U+0080 instead of "€". */
export function decode(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

export function readDoc(file: string): string | null {
  return existsSync(file) ? decode(readFileSync(file)) : null;
}

/** A context with no boilerplate detection and one sentence per line: for adversarial strings,
 *  so the figure rules are tested on their own. */
export function plainContext(text: string, boilerplate: Boilerplate[] = []): DocContext {
  const sentences: Sentence[] = [];
  const re = /[^\r\n]+/g;
  let paragraph = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) { sentences.push({ start: m.index, end: m.index + m[0].length, paragraph: paragraph++ }); }
  return {
    text, boilerplate, sentences, tokens: [], titleSpan: null, lang: compile(en),
    inBoilerplate: (s: number, e = s + 1) => boilerplate.some((b) => b.start < e && b.end > s),
    sentenceAt: (o: number) => sentences.findIndex((s) => o >= s.start && o < s.end),
  };
}

/** The n-th figure whose text is exactly `needle`; fails with the list of texts when absent. */
export function fig(figs: Figure[], needle: string, n = 0): Figure {
  const hits = figs.filter((f) => f.text === needle);
  assert.ok(hits[n], `no figure ${JSON.stringify(needle)} (#${n}) among ${JSON.stringify(figs.map((f) => f.text))}`);
  return hits[n];
}

/** No figure contains `needle` (exact: no figure is exactly `needle`). */
export function noFigure(figs: Figure[], needle: string, exact = false): void {
  const hit = figs.find((f) => (exact ? f.text === needle : f.text.includes(needle)));
  assert.equal(hit, undefined, `unexpected figure ${JSON.stringify(hit)}`);
}

/** Every span exact, in order, and no two overlapping. */
export function assertWellFormed(text: string, figs: Figure[]): void {
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    assert.equal(text.slice(f.start, f.end), f.text, `span of ${JSON.stringify(f.text)}`);
    if (i > 0) { assert.ok(figs[i - 1].end <= f.start, `overlap ${JSON.stringify(figs[i - 1].text)} / ${JSON.stringify(f.text)}`); }
    if (f.equivalentOf !== undefined) { assert.ok(f.equivalentOf < i && figs[f.equivalentOf].kind === 'money'); }
  }
}
