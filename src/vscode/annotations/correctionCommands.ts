// The correction commands (Claims view context menu, the editor's "Triangulate: Correct" submenu, the
// palette). Each records one correction annotation through the annotation service; the analysis service
// applies it on every analysis. Tests pass every choice as arguments, so no picker opens.
import * as vscode from 'vscode';
import type { Correction, CorrectionKind } from '../../core/annotations/correction';
import { entityChoices, linksAt, type LinkAt } from '../../core/annotations/correctionTargets';
import { entityKey } from '../../core/extract/keys';
import type { EntityType, Span } from '../../core/model';
import { shorten } from '../../core/query';
import type { AnalysisService } from '../analysisService';
import { CommandId, ContextKey } from '../commands/commandIds';
import { passageTarget, type PassageTarget } from '../commands/passageArgs';
import { fileNameOf, idOf, toSpan, uriOf } from '../convert';
import type { WriteGate } from './annotationCommands';
import type { AnnotationService } from './annotationService';

interface LinkArg { at: PassageTarget; other: PassageTarget; subject?: string }

export function registerCorrectionCommands(service: AnnotationService, analysis: AnalysisService, gate: WriteGate): vscode.Disposable[] {
  const saving = vscode.l10n.t('Saving a correction');
  const say = (m: string) => { void vscode.window.showInformationMessage(m); };
  const judge = (kind: CorrectionKind) => async (arg?: unknown) => {
    if (!gate.allowWrite(saving)) { return undefined; }
    const link = linkFromArg(arg) ?? await linkAtCursor(analysis, kind === 'contradicts');
    if (!link) { return void say(vscode.l10n.t('Triangulate: put the cursor in a linked passage, or use a passage of the Claims view.')); }
    const c: Correction = { kind, ...(link.subject !== undefined ? { subject: link.subject } : {}) };
    return service.addCorrection(link.at.uri, link.at, c, link.other);
  };
  const newLink = (kind: 'link-corroborating' | 'link-conflicting') => async (arg?: unknown, second?: unknown) => {
    if (!gate.allowWrite(saving)) { return undefined; }
    const at = firstPassage(arg) ?? selectionOrSentence(analysis);
    if (!at) { return void say(vscode.l10n.t('Triangulate: select the first passage (or use the Claims view).')); }
    const other = passageTarget(second) ?? otherSelection(at) ?? await pickSentence(analysis, at);
    if (!other) { return undefined; }
    return service.addCorrection(at.uri, at, { kind }, other);
  };
  const nameCommand = (make: (e: NameAt) => Promise<Correction | undefined>) => async (arg?: unknown, choice?: unknown) => {
    if (!gate.allowWrite(saving)) { return undefined; }
    const e = nameAt(analysis, passageTarget(arg));
    if (!e) { return void say(vscode.l10n.t('Triangulate: put the cursor on a name first.')); }
    const c = await make({ ...e, choice });
    return c && service.addCorrection(e.uri, e, c);
  };

  return [
    vscode.commands.registerCommand(CommandId.notSameFact, judge('not-same-fact')),
    vscode.commands.registerCommand(CommandId.sameFact, judge('same-fact')),
    vscode.commands.registerCommand(CommandId.contradicts, judge('contradicts')),
    vscode.commands.registerCommand(CommandId.linkCorroborating, newLink('link-corroborating')),
    vscode.commands.registerCommand(CommandId.linkConflicting, newLink('link-conflicting')),
    vscode.commands.registerCommand(CommandId.setSpeaker, async (arg?: unknown, speakerArg?: string | { name: string; key: string }) => {
      if (!gate.allowWrite(saving)) { return undefined; }
      const q = quoteAt(analysis, passageTarget(arg));
      if (!q) { return void say(vscode.l10n.t('Triangulate: put the cursor in a quote first.')); }
      const speaker = typeof speakerArg === 'object' ? speakerArg
        : typeof speakerArg === 'string' ? speakerOf(analysis, speakerArg) : await pickSpeaker(analysis);
      return speaker && service.addCorrection(q.uri, q, { kind: 'set-speaker', speaker: speaker.name, speakerKey: speaker.key });
    }),
    vscode.commands.registerCommand(CommandId.setEntityType, nameCommand(async (e) => {
      const types: EntityType[] = ['person', 'organization', 'place'];
      const entityType = types.includes(e.choice as EntityType) ? e.choice as EntityType
        : (await vscode.window.showQuickPick(types.map((t) => ({ label: t, description: t === e.type ? 'current' : undefined })),
          { placeHolder: vscode.l10n.t('What is “{0}”?', e.text) }))?.label as EntityType | undefined;
      return entityType && { kind: 'set-type', entityType, key: e.key };
    })),
    vscode.commands.registerCommand(CommandId.sameEntityAs, nameCommand(async (e) => {
      const choices = entityChoices(analysis.documents()).filter((c) => c.key !== e.key);
      let picked = typeof e.choice === 'string' ? choices.find((c) => c.key === e.choice) : undefined;
      if (!picked && e.choice === undefined) {
        picked = (await vscode.window.showQuickPick(
          choices.map((c) => ({ label: c.name, description: `${c.type} · ${c.sources} source${c.sources === 1 ? '' : 's'}`, detail: c.key, c })),
          { placeHolder: vscode.l10n.t('“{0}” is the same as…', e.text), matchOnDetail: true }))?.c;
      }
      return picked && { kind: 'same-entity', sameAs: { key: picked.key, name: picked.name }, key: e.key };
    })),
    vscode.commands.registerCommand(CommandId.notSameEntity, nameCommand(async (e) => ({ kind: 'split-entity', key: e.key }))),
    vscode.commands.registerCommand(CommandId.treatAsPageChrome, async (arg?: unknown) => {
      if (!gate.allowWrite(saving)) { return undefined; }
      const at = passageTarget(arg) ?? selectionOrLine();
      if (!at) { return void say(vscode.l10n.t('Triangulate: select the page chrome first.')); }
      return service.addCorrection(at.uri, at, { kind: 'page-chrome' });
    }),
    vscode.commands.registerCommand(CommandId.undoCorrection, async (arg?: unknown) => {
      if (!gate.allowWrite(vscode.l10n.t('Undoing a correction'))) { return undefined; }
      const id = idFromArg(arg) ?? await pickCorrection(analysis);
      if (!id) { return undefined; }
      await service.remove(id);
      return id;
    }),
  ];
}

// ---------------------------------------------------------------- arguments and pickers

function linkFromArg(arg: unknown): LinkArg | undefined {
  if (!arg || typeof arg !== 'object') { return undefined; }
  const a = arg as Record<string, unknown>;
  if (a.kind === 'passage' && a.passage && a.claim) {
    // A linked passage of the Claims view: the link between its claim and it, for this fact only.
    const claim = a.claim as { doc: string; start: number; end: number; fact?: { subject: string } };
    const p = a.passage as { doc: string; start: number; end: number };
    return { at: { uri: uriOf(claim.doc), start: claim.start, end: claim.end }, other: { uri: uriOf(p.doc), start: p.start, end: p.end },
      ...(claim.fact ? { subject: claim.fact.subject } : {}) };
  }
  const at = passageTarget(a.at);
  const other = passageTarget(a.other);
  return at && other ? { at, other, ...(typeof a.subject === 'string' ? { subject: a.subject } : {}) } : undefined;
}

async function linkAtCursor(analysis: AnalysisService, notConflicts: boolean): Promise<LinkArg | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { return undefined; }
  const id = idOf(editor.document.uri);
  const links = linksAt(analysis.claims(), id, editor.document.offsetAt(editor.selection.active))
    .filter((l) => !notConflicts || l.group !== 'conflicting');
  const toArg = (l: LinkAt): LinkArg => ({
    at: { uri: uriOf(l.claim.doc), start: l.claim.start, end: l.claim.end },
    other: { uri: uriOf(l.evidence.doc), start: l.evidence.start, end: l.evidence.end },
    ...(l.claim.fact ? { subject: l.claim.fact.subject } : {}),
  });
  if (links.length <= 1) { return links[0] && toArg(links[0]); }
  const pick = await vscode.window.showQuickPick(links.map((l) => {
    const far = l.claim.doc === id ? l.evidence : l.claim;
    return { label: `${l.claim.fact?.subject ?? shorten(l.claim.text, 40)} · ${l.group}`,
      description: fileNameOf(far.doc), detail: shorten(far.text, 120), l };
  }), { placeHolder: vscode.l10n.t('Which link?') });
  return pick && toArg(pick.l);
}

function firstPassage(arg: unknown): PassageTarget | undefined {
  return passageTarget(arg);
}

function selectionOrSentence(analysis: AnalysisService): PassageTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { return undefined; }
  const sel = toSpan(editor.document, editor.selection);
  if (sel.end > sel.start) { return { uri: editor.document.uri, ...sel }; }
  const s = analysis.document(idOf(editor.document.uri))?.sentences.find((x) => x.start <= sel.start && sel.start < x.end);
  return s && { uri: editor.document.uri, start: s.start, end: s.end };
}

function selectionOrLine(): PassageTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { return undefined; }
  const doc = editor.document;
  const sel = toSpan(doc, editor.selection);
  if (sel.end > sel.start) { return { uri: doc.uri, ...sel }; }
  const line = doc.lineAt(editor.selection.active.line);
  if (line.isEmptyOrWhitespace) { return undefined; }
  const start = doc.offsetAt(line.range.start) + line.firstNonWhitespaceCharacterIndex;
  return { uri: doc.uri, start, end: start + line.text.trim().length };
}

/** The second passage from another visible editor's selection, when there is one. */
function otherSelection(first: PassageTarget): PassageTarget | undefined {
  for (const e of vscode.window.visibleTextEditors) {
    if (e === vscode.window.activeTextEditor || e.selection.isEmpty) { continue; }
    const span = toSpan(e.document, e.selection);
    if (idOf(e.document.uri) === idOf(first.uri) && span.start === first.start) { continue; }
    return { uri: e.document.uri, ...span };
  }
  return undefined;
}

async function pickSentence(analysis: AnalysisService, first: PassageTarget): Promise<PassageTarget | undefined> {
  const firstId = idOf(first.uri);
  const items: Array<vscode.QuickPickItem & { t: PassageTarget }> = [];
  for (const d of analysis.documents()) {
    if (d.id === firstId) { continue; }
    const text = vscode.workspace.textDocuments.find((x) => idOf(x.uri) === d.id)?.getText();
    for (const s of d.sentences) {
      const fact = d.facts?.find((f) => f.start >= s.start && f.end <= s.end);
      items.push({ label: fileNameOf(d.id), description: fact?.measure ?? undefined,
        detail: text ? shorten(text.slice(s.start, s.end), 140) : `${s.start}–${s.end}`, t: { uri: uriOf(d.id), start: s.start, end: s.end } });
    }
  }
  const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('The other passage'), matchOnDetail: true });
  return pick?.t;
}

interface NameAt extends PassageTarget { key: string; type: EntityType; text: string; choice?: unknown }

function nameAt(analysis: AnalysisService, t: PassageTarget | undefined): NameAt | undefined {
  const at = t ?? cursorTarget();
  if (!at) { return undefined; }
  const e = analysis.document(idOf(at.uri))?.entities.find((x) => x.start <= at.start && at.start < x.end);
  return e && { uri: at.uri, start: e.start, end: e.end, key: e.key, type: e.type, text: e.text };
}

function quoteAt(analysis: AnalysisService, t: PassageTarget | undefined): PassageTarget | undefined {
  const at = t ?? cursorTarget();
  if (!at) { return undefined; }
  const q = analysis.document(idOf(at.uri))?.quotes.find((x) => x.start <= at.start && at.start < x.end);
  return q && { uri: at.uri, start: q.start, end: q.end };
}

function cursorTarget(): PassageTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) { return undefined; }
  const offset = editor.document.offsetAt(editor.selection.active);
  return { uri: editor.document.uri, start: offset, end: offset + 1 };
}

/** A speaker typed or chosen by name: the folder's person of that name, else a new person key. */
function speakerOf(analysis: AnalysisService, name: string): { name: string; key: string } | undefined {
  const n = name.trim();
  if (!n) { return undefined; }
  const known = entityChoices(analysis.documents(), 'person').find((c) => c.name === n || c.key === n);
  return known ? { name: known.name, key: known.key } : { name: n, key: entityKey('person', n) };
}

async function pickSpeaker(analysis: AnalysisService): Promise<{ name: string; key: string } | undefined> {
  const other = vscode.l10n.t('Someone else…');
  const people = entityChoices(analysis.documents(), 'person');
  const pick = await vscode.window.showQuickPick([
    ...people.map((c) => ({ label: c.name, description: `${c.sources} source${c.sources === 1 ? '' : 's'}`, c })),
    { label: `$(edit) ${other}`, c: undefined },
  ], { placeHolder: vscode.l10n.t('Who said it?') });
  if (!pick) { return undefined; }
  if (pick.c) { return { name: pick.c.name, key: pick.c.key }; }
  const typed = await vscode.window.showInputBox({ prompt: vscode.l10n.t('The speaker\'s name'), ignoreFocusOut: true });
  return typed ? speakerOf(analysis, typed) : undefined;
}

function idFromArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') { return arg; }
  if (arg && typeof arg === 'object') {
    const a = arg as { kind?: string; outcome?: { id: string }; id?: unknown };
    if (a.kind === 'correction' && a.outcome) { return a.outcome.id; }
    if (typeof a.id === 'string') { return a.id; }
  }
  return undefined;
}

/** The corrections at the cursor (newest first), else all of them, to choose the one to undo. */
async function pickCorrection(analysis: AnalysisService): Promise<string | undefined> {
  const all = [...analysis.corrections()].sort((a, b) => (a.modified < b.modified ? 1 : -1));
  const editor = vscode.window.activeTextEditor;
  const offset = editor && editor.document.offsetAt(editor.selection.active);
  const id = editor && idOf(editor.document.uri);
  const on = (p: (Span & { doc: string }) | null | undefined) => !!p && p.doc === id && offset !== undefined && p.start <= offset && offset < p.end;
  const here = all.filter((o) => on(o.at) || on(o.other));
  const list = here.length ? here : all;
  if (list.length === 1 && here.length) { return list[0].id; }
  const pick = await vscode.window.showQuickPick(list.map((o) => ({
    label: o.label, description: `${o.source} · ${o.status}`, detail: o.at ? shorten(o.at.text, 120) : undefined, id: o.id,
  })), { placeHolder: vscode.l10n.t('Undo which correction?') });
  return pick?.id;
}

// ---------------------------------------------------------------- context keys for the editor's menu

/** Sets the context keys that show each correction in the editor's menu only where it applies. */
export class CorrectionContext implements vscode.Disposable {
  private readonly subs: vscode.Disposable[];
  private last = '';

  constructor(private readonly analysis: AnalysisService) {
    this.subs = [
      vscode.window.onDidChangeTextEditorSelection(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      analysis.onDidChangeAnalysis(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const id = editor && idOf(editor.document.uri);
    const d = id ? this.analysis.document(id) : undefined;
    const offset = editor ? editor.document.offsetAt(editor.selection.active) : -1;
    const inside = (x: Span) => x.start <= offset && offset < x.end;
    const keys = {
      [ContextKey.onLink]: !!d && linksAt(this.analysis.claims(), id!, offset).length > 0,
      [ContextKey.onQuote]: !!d && d.quotes.some(inside),
      [ContextKey.onName]: !!d && d.entities.some(inside),
      [ContextKey.onCorrection]: !!d && this.analysis.corrections().some((o) =>
        [o.at, o.other].some((p) => p && p.doc === id && inside(p))),
    };
    const sig = JSON.stringify(keys);
    if (sig === this.last) { return; }
    this.last = sig;
    for (const [k, v] of Object.entries(keys)) { void vscode.commands.executeCommand('setContext', k, v); }
  }

  dispose(): void { this.subs.forEach((s) => s.dispose()); }
}
