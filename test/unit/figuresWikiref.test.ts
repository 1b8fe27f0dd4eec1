// Sanity over all 220 real articles of shared/corpus/wikiref220 (CRLF, many Windows-1252):
// no throw, exact spans, no overlaps, nothing in boilerplate, and a few known figures.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../src/core/extract/figures';
import type { Figure } from '../../src/core/model';
import { buildContext } from '../../src/core/text/context';
import { assertWellFormed, CORPUS, decode } from './figuresHelpers';

const DIR = path.join(CORPUS, 'wikiref220');

describe('figures: wikiref220 sanity', function () {
  const docs: Array<{ name: string; text: string; figs: Figure[] }> = [];

  before(function () {
    if (!existsSync(DIR)) {
      console.warn(`skipped: ${DIR} not found (the shared corpus is absent)`);
      this.skip();
    }
    for (const name of readdirSync(DIR).sort()) {
      const text = decode(readFileSync(path.join(DIR, name)));
      const ctx = buildContext(text);
      const figs = extractFigures(ctx);
      for (const f of figs) {
        assert.ok(!ctx.inBoilerplate(f.start, f.end), `${name}: ${JSON.stringify(f.text)} is inside boilerplate`);
      }
      docs.push({ name, text, figs });
    }
  });

  it('reads all 220 articles, with exact, ordered, non-overlapping spans', () => {
    assert.equal(docs.length, 220);
    for (const d of docs) { assertWellFormed(d.text, d.figs); }
  });

  it('"239 people" in the MH370 articles is a count of people (in at least five articles)', () => {
    const withIt = docs.filter((d) => d.name.startsWith('malaysia.airlines.flight')
      && d.figs.some((f) => f.text === '239 people' && f.kind === 'count' && f.value === 239 && f.counted === 'people'));
    assert.ok(withIt.length >= 5, `only ${withIt.length} articles`);
  });

  it('Paris death tolls are counts of the dead', () => {
    const tolls = docs.filter((d) => d.name.startsWith('ParisAttacks2015'))
      .flatMap((d) => d.figs.filter((f) => f.kind === 'count' && f.counted === 'dead').map((f) => f.value));
    assert.ok(tolls.includes(129) && tolls.includes(130), JSON.stringify(tolls));
  });

  it('never reads a flight number, model name or phone number as a figure', () => {
    for (const d of docs) {
      for (const f of d.figs) {
        assert.ok(!/^(?:370|777|S5)$/.test(f.text), `${d.name}: ${f.text}`);
        assert.ok(!/^\+/.test(f.text), `${d.name}: ${f.text}`);
      }
    }
  });
});
