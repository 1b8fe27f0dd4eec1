// Figure rules on small strings: what is a figure, how it is normalized, and what is not one.
// A plain context (no boilerplate detection) isolates the figure rules from page-chrome detection.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/extract/figures';
import type { Figure } from '../../src/core/model';
import { assertWellFormed, fig, plainContext } from './figuresHelpers';

function figures(text: string): Figure[] {
  const figs = extractFigures(plainContext(text));
  assertWellFormed(text, figs);
  return figs;
}

function one(text: string): Figure {
  const figs = figures(text);
  assert.equal(figs.length, 1, JSON.stringify(figs.map((f) => f.text)));
  return figs[0];
}

describe('figures: normalization', () => {
  const money: Array<[string, string, number, string]> = [
    ['It cost $66.8 billion.', '$66.8 billion', 66.8e9, 'USD'],
    ['Paid US$1.2bn in cash.', 'US$1.2bn', 1.2e9, 'USD'],
    ['A house for £250,000 then.', '£250,000', 250000, 'GBP'],
    ['Budget of Rs 500 crore today.', 'Rs 500 crore', 5e9, 'INR'],
    ['About USD 5 million was lost.', 'USD 5 million', 5e6, 'USD'],
    ['They gave 40 million euros in aid.', '40 million euros', 40e6, 'EUR'],
    ['They gave 3 million yen.', '3 million yen', 3e6, 'JPY'],
    ['Loans of €3.5m were cut.', '€3.5m', 3.5e6, 'EUR'],
    ['A fund of 10 billion VND opened.', '10 billion VND', 10e9, 'VND'],
    ['A grant of RM50 million came.', 'RM50 million', 50e6, 'MYR'],
  ];
  for (const [text, needle, value, unit] of money) {
    it(`money: ${needle}`, () => {
      const f = one(text);
      assert.deepEqual([f.kind, f.text, f.value, f.unit, f.start], ['money', needle, value, unit, text.indexOf(needle)]);
    });
  }

  it('money restated in another currency is marked equivalentOf the first', () => {
    const figs = figures('It reached €67 billion ($79 billion) and 50 million EUR (nearly 60 million USD), or £5m, or about $6m.');
    assert.equal(fig(figs, '$79 billion').equivalentOf, figs.indexOf(fig(figs, '€67 billion')));
    assert.equal(fig(figs, '60 million USD').equivalentOf, figs.indexOf(fig(figs, '50 million EUR')));
    assert.equal(fig(figs, '60 million USD').qualifierText, 'nearly');
    assert.equal(fig(figs, '$6m').equivalentOf, figs.indexOf(fig(figs, '£5m')));
    assert.equal(fig(figs, '€67 billion').equivalentOf, undefined);
  });

  it('two amounts in the same currency are not equivalents', () => {
    const figs = figures('It cost $5 million ($2 million more than planned).');
    assert.equal(fig(figs, '$2 million').equivalentOf, undefined);
  });

  const percents: Array<[string, string, number, string]> = [
    ['Up 40% today.', '40%', 40, '%'],
    ['Up 6.6% today.', '6.6%', 6.6, '%'],
    ['Up 8.4 per cent today.', '8.4 per cent', 8.4, '%'],
    ['Up 30 percent today.', '30 percent', 30, '%'],
    ['Up 3 percentage points today.', '3 percentage points', 3, 'pp'],
  ];
  for (const [text, needle, value, unit] of percents) {
    it(`percent: ${needle}`, () => {
      const f = one(text);
      assert.deepEqual([f.kind, f.text, f.value, f.unit], ['percent', needle, value, unit]);
    });
  }

  const qualifiers: Array<[string, string, string, string]> = [
    ['grew roughly 50% in all', '50%', 'approx', 'roughly'],
    ['grew around 40% in all', '40%', 'approx', 'around'],
    ['grew about 30% in all', '30%', 'approx', 'about'],
    ['some 500 people came', '500 people', 'approx', 'some'],
    ['approximately 20 ships came', '20 ships', 'approx', 'approximately'],
    ['almost 90 people came', '90 people', 'approx', 'almost'],
    ['close to 5,000 m deep', '5,000 m', 'approx', 'close to'],
    ['worth in the region of £25m to them', '£25m', 'approx', 'in the region of'],
    ['more than 1,200 homes lost power', '1,200 homes', 'over', 'more than'],
    ['over 300 flights were cut', '300 flights', 'over', 'over'],
    ['at least 129 dead were counted', '129 dead', 'at-least', 'at least'],
    ['waves of up to 6 metres hit', '6 metres', 'at-most', 'up to'],
    ['less than 5% voted', '5%', 'under', 'less than'],
    ['under 20 people voted', '20 people', 'under', 'under'],
  ];
  for (const [text, needle, q, qt] of qualifiers) {
    it(`qualifier "${qt}" stays outside the span of ${needle}`, () => {
      const f = one(text);
      assert.deepEqual([f.text, f.qualifier, f.qualifierText], [needle, q, qt]);
    });
  }

  it('"over" after an amount is the span it covers, not a bound of the span; elsewhere it bounds it', () => {
    const figs = figures('The league sold its rights for £3bn over three years. The rebuild took over three years.');
    assert.deepEqual(figs.filter((f) => f.kind === 'duration').map((f) => [f.text, f.qualifier ?? null]), [['three years', null], ['three years', 'over']]);
  });

  it('a scale without its multiplier states no number ("a few hundred metres", "several thousand people"); "a hundred", "two dozen" do', () => {
    const figs = figures('The hall is a few hundred metres away. Several thousand people marched. A few dozen ships came. A hundred people came. Two dozen ships sailed.');
    assert.deepEqual(figs.map((f) => [f.text, f.value]), [['A hundred people', 100], ['Two dozen ships', 24]]);
  });

  it('an ordinal that makes a title ("the first lady") is no rank; "the third brother" is one (lang ORDINAL_TITLES)', () => {
    const figs = figures('Lina Marsh, the first lady, spoke. The First Lady waved. The third brother was arrested.');
    assert.deepEqual(figs.map((f) => [f.text, f.kind]), [['third', 'ordinal']]);
  });

  it('"up 6.6%" has no qualifier', () => {
    assert.equal(one('sales were up 6.6% on the year').qualifier, undefined);
  });

  it('counts with what they count, number words included', () => {
    const figs = figures('There were 793 raids; 90 people have been held, 174 weapons seized. Sixteen people died, '
      + 'and Fourteen people fled with 14,000 fans from nearly a dozen countries. 239 people were on board. '
      + 'Forty-three witnesses and two hundred and fifty guests and 1.2 million people came. Police killed 129 killed.');
    const expect: Array<[string, number, string]> = [
      ['793 raids', 793, 'raids'], ['90 people', 90, 'people'], ['174 weapons', 174, 'weapons'],
      ['Sixteen people', 16, 'people'], ['Fourteen people', 14, 'people'], ['14,000 fans', 14000, 'fans'],
      ['a dozen countries', 12, 'countries'], ['239 people', 239, 'people'], ['Forty-three witnesses', 43, 'witnesses'],
      ['two hundred and fifty guests', 250, 'guests'], ['1.2 million people', 1.2e6, 'people'], ['129 killed', 129, 'dead'],
    ];
    for (const [needle, value, counted] of expect) {
      const f = fig(figs, needle);
      assert.deepEqual([f.kind, f.value, f.counted], ['count', value, counted], needle);
    }
  });

  it('ordinals and ranks', () => {
    const figs = figures("It is Vietnam's fourth-largest trading partner, the 14th National Party Congress and "
      + 'the first Southeast Asian country to sign.');
    assert.deepEqual([fig(figs, 'fourth-largest').value, fig(figs, 'fourth-largest').counted], [4, 'largest trading partner']);
    assert.deepEqual([fig(figs, '14th').value, fig(figs, '14th').counted], [14, 'National Party Congress']);
    assert.deepEqual([fig(figs, 'first').value, fig(figs, 'first').counted], [1, 'Southeast Asian country']);
    for (const f of figs) { assert.equal(f.kind, 'ordinal'); }
  });

  it('"first" as an adverb or a window is no rank', () => {
    assert.deepEqual(figures('Lam first came to power. It was the first time. In the first week, sales fell.').map((f) => f.text), []);
  });

  it('durations, ages and periods', () => {
    const figs = figures('For 35 years it grew; nearly two decades of talks; five nights; a 10-year plan; a 35-year-old man.');
    assert.deepEqual([fig(figs, '35 years').kind, fig(figs, '35 years').value, fig(figs, '35 years').unit], ['duration', 35, 'year']);
    assert.deepEqual([fig(figs, 'two decades').value, fig(figs, 'two decades').unit, fig(figs, 'two decades').qualifier], [20, 'year', 'approx']);
    assert.deepEqual([fig(figs, 'five nights').value, fig(figs, 'five nights').unit], [5, 'night']);
    assert.deepEqual([fig(figs, '10-year').kind, fig(figs, '10-year').value], ['duration', 10]);
    assert.deepEqual([fig(figs, '35-year-old').kind, fig(figs, '35-year-old').counted], ['quantity', 'age']);
  });

  it('quantities with normalized units', () => {
    const figs = figures('Winds of 160 km/h, waves of 9 metres and nine metres, 6 m walls, 21 °C heat, 5 kg bags, 400 sq km zones.');
    const expect: Array<[string, number, string]> = [
      ['160 km/h', 160, 'km/h'], ['9 metres', 9, 'm'], ['nine metres', 9, 'm'], ['6 m', 6, 'm'], ['21 °C', 21, '°C'],
      ['5 kg', 5, 'kg'], ['400 sq km', 400, 'km²'],
    ];
    for (const [needle, value, unit] of expect) {
      const f = fig(figs, needle);
      assert.deepEqual([f.kind, f.value, f.unit], ['quantity', value, unit], needle);
    }
  });

  it('years only in year contexts', () => {
    const figs = figures('Signed in 2019, in force since 2022, rich by 2045, the 1998 sea wall, mid-2020, between 2019 and 2024. '
      + 'Directive 24 and 2,019 people and Euro 2016 and 1500 metres.');
    assert.deepEqual(figs.filter((f) => f.kind === 'year').map((f) => f.value), [2019, 2022, 2045, 1998, 2020, 2019, 2024]);
    assert.deepEqual([fig(figs, '2,019 people').kind, fig(figs, '2,019 people').value], ['count', 2019]);
    assert.equal(fig(figs, '1500 metres').kind, 'quantity');
  });

  it('full dates, numeric dates and yearless dates resolved from the same document', () => {
    const text = 'On Thursday, January 29, 2026 and 29 January 2026 and 27/01/2026 and 2026-01-27. '
      + 'Earlier, on January 26, and on December 10, and in March 2025. Then October 13, 2026.';
    const figs = figures(text);
    const iso = (n: string): string | null => fig(figs, n).iso;
    assert.equal(iso('Thursday, January 29, 2026'), '2026-01-29');
    assert.equal(iso('29 January 2026'), '2026-01-29');
    assert.equal(iso('27/01/2026'), '2026-01-27');
    assert.equal(iso('2026-01-27'), '2026-01-27');
    assert.equal(iso('October 13, 2026'), '2026-10-13');
    assert.equal(iso('January 26'), '2026-01-26', 'the nearest preceding full date gives the year');
    assert.equal(iso('December 10'), '2025-12-10', 'the year that puts it closest to the reference date');
    assert.equal(iso('March 2025'), '2025-03');
    for (const f of figs) { assert.equal(f.kind, 'date'); }
  });

  it('a yearless date with no full date in the document keeps an ISO form without a year', () => {
    assert.equal(one('He arrived on January 26 in Hanoi.').iso, '--01-26');
  });

  it('periods attach to the figures of their clause', () => {
    const figs = figures('Trade in the first 11 months of 2025 reached more than $66.8 billion, up 6.6% from a year earlier.\n'
      + 'Trade surged by roughly 50% between 2019 and 2024.\n'
      + 'It led to a 40% increase in bilateral trade over the past five years.\n'
      + 'The economy grew 8% last year despite new 20% tariffs.\n'
      + 'It signed a deal in 2019, leading to a roughly 40% increase.\n'
      + 'Exports grew 12% in 2023.\n'
      + 'Traffic fell 40% in the first week after the storm.\n'
      + 'Prices rose 3% year-on-year.');
    assert.deepEqual(fig(figs, '$66.8 billion').period, { text: 'first 11 months of 2025', months: 11, year: 2025 });
    assert.deepEqual(fig(figs, '6.6%').period, { text: 'first 11 months of 2025', months: 11, year: 2025 });
    assert.deepEqual(fig(figs, '50%').period, { text: 'between 2019 and 2024', from: '2019', to: '2024' });
    assert.equal(fig(figs, '40%').period?.text, 'over the past five years');
    assert.equal(fig(figs, '8%').period?.text, 'last year');
    assert.equal(fig(figs, '20%').period, undefined);
    assert.equal(fig(figs, '40%', 1).period, undefined);
    assert.deepEqual(fig(figs, '12%').period, { text: 'in 2023', year: 2023, from: '2023', to: '2023' });
    assert.equal(fig(figs, '40%', 2).period?.text, 'in the first week after the storm');
    assert.equal(fig(figs, '3%').period?.text, 'year-on-year');
  });
});

describe('figures: times of day', () => {
  const rows: Array<[string, string[], string[], Array<string | undefined>]> = [
    ['Doors opened at 9:20 p.m. and closed at 12:20 a.m.', ['9:20 p.m.', '12:20 a.m.'], ['21:20', '00:20'], [undefined, undefined]],
    ['The blasts came just after 9.20pm, the last around 4.20am.', ['9.20pm', '4.20am'], ['21:20', '04:20'], ['at-least', 'approx']],
    ['The alarm was raised at about 21:40 and at 00:41 local time.', ['21:40', '00:41'], ['21:40', '00:41'], ['approx', undefined]],
    ['At 4 a.m. the ferry sailed; at 12pm it docked.', ['4 a.m.', '12pm'], ['04:00', '12:00'], [undefined, undefined]],
    // four digits with the zone or "local time" after them, as agencies write a time
    ['It struck at 1446 local time (0546 GMT) off the coast.', ['1446', '0546'], ['14:46', '05:46'], [undefined, undefined]],
    ['In 1946 GMT was the standard; the 2359 train left.', [], [], []],
  ];
  for (const [text, texts, isos, qualifiers] of rows) {
    it(`${text} -> ${isos.join(', ')}`, () => {
      const fs = extractFigures(plainContext(text)).filter((f) => f.kind === 'time');
      assert.deepEqual(fs.map((f) => [f.text, f.iso, f.value, f.qualifier]), texts.map((t, i) => [t, isos[i], Number(isos[i].slice(0, 2)) * 60 + Number(isos[i].slice(3)), qualifiers[i]]));
    });
  }
});

describe('figures: not figures', () => {
  const none: string[] = [
    'Growth was measured at 3.5 last year.',
    'Hotline: +84.889.859.666',
    'Call +351 21 555 0199 now.',
    'Call 555-0199 or 021-555-0199.',
    'See postid438013 for more.',
    'Update to v1.2.3 or 17.2.1 today.',
    'It plays HTML5 video.',
    'It runs iOS 17.2 now.',
    'They won 3-1 on Saturday.',
    'Updated 10:41, a 3:2 win, ran 2:03:59, 25:10 left.',
    'The Galaxy S5 is new.',
    'Flight MH370 vanished.',
    'Malaysia Airlines Flight 370 vanished.',
    'The leaked Directive 24 said so.',
    'Copyright © 2026 Harbour Herald.',
    'Lisbon 18 °C / 12 - 19 °C',
    'In the 1990s, 5G and 3D arrived.',
    'COVID-19 cases and F-16 jets.',
    'Reader\'s comments (0)',
    'It was one of the best.',
  ];
  for (const text of none) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(figures(text).map((f) => f.text), []);
    });
  }

  it('figures inside boilerplate spans are dropped', () => {
    const text = 'Weather 21 °C today\nTrade rose 40% in 2025.\n';
    const chrome = { start: 0, end: text.indexOf('\n'), reason: 'widget' as const };
    const figs = extractFigures(plainContext(text, [chrome]));
    assert.deepEqual(figs.map((f) => f.text), ['40%', '2025']);
  });
});

describe('figures: device units', () => {
  it('megapixels, battery, clock, storage and density are quantities with one symbol each', () => {
    const text = 'It has a 16MP camera, a 2-megapixel front camera, a 2,800mAh battery, a 2.5GHz chip, 16GB of storage and 432 ppi.';
    const figs = figures(text);
    assertWellFormed(text, figs);
    const got = (t: string) => { const f = fig(figs, t); return [f.kind, f.value, f.unit]; };
    assert.deepEqual(got('16MP'), ['quantity', 16, 'MP']);
    assert.deepEqual(got('2-megapixel'), ['quantity', 2, 'MP']);
    assert.deepEqual(got('2,800mAh'), ['quantity', 2800, 'mAh']);
    assert.deepEqual(got('2.5GHz'), ['quantity', 2.5, 'GHz']);
    assert.deepEqual(got('16GB'), ['quantity', 16, 'GB']);
    assert.deepEqual(got('432 ppi'), ['quantity', 432, 'ppi']);
  });

  it('areas written "sq miles", "sq. km", "square metres" are areas', () => {
    const text = 'Divers searched 328 sq miles, then 60,000 sq. km, from a 400 square metres base.';
    const figs = figures(text);
    assert.deepEqual(['328 sq miles', '60,000 sq. km', '400 square metres'].map((t) => fig(figs, t).unit), ['mi²', 'km²', 'm²']);
  });

  it('an inch mark before a lower-case word is inches, unless it closes a quotation', () => {
    for (const [text, needle] of [['The tablet has a 10.1” screen and a pen.', '10.1”'], ['The tablet has a 10.1" screen.', '10.1"'],
      ['Its 55″ set sold out.', '55″'], ['He said “no” to the 10.1” model.', '10.1”']]) {
      const f = fig(figures(text), needle);
      assert.deepEqual([f.kind, f.value, f.unit], ['quantity', Number(needle.replace(/\D+$/, '')), 'in'], text);
    }
    for (const [text, bad] of [['They held the “Launch 5” event in town.', '5”'], ['They held the "Launch 5" event in town.', '5"'],
      ['The tablet has a 10.1” Screen.', '10.1”'], ['It scored 10.1”.', '10.1”']]) {
      assert.ok(figures(text).every((f) => f.text !== bad && f.unit !== 'in'), text);
    }
  });

  it('capital-only symbols are units only in capitals: "16 mp" and "Two MPs" are not megapixels', () => {
    const figs = figures('Two MPs said the vote was 16 mp short.');
    assert.ok(figs.every((f) => f.unit !== 'MP'), JSON.stringify(figs.map((f) => [f.value, f.unit])));
  });
});

describe('figures: cost', () => {
  it('a 1 MB line of digits runs in well under a second @slow', () => {
    const text = '7'.repeat(1 << 20);
    const t0 = performance.now();
    assert.deepEqual(extractFigures(plainContext(text)), []);
    assert.ok(performance.now() - t0 < 500, `${(performance.now() - t0).toFixed(0)} ms`);
  });

  it('dense number soup (256 KB each) stays linear and well-formed @slow', () => {
    for (const unit of ['1 ', '1.', '$1,', '+1 ', '1-', '1/', '12:', 'a1', '1% ', '1 people ']) {
      const text = unit.repeat(Math.ceil((1 << 18) / unit.length));
      const t0 = performance.now();
      const figs = extractFigures(plainContext(text));
      const ms = performance.now() - t0;
      // Generous bound: the machine is shared; a quadratic scan would take minutes here.
      assert.ok(ms < 3000, `${ms.toFixed(0)} ms for ${JSON.stringify(unit)}`);
      assertWellFormed(text, figs);
    }
  });
});
