// The Fact matrix (src/core/views/factMatrix.ts): facts as rows, sources as columns, a state and a
// value per cell, grouped by story, with the timeline of a fact that was updated; and its page
// (factMatrixHtml.ts) on a hostile article: every article string escaped, a strict CSP. The flood and
// hostile articles are fictional, written for this test.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { factMatrix, type FactMatrix, type MatrixGroup } from '../../src/core/views/factMatrix';
import { factMatrixBody, factMatrixDocument } from '../../src/core/views/factMatrixHtml';
import { loadFolder, SAMPLES, type LoadedDoc } from './support/loadCorpus';

function matrixOf(docs: LoadedDoc[]): { corpus: Corpus; m: FactMatrix } {
  const corpus = new Corpus();
  corpus.updateMany(docs);
  return { corpus, m: factMatrix(corpus.ids().map((id) => corpus.document(id)!), corpus.claims(), corpus.stories()) };
}

/** "subject | state: value | ..." per row. */
const grid = (g: MatrixGroup) => g.rows.map((r) => [r.subject, ...r.cells.map((c) => (c.value ? `${c.state}: ${c.value}` : c.state))].join(' | '));

describe('fact matrix: the sample corpus', () => {
  const { corpus, m } = matrixOf(loadFolder(join(SAMPLES, 'storm-iris')));

  it('one group per story, each with its own sources as columns', () => {
    assert.deepEqual(m.groups.map((g) => [g.id, g.title, g.columns.map((c) => `${c.name} (${c.file}${c.reported ? `, ${c.reported}` : ''})`), g.rows.length]), [
      ['s1', 'Storm Iris, Port Calder', ['Harbour Herald (01-harbour-herald.txt)', 'Coastal Times (02-coastal-times.txt)',
        'Daily Lantern (03-daily-lantern.txt, 2026-10-13)', 'Evening Post (04-evening-post.txt)'], 13],
      ['s2', 'Calder Rovers win the cup', ['05-sports-desk.txt (05-sports-desk.txt)'], 0],
    ]);
  });

  it('every cell: agrees, differs or says nothing, with the value the source gives (conflicts first)', () => {
    assert.deepEqual(grid(m.groups[0]), [
      'killed (person), in Port Calder | agree: 14 | differ: 16 | agree: 14 | agree: 14',
      'speed | agree: 160 km/h | differ: 190 km/h | agree: 160 km/h | silent',
      'quote of Inès Fournier | agree: "the worst storm in a generation" | differ: "the worst storm in half a century" | agree: "the worst storm in a generation" | agree: "the worst storm in a generation"',
      'year built | agree: 1998 | differ: 1996 | agree: 1998 | agree: 1998',
      'fell (percent), Port, in the week after the storm | agree: 40% | differ: roughly 25% | agree: 40% | silent',
      'date | agree: Tuesday, October 13, 2026 | agree: Tuesday, October 13, 2026 | silent | agree: Tuesday, October 13, 2026',
      'quote of Inès Fournier | agree: "rebuild every street, stone by stone." | silent | silent | agree: "rebuild every street, stone by stone."',
      'height | agree: 9 m | silent | agree: 9 m | silent',
      'quote of Tomas Reyes | agree: "We warned the council in 2019 that… | silent | agree: "in 2019 that the wall needed urgent… | silent',
      'year | agree: 2019 | silent | agree: 2019 | silent',
      'aid, European Union | agree: €40 million | agree: €40 million | agree: €40 million | agree: €40 million',
      'rainfall (percent), first 9 months of 2026 | agree: 30% | silent | silent | silent',
      'rainfall (percent), first 10 months of 2026 | silent | agree: 35% | silent | silent',
    ]);
    assert.deepEqual(m.groups[0].rows.map((r) => r.summary).slice(0, 2), ['14 — 3 sources · 16 — 1 source', '160 km/h — 2 sources · 190 km/h — 1 source']);
    assert.ok(m.groups[0].rows.every((r) => r.timeline === undefined), 'no fact of the sample corpus is updated');
  });

  it('a cell keeps every passage of its source, opens the one that decided it, and says why it differs', () => {
    const [hh, ct, dl] = m.groups[0].rows[0].cells;
    assert.deepEqual(hh.passages.map((p) => [p.relation, p.written]), [['anchor', '14 people'], ['agree', '14 dead']]);
    assert.deepEqual(dl.passages.map((p) => [p.relation, p.written]), [['agree', '14 KILLED'], ['agree', '14 people']]);
    assert.equal(ct.note, '14 people vs Sixteen people: same killed (person), in Port Calder, different value');
    assert.deepEqual(ct.passages.map((p) => [p.relation, p.written]), [['differ', 'Sixteen people']]);
    const text = (t: { doc: string; start: number; end: number }) => corpus.text(t.doc)!.slice(t.start, t.end);
    assert.match(text(ct.open!), /^PORT CALDER: Sixteen people died when Storm Iris struck/);
    assert.equal(text(hh.open!), text(corpus.claims().find((c) => c.id === m.groups[0].rows[0].id)!));
    assert.equal(m.groups[0].rows[1].cells[3].open, undefined, 'a silent cell opens nothing');
  });

  it('a folder about one story is one untitled group of every document', () => {
    const one = factMatrix(corpus.ids().map((id) => corpus.document(id)!), corpus.claims(), corpus.stories().slice(0, 1));
    assert.deepEqual(one.groups.map((g) => [g.id, g.title, g.columns.length, g.rows.length]), [['all', null, 5, 13]]);
  });
});

describe('fact matrix: a developing toll (invented dated reports, filed out of name order)', () => {
  const report = (date: string, head: string, body: string) => `Published ${date}\n\n${head}\n\n${body}\n`;
  const { m } = matrixOf([
    { id: 'a-first.txt', text: report('14 March 2027', 'Flood cuts off Dunmore valley', 'The flood in the Dunmore valley has killed 3 people, the county police said on Sunday. Roads to the village of Ashby remain closed.') },
    { id: 'b-third.txt', text: report('16 March 2027', 'Dunmore flood toll rises', 'The flood in the Dunmore valley has now killed 40 people, the county police said. Rescue teams reached the village of Ashby by boat.') },
    { id: 'c-second.txt', text: report('15 March 2027', 'Dunmore valley flood: search goes on', 'The flood in the Dunmore valley has killed 12 people, the county police said. Volunteers in Ashby handed out blankets.') },
  ]);

  it('later values are updates, never differences, and the timeline runs by reporting date', () => {
    assert.deepEqual(grid(m.groups[0]), ['killed (person), Dunmore | agree: 3 | update: 40 | update: 12']);
    const row = m.groups[0].rows[0];
    assert.equal(row.summary, '3 people → 12 → 40', 'the Claims view\'s line');
    assert.deepEqual(row.cells.map((c) => c.note), [undefined, '2027-03-16', '2027-03-15']);
    assert.deepEqual(row.timeline?.map((t) => [t.reported, t.value, t.source]), [
      ['2027-03-14', '3', 'a-first.txt'], ['2027-03-15', '12', 'c-second.txt'], ['2027-03-16', '40', 'b-third.txt'],
    ]);
    assert.deepEqual(row.timeline?.map((t) => t.open), [row.cells[0].open, row.cells[2].open, row.cells[1].open]);
  });

  it('the timeline is drawn as a hidden row under its fact, expanded from the fact', () => {
    const html = factMatrixBody(m);
    assert.match(html, /<th role="rowheader" scope="row" class="fact" data-nav tabindex="-1" data-toggle="tl-all-c1" aria-expanded="false" aria-controls="tl-all-c1">/);
    assert.match(html, /<tr role="row" class="timeline" id="tl-all-c1" data-row="c1" hidden>/);
    const entries = [...html.matchAll(/<button type="button" class="entry"[^>]*>(.*?)<\/button>/g)].map((x) => x[1].replace(/<[^>]+>/g, ''));
    assert.deepEqual(entries, ['2027-03-14 3 a-first.txt', '2027-03-15 12 c-second.txt', '2027-03-16 40 b-third.txt']);
  });
});

describe('fact matrix page: a hostile article', () => {
  const HOSTILE = [
    'Flood at Mirrow Bay <script>alert(1)</script>', '',
    'By Tess Varga, Mirrow Courier', '',
    'The council said 12 people died <img src=x onerror=alert(1)> in Mirrow Bay on Tuesday.', '',
    '"Rebuild <b onclick=alert(1)>now</b>," said Mayor Lena Oduya.', '',
  ].join('\n');
  const PLAIN = [
    'Flood at Mirrow Bay', '', 'By Ivo Prast, Bay Herald', '',
    'The council said 15 people died in Mirrow Bay on Tuesday.', '',
    '"Rebuild <b onclick=alert(1)>now</b>," said Mayor Lena Oduya.', '',
  ].join('\n');
  const BAD_NAME = 'a"><img src=x onerror=alert(2)>.txt';
  const { m } = matrixOf([{ id: BAD_NAME, text: HOSTILE }, { id: 'b.txt', text: PLAIN }]);
  const page = { nonce: 'n0nce', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://x/media/factMatrix.js', styleUri: 'https://x/media/factMatrix.css' };
  const html = factMatrixDocument(m, page);

  it('the article\'s markup and a hostile file name are text, in elements and in attributes', () => {
    assert.deepEqual(grid(m.groups[0]), [
      'killed (person) | agree: 12 | differ: 15',
      'quote of Lena Oduya | agree: "Rebuild <b onclick=alert(1)>now</b>," | agree: "Rebuild <b onclick=alert(1)>now</b>,"',
    ]);
    assert.ok(html.includes('<span class="value">&quot;Rebuild &lt;b onclick=alert(1)&gt;now&lt;/b&gt;,&quot;</span>'));
    assert.ok(html.includes('<th role="columnheader" scope="col" title="a&quot;&gt;&lt;img src=x onerror=alert(2)&gt;.txt">a&quot;&gt;&lt;img src=x onerror=alert(2)&gt;.txt</th>'));
    assert.ok(html.includes('data-doc="a&quot;&gt;&lt;img src=x onerror=alert(2)&gt;.txt"'));
    // the only tags are the page's own
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)[\s>]/gi)].map((x) => x[1].toLowerCase()));
    assert.deepEqual([...tags].sort(), ['body', 'head', 'html', 'link', 'main', 'meta', 'p', 'script', 'section', 'span', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr']);
    assert.equal([...html.matchAll(/<script/g)].length, 1);
    assert.doesNotMatch(html, /<(img|b)[\s>]/i);
  });

  it('a strict Content-Security-Policy: no source but the nonce\'d script and the extension\'s style', () => {
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src ${page.cspSource}; script-src &#39;nonce-n0nce&#39;; img-src ${page.cspSource}; font-src ${page.cspSource}; base-uri &#39;none&#39;; form-action &#39;none&#39;">`));
    assert.ok(html.includes('<script nonce="n0nce" src="https://x/media/factMatrix.js"></script>'));
    assert.doesNotMatch(html, /style="|<style/);
  });

  it('says so when there is nothing to draw', () => {
    assert.equal(factMatrixBody(undefined), '<p class="empty">No analysis yet: run Triangulate: Analyze Workspace.</p>');
    assert.equal(factMatrixBody({ groups: [{ id: 'all', title: null, columns: [], rows: [] }] }), '<p class="empty">No fact is stated by two sources yet.</p>');
  });
});
