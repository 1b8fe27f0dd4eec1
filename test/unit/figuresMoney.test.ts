// Money figures: currency names from Intl, symbols and prefixes, short, colloquial and historical names,
// minor units and amounts in words. Invented sentences, one rule each; a plain context isolates the figure rules.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../src/core/extract/figures';
import { currencyAfter, isCurrencyCode } from '../../src/core/extract/figures/money';
import type { Figure } from '../../src/core/model';
import { assertWellFormed, plainContext } from './figuresHelpers';

function figures(text: string): Figure[] {
  const figs = extractFigures(plainContext(text));
  assertWellFormed(text, figs);
  return figs;
}

/** [sentence, figure text, value, unit, note?]: the sentence has exactly that money figure among its figures. */
type Case = [string, string, number, string | null, string?];

function check(cases: Case[]): void {
  for (const [text, needle, value, unit, note] of cases) {
    it(`${needle} -> ${value} ${unit ?? 'no unit'}`, () => {
      const figs = figures(text);
      const f = figs.find((x) => x.text === needle);
      assert.ok(f, `no figure ${JSON.stringify(needle)} among ${JSON.stringify(figs.map((x) => `${x.kind}:${x.text}`))}`);
      assert.deepEqual([f.kind, f.value, f.unit, f.start], ['money', value, unit, text.indexOf(needle)]);
      if (note !== undefined) { assert.match(f.note ?? '', new RegExp(note)); } else { assert.equal(f.note, undefined); }
    });
  }
}

/** [sentence, text that must not be money]: no money figure covers that text. */
function notMoney(cases: Array<[string, string]>): void {
  for (const [text, needle] of cases) {
    it(`not money: ${JSON.stringify(needle)} in ${JSON.stringify(text)}`, () => {
      const figs = figures(text);
      const at = text.indexOf(needle);
      const hit = figs.find((f) => f.kind === 'money' && f.start < at + needle.length && f.end > at);
      assert.equal(hit, undefined, JSON.stringify(hit));
    });
  }
}

describe('figures: money', () => {
  describe('names generated from Intl (singular and plural)', () => {
    check([
      ['The bank lent 40 million US dollars to the port.', '40 million US dollars', 40e6, 'USD'],
      ['The fare was 20 Swiss francs each way.', '20 Swiss francs', 20, 'CHF'],
      ['The club paid 7 million Hong Kong dollars.', '7 million Hong Kong dollars', 7e6, 'HKD'],
      ['Tickets cost 300 South African rand each.', '300 South African rand', 300, 'ZAR'],
      ['The deal was worth 3 billion Brazilian reals.', '3 billion Brazilian reals', 3e9, 'BRL'],
      ['Farmers got 2 billion Indian rupees in aid.', '2 billion Indian rupees', 2e9, 'INR'],
      ['The levy raised 15 million Swedish kronor.', '15 million Swedish kronor', 15e6, 'SEK'],
      ['He had 10 Japanese yen left.', '10 Japanese yen', 10, 'JPY'],
      ['A loan of 5 billion Egyptian pounds was signed.', '5 billion Egyptian pounds', 5e9, 'EGP'],
      ['The fee is one euro per bag.', 'one euro', 1, 'EUR'],
    ]);
  });

  describe('short names, codes and symbols', () => {
    check([
      ['The club paid 12 million euros for him.', '12 million euros', 12e6, 'EUR'],
      ['The bill came to 5,000 yen in the end.', '5,000 yen', 5000, 'JPY'],
      ['They owe 80 million rupees to the state.', '80 million rupees', 80e6, 'INR'],
      ['The fine was 10 rand per day.', '10 rand', 10, 'ZAR'],
      ['The port cost 2 billion CHF to build.', '2 billion CHF', 2e9, 'CHF'],
      ['The levy brings in ₴500 a month.', '₴500', 500, 'UAH'],
      ['Growers earn ₵20 a sack.', '₵20', 20, 'GHS'],
      ['A ticket is ₲10,000 there.', '₲10,000', 10000, 'PYG'],
      ['The stall paid NZ$50 for the permit.', 'NZ$50', 50, 'NZD'],
      ['The paper sells for MX$30 now.', 'MX$30', 30, 'MXN'],
      ['A coffee there is 12 zł now.', '12 zł', 12, 'PLN'],
      ['A beer there is 60 Kč at most.', '60 Kč', 60, 'CZK'],
      ['A budget of Rs 500 crore was set.', 'Rs 500 crore', 5e9, 'INR'],
      ['The lender bought TRY 5 billion of bonds.', 'TRY 5 billion', 5e9, 'TRY'],
      ['The fare is 200 kr for adults.', '200 kr', 200, null, 'kr: currency not stated'],
    ]);
    notMoney([
      ['TOP 10 SOCCER TEAMS BY TV INCOME', 'TOP 10'],
      ['Fill up with RON 95 petrol.', 'RON 95'],
      ['The team that 3 WON the cup.', '3 WON'],
      ['He had three real problems.', 'three real'],
    ]);
  });

  describe('"pounds" and "marks" need a scale; "francs", "rand" a number right before', () => {
    check([
      ['The club spent 5 million pounds on him.', '5 million pounds', 5e6, 'GBP'],
      ['West Germany paid 3 billion marks for it.', '3 billion marks', 3e9, 'DEM'],
      ['It was sold for 20 francs after 40 Swiss francs were asked.', '20 francs', 20, null, 'francs: currency not stated.*CHF'],
      ['The rent was 40 Swiss francs, then 20 francs.', '20 francs', 20, 'CHF'],
    ]);
    notMoney([
      ['The baby weighed 9 pounds at birth.', '9 pounds'],
      ['She scored 90 marks in the exam.', '90 marks'],
      ['The franc and the rand fell.', 'franc'],
      ['The rand fell against the dollar.', 'rand'],
    ]);
  });

  describe('historical currencies by name', () => {
    check([
      ['In 1990 the bridge cost 50 million French francs.', '50 million French francs', 50e6, 'FRF'],
      ['The fine was 200 Belgian francs then.', '200 Belgian francs', 200, 'BEF'],
      ['The state paid 3 billion Deutsche marks in 1991.', '3 billion Deutsche marks', 3e9, 'DEM'],
      ['The price was 40 Deutschmarks then.', '40 Deutschmarks', 40, 'DEM'],
      ['A painting for 10 million guilders was sold.', '10 million guilders', 10e6, 'NLG'],
      ['A coffee was 2,000 lire then.', '2,000 lire', 2000, 'ITL'],
      ['A loaf was 100 pesetas then.', '100 pesetas', 100, 'ESP'],
      ['The ferry was 300 drachmas then.', '300 drachmas', 300, 'GRD'],
      ['The room was 5,000 escudos a night.', '5,000 escudos', 5000, 'PTE'],
      ['A pint was 2 Irish punts then.', '2 Irish punts', 2, 'IEP'],
      ['The ticket was 5 Dutch guilders.', '5 Dutch guilders', 5, 'NLG'],
    ]);
    notMoney([
      ['The DEM 45% lead held.', 'DEM 45'],
      ['He kicked 5 punts for 200 yards.', '5 punts'],
    ]);
  });

  describe('minor units, in major units', () => {
    check([
      ['The coin is worth 50p at most.', '50p', 0.5, 'GBP'],
      ['A stamp costs 85 pence now.', '85 pence', 0.85, 'GBP'],
      ['Bread rose by 50 kopecks.', '50 kopecks', 0.5, 'RUB'],
      ['The fare rose by 50 paise.', '50 paise', 0.5, 'INR'],
      ['The coin is 5 euro cents.', '5 euro cents', 0.05, 'EUR'],
      ['Shares closed at $17.03, up 77 cents.', '77 cents', 0.77, 'USD'],
      ['It cost 3 euros, then rose by 20 cents.', '20 cents', 0.2, 'EUR'],
      ['The bread was 2 Swiss francs and the stamp 80 centimes.', '80 centimes', 0.8, 'CHF'],
      ['A stamp costs 45 cents.', '45 cents', 0.45, null, 'cents: currency not stated'],
      ['A sweet costs 45¢ here.', '45¢', 0.45, null, '¢: currency not stated'],
    ]);
    notMoney([
      ['The video streams in 1080p now.', '1080p'],
      ['Inflation was 5 per cent.', '5 per cent'],
      ['Shares fell 5pc on Monday.', '5pc'],
    ]);
  });

  describe('amounts in words and major-and-minor amounts', () => {
    check([
      ['He paid thirteen dollars and forty-five cents for it.', 'thirteen dollars and forty-five cents', 13.45, 'USD'],
      ['They pledged two million euros in aid.', 'two million euros', 2e6, 'EUR'],
      ['She spent five pounds and fifty pence on it.', 'five pounds and fifty pence', 5.5, 'GBP'],
      ['The toy was £3 and 50p at the fair.', '£3 and 50p', 3.5, 'GBP'],
      ['The meal was 13 dollars and 45 cents.', '13 dollars and 45 cents', 13.45, 'USD'],
      ['He gave twenty euros and fifty cents.', 'twenty euros and fifty cents', 20.5, 'EUR'],
    ]);
    it('a minor tail of another currency stays a figure of its own', () => {
      const figs = figures('He paid 5 euros and 20 pence.');
      assert.deepEqual(figs.map((f) => [f.text, f.value, f.unit]), [['5 euros', 5, 'EUR'], ['20 pence', 0.2, 'GBP']]);
    });
  });

  describe('colloquial names', () => {
    check([
      ['He lent me 20 quid last week.', '20 quid', 20, 'GBP'],
      ['He lent me 20 bucks last week.', '20 bucks', 20, 'USD'],
    ]);
    notMoney([['The Bucks won 110 to 98.', '110']]);
  });

  it('codes come from the runtime list; the lookup is built once', () => {
    assert.ok(isCurrencyCode('VND') && isCurrencyCode('XOF') && !isCurrencyCode('ABC') && !isCurrencyCode('FRF'));
    assert.deepEqual(currencyAfter(' West African CFA francs', 0, false), { end: 24, code: 'XOF', factor: 1 });
  });

  it('a long run of currency words stays linear @slow', () => {
    const text = '5 francs 3 kr 7 pounds 45 cents thirteen dollars and forty-five cents 9 TOP '.repeat(5000);
    const t0 = performance.now();
    const figs = figures(text);
    assert.ok(figs.length >= 5 * 5000);
    assert.ok(performance.now() - t0 < 3000, `${(performance.now() - t0).toFixed(0)} ms`);
  });
});
