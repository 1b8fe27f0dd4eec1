// Figures on real articles (shared/corpus/vietnam-eu-2026) and on our sample corpus, with exact
// needles, values, units, qualifiers and periods.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { extractFigures } from '../../src/core/extract/figures';
import type { Figure } from '../../src/core/model';
import { buildContext } from '../../src/core/text/context';
import { assertWellFormed, CORPUS, fig, noFigure, readDoc, SAMPLES } from './figuresHelpers';

interface Loaded { text: string; figs: Figure[]; boilerplate: Array<{ start: number; end: number }> }

function load(file: string, ctx: Mocha.Context): Loaded {
  const text = readDoc(file);
  if (text === null) { ctx.skip(); }
  const c = buildContext(text!);
  return { text: text!, figs: extractFigures(c), boilerplate: c.boilerplate };
}

const VN = path.join(CORPUS, 'vietnam-eu-2026');
function vn(id: string, ctx: Mocha.Context): Loaded {
  if (!existsSync(VN)) {
    console.warn(`skipped: ${VN} not found (the shared corpus is absent)`);
    ctx.skip();
  }
  const file = readdirSync(VN).find((f) => f.startsWith(id));
  assert.ok(file, `no article ${id} in ${VN}`);
  return load(path.join(VN, file), ctx);
}

describe('figures: vietnam-eu-2026 articles', () => {
  it('000: date, year 2019, roughly 40%', function () {
    const { text, figs } = vn('000', this);
    assertWellFormed(text, figs);
    const d = fig(figs, 'January 29, 2026');
    assert.deepEqual([d.kind, d.iso, d.start], ['date', '2026-01-29', text.indexOf('January 29, 2026')]);
    assert.deepEqual([fig(figs, '2019').kind, fig(figs, '2019').value], ['year', 2019]);
    const p = fig(figs, '40%');
    assert.deepEqual([p.kind, p.value, p.unit, p.qualifier, p.qualifierText], ['percent', 40, '%', 'approx', 'roughly']);
    assert.equal(p.period, undefined, 'the 2019 signing is an event, not the window of the 40%');
    noFigure(figs, '© 2026');
  });

  it('001: $66.8 billion over, 6.6%, both in the first 11 months of 2025; ranks; years', function () {
    const { text, figs } = vn('001', this);
    assertWellFormed(text, figs);
    const m = fig(figs, '$66.8 billion');
    assert.deepEqual([m.kind, m.value, m.unit, m.qualifier, m.qualifierText], ['money', 66800000000, 'USD', 'over', 'more than']);
    assert.deepEqual(m.period, { text: 'first 11 months of 2025', months: 11, year: 2025 });
    const p = fig(figs, '6.6%');
    assert.deepEqual([p.kind, p.value, p.unit, p.qualifier], ['percent', 6.6, '%', undefined]);
    assert.deepEqual(p.period, { text: 'first 11 months of 2025', months: 11, year: 2025 });
    const a = fig(figs, '30%');
    assert.deepEqual([a.value, a.qualifier, a.qualifierText], [30, 'approx', 'about']);
    for (const y of [2020, 2025, 2045]) { assert.equal(fig(figs, String(y)).kind, 'year'); }
    const r = fig(figs, 'fourth-largest');
    assert.deepEqual([r.kind, r.value, r.counted], ['ordinal', 4, 'largest trading partner']);
    assert.deepEqual([fig(figs, 'third-largest').value, fig(figs, 'third-largest').counted], [3, 'largest export market']);
    assert.deepEqual([fig(figs, 'fifth-largest').value, fig(figs, 'fifth-largest').counted], [5, 'largest import source']);
    const d = fig(figs, 'Thursday, January 29, 2026');
    assert.deepEqual([d.kind, d.iso], ['date', '2026-01-29']);
    const dur = fig(figs, 'two decades');
    assert.deepEqual([dur.kind, dur.value, dur.unit, dur.qualifier, dur.qualifierText], ['duration', 20, 'year', 'approx', 'nearly']);
    assert.deepEqual([fig(figs, '11 months').kind, fig(figs, '11 months').value, fig(figs, '11 months').unit], ['duration', 11, 'month']);
  });

  it('002: around 40% since 2019, 8% last year, 20%, a dozen countries since 2022', function () {
    const { text, figs } = vn('002', this);
    assertWellFormed(text, figs);
    const p = fig(figs, '40%');
    assert.deepEqual([p.value, p.qualifier, p.qualifierText, p.period?.from], [40, 'approx', 'around', '2019']);
    assert.equal(p.period?.text, 'since the EU-Vietnam Free Trade Agreement was signed in 2019');
    assert.deepEqual([fig(figs, '8%').value, fig(figs, '8%').period?.text], [8, 'last year']);
    assert.deepEqual([fig(figs, '20%').value, fig(figs, '20%').period], [20, undefined]);
    for (const y of [2019, 2022]) { assert.deepEqual([fig(figs, String(y)).kind, fig(figs, String(y)).value], ['year', y]); }
    const c = fig(figs, 'a dozen countries');
    assert.deepEqual([c.kind, c.value, c.counted, c.qualifier, c.period?.from], ['count', 12, 'countries', 'approx', '2022']);
  });

  it('003: roughly 50% between 2019 and 2024, €67 billion ($79 billion), 8.4% in the first 10 months', function () {
    const { text, figs } = vn('003', this);
    assertWellFormed(text, figs);
    const p = fig(figs, '50%');
    assert.deepEqual([p.value, p.qualifier, p.qualifierText], [50, 'approx', 'roughly']);
    assert.deepEqual(p.period, { text: 'between 2019 and 2024', from: '2019', to: '2024' });
    const eur = fig(figs, '€67 billion');
    const usd = fig(figs, '$79 billion');
    assert.deepEqual([eur.kind, eur.value, eur.unit, eur.equivalentOf], ['money', 67000000000, 'EUR', undefined]);
    assert.deepEqual([usd.kind, usd.value, usd.unit], ['money', 79000000000, 'USD']);
    assert.equal(usd.equivalentOf, figs.indexOf(eur));
    const g = fig(figs, '8.4%');
    assert.deepEqual(g.period, { text: 'first 10 months of 2025', months: 10, year: 2025 });
    for (const y of ['2016', '2019', '2020', '2023', '2024', '2025']) { assert.equal(fig(figs, y).kind, 'year', y); }
    assert.deepEqual([fig(figs, '35 years').kind, fig(figs, '35 years').value, fig(figs, '35 years').unit], ['duration', 35, 'year']);
    const d = fig(figs, 'January 29');
    assert.deepEqual([d.kind, d.iso], ['date', '--01-29'], 'no full date in this article to take the year from');
    noFigure(figs, '24', true); // "Directive 24" is a name
    noFigure(figs, 'HTML5');
  });

  it('004: 40% over the past five years, more than 50 million EUR (nearly 60 million USD), 35 years, 14th; chrome ignored', function () {
    const { text, figs, boilerplate } = vn('004', this);
    assertWellFormed(text, figs);
    const p = fig(figs, '40%');
    assert.deepEqual([p.value, p.period?.text], [40, 'over the past five years']);
    const eur = fig(figs, '50 million EUR');
    assert.deepEqual([eur.kind, eur.value, eur.unit, eur.qualifier, eur.qualifierText], ['money', 50000000, 'EUR', 'over', 'more than']);
    const usd = fig(figs, '60 million USD');
    assert.deepEqual([usd.value, usd.unit, usd.qualifier, usd.qualifierText, usd.equivalentOf], [60000000, 'USD', 'approx', 'nearly', figs.indexOf(eur)]);
    assert.deepEqual([fig(figs, '35 years').kind, fig(figs, '35 years').value], ['duration', 35]);
    assert.deepEqual([fig(figs, 'five years').kind, fig(figs, 'five years').value, fig(figs, 'five years').unit], ['duration', 5, 'year']);
    const o = fig(figs, '14th');
    assert.deepEqual([o.kind, o.value, o.counted], ['ordinal', 14, 'National Party Congress']);
    const first = fig(figs, 'first');
    assert.deepEqual([first.kind, first.value, first.counted], ['ordinal', 1, 'Southeast Asian country']);
    const jan = fig(figs, 'January 26');
    assert.deepEqual([jan.kind, jan.iso], ['date', '2026-01-26'], 'year taken from the dateline 27/01/2026');
    assert.deepEqual([fig(figs, 'December last year').iso], ['2025-12']);
    for (const chrome of ['21 °C', '+84', '889', '10:41', '27/01/2026', '438013', '0.5']) { noFigure(figs, chrome); }
    for (const f of figs) { assert.ok(!boilerplate.some((b) => b.start < f.end && b.end > f.start), `in boilerplate: ${f.text}`); }
  });
});

function sample(name: string, ctx: Mocha.Context): Loaded {
  return load(path.join(SAMPLES, name), ctx);
}

describe('figures: samples/storm-iris', () => {
  it('01: counts, date, speed, heights, money with equivalent, periods', function () {
    const { text, figs } = sample('01-harbour-herald.txt', this);
    assertWellFormed(text, figs);
    assert.deepEqual([fig(figs, '14 dead').counted, fig(figs, '14 dead').value], ['dead', 14]);
    assert.deepEqual([fig(figs, '14 people').kind, fig(figs, '14 people').counted], ['count', 'people']);
    assert.equal(fig(figs, 'Tuesday, October 13, 2026').iso, '2026-10-13');
    const s = fig(figs, '160 km/h');
    assert.deepEqual([s.kind, s.value, s.unit], ['quantity', 160, 'km/h']);
    const h = fig(figs, '6 metres');
    assert.deepEqual([h.value, h.unit, h.qualifier, h.qualifierText], [6, 'm', 'at-most', 'up to']);
    assert.deepEqual([fig(figs, '9 metres').value, fig(figs, '9 metres').unit], [9, 'm']);
    const eur = fig(figs, '€40 million');
    const usd = fig(figs, '$43 million');
    assert.deepEqual([eur.value, eur.unit, usd.value, usd.unit, usd.equivalentOf], [40e6, 'EUR', 43e6, 'USD', figs.indexOf(eur)]);
    assert.equal(fig(figs, '40%').period?.text, 'in the week after the storm');
    assert.deepEqual(fig(figs, '30%').period, { text: 'first 9 months of 2026', months: 9, year: 2026 });
    for (const y of ['1998', '2019', '2021']) { assert.equal(fig(figs, y).kind, 'year'); }
    noFigure(figs, 'Five things'); // related headlines are chrome
  });

  it('02 (CRLF): number words, euros as a word, roughly 25%, chrome phone ignored', function () {
    const { text, figs } = sample('02-coastal-times.txt', this);
    assertWellFormed(text, figs);
    const c = fig(figs, 'Sixteen people');
    assert.deepEqual([c.kind, c.value, c.counted], ['count', 16, 'people']);
    assert.deepEqual([fig(figs, '190 km/h').value, fig(figs, '190 km/h').unit], [190, 'km/h']);
    const m = fig(figs, '40 million euros');
    assert.deepEqual([m.kind, m.value, m.unit], ['money', 40e6, 'EUR']);
    assert.deepEqual([fig(figs, '25%').qualifierText, fig(figs, '35%').period?.months], ['roughly', 10]);
    assert.deepEqual([fig(figs, 'two years').kind, fig(figs, 'two years').value], ['duration', 2]);
    assert.equal(fig(figs, '1996').kind, 'year');
    noFigure(figs, '555');
    noFigure(figs, '© 2026');
  });

  it('03: weather widget and dateline are not figures; nine metres; all-caps headline count', function () {
    const { text, figs } = sample('03-daily-lantern.txt', this);
    assertWellFormed(text, figs);
    assert.deepEqual([fig(figs, '14 KILLED').kind, fig(figs, '14 KILLED').counted], ['count', 'dead']);
    assert.deepEqual([fig(figs, 'nine metres').value, fig(figs, 'nine metres').unit, fig(figs, 'nine metres').period], [9, 'm', undefined]);
    assert.equal(fig(figs, '40%').period?.text, 'in the first week after the storm');
    noFigure(figs, '°C');
    noFigure(figs, '13/10/2026');
  });

  it('04 (Windows-1252): mourns 14, Fourteen people, €40 million, more than 1,200 homes, the 1998 sea wall', function () {
    const { text, figs } = sample('04-evening-post.txt', this);
    assertWellFormed(text, figs);
    const mourns = fig(figs, '14');
    assert.deepEqual([mourns.kind, mourns.counted, text.slice(mourns.start - 7, mourns.end)], ['count', 'dead', 'mourns 14']);
    assert.deepEqual([fig(figs, 'Fourteen people').value, fig(figs, 'Fourteen people').counted], [14, 'people']);
    assert.deepEqual([fig(figs, '€40 million').value, fig(figs, '€40 million').unit], [40e6, 'EUR']);
    const h = fig(figs, '1,200 homes');
    assert.deepEqual([h.value, h.counted, h.qualifier, h.qualifierText], [1200, 'homes', 'over', 'More than']);
    assert.equal(fig(figs, '1998').kind, 'year');
  });

  it('05: score 3-1 is not a figure; 14,000 fans; since 1987', function () {
    const { text, figs } = sample('05-sports-desk.txt', this);
    assertWellFormed(text, figs);
    noFigure(figs, '3-1');
    noFigure(figs, '3');
    assert.deepEqual([fig(figs, '14,000 fans').value, fig(figs, '14,000 fans').counted], [14000, 'fans']);
    assert.equal(fig(figs, '1987').kind, 'year');
    assert.deepEqual([fig(figs, 'two goals').value, fig(figs, 'two goals').counted], [2, 'goals']);
  });
});
