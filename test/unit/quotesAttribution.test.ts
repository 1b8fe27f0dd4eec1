// Attribution on small hand-written fixtures: titles, appositives, "according to", descriptive
// sources, pronouns, continuation, organizations, and entities supplied by the entity extractor.
import * as assert from 'node:assert/strict';
import { extractQuotes } from '../../src/core/extract/quotes';
import type { Entity } from '../../src/core/model';
import { buildContext } from '../../src/core/text/context';

/** [text, quote as written, kind, speaker, speakerKey, cue, text at speakerSpan]. */
type Case = [string, string, 'speech' | 'scare', string | null, string | null, string | null, string | null];

const CASES: Case[] = [
  ['"We will vote no," Rep. Jerry Nadler said on Tuesday.', '"We will vote no,"', 'speech', 'Jerry Nadler', 'person:jerry-nadler', 'said', 'Jerry Nadler'],
  ['Rep. Jerry Nadler said: "We will vote no."', '"We will vote no."', 'speech', 'Jerry Nadler', 'person:jerry-nadler', 'said', 'Jerry Nadler'],
  ['"The numbers are clear," according to Finance Minister Maria Lopes.', '"The numbers are clear,"', 'speech', 'Maria Lopes', 'person:maria-lopes', 'according to', 'Maria Lopes'],
  ['According to Maria Lopes, "the numbers are clear."', '"the numbers are clear."', 'speech', 'Maria Lopes', 'person:maria-lopes', 'according to', 'Maria Lopes'],
  ['"We are ready," a spokesman for the ministry said.', '"We are ready,"', 'speech', 'a spokesman for the ministry', null, 'said', 'a spokesman for the ministry'],
  ['"It is over," officials said.', '"It is over,"', 'speech', 'officials', null, 'said', 'officials'],
  ['Mayor Inès Fournier visited the port.\n\n"We need help," the mayor said.', '"We need help,"', 'speech', 'Inès Fournier', 'person:ines-fournier', 'said', 'the mayor'],
  ['Secretary of State Antony Blinken said the deal was "a step forward for everyone involved."', '"a step forward for everyone involved."', 'speech', 'Antony Blinken', 'person:antony-blinken', 'said', 'Antony Blinken'],
  ['"Prices will rise," the Coastal Safety Board said.', '"Prices will rise,"', 'speech', 'Coastal Safety Board', 'organization:coastal-safety-board', 'said', 'Coastal Safety Board'],
  ['"We will not back down," Prime Minister Pham Minh Chinh told a news conference.', '"We will not back down,"', 'speech', 'Pham Minh Chinh', 'person:pham-minh-chinh', 'told', 'Pham Minh Chinh'],
  ['Former president Barack Obama said, "Yes we can."', '"Yes we can."', 'speech', 'Barack Obama', 'person:barack-obama', 'said', 'Barack Obama'],
  ['Smith, the CEO of Acme, said: "We are profitable."', '"We are profitable."', 'speech', 'Smith', 'person:smith', 'said', 'Smith'],
  ['"We are profitable," said Acme chief executive John Smith.', '"We are profitable,"', 'speech', 'John Smith', 'person:john-smith', 'said', 'John Smith'],
  ['"Where was the air force?" says former RAF pilot and aerospace analyst Andrew Brookes.', '"Where was the air force?"', 'speech', 'Andrew Brookes', 'person:andrew-brookes', 'says', 'Andrew Brookes'],
  ['"I am here for the challenge," said the Ukraine captain.', '"I am here for the challenge,"', 'speech', 'the Ukraine captain', null, 'said', 'the Ukraine captain'],
  ['"FRANCE is at war," said the country’s president, François Hollande, on Monday.', '"FRANCE is at war,"', 'speech', 'François Hollande', 'person:francois-hollande', 'said', 'François Hollande'],
  ['"Japan has a rigorous code," Australia says.', '"Japan has a rigorous code,"', 'speech', 'Australia', 'place:australia', 'says', 'Australia'],
  ['Port Calder mourns\nMayor says \'we will rebuild\'\n\nMayor Inès Fournier spoke on Monday.', "'we will rebuild'", 'speech', 'Inès Fournier', 'person:ines-fournier', 'says', 'Mayor'],
  // Coined terms and scare quotes.
  ['The so-called "peace plan" was rejected.', '"peace plan"', 'scare', null, null, null, null],
  ['Hanoi doubled down on what it calls "bamboo diplomacy" as a shorthand.', '"bamboo diplomacy"', 'scare', null, null, null, null],
  // A passive "had been warned" is not the cue; the appositive subject of "said" is.
  ['Tomas Reyes, a coastal engineer, said the council had been warned "in 2019 that the wall needed work".', '"in 2019 that the wall needed work"', 'speech', 'Tomas Reyes', 'person:tomas-reyes', 'said', 'Tomas Reyes'],
];

function run(text: string, entities: Entity[] = []) {
  return extractQuotes(buildContext(text), entities);
}

describe('quote attribution fixtures', () => {
  for (const [text, quote, kind, speaker, key, cue, spanText] of CASES) {
    it(`${quote} in: ${text.slice(0, 70).replace(/\n/g, ' ')}`, () => {
      const qs = run(text);
      const q = qs.find((x) => x.text === quote);
      assert.ok(q, `quote ${quote} not found in ${JSON.stringify(qs.map((x) => x.text))}`);
      assert.equal(q.start, text.indexOf(quote));
      assert.equal(q.quoteKind, kind);
      assert.equal(q.speaker, speaker);
      assert.equal(q.speakerKey, key);
      assert.equal(q.cue, cue);
      assert.equal(q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null, spanText);
    });
  }

  it('a pronoun goes to the nearest preceding person; entities widen who counts as a person', () => {
    const text = '"We will rebuild," Mayor Ana Ruiz said. Police chief Tom Lind disagreed. "It is not safe," he said.';
    assert.equal(run(text)[1].speaker, 'Ana Ruiz');
    const tom = text.indexOf('Tom Lind');
    const lind: Entity = { start: tom, end: tom + 8, text: 'Tom Lind', type: 'person', key: 'person:tom-lind' };
    const q = run(text, [lind])[1];
    assert.equal(q.speaker, 'Tom Lind');
    assert.deepEqual(q.speakerSpan, { start: text.indexOf('he said'), end: text.indexOf('he said') + 2 });
  });

  it('an honorific keeps "she" off a man', () => {
    const text = 'Angela Merkel spoke first. Mr. Hollande followed. "We are crying with you," she said.';
    assert.equal(run(text)[0].speaker, null); // no named speaker is known yet: no guess
    const text2 = '"We stand together," Angela Merkel said. "So do we," said Mr. Hollande. Ms. Merkel went on. "We are crying with you," she said.';
    const qs = run(text2);
    assert.equal(qs[2].speaker, 'Angela Merkel');
  });

  it('a split quote and a multi-paragraph quote keep the speaker', () => {
    const qs = run('"We will rebuild," she said. "It will take years.\n\n"But we will do it."\n\nMayor Ana Ruiz spoke later.');
    assert.equal(qs.length, 2);
    const t2 = '"We will rebuild," said Mayor Ana Ruiz. "It will take years.\n\n"But we will do it, street by street."';
    const q2 = run(t2);
    assert.deepEqual(q2.map((q) => [q.speaker, q.cue]), [['Ana Ruiz', 'said'], ['Ana Ruiz', 'said']]);
    assert.ok(q2[1].text.includes('\n\n'));
  });

  it('a participle cue after the previous quote: "said ..., adding that"', () => {
    const qs = run('"We are profitable," said Acme chief executive John Smith, adding that "costs will fall."');
    assert.deepEqual(qs.map((q) => [q.speaker, q.cue]), [['John Smith', 'said'], ['John Smith', 'adding']]);
  });
});
