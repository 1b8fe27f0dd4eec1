// Which workspace folders may have their plain .txt/.md files analysed. `.news` and `.article.txt` files are
// articles wherever they are; ordinary text files only in folders the user agreed to (asked once per folder,
// remembered in workspaceState), in folders configured with `triangulate.files.plainText: always`, or in
// folders that already hold a `.triangulate/` store. A folder that looks like a code repository is never
// asked about and never analysed silently; the explicit Analyze Workspace command still does it.
import * as vscode from 'vscode';
import { affects, readConfig } from './config';
import { classifyFolder, decideFolder, isArticleName, type FolderDecision, type PlainTextPolicy } from '../core/workspace/folderKind';

const MEMENTO_KEY = 'triangulate.folderConsent';
/** File names read to tell articles from code: enough to decide, cheap in a large repository. */
const CENSUS_LIMIT = 2000;

export type ConsentAnswer = 'yes' | 'no';

export interface ConsentOffer { folder: string; message: string }

export class FolderConsent implements vscode.Disposable {
  private readonly decisions = new Map<string, FolderDecision>();
  private readonly offered = new Set<string>();
  private readonly pending = new Map<string, (answer: ConsentAnswer | undefined) => void>();
  /** Every offer shown, in order (tests read them: an offer must appear once per folder). */
  readonly offers: ConsentOffer[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires when a folder's plain text files became (or stopped being) analysable. */
  readonly onDidChange = this.changeEmitter.event;
  private reviewing: Promise<void> = Promise.resolve();

  /** @param bundled folders shipped with the extension (the fictional sample corpus): analysed without asking. */
  private readonly subs: vscode.Disposable[];

  constructor(private readonly memento: vscode.Memento, private readonly bundled: readonly vscode.Uri[] = []) {
    this.subs = [this.changeEmitter, vscode.workspace.onDidChangeWorkspaceFolders(() => { void this.review(); })];
  }

  /** A changed `files.plainText` decides the folders again; at start-up the first review is run by start(). */
  onConfigurationChanged(e?: vscode.ConfigurationChangeEvent): void {
    if (e && affects(e, 'files.plainText')) { void this.review(); }
  }

  /** Whether this file may be analysed as far as consent goes (the include/exclude globs are checked elsewhere). */
  accepts(uri: vscode.Uri): boolean {
    if (isArticleName(uri.path)) { return true; }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) { return false; }
    return this.decisions.get(folder.uri.toString())?.analysePlain ?? false;
  }

  /** Resolves when the last review finished (tests, the first analysis). */
  whenReviewed(): Promise<void> { return this.reviewing; }

  /** Decides every folder again (start, folders or settings changed) and offers where that applies. */
  review(): Promise<void> {
    this.reviewing = this.reviewing.then(() => this.doReview());
    return this.reviewing;
  }

  /** The explicit Analyze Workspace command: the user asked, so every folder of the workspace is analysed. */
  async grantAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const undecided = folders.filter((f) => !this.decisions.get(f.uri.toString())?.analysePlain && policyOf(f) !== 'never');
    if (!undecided.length) { return; }
    await this.remember(undecided.map((f) => f.uri.toString()), 'yes');
    await this.review();
  }

  /** Answers an open offer as if its button had been clicked (tests; a notification cannot be clicked from the API). */
  respond(folder: vscode.Uri, answer: ConsentAnswer | undefined): boolean {
    const resolve = this.pending.get(folder.toString());
    resolve?.(answer);
    return !!resolve;
  }

  private async doReview(): Promise<void> {
    const stored = this.stored();
    let changed = false;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const key = folder.uri.toString();
      const policy = this.isBundled(folder.uri) ? 'always' : policyOf(folder);
      const remembered = stored[key];
      // The census is only needed when the answer is still open.
      const needsCensus = policy === 'ask' && !remembered;
      const hasStore = needsCensus && await exists(vscode.Uri.joinPath(folder.uri, '.triangulate'));
      const kind = needsCensus && !hasStore ? await folderKind(folder) : 'none';
      const decision = decideFolder({ policy, remembered, hasStore, kind });
      const before = this.decisions.get(key);
      this.decisions.set(key, decision);
      // The first decision is not a change: the first analysis waits for the review (see extension.ts).
      if (before && before.analysePlain !== decision.analysePlain) { changed = true; }
      if (decision.offer && !this.offered.has(key)) { this.offer(folder); }
    }
    if (changed) { this.changeEmitter.fire(); }
  }

  private offer(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.offered.add(key);
    const many = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const message = many
      ? vscode.l10n.t('Analyse the articles in the folder {0} with Triangulate?', folder.name)
      : vscode.l10n.t('Analyse the articles in this folder with Triangulate?');
    this.offers.push({ folder: key, message });
    const yes = vscode.l10n.t('Yes');
    const no = vscode.l10n.t('Not in this folder');
    const clicked = new Promise<ConsentAnswer | undefined>((resolve) => {
      this.pending.set(key, resolve);
      void vscode.window.showInformationMessage(message, yes, no)
        .then((pick) => resolve(pick === yes ? 'yes' : pick === no ? 'no' : undefined));
    });
    void clicked.then(async (answer) => {
      this.pending.delete(key);
      // Dismissed without an answer: not asked again in this window, asked again next time.
      if (!answer) { return; }
      await this.remember([key], answer);
      await this.review();
    });
  }

  private isBundled(uri: vscode.Uri): boolean {
    return this.bundled.some((b) => uri.scheme === b.scheme && `${uri.path}/`.startsWith(`${b.path.replace(/\/$/, '')}/`));
  }

  private stored(): Record<string, ConsentAnswer> {
    return this.memento.get<Record<string, ConsentAnswer>>(MEMENTO_KEY) ?? {};
  }

  private async remember(folders: string[], answer: ConsentAnswer): Promise<void> {
    const next = { ...this.stored() };
    folders.forEach((f) => { next[f] = answer; });
    await this.memento.update(MEMENTO_KEY, next);
  }

  /** What was remembered for a folder (tests). */
  rememberedFor(folder: vscode.Uri): ConsentAnswer | undefined { return this.stored()[folder.toString()]; }

  dispose(): void {
    this.pending.forEach((resolve) => resolve(undefined));
    this.subs.forEach((d) => d.dispose());
  }
}

function policyOf(folder: vscode.WorkspaceFolder): PlainTextPolicy {
  return readConfig(folder).plainText;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

async function folderKind(folder: vscode.WorkspaceFolder): Promise<ReturnType<typeof classifyFolder>> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'),
    new vscode.RelativePattern(folder, '{**/node_modules/**,**/.git/**,**/.triangulate/**}'), CENSUS_LIMIT);
  return classifyFolder(uris.map((u) => vscode.workspace.asRelativePath(u, false)));
}
