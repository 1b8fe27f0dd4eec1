// The rows of the Sources, Speakers and Names views and of the Claims view's stories, on the sample
// corpus: exactly what each row says.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import type { DocumentAnalysis } from '../../src/core/model';
import { nameRows } from '../../src/core/views/nameRows';
import { sourceRows } from '../../src/core/views/sourceRows';
import { markedWording, speakerRows } from '../../src/core/views/speakerRows';
import { storyRows } from '../../src/core/views/storyRows';
import { passageRowTexts } from '../../src/core/views/passageRows';
import type { ViewRow } from '../../src/core/views/viewRow';
import { loadFolder, SAMPLES } from './support/loadCorpus';

/** label, description, icon, and highlights when there are any; children indented below. */
function lines(rows: readonly ViewRow[] | undefined, depth = 0, max = Infinity): string[] {
  return (rows ?? []).slice(0, max).flatMap((r) => [
    `${'  '.repeat(depth)}${r.label} | ${r.description ?? ''} | ${r.icon ?? ''}${r.highlights ? ` | ${JSON.stringify(r.highlights)}` : ''}`,
    ...lines(r.children, depth + 1),
  ]);
}

describe('views: sample corpus rows', () => {
  const corpus = new Corpus();
  corpus.updateMany(loadFolder(join(SAMPLES, 'storm-iris')));
  const docs: DocumentAnalysis[] = corpus.ids().map((id) => corpus.document(id)!);
  const claims = corpus.claims();

  it('Claims view: the storm and the sports story, each with its sources and claims', () => {
    const rows = storyRows(corpus.stories(), claims);
    assert.deepEqual(rows.map((r) => [r.label, r.description, r.claims.length]), [
      ['Storm Iris, Port Calder', '4 sources · 13 claims, 5 with conflicts', 13],
      ['Calder Rovers win the cup', '1 source · no claims', 0],
    ]);
    assert.equal(rows[0].tooltip, 'Storm Iris, Port Calder\n4 sources: 01-harbour-herald.txt, 02-coastal-times.txt, 03-daily-lantern.txt, 04-evening-post.txt\n13 claims, 5 with conflicts');
    assert.deepEqual(storyRows(corpus.stories().slice(0, 1), claims), [], 'one story: the flat list');
  });

  it('Sources: outlet from the page chrome, counts with conflicts first, date and headline; click opens the headline', () => {
    const rows = sourceRows(docs, claims);
    assert.deepEqual(lines(rows), [
      'Harbour Herald | 5 conflicts · 3 quotes · 15 figures · 18 facts · Storm Iris leaves 14 dead in Port Calder as sea wall gives… | warning',
      'Coastal Times | 5 conflicts · 2 quotes · 11 figures · 13 facts · Port Calder counts the cost of Storm Iris | warning',
      'Daily Lantern | 5 conflicts · 2 quotes · 8 figures · 10 facts · 2026-10-13 · STORM IRIS: 14 KILLED AS WAVES BREACH PORT CALDER DEFENCES | warning',
      'Evening Post | 3 conflicts · 2 quotes · 7 figures · 9 facts · Port Calder mourns 14 after Storm Iris | warning',
      '05-sports-desk.txt | 0 conflicts · 1 quote · 4 figures · 5 facts · Calder Rovers win the cup | file',
    ]);
    assert.deepEqual(rows[1].open, { doc: '02-coastal-times.txt', start: 38, end: 79 });
    assert.equal(corpus.text('02-coastal-times.txt')!.slice(38, 79), 'Port Calder counts the cost of Storm Iris');
    assert.equal(rows[2].tooltip, '03-daily-lantern.txt\nOutlet: Daily Lantern\nHeadline: STORM IRIS: 14 KILLED AS WAVES BREACH PORT CALDER DEFENCES\nReported: 2026-10-13\n5 conflicts, 2 quotes, 8 figures, 10 facts');
  });

  it('Speakers: every quote in every source, one statement per linked quote, the changed words marked', () => {
    const rows = speakerRows(docs, claims);
    assert.deepEqual(lines(rows), [
      'Inès Fournier | 7 quotes · 4 sources | person',
      '  the worst storm in a generation | 4 sources · 2 wordings | warning',
      '    Harbour Herald: the worst storm in a generation |  | quote',
      '    Coastal Times: …storm in half a century | worded differently, a conflict | warning | [[25,39]]',
      '    Daily Lantern: the worst storm in a generation |  | quote',
      '    Evening Post: the worst storm in a generation |  | quote',
      '  rebuild every street, stone by stone. | 2 sources | quote',
      '    Harbour Herald: rebuild every street, stone by stone. |  | quote',
      '    Evening Post: rebuild every street, stone by stone. |  | quote',
      '  The wall did what it could, but the sea was stronger, | Coastal Times (said) | quote',
      'Tomas Reyes | 2 quotes · 2 sources | person',
      '  We warned the council in 2019 that the wall needed urgent work, | 2 sources · 2 wordings | diff',
      '    Harbour Herald: We warned the council in 2019 that the wall needed urgent work, |  | quote',
      '    Daily Lantern: in 2019 that the wall needed urgent work | worded differently | diff',
      'Joel Amara | 1 quote · 1 source | person',
      '  This is for the whole town, | 05-sports-desk.txt (said) | quote',
    ]);
    const variant = rows[0].children![0].children![1];
    assert.equal(variant.label.slice(25, 39), 'half a century');
    assert.deepEqual(variant.open, { doc: '02-coastal-times.txt', start: docs[1].quotes[0].start, end: docs[1].quotes[0].end });
  });

  it('Names: one row per key with its type, sources and mentions; aliases, then mentions per source', () => {
    assert.deepEqual(lines(nameRows(docs), 0, 3), [
      'Port Calder | place · 4 sources · 11 mentions | location',
      '  Aliases: Port Calder, PORT CALDER |  | symbol-string',
      '  Harbour Herald | 2 mentions · as Port Calder | file',
      '  Coastal Times | 4 mentions · as Port Calder, PORT CALDER | file',
      '  Daily Lantern | 2 mentions · as PORT CALDER, Port Calder | file',
      '  Evening Post | 3 mentions · as Port Calder | file',
      'Coastal Safety Board | organization · 4 sources · 8 mentions | organization',
      '  Aliases: Coastal Safety Board, CSB |  | symbol-string',
      '  Harbour Herald | 2 mentions · as Coastal Safety Board, CSB | file',
      '  Coastal Times | 2 mentions · as Coastal Safety Board | file',
      '  Daily Lantern | 1 mention · as Coastal Safety Board | file',
      '  Evening Post | 3 mentions · as Coastal Safety Board, CSB | file',
      'Inès Fournier | person · 4 sources · 5 mentions | person',
      '  Aliases: Inès Fournier, Fournier, Ines Fournier |  | symbol-string',
      '  Harbour Herald | 1 mention · as Inès Fournier | file',
      '  Coastal Times | 2 mentions · as Ines Fournier, Fournier | file',
      '  Daily Lantern | 1 mention · as Fournier | file',
      '  Evening Post | 1 mention · as Inès Fournier | file',
    ]);
  });
});

describe('views: marked wording', () => {
  it('marks the changed region of the other wording, case and edge punctuation aside', () => {
    // a change late in the quote is brought forward, two words of context before it
    assert.deepEqual(markedWording('the worst storm in a generation', 'the worst storm in half a century'), { label: '…storm in half a century', highlights: [[10, 24]] });
    assert.deepEqual(markedWording('urgent work,', 'Urgent work'), { label: 'Urgent work', highlights: [] });
    assert.deepEqual(markedWording('we rebuild', 'we will rebuild'), { label: 'we will rebuild', highlights: [[3, 7]] });
  });

  it('a late change is brought forward; highlights stop at the cut of a long label', () => {
    const words = 'word '.repeat(30);
    assert.deepEqual(markedWording(`${words}same`, `${words}changed`, 40), { label: '…word word changed', highlights: [[11, 18]] });
    const out = markedWording(`a b c ${words}x`, `a bb c ${words}y`, 40);
    assert.deepEqual(out.highlights, [[2, 4]], 'the change past the cut is not marked');
    assert.ok(out.label.endsWith('…'));
  });
});

describe('views: Claims view passage rows', () => {
  const ev = (doc: string, start: number, text: string, value: string, extra: Record<string, unknown> = {}) =>
    ({ doc, start, end: start + text.length, text, score: 1, focus: { start: start + text.indexOf(value), end: start + text.indexOf(value) + value.length }, ...extra });
  const docs = new Map([
    ['a.txt', { titleSpan: { start: 0, end: 20 }, sentences: [{ start: 0, end: 20, paragraph: 0 }, { start: 22, end: 60, paragraph: 1 }, { start: 62, end: 90, paragraph: 2 }] }],
  ]);

  it('value · source, the reason beside it; two rows of one source with one value say where each stands', () => {
    const rows = passageRowTexts([
      ev('a.txt', 0, 'Storm leaves 14 dead', '14'),
      ev('a.txt', 22, 'The storm killed 14 people on Tuesday.', '14 people'),
      ev('a.txt', 62, 'Officials counted 14 dead.', '14'),
      ev('b.txt', 0, 'Sixteen people died.', 'Sixteen people', { reason: '14 vs Sixteen: same killed (person), different value' }),
    ], false, (d) => docs.get(d));
    assert.deepEqual(rows, [
      { label: '14 · headline · a.txt', description: 'Storm leaves 14 dead' },
      { label: '14 people · a.txt', description: 'The storm killed 14 people on Tuesday.' },
      { label: '14 · ¶2 · a.txt', description: 'Officials counted 14 dead.' },
      { label: 'Sixteen people · b.txt', description: '14 vs Sixteen: same killed (person), different value' },
    ]);
  });

  it('a long file-name prefix shared by the sources is elided, so what tells them apart stays visible', () => {
    const rows = passageRowTexts([
      ev('malaysia.airlines.flight.25.txt', 0, 'Its 239 passengers vanished.', '239 passengers'),
      ev('malaysia.airlines.flight.32.txt', 0, 'It carried 239 passengers.', '239 passengers'),
    ], false, () => undefined);
    assert.deepEqual(rows.map((r) => r.label), ['239 passengers · …flight.25.txt', '239 passengers · …flight.32.txt']);
    assert.deepEqual(passageRowTexts([ev('ParisAttacks2015 (11).txt', 0, 'three bombers', 'three'), ev('ParisAttacks2015 (8).txt', 0, 'three bombers', 'three')], false, () => undefined)
      .map((r) => r.label), ['three · …(11).txt', 'three · …(8).txt']);
  });

  it('an update is a timeline entry; a passage without a value shows its sentence', () => {
    assert.deepEqual(passageRowTexts([ev('b.txt', 0, 'The toll rose to 29.', '29', { value: '29', reported: '2026-03-15' })], true, () => undefined),
      [{ label: '29 · b.txt · 2026-03-15', description: 'The toll rose to 29.' }]);
    assert.deepEqual(passageRowTexts([{ doc: 'c.txt', start: 0, end: 10, text: 'Costa spoke at length.', score: 1 }], false, () => undefined),
      [{ label: 'c.txt: Costa spoke at length.', description: undefined }]);
  });
});
