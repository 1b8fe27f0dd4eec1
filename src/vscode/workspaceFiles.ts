// Which files are articles: the include/exclude globs and size limit from the settings, per
// workspace folder (multi-root), and reading + decoding them without blocking.
import { minimatch } from 'minimatch';
import * as vscode from 'vscode';
import { decodeText, repairedLinesMessage, type TextEncodingName } from '../core/text/decode';
import { readConfig } from './config';
import { isInside, outsideLinkMessage, realpathAsync, segmentsBelow } from '../node/realPaths';

export interface ReadResult {
  text: string;
  encoding: TextEncodingName;
  /** Set when the file was cut to the size limit or skipped. */
  warning?: string;
}

function excludeGlob(patterns: string[]): string | undefined {
  return patterns.length ? `{${patterns.join(',')}}` : undefined;
}

export interface ArticleFiles {
  /** Sorted by uri for a stable order. */
  uris: vscode.Uri[];
  /** Links skipped because they point outside their workspace folder. */
  warnings: string[];
}

const FOLLOW_HINT = 'set triangulate.followExternalSymlinks';

/** Every article file in every workspace folder. findFiles follows symlinks (search.followSymlinks),
 *  so on disk each hit is resolved: a file whose real path is outside its folder is skipped with a
 *  warning (unless triangulate.followExternalSymlinks), and a file found under two names inside the
 *  folder is kept once, under its real name. Virtual file systems have no links to resolve. */
export async function findArticleFiles(token?: vscode.CancellationToken): Promise<ArticleFiles> {
  const found = new Map<string, vscode.Uri>();
  const warnings: string[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const cfg = readConfig(folder);
    const exclude = excludeGlob(cfg.exclude);
    const inFolder = new Map<string, vscode.Uri>();
    for (const include of cfg.include) {
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, include),
        exclude && new vscode.RelativePattern(folder, exclude),
        undefined,
        token,
      );
      uris.forEach((u) => inFolder.set(u.toString(), u));
    }
    if (folder.uri.scheme !== 'file') {
      inFolder.forEach((u, k) => found.set(k, u));
      continue;
    }
    const folderReal = (await realpathAsync(folder.uri.fsPath)) ?? folder.uri.fsPath;
    const byReal = new Map<string, vscode.Uri>();
    const sorted = [...inFolder.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    // resolved 64 at a time: one await per file would serialise thousands of syscalls
    const reals: Array<string | null> = [];
    for (let i = 0; i < sorted.length; i += 64) {
      reals.push(...await Promise.all(sorted.slice(i, i + 64).map((u) => realpathAsync(u.fsPath))));
    }
    for (let i = 0; i < sorted.length; i++) {
      const u = sorted[i];
      const real = reals[i];
      if (!real) { continue; } // vanished, or a broken link
      if (!cfg.followExternalSymlinks && !isInside(folderReal, real)) {
        warnings.push(outsideLinkMessage(vscode.workspace.asRelativePath(u, false), real, FOLLOW_HINT));
        continue;
      }
      const seen = byReal.get(real);
      // the real name wins over a link's name, whichever sorts first
      if (!seen || (seen.fsPath !== real && u.fsPath === real)) { byReal.set(real, u); }
    }
    byReal.forEach((u) => found.set(u.toString(), u));
  }
  return { uris: [...found.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : 1)), warnings };
}

/** What a file on disk is a link to, read with one pair of real-path look-ups: `outside`, the warning when it is
 *  a link out of its workspace folder (and following is off); `secondName`, the real file's uri when it is a
 *  second name of a file inside the folder, which the workspace scan analyses instead (the watcher and the
 *  editor ask here, so a link created after the scan is not analysed under its own name either). Neither when
 *  the uri is the file's own name (also when the folder itself sits under a link), or not on disk. */
export async function linkOf(uri: vscode.Uri): Promise<{ outside?: string; secondName?: vscode.Uri }> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (uri.scheme !== 'file' || !folder || folder.uri.scheme !== 'file') { return {}; }
  const real = await realpathAsync(uri.fsPath);
  if (!real) { return {}; }
  const folderReal = (await realpathAsync(folder.uri.fsPath)) ?? folder.uri.fsPath;
  if (!isInside(folderReal, real)) {
    return readConfig(folder).followExternalSymlinks ? {} : { outside: outsideLinkMessage(vscode.workspace.asRelativePath(uri, false), real, FOLLOW_HINT) };
  }
  const relReal = segmentsBelow(folderReal, real);
  if (relReal.join('/') === segmentsBelow(folder.uri.fsPath, uri.fsPath).join('/')) { return {}; }
  return { secondName: vscode.Uri.joinPath(folder.uri, ...relReal) };
}

/** Whether one uri is an article under the current settings (for watcher and rename events,
 *  where a full findFiles would be far too slow). */
export function isArticleFile(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) { return false; }
  const cfg = readConfig(folder);
  const rel = vscode.workspace.asRelativePath(uri, false);
  const opts = { dot: true, nocase: process.platform === 'win32' };
  return cfg.include.some((g) => minimatch(rel, g, opts)) && !cfg.exclude.some((g) => minimatch(rel, g, opts));
}

/** Reads and decodes a file as VS Code would show it; cuts it at the size limit with a warning. */
export async function readArticle(uri: vscode.Uri): Promise<ReadResult | undefined> {
  const cfg = readConfig(uri);
  const bytes = await vscode.workspace.fs.readFile(uri);
  const decoded = decodeText(bytes);
  if (decoded.binary) { return undefined; }
  const limit = cfg.maxFileSizeKB * 1024;
  const repaired = decoded.repairedLines?.length ? repairedLinesMessage(vscode.workspace.asRelativePath(uri), decoded.repairedLines) : undefined;
  if (bytes.length > limit) {
    const cut = `${vscode.workspace.asRelativePath(uri)} is larger than ${cfg.maxFileSizeKB} KB; only the first ${cfg.maxFileSizeKB} KB were analysed.`;
    return { text: decoded.text.slice(0, limit), encoding: decoded.encoding, warning: repaired ? `${cut} ${repaired}` : cut };
  }
  return { text: decoded.text, encoding: decoded.encoding, warning: repaired };
}

/** Editor text wins over disk, but it must still be cut at the limit like a read file. */
export function limitText(text: string, uri: vscode.Uri): string {
  const limit = readConfig(uri).maxFileSizeKB * 1024;
  return text.length > limit ? text.slice(0, limit) : text;
}
