// Renders media/icon.png (128x128, required by vsce/the Marketplace) from the activity-bar
// glyph media/triangulate.svg on a dark rounded square, with Debian chromium via
// playwright-core, so the PNG is reproducible from the SVG: `node scripts/vscode-test/renderIcon.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, PROJECT } from './config.mjs';

const svg = fs.readFileSync(path.join(PROJECT, 'media/triangulate.svg'), 'utf8')
  // brighter strokes than the monochrome activity-bar tint, to read on the dark tile
  .replace(/#C5C5C5/g, '#E8EEF5');
const html = `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:128px;height:128px;border-radius:24px;background:linear-gradient(145deg,#2b3a4a,#1f2a36);
display:flex;align-items:center;justify-content:center">
<div style="width:92px;height:92px">${svg.replace('width="24" height="24"', 'width="92" height="92"')}</div></div></body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(html);
  const out = path.join(PROJECT, 'media/icon.png');
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
