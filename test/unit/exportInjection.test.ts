// An article written to attack its readers (issue 14): raw HTML (<script>, <img onerror>), a markdown
// autolink, a javascript: link and a spreadsheet formula, exported in every format the CLI and the editor
// share (src/core/report.ts and src/core/export/*). Each format escapes by its own rules; the assertions
// are on the exact escaped text. The articles are fictional, written for this test.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { CSV_BOM, csvField } from '../../src/core/export/csv';
import type { AnalysisReportV2 } from '../../src/core/report';
import { cli } from './support/cliCapture';

const HOSTILE = [
  'Flood at Mirrow Bay <script>alert(1)</script>',
  '',
  'By Tess Varga, Mirrow Courier',
  '',
  'The council said 12 people died <img src=x onerror=alert(1)> in Mirrow Bay on Tuesday.',
  '',
  '"We will rebuild <http://evil.example/x> the pier," said Mayor Lena Oduya, see [the list](javascript:alert(1)).',
  '',
  '=HYPERLINK("http://evil.example","click") was written on the flood wall, the council said 40 homes were lost.',
  '',
].join('\n');
const PLAIN = [
  'Flood at Mirrow Bay',
  '',
  'By Ivo Prast, Bay Herald',
  '',
  'The council said 15 people died in Mirrow Bay on Tuesday.',
  '',
  '"We will rebuild the pier," said Mayor Lena Oduya.',
  '',
  'The council said 40 homes were lost in the flood.',
  '',
].join('\n');

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

describe('exports: a hostile article in every format', function () {
  this.timeout(120_000);
  let dir: string;
  const out: Record<string, string> = {};
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triangulate-injection-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), HOSTILE);
    fs.writeFileSync(path.join(dir, 'b.txt'), PLAIN);
    for (const f of ['json', 'md', 'csv', 'html']) {
      const r = await cli('analyze', dir, '--format', f);
      assert.equal(r.code, 0, r.err);
      out[f] = r.out;
    }
  });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('JSON keeps the article text as data, exactly', () => {
    const report = JSON.parse(out.json) as AnalysisReportV2;
    assert.equal(report.version, 2);
    assert.deepEqual(report.claims.map((c) => [c.id, c.doc, c.start, c.end, c.text]), [
      ['c1', 'a.txt', 78, 164, 'The council said 12 people died <img src=x onerror=alert(1)> in Mirrow Bay on Tuesday.'],
      ['c2', 'a.txt', 279, 388, '=HYPERLINK("http://evil.example","click") was written on the flood wall, the council said 40 homes were lost.'],
      ['c3', 'a.txt', 166, 277, '"We will rebuild <http://evil.example/x> the pier," said Mayor Lena Oduya, see [the list](javascript:alert(1)).'],
    ]);
    assert.equal(report.documents[0].title, 'Flood at Mirrow Bay <script>alert(1)</script>');
  });

  it('Markdown: HTML tags, autolinks, links and URLs are escaped', () => {
    const lines = out.md.split('\n');
    assert.ok(lines.includes('### a.txt: “The council said 12 people died \\<img src=x onerror=alert\\(1\\)\\> in Mirrow Bay on Tuesday.”'));
    assert.ok(lines.includes('- a.txt: “"We will rebuild \\<http\\://evil.example/x\\> the pier," said Mayor Lena Oduya, see \\[the list\\]\\(javascript:alert\\(1\\)\\).”'));
    assert.ok(lines.includes('*Flood at Mirrow Bay \\<script\\>alert\\(1\\)\\</script\\>* · utf-8 · 3 quotes, 2 figures, 3 entities, 1 boilerplate spans'));
    assert.ok(lines.some((l) => l.startsWith('- “=HYPERLINK\\("http\\://evil.example","click"\\) was written on the flood wall')));
  });

  it('Markdown rendered by markdown-it (raw HTML and linkify on) is inert: no element, no link from the article', () => {
    const html = new MarkdownIt({ html: true, linkify: true }).render(out.md);
    assert.doesNotMatch(html, /<(script|img|a|iframe)\b/i);
    assert.match(html, /<h3>a\.txt: “The council said 12 people died &lt;img src=x onerror=alert\(1\)&gt; in Mirrow Bay on Tuesday\.”<\/h3>/);
    assert.match(html, /<em>Flood at Mirrow Bay &lt;script&gt;alert\(1\)&lt;\/script&gt;<\/em>/);
    assert.match(html, /“&quot;We will rebuild &lt;http:\/\/evil\.example\/x&gt; the pier,&quot; said Mayor Lena Oduya, see \[the list\]\(javascript:alert\(1\)\)\.”/);
  });

  it('CSV: UTF-8 BOM, a formula cell defused with an apostrophe, HTML left as text for the spreadsheet', () => {
    assert.ok(out.csv.startsWith(`${CSV_BOM}claim_id,source,start,end,claim,`));
    const rows = out.csv.slice(1).split('\r\n');
    assert.ok(rows[1].startsWith('c1,a.txt,78,164,The council said 12 people died <img src=x onerror=alert(1)> in Mirrow Bay on Tuesday.,0,1,b.txt,'));
    assert.ok(rows[2].startsWith(`c2,a.txt,279,388,"'=HYPERLINK(""http://evil.example"",""click"") was written on the flood wall, the council said 40 homes were lost.",1,0,`));
  });

  it('CSV cells: every formula prefix, TAB, CR, and a leading NUL or space before one are neutralised', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\0=1', ' =1', '\u00a0@x', '\0\0+1', 'safe', '1-2', 'a=b'];
    assert.deepEqual(cells.map(csvField), [
      "'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "\"'\r=1\"", "'\0=1", "' =1", "'\u00a0@x", "'\0\0+1", 'safe', '1-2', 'a=b',
    ]);
  });

  it('HTML: a CSP with default-src, base-uri and form-action none; article text escaped', () => {
    assert.match(out.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">/);
    const lines = out.html.split('\n');
    assert.ok(lines.includes('<tr><td class="src">a.txt</td><td>Flood at Mirrow Bay &lt;script&gt;alert(1)&lt;/script&gt;</td><td>utf-8</td><td class="n">3</td><td class="n">2</td><td class="n">3</td></tr>'));
    assert.ok(lines.includes('<blockquote>The council said 12 people died &lt;img src=x onerror=alert(1)&gt; in Mirrow Bay on Tuesday.</blockquote>'));
    assert.ok(lines.includes('<blockquote>&quot;We will rebuild &lt;http://evil.example/x&gt; the pier,&quot; said Mayor Lena Oduya, see [the list](javascript:alert(1)).</blockquote>'));
    assert.doesNotMatch(out.html, /<script|<img|href="javascript:/i);
  });

  it('rendered in Chromium, neither the HTML report nor the rendered Markdown runs anything @slow', async function () {
    if (!CHROMIUM) { this.skip(); }
    const { chromium } = await import('playwright-core');
    const files = {
      html: path.join(dir, 'report.html'),
      md: path.join(dir, 'report.md.html'),
    };
    fs.writeFileSync(files.html, out.html);
    // the Markdown as a Markdown previewer would show it, without a CSP of its own
    fs.writeFileSync(files.md, `<!doctype html><meta charset="utf-8"><body>${new MarkdownIt({ html: true, linkify: true }).render(out.md)}</body>`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      for (const [name, file] of Object.entries(files)) {
        const page = await browser.newPage();
        const events: string[] = [];
        page.on('dialog', (d) => { events.push(`dialog ${d.message()}`); void d.dismiss(); });
        page.on('request', (r) => { if (!r.url().startsWith('file:')) { events.push(`request ${r.url()}`); } });
        page.on('pageerror', (e) => events.push(`error ${e.message}`));
        await page.goto(`file://${file}`);
        await page.waitForTimeout(200);
        const counts = await page.evaluate(() => {
          const d = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document;
          return ['script', 'img', 'a', 'iframe', 'form', 'base'].map((t) => d.querySelectorAll(t).length);
        });
        assert.deepEqual(counts, [0, 0, 0, 0, 0, 0], name);
        assert.deepEqual(events, [], name);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
