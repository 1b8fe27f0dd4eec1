// Opens the HTML report of the sample corpus in headless Chromium: it must render offline, with no
// blocked requests or console errors, and show its sections. TRIANGULATE_SCREENSHOTS=1 also refreshes
// docs/report-html.png (otherwise the screenshot goes to the temp dir, so test runs leave the tree clean).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderHtmlReport } from '../../src/core/export/html';
import { annotatedSample } from './exportSample';
import { CHROMIUM, withChromium } from './support/chromium';

describe('exports: HTML report in headless Chromium @slow', () => {
  it('renders the sample corpus report offline with every section visible', async function () {
    if (!CHROMIUM) { this.skip(); }
    this.timeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-html-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, renderHtmlReport(annotatedSample()));
    try {
      await withChromium(async (browser) => {
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'light' });
        const problems: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') { problems.push(m.text()); } });
        page.on('request', (r) => { if (!r.url().startsWith('file:')) { problems.push(`request ${r.url()}`); } });
        await page.goto(`file://${file}`);
        const headings = await page.locator('h2').allInnerTexts();
        assert.deepEqual(headings.map((h) => h.replace(/\s*\(\d+\)$/, '')),
          ['Sources', 'Conflicts', 'Corroborated claims', 'Not conflicts: different periods or events', 'Notes on passages', 'Orphaned annotations']);
        assert.equal(await page.locator('tbody tr').count(), 5);
        assert.ok(await page.locator('.badge.b-refuted').first().isVisible());
        const bg = await page.locator('.badge.b-refuted').first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
        assert.equal(bg, 'rgb(180, 35, 24)', 'inline CSS applied');
        assert.deepEqual(problems, []);
        const shot = process.env.TRIANGULATE_SCREENSHOTS
          ? path.resolve(__dirname, '../../docs/report-html.png') : path.join(dir, 'report-html.png');
        fs.mkdirSync(path.dirname(shot), { recursive: true });
        await page.screenshot({ path: shot, fullPage: true });
        assert.ok(fs.statSync(shot).size > 20_000);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
