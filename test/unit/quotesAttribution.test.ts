// Attribution on small hand-written fixtures: titles, appositives, "according to", descriptive
// sources, pronouns, continuation, organizations, and entities supplied by the entity extractor.
import * as assert from 'node:assert/strict';
import { analyseDocument } from '../../src/core/analyse';
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
  // Titles, party brackets and "X of Y" in the subject noun phrase (PolNeAR error classes).
  ['"We will not fold," Rep. Dana Kloss (D-Ore.) said.', '"We will not fold,"', 'speech', 'Dana Kloss', 'person:dana-kloss', 'said', 'Dana Kloss'],
  ['Sen. Ola Brandt (R-Utah), a panel member, said: "We have the votes."', '"We have the votes."', 'speech', 'Ola Brandt', 'person:ola-brandt', 'said', 'Ola Brandt'],
  ['"It was the least bad deal," Mr. Pell of the River Trust said.', '"It was the least bad deal,"', 'speech', 'Pell', 'person:pell', 'said', 'Pell'],
  ['"We expect a fight," campaign spokeswoman Lia Dorn said.', '"We expect a fight,"', 'speech', 'Lia Dorn', 'person:lia-dorn', 'said', 'Lia Dorn'],
  ['"The numbers hold," Acme campaign manager Tom Reed said on Friday.', '"The numbers hold,"', 'speech', 'Tom Reed', 'person:tom-reed', 'said', 'Tom Reed'],
  ['“We waited years for this bridge, and now it is here for everyone,” said Tom Reed, the mayor of Elmford.', '“We waited years for this bridge, and now it is here for everyone,”', 'speech', 'Tom Reed', 'person:tom-reed', 'said', 'Tom Reed'],
  ['Tom Reed, the mayor of Elmford, said: "We are not leaving."', '"We are not leaving."', 'speech', 'Tom Reed', 'person:tom-reed', 'said', 'Tom Reed'],
  // "told reporters" / "told Reuters": the speaker is the subject, never the addressee.
  ['“We are not leaving,” Ana Ruiz told Reuters.', '“We are not leaving,”', 'speech', 'Ana Ruiz', 'person:ana-ruiz', 'told', 'Ana Ruiz'],
  ['Ana Ruiz told reporters: "We are not leaving."', '"We are not leaving."', 'speech', 'Ana Ruiz', 'person:ana-ruiz', 'told', 'Ana Ruiz'],
  ['"We are not leaving," Ana Ruiz, the mayor of Elmford, told Reuters.', '"We are not leaving,"', 'speech', 'Ana Ruiz', 'person:ana-ruiz', 'told', 'Ana Ruiz'],
  ['"We are not leaving," the minister told Reuters on Monday.', '"We are not leaving,"', 'speech', 'the minister', null, 'told', 'the minister'],
  // A quote whose sentence goes on after the mark: any verb after the subject attributes it.
  ['“Go home,” Vance barked.', '“Go home,”', 'speech', 'Vance', 'person:vance', 'barked', 'Vance'],
  ['“Go on,” Lena Mora said. Her aide left.\n\n“Why now?” she shot back.', '“Why now?”', 'speech', 'Lena Mora', 'person:lena-mora', 'shot back', 'she'],
  // A dash signature after the quote.
  ['The vote mattered.\n“The vote matters to us all.” ― Rosa Imbert', '“The vote matters to us all.”', 'speech', 'Rosa Imbert', 'person:rosa-imbert', null, 'Rosa Imbert'],
  // No cue: the clause's subject (past an introductory phrase), or a participle's subject.
  ['Mora attacked the plan on Monday, saying, "It will fail the poor."', '"It will fail the poor."', 'speech', 'Mora', 'person:mora', 'saying', 'Mora'],
  ['In a late speech, Mora exhorted voters to "stand up and be counted at the polls."', '"stand up and be counted at the polls."', 'speech', 'Mora', 'person:mora', null, 'Mora'],
  // A short quote is speech when its clause's subject is quoted elsewhere, else a scare quote.
  ['"We will win," Mora said. Later Mora blamed the delay on "lazy planners."', '"lazy planners."', 'speech', 'Mora', 'person:mora', null, 'Mora'],
  ['Mora blamed the delay on "lazy planners."', '"lazy planners."', 'scare', null, null, null, null],
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

  it('a paragraph opening with a quote continues the previous paragraph\'s speaker', () => {
    const qs = run('"We will rebuild," said Mayor Ana Ruiz.\n\n"The port opens on Monday and the schools after that."\n\nRain fell.\n\n"Nobody told us anything about the plan at all."');
    assert.deepEqual(qs.map((q) => q.speaker), ['Ana Ruiz', 'Ana Ruiz', null]);
  });

  it('a pronoun after "told reporters" goes to the nearest fitting person, not the outlet', () => {
    const text = 'Ana Ruiz met Ms. Lena Ortiz and Mr. Tom Reed on Monday.\n\n"We are not leaving," she told Reuters.';
    const ent = (name: string): Entity => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type: 'person', key: `person:${name.toLowerCase().replace(/ /g, '-')}` });
    const q = run(text, [ent('Ana Ruiz'), ent('Lena Ortiz'), ent('Tom Reed')])[0];
    assert.equal(q.speaker, 'Lena Ortiz');
    assert.equal(q.cue, 'told');
  });

  it('a participle cue after the previous quote: "said ..., adding that"', () => {
    const qs = run('"We are profitable," said Acme chief executive John Smith, adding that "costs will fall."');
    assert.deepEqual(qs.map((q) => [q.speaker, q.cue]), [['John Smith', 'said'], ['John Smith', 'adding']]);
  });
});

describe('quotes: a pronoun lands on a person of its gender, read from the document', () => {
  it('"she said" skips the nearer man whose mentions are followed by he/his', () => {
    const t = 'Council meets on pier\n\nSarah Miller, the mayor, opened the session. She spoke briefly, and her agenda was short.\n\n' +
      'Later John Carter, a councillor, took the floor. He thanked the crowd, and his tone was warm.\n\n"We will rebuild the pier before winter," she said.\n';
    assert.deepEqual(analyseDocument('t', t).quotes.map((q) => q.speaker), ['Sarah Miller']);
  });

  it('a kinship noun before a name tells its gender ("her husband Paul Brandt")', () => {
    const t = 'Fire at the bakery\n\nEmma Holt, the owner, ran the shop with her husband Paul Brandt for twenty years.\n\n"We lost everything in one night," she said.\n';
    assert.deepEqual(analyseDocument('t', t).quotes.map((q) => q.speaker), ['Emma Holt']);
  });
});
