// The Fact matrix as HTML for the editor's webview: one grid per story, a cell per source, and for a
// fact with updates a timeline row below it (hidden until its fact is expanded). Every string from an
// article or a file name goes through escapeHtml; the page allows no script but its own (by nonce) and
// no style or image but the extension's (the webview's cspSource), so a hostile article can neither
// run code nor load anything. The behaviour (keys, clicks) is media/factMatrix.js.
import { escapeHtml } from '../export/html';
import type { FactMatrix, MatrixCell, MatrixGroup, MatrixRow, MatrixState, MatrixTarget } from './factMatrix';
import { plural } from './viewRow';

export interface MatrixPage {
  nonce: string;
  /** The webview's cspSource: where its style and script may come from. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
}

/** What each state says, in words (screen readers, tooltips) and as a mark beside the value. */
export const STATE_TEXT: Record<MatrixState, { mark: string; words: string }> = {
  agree: { mark: '✓', words: 'agrees' },
  differ: { mark: '≠', words: 'differs' },
  update: { mark: '↻', words: 'updates' },
  silent: { mark: '–', words: 'says nothing' },
};

const e = escapeHtml;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function target(t: MatrixTarget | undefined): string {
  return t ? ` data-doc="${e(t.doc)}" data-start="${t.start}" data-end="${t.end}"` : '';
}

function cellHtml(c: MatrixCell, source: string): string {
  const s = STATE_TEXT[c.state];
  const words = c.state === 'silent' ? `${source}: ${s.words}` : `${source}: ${s.words}, ${c.value}`;
  // the tooltip: the state in words, why it differs, then each passage of the source in full
  const title = [words, c.note, ...c.passages.map((p) => `“${p.text}”${p.note && p.note !== c.note ? ` (${p.note})` : ''}`)]
    .filter(Boolean).map((x) => flat(String(x))).join('\n');
  const extra = c.passages.length > 1 ? `<span class="more" aria-hidden="true">×${c.passages.length}</span>` : '';
  return `<td role="gridcell" class="cell ${c.state}" data-nav tabindex="-1" data-state="${c.state}"${target(c.open)}`
    + ` aria-label="${e(words)}" title="${e(title)}"><span class="mark" aria-hidden="true">${s.mark}</span>`
    + `<span class="value">${e(c.value)}</span>${extra}</td>`;
}

function rowHtml(r: MatrixRow, g: MatrixGroup): string {
  const tl = r.timeline?.length ? `tl-${g.id}-${r.id}` : '';
  const head = `<th role="rowheader" scope="row" class="fact" data-nav tabindex="-1"${tl ? ` data-toggle="${e(tl)}" aria-expanded="false" aria-controls="${e(tl)}"` : ''}>`
    + `<span class="subject">${tl ? '<span class="twistie" aria-hidden="true"></span>' : ''}${e(r.subject)}</span>`
    + `<span class="summary">${e(r.summary)}</span></th>`;
  const cells = r.cells.map((c, i) => cellHtml(c, g.columns[i].name)).join('');
  let out = `<tr role="row" class="fact-row" data-row="${e(r.id)}">${head}${cells}</tr>`;
  if (tl) {
    const entries = r.timeline!.map((t) => `<li><button type="button" class="entry" data-nav tabindex="-1"${target(t.open)}>`
      + `<span class="date">${e(t.reported ?? 'undated')}</span> <span class="value">${e(t.value)}</span> `
      + `<span class="source">${e(t.source)}</span></button></li>`).join('<li class="arrow" aria-hidden="true">→</li>');
    out += `<tr role="row" class="timeline" id="${e(tl)}" data-row="${e(r.id)}" hidden><td role="gridcell" colspan="${g.columns.length + 1}">`
      + `<span class="label">Timeline of ${e(r.subject)}:</span><ol aria-label="${e(`Timeline of ${r.subject}, by reporting date`)}">${entries}</ol></td></tr>`;
  }
  return out;
}

function groupHtml(g: MatrixGroup, titled: boolean): string {
  const name = g.title ?? 'All sources';
  const heading = titled ? `<h2>${e(name)} <span class="count">${e(`${plural(g.columns.length, 'source')} · ${plural(g.rows.length, 'fact')}`)}</span></h2>` : '';
  if (!g.rows.length) {
    return `<section class="story" data-story="${e(g.id)}">${heading}<p class="empty">No fact here is stated by two sources.</p></section>`;
  }
  const cols = g.columns.map((c) => `<th role="columnheader" scope="col" title="${e(c.file)}">${e(c.name)}`
    + `${c.reported ? ` <span class="date">${e(c.reported)}</span>` : ''}</th>`).join('');
  return `<section class="story" data-story="${e(g.id)}">${heading}`
    + `<table role="grid" aria-label="${e(`Facts by source: ${name}`)}"><thead><tr role="row"><th role="columnheader" scope="col">Fact</th>${cols}</tr></thead>`
    + `<tbody>${g.rows.map((r) => rowHtml(r, g)).join('')}</tbody></table></section>`;
}

const LEGEND = `<p class="legend">${(['agree', 'differ', 'update', 'silent'] as const)
  .map((s) => `<span class="cell ${s}"><span class="mark" aria-hidden="true">${STATE_TEXT[s].mark}</span> ${STATE_TEXT[s].words}</span>`).join(' ')}`
  + ' <span class="hint">(with the fact as its first source states it; arrow keys move, Enter opens the passage or a fact\'s timeline)</span></p>';

/** The matrix itself (what an update replaces): a message when there is nothing to show. */
export function factMatrixBody(m: FactMatrix | undefined): string {
  if (!m) { return '<p class="empty">No analysis yet: run Triangulate: Analyze Workspace.</p>'; }
  if (!m.groups.some((g) => g.rows.length)) { return '<p class="empty">No fact is stated by two sources yet.</p>'; }
  const titled = m.groups.length > 1;
  return LEGEND + m.groups.map((g) => groupHtml(g, titled)).join('');
}

/** The whole page, with its Content-Security-Policy. */
export function factMatrixDocument(m: FactMatrix | undefined, page: MatrixPage): string {
  const csp = [`default-src 'none'`, `style-src ${page.cspSource}`, `script-src 'nonce-${page.nonce}'`, `img-src ${page.cspSource}`,
    `font-src ${page.cspSource}`, `base-uri 'none'`, `form-action 'none'`].join('; ');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="${e(csp)}">`
    + `<meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<link rel="stylesheet" href="${e(page.styleUri)}"><title>Fact matrix</title></head>`
    + `<body><main id="matrix" aria-label="Fact matrix">${factMatrixBody(m)}</main>`
    + `<script nonce="${e(page.nonce)}" src="${e(page.scriptUri)}"></script></body></html>`;
}
