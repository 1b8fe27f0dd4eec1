// The Fact matrix panel: a webview drawing core's factMatrix of the cached model (nothing is analysed
// here), redrawn when the analysis changes, restored after a reload (a WebviewPanelSerializer; the
// model is rebuilt from the cache, so nothing needs saving but the page's own state). A click in the
// page asks to open a passage; the request is checked against the model before anything opens.
import * as vscode from 'vscode';
import type { Claim, DocumentAnalysis, Story } from '../../core/model';
import { factMatrix, type FactMatrix } from '../../core/views/factMatrix';
import { factMatrixBody, factMatrixDocument } from '../../core/views/factMatrixHtml';
import type { AnalysisChange } from '../analysisService';
import { CommandId } from '../commands/commandIds';
import { revealPassage } from '../commands/passageArgs';
import { uriOf } from '../convert';

export const FACT_MATRIX_VIEW_TYPE = 'triangulate.factMatrix';

/** The slice of the analysis service the matrix reads. */
export interface MatrixSource {
  documents(): DocumentAnalysis[];
  claims(): Claim[];
  stories(): Story[];
  readonly hasAnalysis: boolean;
  readonly onDidChangeAnalysis: vscode.Event<AnalysisChange>;
}

/** What the page shows, as its script reads it back from the DOM (media/factMatrix.js, `rendered`). */
export interface RenderedMatrix {
  groups: Array<{
    story: string; heading: string; columns: string[];
    rows: Array<{ id: string; subject: string; cells: string[]; titles: string[] }>;
    timelines: Array<{ id: string; hidden: boolean; entries: string[] }>;
    empty: string;
  }>;
  message: string;
  active: number;
  focus: { story: string; row: string; timeline: boolean; col: number; text: string } | null;
  focusable: number;
  tabindex: number;
  csp: string;
}

export class FactMatrixPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private model: FactMatrix | undefined;
  private ready = false;
  /** The analysis changed while the page was away (hidden or loading): rebuild when it is back. */
  private dirty = false;
  /** The model the panel's document (webview.html) was written with: what a reloaded page shows first. */
  private inDocument: FactMatrix | undefined;
  private readonly waiting = new Map<number, (m: RenderedMatrix) => void>();
  private readonly readyWaiters: Array<() => void> = [];
  private nextId = 1;
  private readonly parts: vscode.Disposable[] = [];
  private panelParts: vscode.Disposable[] = [];

  constructor(private readonly source: MatrixSource, private readonly extensionUri: vscode.Uri) {
    this.parts.push(source.onDidChangeAnalysis(() => this.update()));
  }

  /** The open panel, if any (tests read it). */
  get current(): vscode.WebviewPanel | undefined { return this.panel; }

  /** Shows the matrix, creating its panel if none is open. */
  open(): vscode.WebviewPanel {
    if (this.panel) { this.panel.reveal(undefined, false); return this.panel; }
    const panel = vscode.window.createWebviewPanel(FACT_MATRIX_VIEW_TYPE, vscode.l10n.t('Fact Matrix'), vscode.ViewColumn.Active, this.options());
    this.adopt(panel);
    return panel;
  }

  /** Takes over a panel: a new one, or one VS Code restores after a reload. */
  adopt(panel: vscode.WebviewPanel): void {
    this.panelParts.forEach((d) => d.dispose());
    this.panel?.dispose();
    this.panel = panel;
    this.ready = false;
    panel.webview.options = this.options();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'triangulate.svg');
    this.panelParts = [
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidChangeViewState(() => { if (!panel.visible) { this.ready = false; } }),
      panel.onDidDispose(() => {
        if (this.panel !== panel) { return; }
        this.panel = undefined;
        this.panelParts.forEach((d) => d.dispose());
        this.panelParts = [];
      }),
    ];
    this.model = this.build();
    this.dirty = false;
    this.inDocument = this.model;
    panel.webview.html = this.page(panel.webview);
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    // only media/ is reachable from the page (its script and style); no command links. Ctrl+F finds a fact.
    return { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
  }

  private build(): FactMatrix | undefined {
    return this.source.hasAnalysis ? factMatrix(this.source.documents(), this.source.claims(), this.source.stories()) : undefined;
  }

  private page(webview: vscode.Webview): string {
    const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', f)).toString();
    return factMatrixDocument(this.model, {
      nonce: nonce(), cspSource: webview.cspSource,
      scriptUri: media('factMatrix.js'), styleUri: media('factMatrix.css'),
    });
  }

  /** Rebuilds the model and redraws the page in place. A hidden page is gone (its context is not kept:
   *  the model is cheap to draw again, ~0.25 s for wikiref220's 12,000 cells); VS Code loads it again
   *  when it is shown, and its script's "ready" brings the model then, rebuilt only if the analysis
   *  changed meanwhile. */
  private update(): void {
    if (!this.panel) { return; }
    if (!this.ready) { this.dirty = true; return; }
    this.model = this.build();
    this.draw();
  }

  private draw(): void {
    void this.panel?.webview.postMessage({ type: 'render', html: factMatrixBody(this.model) });
  }

  /** The model drawn last (tests compare the page with it). */
  matrix(): FactMatrix | undefined { return this.model; }

  private onMessage(m: unknown): void {
    if (!m || typeof m !== 'object') { return; }
    const msg = m as Record<string, unknown>;
    if (msg.type === 'ready') {
      this.ready = true;
      // a page shown again after hiding starts from the document written when the panel opened
      if (this.dirty) { this.model = this.build(); this.dirty = false; }
      if (this.model !== this.inDocument) { this.draw(); }
      this.readyWaiters.splice(0).forEach((f) => f());
    } else if (msg.type === 'rendered' && typeof msg.id === 'number') {
      const f = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      f?.(msg.matrix as RenderedMatrix);
    } else if (msg.type === 'open') {
      const t = this.target(msg);
      if (t) { void revealPassage({ uri: uriOf(t.doc), start: t.start, end: t.end }, false, vscode.ViewColumn.Beside); }
    }
  }

  /** A passage the page may open: one a cell or a timeline entry of the current model points at, nothing else. */
  private target(msg: Record<string, unknown>): { doc: string; start: number; end: number } | undefined {
    const { doc, start, end } = msg;
    if (typeof doc !== 'string' || typeof start !== 'number' || typeof end !== 'number') { return undefined; }
    const known = this.model?.groups.some((g) => g.rows.some((r) => [...r.cells.flatMap((c) => (c.open ? [c.open] : [])), ...(r.timeline ?? []).map((t) => t.open)]
      .some((o) => o.doc === doc && o.start === start && o.end === end)));
    return known ? { doc, start, end } : undefined;
  }

  /** Resolves once the page's script has started. */
  private whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((r) => this.readyWaiters.push(r));
  }

  private ask(message: Record<string, unknown>): Promise<RenderedMatrix> {
    const panel = this.panel;
    if (!panel) { return Promise.reject(new Error('the Fact matrix is not open')); }
    return this.whenReady().then(() => new Promise((resolve) => {
      const id = this.nextId++;
      this.waiting.set(id, resolve);
      void panel.webview.postMessage({ ...message, id });
    }));
  }

  /** What the page shows, read back from its DOM (for tests: it only reports). */
  rendered(): Promise<RenderedMatrix> { return this.ask({ type: 'rendered' }); }

  /** Presses a key in the page, on the item at `focus` if given (for tests: the page's own key handler runs). */
  press(key: string, focus?: { story: string; row: string; col: number }): Promise<RenderedMatrix> {
    return this.ask({ type: 'key', key, ...(focus ? { focus } : {}) });
  }

  dispose(): void {
    this.panel?.dispose();
    this.parts.forEach((d) => d.dispose());
  }
}

/** The command, and the serializer that brings the panel back after a reload. */
export function registerFactMatrix(matrix: FactMatrixPanel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandId.openFactMatrix, () => { matrix.open(); }),
    vscode.window.registerWebviewPanelSerializer(FACT_MATRIX_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => { matrix.adopt(panel); },
    }),
  ];
}

/** A fresh CSP nonce (Web Crypto: the same in Node and in the web build). */
function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
