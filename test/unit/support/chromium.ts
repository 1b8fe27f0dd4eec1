// Headless Debian Chromium through playwright-core, for the tests that open an exported HTML file the way a
// reader does (offline, from disk). One place that finds the binary and launches it.
import * as fs from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

/** Runs `fn` with a launched browser and always closes it. Call only when CHROMIUM is set. */
export async function withChromium<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}
