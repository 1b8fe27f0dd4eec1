// A self-contained HTML report: one file, inline CSS, no script, no external asset, so it opens offline in
// any browser and can be mailed to an editor. The Content-Security-Policy forbids scripts and remote loads
// outright, and every string that comes from an article or a user goes through escapeHtml.
import { VERDICTS, verdictLabel, type VerdictId } from '../annotations/annotation';
import { factLine, sourcesLine, timeline } from '../report';
import type { AnalysisReportV2 } from '../reportTypes';
import { claimAnchor, claimVerdict, notes, orphans, reportOf, type AnnotatedReport, type ReportClaim } from './annotatedReport';

/** ` id="claim-…"` on the first card a claim gets (the anchor a ClaimReview's url names), nothing after. */
type AnchorOf = (claimId: string) => string;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const oneLine = (t: string): string => t.replace(/\s+/g, ' ').trim();
const e = (t: string): string => escapeHtml(oneLine(t));

// Verdict badges: white on the light scheme's dark hues, the page's near-black on the dark scheme's light
// hues, each pair at least 4.5:1 (WCAG AA for 12.5px text; measured by axe-core in
// test/unit/exportHtmlValidators.test.ts).
const CSS = `
:root{color-scheme:light dark;--fg:#1d2430;--muted:#5b6472;--bg:#fbfbfa;--card:#fff;--line:#e2e4e8;
--sup:#1f7a3a;--ref:#b42318;--con:#8f5600;--nei:#5b6472;--acc:#2b6cb0;--on-badge:#fff}
@media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#a0a8b4;--bg:#16191d;--card:#1e2227;--line:#2f353c;
--sup:#4cc27a;--ref:#ff7a6e;--con:#f0b44c;--nei:#a0a8b4;--acc:#7fb4ff;--on-badge:#16191d}}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:960px;margin:0 auto;padding:24px 20px 60px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);font-size:13px}.stats{display:flex;flex-wrap:wrap;gap:8px;margin:14px 0}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:6px 12px}.stat b{font-size:18px;margin-right:4px}
table{border-collapse:collapse;width:100%;background:var(--card);font-size:14px}th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:color-mix(in srgb,var(--line) 45%,transparent)}td.src{white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;margin:12px 0}
.card.conflict{border-left:4px solid var(--ref)}.card.agree{border-left:4px solid var(--sup)}
blockquote{margin:6px 0;padding:0 0 0 10px;border-left:3px solid var(--line)}
.src{color:var(--muted);font-size:12.5px;font-family:ui-monospace,SFMono-Regular,Consolas,monospace}
ul.ev{list-style:none;padding:0;margin:8px 0 0}ul.ev li{margin:6px 0;padding-left:10px;border-left:2px solid var(--line)}
.reason{font-weight:600;color:var(--ref)}.agree-l{font-weight:600;color:var(--sup)}
.badge{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12.5px;font-weight:600;color:var(--on-badge);margin-left:6px}
.b-supported{background:var(--sup)}.b-refuted{background:var(--ref)}.b-conflicting{background:var(--con)}.b-not-enough-info{background:var(--nei)}
.note{background:color-mix(in srgb,var(--acc) 10%,transparent);border-radius:6px;padding:6px 10px;margin-top:8px;white-space:pre-wrap}
.empty{color:var(--muted);font-style:italic}
.fact{margin:4px 0;font-size:14px}.fact b{font-weight:600}.count{color:var(--muted);font-size:13px}
.card.update{border-left:4px solid var(--acc)}.card.variant{border-left:4px solid var(--line)}
.upd-l{font-weight:600;color:var(--acc)}.var-l{color:var(--muted)}
ol.timeline{margin:8px 0 0;padding-left:22px}ol.timeline li{margin:4px 0}
`;

export function renderHtmlReport(input: AnnotatedReport): string {
  const report = reportOf(input);
  const conflicted = report.claims.filter((c) => c.conflicting.length);
  const agreed = report.claims.filter((c) => !c.conflicting.length && c.corroborating.length);
  const updated = report.claims.filter((c) => c.updates.length);
  const varied = report.claims.filter((c) => c.variants.length);
  const otherWindow = report.claims.filter((c) => !c.conflicting.length && !c.corroborating.length && c.related.length);
  const verdictCounts = new Map<VerdictId, number>();
  for (const c of report.claims) {
    const v = claimVerdict(input, c);
    if (v) { verdictCounts.set(v.verdict, (verdictCounts.get(v.verdict) ?? 0) + 1); }
  }
  const passageNotes = notes(input).filter((p) => p.anchor);
  const lost = orphans(input);
  const anchored = new Set<string>();
  const anchor: AnchorOf = (id) => (anchored.has(id) ? '' : (anchored.add(id), ` id="${escapeHtml(claimAnchor(id))}"`));
  const out: string[] = [];
  out.push('<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Triangulate report — ${escapeHtml(report.root)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>', '<main>');
  out.push('<h1>Triangulate report</h1>',
    `<div class="meta">${escapeHtml(report.root)} · generated ${escapeHtml(input.generatedAt)}</div>`,
    '<div class="stats">',
    stat(report.documents.length, 'sources'), stat(report.claims.length, 'linked claims'),
    stat(conflicted.length, 'with conflicts'),
    ...VERDICTS.filter((v) => verdictCounts.get(v.id)).map((v) => stat(verdictCounts.get(v.id)!, v.label.toLowerCase())),
    '</div>');

  out.push('<h2>Sources</h2>', '<table><thead><tr><th>File</th><th>Title</th><th>Encoding</th><th>Quotes</th><th>Figures</th><th>Entities</th></tr></thead><tbody>');
  for (const d of report.documents) {
    out.push(`<tr><td class="src">${escapeHtml(d.path)}</td><td>${d.title ? e(d.title) : '<span class="empty">none</span>'}</td>` +
      `<td>${escapeHtml(d.encoding)}</td><td class="n">${d.quotes.length}</td><td class="n">${d.figures.length}</td><td class="n">${d.entities.length}</td></tr>`);
  }
  out.push('</tbody></table>');

  out.push(`<h2>Conflicts (${conflicted.length})</h2>`);
  if (!conflicted.length) { out.push('<p class="empty">No source contradicts another.</p>'); }
  for (const c of conflicted) { out.push(claimCard(input, c, 'conflict', anchor)); }
  // Sections that only exist when the corpus has them, so a report without updates looks as before.
  if (updated.length) {
    out.push(`<h2>Updates (${updated.length})</h2>`,
      '<p class="meta">The same figure reported later with another value: a timeline, not a conflict.</p>');
    for (const c of updated) { out.push(updateCard(report, c, anchor)); }
  }
  out.push(`<h2>Corroborated claims (${agreed.length})</h2>`);
  if (!agreed.length) { out.push('<p class="empty">No claim is carried by more than one source.</p>'); }
  for (const c of agreed) { out.push(claimCard(input, c, 'agree', anchor)); }
  if (varied.length) {
    out.push(`<h2>Wording variants (${varied.length})</h2>`,
      '<p class="meta">The same quote worded differently without a change of meaning.</p>');
    for (const c of varied) { out.push(variantCard(c, anchor)); }
  }
  if (otherWindow.length) {
    out.push(`<h2>Not conflicts: different periods or events (${otherWindow.length})</h2>`);
    for (const c of otherWindow) { out.push(claimCard(input, c, 'agree', anchor)); }
  }

  out.push(`<h2>Notes on passages (${passageNotes.length})</h2>`);
  if (!passageNotes.length) { out.push('<p class="empty">No notes.</p>'); }
  for (const p of passageNotes) {
    const a = p.annotation;
    out.push('<div class="card">', `<div class="src">${escapeHtml(a.target.source)} ${p.anchor!.start}–${p.anchor!.end}</div>`,
      `<blockquote>${e(a.target.selector[0].exact)}</blockquote>`, `<div class="note">${escapeHtml(a.body.value)}</div>`,
      byline(a.creator?.name, a.modified), '</div>');
  }
  out.push(...correctionsSection(report));
  if (lost.length) {
    out.push(`<h2>Orphaned annotations (${lost.length})</h2>`,
      '<p class="meta">The passage these were made on is no longer in the file (edited or deleted). Their text is kept here.</p>');
    for (const a of lost) {
      out.push('<div class="card">', `<div class="src">${escapeHtml(a.target.source)}</div>`,
        `<blockquote>${e(a.target.selector[0].exact)}</blockquote>`,
        a.verdict ? `<div>Verdict: <span class="badge b-${a.verdict}">${escapeHtml(verdictLabel(a.verdict))}</span></div>`
          : `<div class="note">${escapeHtml(a.body.value)}</div>`,
        byline(a.creator?.name, a.modified), '</div>');
    }
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

function stat(n: number, label: string): string {
  return `<div class="stat"><b>${n}</b>${escapeHtml(label)}</div>`;
}

function byline(name: string | undefined, when: string): string {
  return `<div class="meta">${name ? `${escapeHtml(name)} · ` : ''}${escapeHtml(when.slice(0, 16).replace('T', ' '))}</div>`;
}

function claimCard(input: AnnotatedReport, c: ReportClaim, kind: 'conflict' | 'agree', anchor: AnchorOf): string {
  const v = claimVerdict(input, c);
  const parts = [`<div class="card ${kind}"${anchor(c.id)}>`,
    `<div class="src">${escapeHtml(c.doc)} ${c.start}–${c.end}${v ? ` <span class="badge b-${v.verdict}">${escapeHtml(verdictLabel(v.verdict))}</span>` : ''}</div>`,
    `<blockquote>${e(c.text)}</blockquote>`, factDiv(c)];
  if (v?.note) { parts.push(`<div class="note">${escapeHtml(v.note)}</div>`); }
  parts.push('<ul class="ev">');
  for (const x of c.conflicting) {
    parts.push(`<li><span class="reason">Conflicts: ${e(x.reason)}</span> <span class="src">${escapeHtml(x.kind)} · ${escapeHtml(x.doc)}</span>${byYou(x)}<br>“${e(x.text)}”</li>`);
  }
  for (const x of c.corroborating) {
    parts.push(`<li><span class="agree-l">Agrees</span> <span class="src">${escapeHtml(x.doc)}</span>${byYou(x)}<br>“${e(x.text)}”</li>`);
  }
  for (const x of c.related) {
    parts.push(`<li><span class="src">Not a conflict: ${e(x.note)} · ${escapeHtml(x.doc)}</span><br>“${e(x.text)}”</li>`);
  }
  if (c.updates.length) {
    parts.push(`<li><span class="upd-l">Updated later</span> <span class="src">${c.updates.map((u) => `${e(u.value)} · ${escapeHtml(u.doc)}`).join('; ')}</span></li>`);
  }
  parts.push('</ul>', '</div>');
  return parts.join('\n');
}

/** The claim's fact with its competing values and the source counts: "killed (person): 14 — 3 sources · …". */
function factDiv(c: ReportClaim): string {
  const fl = factLine(c, e, ' · ', ' — ');
  return `<div class="fact">${fl ? `<b>${fl}</b> ` : ''}<span class="count">${escapeHtml(sourcesLine(c))}</span></div>`;
}

function updateCard(report: AnalysisReportV2, c: ReportClaim, anchor: AnchorOf): string {
  const parts = [`<div class="card update"${anchor(c.id)}>`,
    `<div class="src">${escapeHtml(c.doc)} ${c.start}–${c.end}</div>`,
    `<div class="fact"><b>${e(c.fact?.subject ?? 'value')}</b></div>`, '<ol class="timeline">'];
  for (const t of timeline(report, c)) {
    parts.push(`<li><span class="upd-l">${e(t.value)}</span> <span class="src">${escapeHtml(t.doc)} · ${t.reported ? escapeHtml(t.reported) : 'undated'}</span><br>“${e(t.text)}”</li>`);
  }
  parts.push('</ol>', '</div>');
  return parts.join('\n');
}

function variantCard(c: ReportClaim, anchor: AnchorOf): string {
  const parts = [`<div class="card variant"${anchor(c.id)}>`, `<div class="src">${escapeHtml(c.doc)} ${c.start}–${c.end}</div>`,
    `<blockquote>${e(c.text)}</blockquote>`, '<ul class="ev">'];
  for (const x of c.variants) {
    parts.push(`<li><span class="var-l">${e(x.reason)}</span> <span class="src">${escapeHtml(x.doc)}</span><br>“${e(x.text)}”</li>`);
  }
  parts.push('</ul>', '</div>');
  return parts.join('\n');
}

/** Beside a link the user made, confirmed or changed. */
function byYou(x: { correction?: string }): string {
  return x.correction ? ' <span class="badge">corrected by you</span>' : '';
}

/** The user's corrections of the analysis (already applied above), with their status; orphans included. */
function correctionsSection(report: AnalysisReportV2): string[] {
  const list = report.corrections ?? [];
  if (!list.length) { return []; }
  const out = [`<h2>Corrections (${list.length})</h2>`,
    '<p class="meta">Your corrections of the analysis, applied to everything above. A later correction of the same target wins; the earlier one is kept here.</p>'];
  for (const c of list) {
    const where = (source: string, p: { start: number; end: number; text: string } | null) =>
      `<div class="src">${escapeHtml(source)}${p ? ` ${p.start}–${p.end}` : ' · passage gone'}</div>${p ? `<blockquote>${e(p.text)}</blockquote>` : ''}`;
    out.push(`<div class="card correction ${escapeHtml(c.status)}">`, `<div><b>${escapeHtml(c.label)}</b> <span class="badge">${escapeHtml(c.status)}</span></div>`,
      where(c.source, c.passage), ...(c.otherSource ? [where(c.otherSource, c.other)] : []), byline(c.creator ?? undefined, c.modified), '</div>');
  }
  return out;
}
