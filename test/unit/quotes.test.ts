// Quotes and speakers on real articles (../shared/corpus/vietnam-eu-2026) and on our sample corpus,
// against hand-written expected tables: every quote in document order, with its kind, speaker,
// speaker key, cue and the text where the speaker stands. Needles are short; the articles are read
// from disk, never copied here.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { extractQuotes } from '../../src/core/extract/quotes';
import type { Quote } from '../../src/core/model';
import { buildContext } from '../../src/core/text/context';
import { decodeText } from '../../src/core/text/decode';
import { sharedCorpusPath } from './support/loadCorpus';

const CORPUS = sharedCorpusPath('vietnam-eu-2026');
const SAMPLES = path.resolve(__dirname, '../../samples/storm-iris');

/** [opening words (with the mark), closing words (with the mark) or '' when the opening is the
 *  whole quote, kind, speaker, speakerKey, cue, text at speakerSpan]. */
type Row = [string, string, 'speech' | 'scare', string | null, string | null, string | null, string | null];

function load(dir: string, prefix: string): string {
  const f = readdirSync(dir).find((n) => n.startsWith(prefix));
  if (!f) { throw new Error(`no file ${prefix}* in ${dir}`); }
  return decodeText(readFileSync(path.join(dir, f))).text;
}

function quotesOf(text: string): Quote[] {
  const ctx = buildContext(text);
  return extractQuotes(ctx, []);
}

function check(text: string, rows: Row[]): void {
  const qs = quotesOf(text);
  const got = qs.map((q) => `${q.quoteKind} ${q.text.slice(0, 40)} -> ${q.speaker} (${q.cue})`);
  assert.equal(qs.length, rows.length, `quote count; got:\n${got.join('\n')}`);
  let from = 0;
  rows.forEach(([head, tail, kind, speaker, key, cue, spanText], i) => {
    const q = qs[i];
    const start = text.indexOf(head, from);
    assert.ok(start >= 0, `needle ${head} not in text`);
    const end = tail === '' ? start + head.length : text.indexOf(tail, start) + tail.length;
    assert.equal(q.start, start, `start of ${head}`);
    assert.equal(q.end, end, `end of ${head}`);
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.deepEqual(q.inner, { start: start + 1, end: end - 1 }, `inner of ${head}`);
    assert.equal(q.quoteKind, kind, `kind of ${head}`);
    assert.equal(q.speaker, speaker, `speaker of ${head}`);
    assert.equal(q.speakerKey, key, `speakerKey of ${head}`);
    assert.equal(q.cue, cue, `cue of ${head}`);
    if (spanText === null) {
      assert.equal(q.speakerSpan, undefined, `speakerSpan of ${head}`);
    } else {
      assert.ok(q.speakerSpan, `speakerSpan of ${head}`);
      assert.equal(text.slice(q.speakerSpan.start, q.speakerSpan.end), spanText, `speakerSpan of ${head}`);
    }
    from = start + 1;
  });
}

const COSTA = 'person:antonio-costa';
const CUONG = 'person:luong-cuong';

describe('quotes on ../shared/corpus/vietnam-eu-2026', function () {
  before(function () {
    if (!existsSync(CORPUS)) { this.skip(); }
  });

  it('000 (Brussels Times): Costa and Luong Cuong, quotes before and after the cue', () => {
    check(load(CORPUS, '000_'), [
      ['"reliable and predictable partners"', '', 'speech', 'Antonio Costa', COSTA, 'said', 'Antonio Costa'],
      ['"the rules-based', 'under threat."', 'speech', 'Antonio Costa', COSTA, 'said', 'Antonio Costa'],
      ['"depth and breadth"', '', 'speech', 'Antonio Costa', COSTA, 'stated', 'Costa'],
      ['"new milestone"', '', 'speech', 'Luong Cuong', CUONG, 'described', 'Luong Cuong'],
      ['"sincere and mutual trust"', '', 'speech', 'Luong Cuong', CUONG, 'described', 'Luong Cuong'],
      ['"science, technology, and innovation"', '', 'speech', 'Luong Cuong', CUONG, 'emphasised', 'Cuong'],
      ['"pillars of bilateral ties"', '', 'speech', 'Luong Cuong', CUONG, 'emphasised', 'Cuong'],
    ]);
  });

  it('001 (curly quotes, straight single quotes in the headline, related headlines ignored)', () => {
    check(load(CORPUS, '001_'), [
      ["'comprehensive strategic relationship'", '', 'scare', null, null, null, null],
      ["'comprehensive strategic relationship.'", '', 'scare', null, null, null, null],
      ['“At a moment when', 'predictable partners,”', 'speech', 'António Costa', COSTA, 'said', 'Costa'],
      ['“developing spheres of shared prosperity.”', '', 'speech', 'António Costa', COSTA, 'adding', 'Costa'],
      ['“historic milestone.”', '', 'speech', 'Luong Cuong', CUONG, 'called', 'Luong Cuong'],
    ]);
  });

  it('002 (CNA): "said analyst Khang Vu", "he added", a pronoun subject, and a coined term', () => {
    check(load(CORPUS, '002_'), [
      ['“stand side by side', 'predictable partners”', 'speech', 'Antonio Costa', COSTA, 'said', 'Antonio Costa'],
      ['“international rules-based order is under threat”', '', 'speech', 'Antonio Costa', COSTA, null, 'He'],
      ['“new landmark”', '', 'speech', 'Luong Cuong', CUONG, 'called', 'Luong Cuong'],
      ['“sincere and mutual trust”', '', 'speech', 'Luong Cuong', CUONG, 'called', 'Luong Cuong'],
      ['“science, technology and innovation”', '', 'speech', 'Luong Cuong', CUONG, 'said', 'Cuong'],
      ['“pillars of bilateral ties”', '', 'speech', 'Luong Cuong', CUONG, 'said', 'Cuong'],
      ['“to diversify its export market beyond the US”', '', 'speech', 'Khang Vu', 'person:khang-vu', 'said', 'Khang Vu'],
      ['“Vietnam wants to maintain', 'the EU can help,”', 'speech', 'Khang Vu', 'person:khang-vu', 'added', 'he'],
      ['“bamboo diplomacy”', '', 'scare', null, null, null, null],
    ]);
  });

  it('003 (DW): appositives before "told DW", given-name and pronoun references, nested quotes', () => {
    const GIANG = 'person:khac-giang-nguyen';
    const HAYTON = 'person:bill-hayton';
    check(load(CORPUS, '003_'), [
      ['"Comprehensive Strategic Partnership"', '', 'scare', null, null, null, null],
      ['"historical milestone', 'have made,"', 'speech', 'Luong Cuong', CUONG, 'described', 'Luong Cuong'],
      ['"highlights the importance', 'growing role."', 'speech', 'Antonio Costa', COSTA, 'pointed out', 'Costa'],
      ['"At a moment when', 'predictable partners,"', 'speech', 'Antonio Costa', COSTA, 'added', 'he'],
      ['"The European Union is committed', 'with Vietnam,"', 'speech', 'Antonio Costa', COSTA, 'said', 'Costa'],
      ['"shared values and mutual goals."', '', 'speech', 'Antonio Costa', COSTA, 'said', 'Costa'],
      ['"For 35 years', 'and ambition,"', 'speech', 'Antonio Costa', COSTA, 'added', 'he'],
      ['"Comprehensive Strategic Partnership"', '', 'scare', null, null, null, null],
      ['"For the EU, it is', 'the relationship,"', 'speech', 'Alfred Gerstl', 'person:alfred-gerstl', 'told', 'Alfred Gerstl'],
      ['"Both sides have', 'timing is telling,"', 'speech', 'Khac Giang Nguyen', GIANG, 'told', 'Khac Giang Nguyen'],
      ['"comprehensive strategic"', '', 'scare', null, null, null, null],
      ['"bamboo diplomacy"', '', 'scare', null, null, null, null],
      ['"secure and trusted communications infrastructure,"', '', 'scare', null, null, null, null],
      ['"The baseline trajectory', 'is politics,"', 'speech', 'Khac Giang Nguyen', GIANG, 'said', 'Giang'],
      ['"hostile and reactionary', 'opposition groups."', 'speech', 'Directive 24', 'organization:directive-24', 'claimed', 'Directive 24'],
      ["'civil society'", '', 'scare', null, null, null, null],
      ["'independent trade unions,'", '', 'scare', null, null, null, null],
      ['"it has neutralized', 'political system."', 'speech', 'Bill Hayton', HAYTON, 'told', 'Bill Hayton'],
      ['"Hanoi must think', 'for example,"', 'speech', 'Bill Hayton', HAYTON, 'said', 'he'],
      ['"the principles of independence', 'and sovereignty."', 'speech', 'Antonio Costa', COSTA, 'acknowledged', 'Costa'],
      ['"Will the EU be pressing', 'power station,"', 'speech', 'Bill Hayton', HAYTON, 'told', 'Hayton'],
      ['"bamboo diplomacy"', '', 'scare', null, null, null, null],
    ]);
  });

  it('003: nested quotes lie inside the Directive 24 quote', () => {
    const qs = quotesOf(load(CORPUS, '003_'));
    const outer = qs.find((q) => q.text.startsWith('"hostile'))!;
    const nested = qs.filter((q) => q.text.startsWith("'"));
    assert.equal(nested.length, 2);
    for (const n of nested) { assert.ok(n.start > outer.inner.start && n.end < outer.inner.end); }
  });

  it('004 (VNA) has no direct quotes (reported speech and apostrophes only)', () => {
    check(load(CORPUS, '004_'), []);
  });

  it('the same speaker gets the same key in every article that quotes Costa', () => {
    const keys = new Set<string>();
    for (const p of ['000_', '001_', '002_', '003_']) {
      const q = quotesOf(load(CORPUS, p)).find((x) => x.text.includes('reliable and predictable partners'))!;
      keys.add(q.speakerKey!);
    }
    assert.deepEqual([...keys], [COSTA]);
  });
});

describe('quotes on samples/storm-iris', () => {
  const INES = 'person:ines-fournier';
  it('01: "called it", "and said", "said Tomas Reyes, a coastal engineer"', () => {
    check(load(SAMPLES, '01-'), [
      ['"the worst storm in a generation"', '', 'speech', 'Inès Fournier', INES, 'called', 'Inès Fournier'],
      ['"rebuild every street, stone by stone."', '', 'speech', 'Inès Fournier', INES, 'said', 'Inès Fournier'],
      ['"We warned the council', 'urgent work,"', 'speech', 'Tomas Reyes', 'person:tomas-reyes', 'said', 'Tomas Reyes'],
    ]);
  });

  it('02 (CRLF): "told reporters", then "Fournier said" resolved to the full name', () => {
    check(load(SAMPLES, '02-'), [
      ['"the worst storm in half a century"', '', 'speech', 'Ines Fournier', INES, 'told', 'Ines Fournier'],
      ['"The wall did what it could', 'was stronger,"', 'speech', 'Ines Fournier', INES, 'said', 'Fournier'],
    ]);
  });

  it('03: surname only when the article never gives the full name; a passive "warned" is not the cue', () => {
    check(load(SAMPLES, '03-'), [
      ['"the worst storm in a generation"', '', 'speech', 'Fournier', 'person:fournier', 'described', 'Fournier'],
      ['"in 2019 that the wall needed urgent work"', '', 'speech', 'Tomas Reyes', 'person:tomas-reyes', 'said', 'Tomas Reyes'],
    ]);
  });

  it('04 (Windows-1252, CRLF): "said ... and promised that"', () => {
    check(load(SAMPLES, '04-'), [
      ['"the worst storm in a generation"', '', 'speech', 'Inès Fournier', INES, 'said', 'Inès Fournier'],
      ['"rebuild every street, stone by stone."', '', 'speech', 'Inès Fournier', INES, 'promised', 'Inès Fournier'],
    ]);
  });

  it('05: "said captain Joel Amara"', () => {
    check(load(SAMPLES, '05-'), [
      ['"This is for the whole town,"', '', 'speech', 'Joel Amara', 'person:joel-amara', 'said', 'Joel Amara'],
    ]);
  });
});
