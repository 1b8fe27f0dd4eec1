// Verdicts and notes in the JSON and Markdown reports: one review model (src/core/export/review.ts) that
// both render, the CLI and the editor alike; without annotations both reports are exactly as before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnnotation, serializeAnnotationFile } from '../../src/core/annotations/annotation';
import { describeSpan } from '../../src/core/annotations/anchor';
import { placeForReport } from '../../src/core/export/annotatedReport';
import { renderClaimsCsv } from '../../src/core/export/csv';
import { renderAnnotatedJson } from '../../src/core/export/json';
import { renderAnnotatedMarkdown } from '../../src/core/export/markdown';
import { buildReview } from '../../src/core/export/review';
import { renderMarkdown } from '../../src/core/report';
import { parse as parseCsv } from 'csv-parse/sync';
import { annotatedSample, verdict } from './exportSample';
import { cli } from './support/cliCapture';

const CONFLICT = 'Storm Iris killed 14 people in Port Calder on Tuesday, October 13, 2026, after winds of 160 km/h broke through the town\'s sea wall, the Coastal Safety Board (CSB) said.';
const AID = 'The European Union pledged €40 million ($43 million) in emergency aid, according to the European Commission.';
const WAVES = 'Engineers said Tuesday\'s waves reached 9 metres.';

describe('exports: verdicts and notes in the JSON and Markdown reports', () => {
  it('the review: verdicts in force, every note with the claims it sits on, orphans', () => {
    const r = buildReview(annotatedSample())!;
    assert.deepEqual(r.verdicts.map((v) => [v.doc, v.start, v.end, v.text, v.claims, v.verdict, v.label, v.by]), [
      ['01-harbour-herald.txt', 147, 315, CONFLICT, ['c1', 'c4', 'c7'], 'refuted', 'Refuted', 'Ana Reviewer'],
      ['01-harbour-herald.txt', 700, 808, AID, ['c6'], 'supported', 'Supported', 'Bo Checker'],
    ]);
    assert.deepEqual(r.notes.map((n) => [n.start, n.end, n.claims, n.note]), [
      [147, 315, ['c1', 'c4', 'c7'], 'CSB bulletin #3 says 16.'],
      [517, 565, ['c9'], 'Ask the <b>engineers</b> & "CSB", =SUM(A1)'],
    ]);
    assert.deepEqual(r.orphaned, [{ doc: '01-harbour-herald.txt', text: 'A sentence that was deleted from the article since.',
      verdict: null, note: 'source?', by: null, modified: '2026-11-23T12:00:00.000Z' }]);
    assert.equal(buildReview({ ...annotatedSample(), placements: [] }), null);
  });

  it('a newer verdict replaces an older one on the same passage, on a claim or on any other passage', () => {
    const input = annotatedSample();
    const later = (v: ReturnType<typeof verdict>, iso: string) => ({ ...v, created: iso, modified: iso });
    const conflict = input.report.claims.find((c) => c.text === CONFLICT)!;
    input.annotations.push(later(verdict(input.texts, conflict.doc, conflict.start, conflict.end, 'conflicting', 'Cy Editor'), '2026-11-24T09:00:00.000Z'));
    // "Home | News | ..." is page chrome, no claim: two verdicts on it, the newer one counts
    const herald = input.texts.get('01-harbour-herald.txt')!;
    const navEnd = herald.indexOf('\n');
    input.annotations.push(verdict(input.texts, '01-harbour-herald.txt', 0, navEnd, 'supported'),
      later(verdict(input.texts, '01-harbour-herald.txt', 0, navEnd, 'not-enough-info'), '2026-11-25T00:00:00.000Z'));
    input.placements = placeForReport(input.annotations, (p) => input.texts.get(p));
    const r = buildReview(input)!;
    assert.deepEqual(r.verdicts.map((v) => [v.start, v.claims, v.verdict, v.by]), [
      [0, [], 'not-enough-info', 'Ana Reviewer'],
      [147, ['c1', 'c4', 'c7'], 'conflicting', 'Cy Editor'],
      [700, ['c6'], 'supported', 'Bo Checker'],
    ]);
  });

  it('JSON: the report as before plus `review`; byte for byte the plain report without annotations', () => {
    const input = annotatedSample();
    const doc = JSON.parse(renderAnnotatedJson(input));
    assert.deepEqual(Object.keys(doc), ['version', 'root', 'documents', 'claims', 'stories', 'review']);
    assert.deepEqual(doc.review, JSON.parse(JSON.stringify(buildReview(input))));
    assert.deepEqual(doc.claims, JSON.parse(JSON.stringify(input.report.claims)));
    assert.equal(renderAnnotatedJson({ ...input, placements: [] }), `${JSON.stringify(input.report, null, 2)}\n`);
  });

  it('Markdown: a "Verdicts and notes" section before the documents, user text escaped; unchanged without annotations', () => {
    const input = annotatedSample();
    const hostile = input.texts.get('01-harbour-herald.txt')!.indexOf(WAVES);
    const d = describeSpan(input.texts.get('01-harbour-herald.txt')!, hostile, hostile + WAVES.length);
    input.annotations.push(createAnnotation({ source: '01-harbour-herald.txt', quote: d.quote, position: d.position, motivation: 'commenting',
      value: 'see [this](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>\n# not a heading', creator: 'Eve', now: new Date('2026-11-24T00:00:00Z') }));
    input.placements = placeForReport(input.annotations, (p) => input.texts.get(p));
    const out = renderAnnotatedMarkdown(input);
    const section = out.slice(out.indexOf('## Verdicts and notes'), out.indexOf('## Documents'));
    assert.ok(out.indexOf('## Corroborated claims') < out.indexOf('## Verdicts and notes'));
    assert.equal(section, [
      '## Verdicts and notes', '', '2 verdicts, 3 notes, 1 orphaned.', '', '### Verdicts', '',
      `- **Refuted** — 01-harbour-herald.txt (147–315): “Storm Iris killed 14 people in Port Calder on Tuesday, October 13, 2026, after winds of 160 km/h broke through the town's sea wall, the Coastal Safety Board \\(CSB\\) said.” · Ana Reviewer, 2026-11-23 · claims c1, c4, c7`,
      '- **Supported** — 01-harbour-herald.txt (700–808): “The European Union pledged €40 million \\(\\$43 million\\) in emergency aid, according to the European Commission.” · Bo Checker, 2026-11-23 · claim c6',
      '', '### Notes', '',
      `- 01-harbour-herald.txt (147–315): “Storm Iris killed 14 people in Port Calder on Tuesday, October 13, 2026, after winds of 160 km/h broke through the town's sea wall, the Coastal Safety Board \\(CSB\\) said.” · claims c1, c4, c7  `,
      '  CSB bulletin \\#3 says 16. — Ana Reviewer, 2026-11-23',
      `- 01-harbour-herald.txt (517–565): “Engineers said Tuesday's waves reached 9 metres.” · claim c9  `,
      '  Ask the \\<b\\>engineers\\</b\\> \\& "CSB", =SUM\\(A1\\) — Ana Reviewer, 2026-11-23',
      `- 01-harbour-herald.txt (517–565): “Engineers said Tuesday's waves reached 9 metres.” · claim c9  `,
      '  see \\[this\\]\\(command:workbench.action.terminal.new\\) \\<img src=x onerror=alert\\(1\\)\\> \\# not a heading — Eve, 2026-11-24',
      '', '### Orphaned annotations', '', 'The passage these were made on is no longer in the file; their text is kept here.', '',
      '- 01-harbour-herald.txt: “A sentence that was deleted from the article since.” — note: source? · 2026-11-23', '', '',
    ].join('\n'));
    assert.equal(renderAnnotatedMarkdown({ ...input, placements: [] }), renderMarkdown(input.report));
  });

  it('CSV (strict parser): a note on a passage that is no claim has its own row, as in the JSON review', () => {
    const input = annotatedSample();
    const herald = input.texts.get('01-harbour-herald.txt')!;
    const nav = herald.slice(0, herald.indexOf('\n'));
    const d = describeSpan(herald, 0, nav.length);
    input.annotations.push(createAnnotation({ source: '01-harbour-herald.txt', quote: d.quote, position: d.position,
      motivation: 'commenting', value: 'masthead, not a claim', now: new Date('2026-11-24T00:00:00Z') }));
    input.placements = placeForReport(input.annotations, (p) => input.texts.get(p));
    const rows = parseCsv(renderClaimsCsv(input), { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
    assert.deepEqual(rows.filter((r) => r[11] === 'masthead, not a claim').map((r) => r.slice(0, 5)),
      [['', '01-harbour-herald.txt', '0', String(nav.length), nav]]);
    assert.deepEqual(buildReview(input)!.notes.filter((n) => !n.claims.length).map((n) => [n.start, n.end, n.note]),
      [[0, nav.length, 'masthead, not a claim']]);
  });

  describe('CLI --format json and markdown read the folder\'s annotation file', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-cli-review-'));
      const samples = path.resolve(__dirname, '../../samples/storm-iris');
      for (const f of fs.readdirSync(samples)) { fs.copyFileSync(path.join(samples, f), path.join(dir, f)); }
      fs.mkdirSync(path.join(dir, '.triangulate'));
      fs.writeFileSync(path.join(dir, '.triangulate/annotations.json'), serializeAnnotationFile(annotatedSample().annotations));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('json has the review; markdown its section', async () => {
      const json = await cli('analyze', dir, '--format', 'json');
      assert.equal(json.code, 0, json.err);
      const review = JSON.parse(json.out).review;
      assert.deepEqual([review.verdicts.map((v: { verdict: string }) => v.verdict), review.notes.length, review.orphaned.length], [['refuted', 'supported'], 2, 1]);
      const md = await cli('analyze', dir, '--format', 'markdown');
      assert.match(md.out, /\n## Verdicts and notes\n\n2 verdicts, 2 notes, 1 orphaned\.\n/);
    });
  });
});
