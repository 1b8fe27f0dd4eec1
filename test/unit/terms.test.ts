// Coined identifiers (src/core/claims/terms.ts): specs stated of a subject are terms; the subject itself,
// dates, table rows and percentages are not.
import * as assert from 'node:assert/strict';
import { identifierTerms, listTerms, quotedTerms } from '../../src/core/claims/terms';
import { Corpus } from '../../src/core/corpus';

describe('claims: identifier terms', () => {
  const rows: Array<[string, string[]]> = [
    ['It is IP67 dust and water resistant.', ['IP67']],
    ['It is IP67-rated, and it is rated IP 67.', ['IP67']],
    ['A 1080p display records 4K video.', ['1080P', '4K']],
    ['The display is a 1080p, and the port is USB 3.0.', ['1080P', 'USB3.0']],
    ['A Snapdragon 801 processor runs Android 4.4.2 software.', ['SNAPDRAGON801', 'ANDROID4.4.2']],
    ['Flight MH370 disappeared on March 8.', []],
    ['It is lighter than the S4, and the Note 3\'s camera is slower.', []],
    ['In 2010 the club earned more; Chapter 11 followed.', []],
    ['Arsenal 594 points, Syriza 26.9 percent.', []],
    // a name and a dotted version is a spec wherever it stands, unless it is the subject or a possessor
    ['The tablet ships with Vireo 5.2.1 Lark and a stylus.', ['VIREO5.2.1']],
    ['Bluetooth 5.1 and NFC are included.', ['BLUETOOTH5.1']],
    ['Vireo 5.2 arrived last spring.', []],
    ['Fans praised Vireo 5.2 Lark’s speed.', []],
    // a size prefix glued to a standard's name is the standard's; a word that merely starts so is a word
    ['It keeps the larger micro-USB 3.0 port of the old model.', ['USB3.0']],
    ['The microUSB 3.0 port has a cover.', ['USB3.0']],
    ['The minister 2 times said no; Ministers HDMI 2.0 port.', ['HDMI2.0']],
  ];
  for (const [text, want] of rows) {
    it(`${text} -> ${want.join(' ') || '(none)'}`, () => { assert.deepEqual(identifierTerms(text), want); });
  }
});

describe('claims: quoted labels', () => {
  const rows: Array<[string, string[]]> = [
    ['A rival paper called the mayor a “harbour tyrant.”', ['q:harbour tyrant']],
    ['The weekly dubbed her "Madam Veto", and she laughed.', ['q:madam veto']],
    ['She described her job as "chief worrier-in-residence."', ['q:chief worrier in residence']],
    ['The column declares the plan “a civic nightmare,” a phrase that stuck.', ['q:civic nightmare']],
    ['Tallin’s so-called ‘quiet port’ reopened.', ['q:quiet port']],
    // a capitalized name in quotation marks is one too (a show, a campaign, a nickname): outlets copy it exactly
    ['She will be a guest on “The Harbour Hour” on Friday.', ['q:harbour hour']],
    ['Her "Clean Harbours" campaign starts in May.', ['q:clean harbours']],
    // a lower-case expression in quotation marks, one quoted word, a quotation, an apostrophe
    ['He opposes the "ask first, build later" rule.', []],
    ['The mayor called it “shameful.”', []],
    ['The mayor said “we will rebuild the harbour wall before the winter storms come.”', []],
    ['She said the council’s plan was fine and Tallin’s port was busy.', []],
  ];
  for (const [text, want] of rows) {
    it(`${text} -> ${want.join(' ') || '(none)'}`, () => { assert.deepEqual(quotedTerms(text), want); });
  }

  it('two reports applying one quoted label are one statement; so are two naming one show in quotation marks', () => {
    const a = 'Tarrow mayor under fire\n\nA rival weekly called the mayor a “harbour tyrant” after the vote on Tuesday. The mayor will appear on “The Harbour Hour” this week. Fishermen blocked the quay.';
    const b = 'Mayor hits back at critics\n\nLast week the Tarrow Post branded her "the harbour tyrant," to the anger of her staff. Her aides booked a slot on “The Harbour Hour” for Sunday night. The ferry ran late.';
    assert.deepEqual(corroboratedPairs(a, b), [
      'A rival weekly called the mayor a “harbour tyrant” after the vote on Tuesday. | Last week the Tarrow Post branded her "the harbour tyrant," to the anger of her staff.',
      'Her aides booked a slot on “The Harbour Hour” for Sunday night. | The mayor will appear on “The Harbour Hour” this week.',
    ]);
  });
});

/** The corroborating sentence pairs of a two-document folder, each as "x | y" in sorted order. */
function corroboratedPairs(a: string, b: string): string[] {
  const corpus = new Corpus();
  corpus.updateMany([{ id: 'a.txt', text: a }, { id: 'b.txt', text: b }]);
  return corpus.claims().flatMap((c) => c.corroborating.map((e) => [c.text, e.text].sort().join(' | ')));
}

describe('claims: two reports naming one spec', () => {
  it('sentences that share a coined identifier are one statement; the piece\'s subject links nothing', () => {
    const a = 'Norvik Lumen X2 review\n\nThe Lumen X2 went on sale in Oslo this week. The phone is IP67-rated and charges over a USB 3.0 port. The Lumen X2 costs more than its rival. Reviewers liked the Lumen X2.';
    const b = 'Norvik launches the Lumen X2\n\nNorvik says the handset is rated IP 67, so it survives a swim. Its battery lasts two days. The Lumen X2 is thin. Buyers queued for the Lumen X2 in Bergen.';
    const pairs = corroboratedPairs(a, b);
    assert.deepEqual(pairs, ['Norvik says the handset is rated IP 67, so it survives a swim. | The phone is IP67-rated and charges over a USB 3.0 port.']);
  });
});

describe('claims: one identifier, one statement', () => {
  it('a sentence naming two identifiers does not join the sentences that name one to those that name the other', () => {
    const a = 'Norvik Lumen X2 review\n\nThe handset runs Vireo 5.2.1 on a 1440p screen, the maker said. Its case is made of glass.';
    const b = 'Norvik launches the Lumen X2\n\nOut of the box it comes with Vireo 5.2.1 and a stylus. Reviewers found the battery weak.';
    const c = 'Norvik Lumen X2 hands-on\n\nPhotos look sharp on the handset\'s 1440p display in daylight. The price of the Lumen X2 was not announced. Reviewers found the battery weak.';
    const corpus = new Corpus();
    corpus.updateMany([{ id: 'a.txt', text: a }, { id: 'b.txt', text: b }, { id: 'c.txt', text: c }]);
    const claims = corpus.claims().map((cl) => [cl.text, ...cl.corroborating.map((e) => e.text)].sort());
    const both = (x: string, y: string) => claims.some((cl) => cl.some((t) => t.includes(x)) && cl.some((t) => t.includes(y)));
    assert.ok(both('runs Vireo 5.2.1', 'comes with Vireo 5.2.1'), JSON.stringify(claims));
    assert.ok(both('runs Vireo 5.2.1', '1440p display'), JSON.stringify(claims));
    assert.ok(!both('comes with Vireo 5.2.1', '1440p display'), JSON.stringify(claims));
  });
});

describe('claims: a spec-sheet line', () => {
  it('"RAM: 4GB" is a claim, short as it is; a bare figure line ("4GB.") is not', () => {
    const a = 'Norvik Lumen X2: the full specs\n\nNorvik has published the specifications of its new phone, which goes on sale in Oslo next week. Here is what the handset offers:\n\n    Display: 6.1 inches\n    RAM: 4GB\n    Storage: 64GB\n\nThe company said more colours would follow later in the year.';
    const b = 'Norvik Lumen X2 review\n\nThe Lumen X2 ships with 4GB of RAM and a glass back, the maker said.';
    assert.deepEqual(corroboratedPairs(a, b), ['RAM: 4GB | The Lumen X2 ships with 4GB of RAM and a glass back, the maker said.']);
    assert.deepEqual(corroboratedPairs(a.replace('RAM: 4GB', '4GB.'), b), []);
  });
});

describe('claims: small counts that agree', () => {
  it('a small count agrees by what it counts only where the sentences share a phrase', () => {
    const a = 'Vell council meets\n\nThe Vell council met on Monday about the harbour wall. Two engineers inspected the harbour wall last spring, the council said.';
    const b = 'Harbour wall repairs\n\nThe Vell council will repair the harbour wall next year. Two engineers joined the council staff in March, it said.';
    const pairs = corroboratedPairs(a, b);
    assert.ok(!pairs.some((p) => p.includes('Two engineers inspected') && p.includes('Two engineers joined')), JSON.stringify(pairs));
  });
});

describe('claims: list terms', () => {
  const rows: Array<[string, string[]]> = [
    ['It comes in black, blue, gold, and white.', ['l:black blue gold white']],
    ['The tablet will launch with blue, black, white, and gold colours.', ['l:black blue gold white']],
    ['Choose black, white, gold, or blue.', ['l:black blue gold white']],
    // two items are no list; items of several words, names, or stop words are not this kind of list
    ['It comes in black and white.', []],
    ['Gunmen hit bars, restaurants and a concert hall.', []],
    ['Ships came from Norland, Vell and Tarrow.', []],
    ['It is this, that, and the other.', []],
  ];
  for (const [text, want] of rows) {
    it(`${text} -> ${want.join(' ') || '(none)'}`, () => { assert.deepEqual(listTerms(text), want); });
  }
});

