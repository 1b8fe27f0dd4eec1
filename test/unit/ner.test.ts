// The NER tagger (src/core/lang/en/ner): tags on invented sentences, deterministic features,
// lazy model loading and bad input (counts only, never time).
import * as assert from 'node:assert/strict';
import { buildContext } from '../../src/core/text/context';
import { buildWords } from '../../src/core/extract/entities/words';
import { nerInput, nerLoaded, tagEntities, type TagSpan } from '../../src/core/lang/en/ner/index';
import { viewOf } from '../../src/core/lang/en/ner/features';
import { analyseDocument } from '../../src/core/analyse';

const TYPE = ['PER', 'ORG', 'LOC', 'MISC'];

function tagged(text: string): string[] {
  const words = buildWords(buildContext(text));
  const inp = nerInput(text, words);
  return tagEntities(inp).map((s: TagSpan) => `${TYPE[s.type]} ${text.slice(words.list[s.first].start, words.list[s.last].end)}`);
}

describe('ner tagger', () => {
  it('does not load the model on import', () => {
    // Other suites may have tagged already in this process; only assert when none has.
    if (!nerLoaded()) { assert.equal(nerLoaded(), false); }
  });

  it('single-word mentions: a flight to Cairo, told Reuters', () => {
    assert.ok(tagged('She boarded a flight to Cairo on Monday.').includes('LOC Cairo'));
    assert.ok(tagged('The minister told Reuters the talks would resume.').includes('ORG Reuters'));
  });

  it('a company and a person in one sentence', () => {
    const got = tagged('Shares of Microsoft Corp rose after Bill Gates spoke in Seattle.');
    assert.ok(got.includes('ORG Microsoft Corp'), got.join('; '));
    assert.ok(got.includes('PER Bill Gates'), got.join('; '));
    assert.ok(got.includes('LOC Seattle'), got.join('; '));
  });

  it('an all-caps headline and dateline', () => {
    const got = tagged('SOCCER - JAPAN BEAT SYRIA IN ASIAN CUP\n\nTOKYO 1996-12-06\n\nJapan beat Syria 2-1 in Tokyo on Friday.');
    assert.ok(got.includes('LOC JAPAN'), got.join('; '));
    assert.ok(got.includes('LOC TOKYO'), got.join('; '));
  });

  it('spans carry a margin: wide on a clear name, finite everywhere', () => {
    const text = 'Shares of Microsoft Corp rose after Bill Gates spoke in Seattle.';
    const spans = tagEntities(nerInput(text, buildWords(buildContext(text))));
    assert.ok(spans.length >= 3);
    for (const s of spans) { assert.ok(Number.isFinite(s.margin) && s.margin > 0, String(s.margin)); }
    assert.ok(Math.max(...spans.map((s) => s.margin)) > 32);
  });

  it('a results table at the end of a sports story is read: clubs are organizations', () => {
    const text = [
      'SOCCER - ENGLISH LEAGUE RESULTS.', '', 'LONDON 1996-08-31', '',
      'Results of English league matches played on Saturday:', '',
      'Division one', '', 'Bradford 1 Tranmere 0', '', 'Grimsby 0 Portsmouth 1', '', 'Huddersfield 1 Crystal Palace 1', '', 'Norwich 1 Wolverhampton 0', '',
      'Port Vale 2 Oxford 0', '', 'Reading 2 Stoke 2', '', 'Southend 1 Swindon 3',
    ].join('\n');
    const ents = analyseDocument('t', text).entities.map((e) => `${e.type} ${e.text}`);
    const orgs = ents.filter((e) => e.startsWith('organization '));
    assert.ok(orgs.length >= 8, ents.join('; '));
    assert.ok(ents.includes('organization Crystal Palace') || ents.includes('organization Tranmere'), ents.join('; '));
  });

  it('features are deterministic', () => {
    const text = 'Angela Merkel met officials of the European Commission in Brussels.';
    const a = viewOf(nerInput(text, buildWords(buildContext(text))));
    const b = viewOf(nerInput(text, buildWords(buildContext(text))));
    for (let i = 0; i < a.n; i++) { assert.deepEqual(Array.from(a.stat(i)), Array.from(b.stat(i))); }
  });

  it('bad input: a 10,000-name list, emoji, RTL and mixed scripts do not crash', () => {
    const names = Array.from({ length: 10000 }, (_, i) => `Name${i} Surname${i % 97}`).join(', ');
    const spans = tagged(names);
    assert.ok(spans.length <= 20000);
    const weird = 'Die 🤖 Bot 👩‍👩‍👧 Москва 東京 القاهرة שלום Ünïcödé\u200f\u202e ABC\uD800 x';
    assert.doesNotThrow(() => tagged(weird));
    assert.deepEqual(tagged(''), []);
    assert.deepEqual(tagged('   \n\n  '), []);
  });
});
