// Which files are articles: the include/exclude globs and size limit from the settings, per
// workspace folder (multi-root), and reading + decoding them without blocking.
import { minimatch } from 'minimatch';
import * as vscode from 'vscode';
import { decodeText, type TextEncodingName } from '../core/text/decode';
import { readConfig } from './config';

export interface ReadResult {
  text: string;
  encoding: TextEncodingName;
  /** Set when the file was cut to the size limit or skipped. */
  warning?: string;
}

function excludeGlob(patterns: string[]): string | undefined {
  return patterns.length ? `{${patterns.join(',')}}` : undefined;
}

/** Every article file in every workspace folder, sorted by uri for a stable order. */
export async function findArticleFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const cfg = readConfig(folder);
    const exclude = excludeGlob(cfg.exclude);
    for (const include of cfg.include) {
      const uris = await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, include),
        exclude && new vscode.RelativePattern(folder, exclude),
        undefined,
        token,
      );
      uris.forEach((u) => found.set(u.toString(), u));
    }
  }
  return [...found.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
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
  if (bytes.length > limit) {
    return {
      text: decoded.text.slice(0, limit),
      encoding: decoded.encoding,
      warning: `${vscode.workspace.asRelativePath(uri)} is larger than ${cfg.maxFileSizeKB} KB; only the first ${cfg.maxFileSizeKB} KB were analysed.`,
    };
  }
  return { text: decoded.text, encoding: decoded.encoding };
}

/** Editor text wins over disk, but it must still be cut at the limit like a read file. */
export function limitText(text: string, uri: vscode.Uri): string {
  const limit = readConfig(uri).maxFileSizeKB * 1024;
  return text.length > limit ? text.slice(0, limit) : text;
}
