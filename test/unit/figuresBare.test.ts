// Bare numbers the clause makes counts (src/core/extract/figures/bare.ts): elliptic list items that
// repeat the noun of the count before them, tallies after a holder's name, and casualty/toll levels.
// Invented sentences; each table row is [text, needle, value, counted].
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/extract/figures';
import type { Figure } from '../../src/core/model';
import { assertWellFormed, fig, plainContext } from './figuresHelpers';

function figures(text: string): Figure[] {
  const figs = extractFigures(plainContext(text));
  assertWellFormed(text, figs);
  return figs;
}

type Row = [string, string, number, string];

function countRows(title: string, rows: Row[]): void {
  for (const [text, needle, value, counted] of rows) {
    it(`${title}: ${JSON.stringify(needle)} in ${JSON.stringify(text)}`, () => {
      const f = fig(figures(text), needle);
      assert.deepEqual([f.kind, f.value, f.counted, f.unit], ['count', value, counted, null]);
    });
  }
}

describe('figures: elliptic list items repeat the counted noun', () => {
  countRows('list item', [
    ['The Greens won 12 seats and Labour 40.', '40', 40, 'seats'],
    ['The Greens won 12 seats, and Labour 40, in the vote.', '40', 40, 'seats'],
    ['Labour won 40 seats, the Farmers’ Party 21, the Greens 12 and independents 2, giving it a majority.', '21', 21, 'seats'],
    ['Labour won 40 seats, the Farmers’ Party 21, the Greens 12 and independents 2, giving it a majority.', '12', 12, 'seats'],
    ['Labour won 40 seats, the Farmers’ Party 21, the Greens 12 and independents 2, giving it a majority.', '2', 2, 'seats'],
    ['Rovers scored 3 goals while United 1.', '1', 1, 'goals'],
    ['The Blue Party took 1,200 votes; the Red Party 950.', '950', 950, 'votes'],
    ['Northfield sent 30 trucks with relief, Eastbrook 12', '12', 12, 'trucks'],
    ['The Liberals won 12 seats in 2019, and the Greens 4.', '4', 4, 'seats'],
    ['The Greens won 12 seats and Labour lost 40.', '40', 40, 'seats'], // the object is elided too
  ]);
  countRows('parenthetical item', [
    ['The Blue Party has 29.7% of the vote (129 seats), the Red Party 26.9% (71) and the Greens 12.3% (33).', '71', 71, 'seats'],
    ['The Blue Party has 29.7% of the vote (129 seats), the Red Party 26.9% (71) and the Greens 12.3% (33).', '33', 33, 'seats'],
  ]);

  it('the first item keeps its own noun and the list its order', () => {
    const figs = figures('The Greens won 12 seats and Labour 40.');
    assert.deepEqual(figs.map((f) => [f.text, f.counted]), [['12 seats', 'seats'], ['40', 'seats']]);
  });

  const notItems: Array<[string, string]> = [
    ['Three people died: Jane Doe, 34, and John Roe, 36.', '34'], // ages in apposition
    ['He has 3 children, aged 4, 7 and 9.', '4'],
    ['He has 3 children, aged 4, 7 and 9.', '9'],
    ['It won 12 seats in May and 40 in June.', '40'], // no holder: another clause
    ['They won 12 seats. Labour 40 was the headline.', '40'], // another sentence
    ['The crash killed 239 people, and Flight 370.', '370'], // a label head is no holder
    ['It sells 3 models: the Alto 5, the Alto 7 and the Alto 10.', '5'], // an enumeration of what is counted
    ['It flies 3 routes, including Route 66.', '66'],
    ['The Greens won 12 seats and Labour 2015.', '2015'], // a year is never an item
    ['The Greens won 12 seats and two Boeing 777.', '777'],
    ['The Greens won 12 seats and Labour 40.5.', '40.5'],
    ['The Greens won 12 seats with about 40.', '40'],
  ];
  for (const [text, needle] of notItems) {
    it(`not an item: ${JSON.stringify(needle)} in ${JSON.stringify(text)}`, () => {
      const figs = figures(text);
      assert.equal(figs.find((f) => f.text === needle), undefined, JSON.stringify(figs.map((f) => f.text)));
    });
  }

  it('scores and phone numbers after a count stay what they were', () => {
    assert.deepEqual(figures('Rovers won 3 games, and United 3-1.').map((f) => f.text), ['3 games']);
    assert.deepEqual(figures('The Greens won 12 seats; call 555-0199 or Labour 555-0100.').map((f) => f.text), ['12 seats']);
  });
});

describe('figures: a tally after a capitalized word is a count, a name with a number is not', () => {
  countRows('tally', [
    ['Official results gave the Greens 12 seats and Labour 40 seats.', '12 seats', 12, 'seats'],
    ['Official results gave the Greens 12 seats and Labour 40 seats.', '40 seats', 40, 'seats'],
    ['In the group Spain 9 points lead.', '9 points', 9, 'points'],
    ['Norway 16 medals, a record.', '16 medals', 16, 'medals'],
  ]);

  const names = [
    'Malaysia Airlines Flight 370 vanished.',
    'Windows 8 users complained.',
    'Sales of Nexus 5 smartphones and Boeing 777 flights.',
    'The Galaxy S5 is new.',
    'The G20 met.',
    'Apollo 11 astronauts landed.',
    'They won 3-1 on Saturday.',
    'Call 555-0199 now.',
    'The Euro 2016 points table.',
  ];
  for (const text of names) {
    it(`no figure in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(figures(text).map((f) => f.text), []);
    });
  }
});

describe('figures: casualty and toll words make a bare number a count of people', () => {
  countRows('casualty', [
    ['Port Avel mourns 14 after the storm', '14', 14, 'dead'],
    ['Port Avel Mourns 14 After The Storm', '14', 14, 'dead'],
    ['Ferry fire kills 27, four still missing', '27', 27, 'dead'],
    ['The blast killed 9 and injured 40 on Monday.', '9', 9, 'dead'],
    ['The blast killed 9 and injured 40 on Monday.', '40', 40, 'injured'],
    ['Gunmen wounded 3 in the market.', '3', 3, 'injured'],
    ['Quake toll rises to 29 as rescuers dig', '29', 29, 'dead'],
    ['The death toll rose to 29 on Sunday.', '29', 29, 'dead'],
    ['The death toll from the fire on the ship rose to 29 on Sunday.', '29', 29, 'dead'],
    ['The toll has risen to 31.', '31', 31, 'dead'],
    ['Flood toll reaches 31 as waters recede', '31', 31, 'dead'],
    ['The toll stood at 12 on Friday.', '12', 12, 'dead'],
    ['It brought the death toll to 31.', '31', 31, 'dead'],
    ['It brought the death toll to at least 31.', '31', 31, 'dead'],
    ['A toll of 14 was confirmed.', '14', 14, 'dead'],
    ['The number of people killed in what residents call the Avel disaster rose to 29 on Sunday.', '29', 29, 'dead'],
    ['The injury toll climbed to 52.', '52', 52, 'injured'],
    ['The number of injured passed 60 by noon.', '60', 60, 'injured'],
    ['Town mourns fourteen after the storm', 'fourteen', 14, 'dead'],
  ]);

  it('a qualifier stays outside the span and is kept', () => {
    const f = fig(figures('It brought the death toll to at least 31.'), '31');
    assert.deepEqual([f.qualifier, f.qualifierText], ['at-least', 'at least']);
  });

  const notCasualty: Array<[string, string]> = [
    ['Shares rose to 29 on Monday.', '29'],
    ['Twelve were killed. Shares rose to 29.', '29'],
    ['The toll road rose to 29 lanes wide.', '29'], // "29 lanes" is a count of lanes, not of the dead
    ['Killed in 2019, he was mourned by 300.', '2019'],
  ];
  for (const [text, needle] of notCasualty) {
    it(`not a toll: ${JSON.stringify(needle)} in ${JSON.stringify(text)}`, () => {
      const f = figures(text).find((g) => g.text === needle);
      assert.ok(!f || (f.counted !== 'dead' && f.counted !== 'injured'), JSON.stringify(f));
    });
  }

  it('a unit, percent or noun after the number still decides first', () => {
    const figs = figures('The storm killed 14 people, injured 3 percent of residents and the toll rose to 16 homes.');
    assert.deepEqual(figs.map((f) => [f.text, f.kind, f.counted ?? null]),
      [['14 people', 'count', 'people'], ['3 percent', 'percent', null], ['16 homes', 'count', 'homes']]);
  });
});

describe('figures: a bare number before a casualty verb or relative clause counts people', () => {
  countRows('casualty after', [
    ['Officials said at least 23 were killed in the collapse.', '23', 23, 'dead'],
    ['Officials said 23 were killed in the collapse.', '23', 23, 'dead'],
    ['Eleven have died since the bridge at Varrow gave way.', 'Eleven', 11, 'dead'],
    ['Of the 40 guests, 6 had died by morning.', '6', 6, 'dead'],
    ['About 17 were seriously injured.', '17', 17, 'injured'],
    ['Another 4 are still missing.', '4', 4, 'missing'],
    ['Nurses have named all 23 who were killed on Tuesday.', '23', 23, 'dead'],
    ['The 9 who died were farm workers.', '9', 9, 'dead'],
    ['The inquiry heard from 52 who were wounded.', '52', 52, 'injured'],
    ['All 41 aboard the Selwyn Star were rescued.', '41', 41, 'people'],
    ['The 41 on board were rescued.', '41', 41, 'people'],
    ['Radar lost the jet with the 188 onboard.', '188', 188, 'people'],
    ['Relatives of the 41 on board waited at the pier.', '41', 41, 'people'], // no verb: the partitive does not matter
  ]);

  it('the qualifier is kept and the span is the number alone', () => {
    const f = fig(figures('Officials said at least 23 were killed in the collapse.'), '23');
    assert.deepEqual([f.text, f.qualifier, f.qualifierText], ['23', 'at-least', 'at least']);
  });

  const notCasualty: Array<[string, string]> = [
    ['Officials said 12 were arrested in the raid.', '12'], // not a casualty verb
    ['Four passengers of Flight 214 were injured.', '214'], // a name owns the number
    ['In 2011 were killed more than we know.', '2011'], // a year
    ['The 3 who killed the guard fled.', '3'], // an active verb counts the agents
    ['Three gunmen stormed the hall; 2 killed the guard.', '2'],
    ['Only one of the 2 was hurt.', '2'], // a partitive: "one" is the subject
    ['One of the two died in hospital.', 'two'],
    ['The 12 were questioned and released.', '12'],
  ];
  for (const [text, needle] of notCasualty) {
    it(`not a casualty count: ${JSON.stringify(needle)} in ${JSON.stringify(text)}`, () => {
      const f = figures(text).find((g) => g.text === needle);
      assert.ok(!f || !['dead', 'injured', 'missing', 'people'].includes(f.counted ?? ''), JSON.stringify(f));
    });
  }
});

describe('figures: bare-number rules stay linear @slow', () => {
  it('dense lists, tolls and names (256 KB each) stay linear and well-formed', () => {
    for (const unit of ['won 1 seats and Abc 1, ', '12 who were ', '3 have been later ', 'Abc 1 (2 seats), Abc 1% (3) ', 'toll rose to 1 ', 'the number killed ',
      'killed 1 and injured 2, ', 'Abc 12 seats ', 'Abc Abc 1 ', '(1) ']) {
      const text = unit.repeat(Math.ceil((1 << 18) / unit.length));
      const t0 = performance.now();
      const figs = extractFigures(plainContext(text));
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${ms.toFixed(0)} ms for ${JSON.stringify(unit)}`);
      assertWellFormed(text, figs);
    }
  });
});
