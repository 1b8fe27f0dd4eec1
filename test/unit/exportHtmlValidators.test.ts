// The HTML report checked by the tools its readers' browsers and auditors use: the Nu Html Checker
// (vnu.jar, the W3C validator's engine) must report no error, and axe-core, run inside headless Chromium
// on the rendered page in the light and the dark colour scheme, no WCAG 2 A/AA violation (colour contrast
// of the verdict badges and every other text included).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { placeForReport } from '../../src/core/export/annotatedReport';
import { renderHtmlReport } from '../../src/core/export/html';
import { CHROMIUM, withChromium } from './support/chromium';
import { annotatedSample, verdict } from './exportSample';

const VNU = path.resolve(__dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js');

/** The sample with all four verdicts on the page, so every badge colour is rendered. */
function reportWithEveryVerdict(): string {
  const input = annotatedSample();
  const byText = (start: string) => input.report.claims.find((c) => c.text.startsWith(start))!;
  const port = byText('Port traffic fell 40%');
  const quote = byText('"We warned');
  input.annotations.push(verdict(input.texts, port.doc, port.start, port.end, 'conflicting'),
    verdict(input.texts, quote.doc, quote.start, quote.end, 'not-enough-info'));
  input.placements = placeForReport(input.annotations, (p) => input.texts.get(p));
  // and the sections only some corpora have: a value updated later, a quote worded differently
  const toll = byText('Storm Iris killed 14');
  toll.updates = [{ doc: '04-evening-post.txt', start: 0, end: 5, text: 'The toll rose', score: 0.5, value: '29', reported: '2026-10-15', focus: null }];
  toll.variants = [{ doc: '02-coastal-times.txt', start: 0, end: 5, text: 'Other words', score: 0.5, reason: 'a word dropped', focus: null }];
  return renderHtmlReport(input);
}

interface AxeNode { target: string[]; any: Array<{ data?: { contrastRatio?: number; fgColor?: string; bgColor?: string } }> }
interface AxeResult { violations: Array<{ id: string; nodes: AxeNode[] }> }

describe('exports: HTML report through the Nu Html Checker and axe-core @slow', function () {
  this.timeout(180_000);
  let dir: string;
  let file: string;
  let html: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-html-v-'));
    file = path.join(dir, 'report.html');
    html = reportWithEveryVerdict();
    fs.writeFileSync(file, html);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has a badge of each verdict', () => {
    for (const v of ['supported', 'refuted', 'conflicting', 'not-enough-info']) {
      assert.ok(html.includes(`<span class="badge b-${v}">`), v);
    }
  });

  it('the Nu Html Checker finds no error and no warning (and does find them in a broken copy)', function () {
    if (!fs.existsSync(VNU)) { this.skip(); }
    // The same report with two cards sharing an id: the checker must see it, or a silent run would pass.
    const broken = path.join(dir, 'broken.html');
    fs.writeFileSync(broken, html.replace('<main>', '<main><div id="claim-c1"></div>'));
    // vnu prints its JSON report on stderr, and exits 1 when it has errors to report.
    const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--also-check-css', file, broken], { encoding: 'utf8' });
    const messages = (JSON.parse(run.stderr) as { messages: Array<{ url: string; type: string; subType?: string; message: string; lastLine?: number }> }).messages;
    const of = (f: string) => messages.filter((m) => m.url === `file:${f}`)
      .map((m) => `${m.type}${m.subType ? `/${m.subType}` : ''} line ${m.lastLine}: ${m.message}`);
    assert.deepEqual(of(file), []);
    assert.deepEqual(of(broken).filter((m) => m.startsWith('error')).map((m) => m.replace(/ line \d+/, '')), ['error: Duplicate ID “claim-c1”.']);
    assert.equal(run.status, 1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core (WCAG 2 A and AA) finds no violation in the ${scheme} colour scheme`, async function () {
      if (!CHROMIUM) { this.skip(); }
      const result = await withChromium(async (browser) => {
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: scheme });
        await page.goto(`file://${file}`);
        // The page's CSP forbids scripts; axe is injected by the test driver, which the CSP does not cover.
        await page.addScriptTag({ path: AXE }).catch(async () => { await page.evaluate(fs.readFileSync(AXE, 'utf8')); });
        return page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe;
          return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
        }) as Promise<AxeResult>;
      });
      const found = result.violations.flatMap((v) => v.nodes.map((n) => {
        const d = n.any[0]?.data;
        return `${v.id} ${n.target.join(' ')}${d?.contrastRatio ? ` ${d.contrastRatio}:1 (${d.fgColor} on ${d.bgColor})` : ''}`;
      }));
      assert.deepEqual(found, []);
    });
  }
});
