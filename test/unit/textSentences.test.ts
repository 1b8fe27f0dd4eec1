import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { sentencePieces, splitSentences } from '../../src/core/text/sentences';
import { detectBoilerplate } from '../../src/core/text/boilerplate';
import { decodeText } from '../../src/core/text/decode';
import { sharedCorpusDirOrSkip } from './support/loadCorpus';

const split = (t: string) => splitSentences(t, detectBoilerplate(t)).map((s) => t.slice(s.start, s.end));

describe('text/sentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['decimals and percentages', 'Trade rose 6.6% to $66.8 billion. Rates fell 0.5 points.', ['Trade rose 6.6% to $66.8 billion.', 'Rates fell 0.5 points.']],
    ['titles', 'He met Ms. Lee and Rep. Jerry Nadler. Then Mr. Smith and Dr. Jones left.', ['He met Ms. Lee and Rep. Jerry Nadler.', 'Then Mr. Smith and Dr. Jones left.']],
    ['U.S. mid-sentence, U.S. Congress, U.S. at the end', 'It hit the U.S. and Europe. The U.S. Congress met. Sales grew in the U.S. The end came.',
      ['It hit the U.S. and Europe.', 'The U.S. Congress met.', 'Sales grew in the U.S.', 'The end came.']],
    ['St., Jan., No.', 'He lives on St. James St. since Jan. 2020. No. 5 won. No. It did not.', ['He lives on St. James St. since Jan. 2020.', 'No. 5 won.', 'No.', 'It did not.']],
    ['closing quote stays with its sentence', 'She said "we will rebuild." Then she left. “It is over.” He agreed.', ['She said "we will rebuild."', 'Then she left.', '“It is over.”', 'He agreed.']],
    ['a headline line without a full stop ends a sentence', 'Storm hits the coast\nWinds reached 160 km/h.', ['Storm hits the coast', 'Winds reached 160 km/h.']],
    ['a hard-wrapped line does not', 'The sea wall gave way and\nthe town flooded.\r\n\r\nNext paragraph.', ['The sea wall gave way and\nthe town flooded.', 'Next paragraph.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(split(text), expected));
  }

  it('paragraph indices count content lines', () => {
    const t = 'Title\n\nFirst one. Second one.\nThird.';
    assert.deepEqual(splitSentences(t).map((s) => s.paragraph), [0, 1, 1, 2]);
  });

  it('a long line is segmented window by window with the same sentences as ICU on the whole line', () => {
    const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
    const texts = [
      '"We will rebuild," said Mayor Ana Sol. Mr. Lee went to the U.S. on Friday! Is it 6.6%? Yes. '.repeat(400),
      'a'.repeat(20000) + '. B c. ' + 'x'.repeat(9000) + '. End.',
      '“Quoted.” Then more… and “more.” '.repeat(800),
    ];
    for (const t of texts) {
      const want: string[] = [];
      for (const x of icu.segment(t)) { want.push(`${x.index}:${x.segment.length}`); }
      assert.deepEqual([...sentencePieces(t)].map((x) => `${x.index}:${x.segment.length}`), want);
      assert.equal([...sentencePieces(t)].map((x) => x.segment).join(''), t);
    }
  });

  it('a line of many sentences costs linear time (ICU fed windows): 1 MB within 8x of 256 KB', function () {
    this.timeout(60000);
    const unit = '"We will rebuild the sea wall," said Mayor Ana Sol of Port Calder. "It is a tragedy," he said. ';
    const cpu = (n: number) => {
      const t = unit.repeat(Math.ceil(n / unit.length));
      const c0 = process.cpuUsage();
      const s = splitSentences(t);
      const c = process.cpuUsage(c0);
      assert.equal(s.length, 2 * Math.ceil(n / unit.length));
      return (c.user + c.system) / 1000;
    };
    cpu(1 << 16); // warm-up
    const small = cpu(1 << 18);
    const big = cpu(1 << 20);
    assert.ok(big < 1000 || big < 8 * Math.max(small, 1), `1 MB took ${big.toFixed(0)} ms, ${small.toFixed(0)} ms for 256 KB: superlinear`);
  });

  it('never crosses boilerplate: the DW video prompt splits its paragraph', function () {
    const dir = sharedCorpusDirOrSkip(this, 'vietnam-eu-2026');
    const t = decodeText(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith('003_'))!))).text;
    const bp = detectBoilerplate(t);
    const sents = splitSentences(t, bp);
    for (const s of sents) {
      for (const b of bp) { assert.ok(s.end <= b.start || s.start >= b.end, `sentence ${s.start}-${s.end} overlaps boilerplate`); }
    }
    const texts = sents.map((s) => t.slice(s.start, s.end));
    assert.ok(texts.includes('"At a moment when the international rules-based order is under threat from multiple sides, we need to start to stand side by side as reliable and predictable partners," he added.'));
    assert.ok(texts.includes('The European Council chaired by Costa is composed of the top leaders of the European Union countries, as well as the head of the European Commission.'));
    assert.ok(texts.includes('Bilateral trade surged by roughly 50% between 2019 and 2024 to reach the volume of €67 billion ($79 billion).'));
  });
});
