// Hovers over figures, quotes and entities: what this article says, normalized, and what every
// other source says about the same thing. Reads the cached model only. Article text goes through
// escapeMarkdown; the only command a hover can run is openPassage.
import * as vscode from 'vscode';
import type { Entity, Figure, Quote, WordDiff } from '../../core/model';
import { entitySummary, itemsAt, otherSources, wordDiff, type OtherSource } from '../../core/query';
import type { AnalysisService } from '../analysisService';
import { CommandId } from '../commands/commandIds';
import { fileNameOf, idOf, toRange } from '../convert';
import { commandLink, escapeMarkdown, excerptMarkdown } from './markdownText';

/** Beside what the user corrected (a speaker, a name's type or key). */
const CORRECTED = '$(edit) _corrected by you_';

const RELATION_LABEL: Record<OtherSource['relation'], string> = {
  conflicts: '$(warning) conflicts',
  updates: '$(history) later report',
  agrees: '$(check) agrees',
  variant: '$(quote) worded differently',
  related: '$(info) related',
};

export class TriangulateHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const id = idOf(doc.uri);
    const analysis = this.service.document(id);
    if (!analysis || (analysis.version !== undefined && analysis.version !== doc.version)) { return undefined; }
    const { figure, quote, entity } = itemsAt(analysis, doc.offsetAt(pos));
    // The innermost item wins: a figure or a name inside a quote gets its own hover.
    const item = figure ?? entity ?? quote;
    if (!item) { return undefined; }
    const md = new vscode.MarkdownString('', true);
    md.isTrusted = { enabledCommands: [CommandId.openPassage] };
    md.supportHtml = false;
    md.value = figure ? this.figure(id, figure, analysis.reported ?? null) : entity ? this.entity(entity) : this.quote(id, quote!, doc.getText());
    return new vscode.Hover(md, toRange(doc, item));
  }

  private get reportedOf(): (doc: string) => string | null {
    return (doc) => this.service.document(doc)?.reported ?? null;
  }

  private figure(id: string, f: Figure, reported: string | null): string {
    const lines = [`**Figure** ${escapeMarkdown(f.text)}`, ''];
    const facts = [`${f.kind}`];
    // (the kind already says "time": the clock reading is the value)
    if (f.kind === 'time' && f.iso) { facts.push(`**${escapeMarkdown(f.iso)}**`); }
    else {
      if (f.value !== null) { facts.push(`value **${formatNumber(f.value)}**${f.unit === '%' ? '%' : f.unit ? ` ${escapeMarkdown(f.unit)}` : ''}`); }
      if (f.iso) { facts.push(`date ${escapeMarkdown(f.iso)}`); }
    }
    if (f.qualifier && f.qualifier !== 'exact') {
      facts.push(`${f.qualifier}${f.qualifierText ? ` (“${escapeMarkdown(f.qualifierText)}”)` : ''}`);
    }
    if (f.counted) { facts.push(`counts ${escapeMarkdown(f.counted)}`); }
    if (f.period) { facts.push(`period: ${escapeMarkdown(f.period.text)}`); }
    if (f.equivalentOf !== undefined) { facts.push(`same amount as ${formatNumber(f.equivalentOf)}`); }
    lines.push(facts.join(' · '), '');
    // Where a source gives no exact focus, bold the same figure written the same way, if it is there.
    const list = otherSources(this.service.claims(), id, f, { kinds: ['figure', 'date'], reportedOf: this.reportedOf });
    lines.push(...this.others(list, (o) => excerptMarkdown(o.text, 180, rel(o) ?? find(o.text, f.text)),
      { value: f.text, reported }));
    return lines.join('\n');
  }

  private quote(id: string, q: Quote, text: string): string {
    const inner = text.slice(q.inner.start, q.inner.end);
    const who = (q.speaker ? `**${escapeMarkdown(q.speaker)}**` : '_speaker unknown_') + (q.correction ? ` ${CORRECTED}` : '');
    const head = [`**Quote** · ${who}`];
    if (q.cue) { head.push(`cue “${escapeMarkdown(q.cue)}”`); }
    head.push(q.quoteKind === 'speech' ? 'reported speech' : 'scare quote');
    const lines = [head.join(' · '), '', `> ${escapeMarkdown(inner)}`, ''];
    lines.push(...this.others(otherSources(this.service.claims(), id, q, { kinds: ['quote'], reportedOf: this.reportedOf }), (o) => {
      const theirs = o.focus && o.focus.start >= o.start && o.focus.end <= o.end
        ? o.text.slice(o.focus.start - o.start, o.focus.end - o.start)
        : quotedPart(o.text) ?? o.text;
      return renderDiff(wordDiff(stripMarks(inner), stripMarks(theirs)));
    }));
    return lines.join('\n');
  }

  private entity(e: Entity): string {
    const info = entitySummary(this.service.documents(), e.key);
    const type = e.type[0].toUpperCase() + e.type.slice(1) + (e.correction ? ` ${CORRECTED}` : '');
    if (!info) { return `**${type}** ${escapeMarkdown(e.text)}`; }
    const mentions = Object.entries(info.mentions)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([doc, n]) => `${escapeMarkdown(fileNameOf(doc))}: ${n}`);
    return [
      `**${type}** · ${escapeMarkdown(info.name)}`,
      '',
      `key ${escapeMarkdown(info.key)}`,
      '',
      `Also written: ${info.aliases.map(escapeMarkdown).join(' · ')}`,
      '',
      `Mentions per source: ${mentions.join(' · ')}`,
    ].join('\n');
  }

  private others(all: OtherSource[], body: (o: OtherSource) => string, own?: { value: string; reported: string | null }): string[] {
    if (!all.length) { return ['_No other source says anything about this yet._']; }
    const out: string[] = [];
    const updates = all.filter((o) => o.relation === 'updates');
    const list = all.filter((o) => o.relation !== 'updates');
    if (updates.length) {
      // The same fact reported on other days: a timeline, oldest first, this article included.
      type Entry = { value: string; reported: string | null; o?: OtherSource };
      const entries: Entry[] = [...updates.map((o): Entry => ({ value: o.value ?? (o.focus ? o.text.slice(o.focus.start - o.start, o.focus.end - o.start) : ''), reported: o.reported ?? null, o })),
        ...(own ? [{ value: own.value, reported: own.reported }] : [])];
      entries.sort((a, b) => (a.reported === b.reported ? 0 : !a.reported ? 1 : !b.reported ? -1 : a.reported < b.reported ? -1 : 1));
      out.push('---', '', '**Reported over time**', '');
      for (const e of entries) {
        const when = escapeMarkdown(e.reported ?? 'undated');
        const where = e.o ? commandLink(fileNameOf(e.o.doc), CommandId.openPassage, [{ uri: e.o.doc, start: e.o.start, end: e.o.end }]) : '_this article_';
        out.push(`- ${when} · **${escapeMarkdown(e.value)}** · ${where}`);
      }
      out.push('');
    }
    if (!list.length) { return out; }
    out.push('---', '', '**Other sources**', '');
    for (const o of list) {
      const link = commandLink(fileNameOf(o.doc), CommandId.openPassage, [{ uri: o.doc, start: o.start, end: o.end }]);
      const reason = o.reason ? ` — ${escapeMarkdown(o.reason)}` : '';
      out.push(`- ${RELATION_LABEL[o.relation]} · ${link}${reason}  `, `  ${body(o)}`);
    }
    return out;
  }
}

function rel(o: OtherSource): { start: number; end: number } | undefined {
  return o.focus && { start: o.focus.start - o.start, end: o.focus.end - o.start };
}

function find(text: string, needle: string): { start: number; end: number } | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : { start: at, end: at + needle.length };
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n);
}

/** The first quoted stretch of a passage (“...” or "..."), for comparing wordings. */
function quotedPart(text: string): string | undefined {
  return /[“"«]([^”"»]{3,})[”"»]/.exec(text)?.[1];
}

function stripMarks(s: string): string {
  return s.replace(/^[\s“”"'‘’«»]+|[\s“”"'‘’«»]+$/g, '');
}

/** Their wording against ours: removed words struck through, added words in bold. */
function renderDiff(diff: WordDiff[]): string {
  return diff.map((d) => {
    const t = escapeMarkdown(d.text);
    if (d.op === 'same' || !t.trim()) { return t; }
    return d.op === 'added' ? `**${t.trim()}** ` : `~~${t.trim()}~~ `;
  }).join('').trim();
}
