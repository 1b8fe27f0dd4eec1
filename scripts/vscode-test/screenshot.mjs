// `npm run screenshot -- <workspace> <file> <out.png> [--hover <text>] [--tree] [--expand <label>]...
//                        [--steps <file.json>] [--wait <ms>]`
// Opens the real workbench (offline route) with the extension under development, opens
// <file>, then plays steps and writes a 1400x850 PNG. The flags are sugar for steps:
//   --tree          -> {"openView": "Triangulate"}
//   --expand L      -> {"expandTreeItem": "L"}
//   --hover T       -> {"hoverText": "T"}        (always played last)
// A steps file is a JSON array of objects, each with one action:
//   {"openView": "Triangulate"}        click the activity-bar entry whose label starts with it
//   {"openFile": "rel/or/abs.txt"}     open another file (Quick Open)
//   {"command": "Triangulate: Analyze Workspace"}   run from the command palette
//   {"expandTreeItem": "label"}        expand the first tree row containing the label
//   {"clickTreeItem": "label"}         click (select/open) the first tree row containing the label
//   {"hoverText": "160 km/h"}          reveal the first occurrence in the active editor and hover it
//   {"goto": "12:5"}                   Go to line[:column] in the active editor
//   {"click": "css selector"}          {"hover": "css selector"}     {"waitFor": "css selector"}
//   {"press": "Escape"}                {"type": "text"}              {"wait": 500}
//   {"screenshot": "intermediate.png"}
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT, log } from './config.mjs';
import { ensureOfflineRoute } from './prerequisites.mjs';
import { RunnerError, Workbench, createRunDir } from './workbench.mjs';

const UI_TIMEOUT = 30_000;

function parseArgs(argv) {
  const pos = [];
  const steps = [];
  let hover;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--hover') { hover = argv[++i]; }
    else if (a === '--tree') { steps.push({ openView: 'Triangulate' }); }
    else if (a === '--expand') { steps.push({ expandTreeItem: argv[++i] }); }
    else if (a === '--wait') { steps.push({ wait: Number(argv[++i]) }); }
    else if (a === '--steps') { steps.push(...JSON.parse(fs.readFileSync(argv[++i], 'utf8'))); }
    else { pos.push(a); }
  }
  if (hover !== undefined) { steps.push({ hoverText: hover }); }
  if (pos.length !== 3) {
    throw new RunnerError(64, 'usage: screenshot <workspace> <file> <out.png> [--hover <text>] [--tree] [--expand <label>] [--steps <file.json>]');
  }
  const [workspace, file, out] = pos;
  const wsPath = path.resolve(workspace);
  const wsDir = wsPath.endsWith('.code-workspace') ? path.dirname(wsPath) : wsPath;
  return { workspace: wsPath, file: path.resolve(wsDir, file), out: path.resolve(out), steps };
}

export async function screenshotCli(argv, timeoutS) {
  const opts = parseArgs(argv);
  if (!fs.existsSync(opts.file)) { throw new RunnerError(64, `file not found: ${opts.file}`); }
  ensureOfflineRoute();
  const run = createRunDir();
  const wb = new Workbench({ run, workspace: opts.workspace, forwardLogs: !!process.env.VERBOSE });
  const timer = setTimeout(() => { log(`timeout after ${timeoutS} s`); void wb.close().then(() => process.exit(124)); }, timeoutS * 1000);
  try {
    await wb.start((remote) => [
      ['extensionDevelopmentPath', remote(PROJECT)],
      ['openFile', remote(opts.file)],
      ['skipWelcome', 'true'],
    ]);
    const page = wb.page;
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 90_000 });
    // Let extensions activate and the first decorations render before acting.
    await page.waitForTimeout(1500);
    const ctx = { page, file: opts.file, workspace: opts.workspace, out: opts.out };
    for (const step of opts.steps) {
      await playStep(ctx, step);
    }
    await page.waitForTimeout(300);
    fs.mkdirSync(path.dirname(opts.out), { recursive: true });
    await page.screenshot({ path: opts.out });
    log(`screenshot written: ${opts.out} (logs: ${run.logs})`);
    return 0;
  } catch (e) {
    if (e instanceof RunnerError) { throw e; }
    const failShot = opts.out.replace(/\.png$/i, '') + '.failed.png';
    try { await wb.page?.screenshot({ path: failShot }); log(`state at failure: ${failShot}`); } catch { /* page gone */ }
    // Playwright messages carry a long, ANSI-coloured call log; its first lines say enough.
    // eslint-disable-next-line no-control-regex -- strips ANSI colour codes (ESC [ ... m)
    const msg = (e instanceof Error ? e.message : String(e)).replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(0, 3).join('\n');
    throw new RunnerError(3, `screenshot step failed: ${msg} (logs: ${run.logs})`);
  } finally {
    clearTimeout(timer);
    await wb.close();
  }
}

async function playStep(ctx, step) {
  const { page } = ctx;
  const [action, arg] = Object.entries(step)[0] ?? [];
  log(`step ${JSON.stringify(step)}`);
  switch (action) {
    case 'wait': return page.waitForTimeout(Number(arg));
    case 'click': return page.locator(arg).first().click({ timeout: UI_TIMEOUT });
    case 'hover': return page.locator(arg).first().hover({ timeout: UI_TIMEOUT });
    case 'waitFor': return page.locator(arg).first().waitFor({ timeout: UI_TIMEOUT });
    case 'press': return page.keyboard.press(arg);
    case 'type': return page.keyboard.type(arg, { delay: 10 });
    case 'screenshot': return page.screenshot({ path: path.resolve(path.dirname(ctx.out), arg) });
    case 'openView': return openView(page, arg);
    case 'command': return runCommand(page, arg);
    case 'openFile': return openFile(ctx, arg);
    case 'goto': return gotoLine(page, arg);
    case 'expandTreeItem': return treeItem(page, arg, true);
    case 'clickTreeItem': return treeItem(page, arg, false);
    case 'hoverText': return hoverText(ctx, arg);
    default: throw new Error(`unknown step ${JSON.stringify(step)}`);
  }
}

async function openView(page, label) {
  const entry = page.locator(`.activitybar [aria-label^="${label}"]`).first();
  await entry.waitFor({ timeout: UI_TIMEOUT });
  // Clicking an already-open container would collapse the side bar.
  const checked = await entry.getAttribute('aria-checked').catch(() => null)
    ?? await entry.locator('xpath=..').getAttribute('aria-checked').catch(() => null);
  if (checked !== 'true') { await entry.click(); }
  await page.locator('.sidebar .pane-body').first().waitFor({ timeout: UI_TIMEOUT });
  await page.waitForTimeout(500);
}

async function quickInput(page, key, text) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.type(text, { delay: 10 });
  return input;
}

async function runCommand(page, title) {
  await quickInput(page, 'F1', title);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  // A failing command shows a modal dialog that would block every later step: report it and
  // dismiss it.
  const dialog = page.locator('.monaco-dialog-box').first();
  if (await dialog.isVisible()) {
    log(`WARNING: "${title}" opened a dialog: ${(await dialog.innerText()).split('\n')[0]}`);
    await page.keyboard.press('Escape');
  }
}

async function openFile(ctx, file) {
  const wsDir = ctx.workspace.endsWith('.code-workspace') ? path.dirname(ctx.workspace) : ctx.workspace;
  const abs = path.resolve(wsDir, file);
  ctx.file = abs;
  await quickInput(ctx.page, 'Control+P', path.basename(abs));
  await ctx.page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(abs) }).first()
    .waitFor({ timeout: UI_TIMEOUT });
  await ctx.page.keyboard.press('Enter');
  await ctx.page.waitForTimeout(800);
}

async function gotoLine(page, where) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').first().waitFor({ timeout: UI_TIMEOUT });
  await page.keyboard.type(String(where), { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(400);
}

async function treeItem(page, label, expand) {
  const row = page.locator('.sidebar .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: UI_TIMEOUT });
  if (!expand) { await row.click(); return page.waitForTimeout(300); }
  if ((await row.getAttribute('aria-expanded')) === 'false') {
    await row.locator('.monaco-tl-twistie').first().click();
  }
  await page.waitForTimeout(400);
}

// The editor's DOM only holds visible lines and renders a line as many spans (tokens,
// decorations), so the text is located in the file on disk, revealed with Go to Line,
// and then found in the rendered line nearest the cursor.
async function hoverText(ctx, text) {
  const { page } = ctx;
  const bytes = fs.readFileSync(ctx.file);
  let content;
  try { content = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { content = bytes.toString('latin1'); }
  const idx = content.indexOf(text);
  if (idx < 0) { throw new Error(`"${text}" does not occur in ${ctx.file}`); }
  const before = content.slice(0, idx);
  const line = before.split('\n').length;
  const col = idx - before.lastIndexOf('\n');
  await gotoLine(page, `${line}:${col}`);
  const point = await page.evaluate((needle) => {
    const norm = (s) => s.replace(/\u00a0/g, ' ');
    const cursor = document.querySelector('.monaco-editor .cursor')?.getBoundingClientRect();
    let best = null;
    for (const el of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const full = norm(el.textContent ?? '');
      const at = full.indexOf(needle);
      if (at < 0) { continue; }
      // Aim at the match's second character: inside its first word (the middle may be a
      // space, where no hover provider answers) yet clear of the preceding character.
      const target = at + Math.min(1, needle.length - 1);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (seen + len > target) {
          const r = document.createRange();
          r.setStart(n, target - seen);
          r.setEnd(n, target - seen + 1);
          const b = r.getBoundingClientRect();
          const dist = cursor ? Math.abs(b.top - cursor.top) : 0;
          if (!best || dist < best.dist) { best = { x: b.left + b.width / 2, y: b.top + b.height / 2, dist }; }
          break;
        }
        seen += len;
      }
    }
    return best;
  }, text);
  if (!point) { throw new Error(`"${text}" not found in the rendered editor lines`); }
  // Monaco's hover controller reacts to a sequence of mousemove events, not a teleport; and
  // providers may answer only once the analysis finished, so re-hover a few times.
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  let shown = false;
  for (let attempt = 0; attempt < 4 && !shown; attempt++) {
    await page.mouse.move(point.x - 40, point.y + 60);
    await page.waitForTimeout(150);
    await page.mouse.move(point.x, point.y, { steps: 8 });
    shown = await hover.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
  }
  if (!shown) { log(`WARNING: no hover appeared over "${text}"`); }
  await page.waitForTimeout(400);
}
