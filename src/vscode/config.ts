// Typed settings: the only module that knows the `triangulate.*` setting names and defaults.
import * as vscode from 'vscode';
import type { PlainTextPolicy } from '../core/workspace/folderKind';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE_KB } from '../core/defaults';

export interface TriangulateConfig {
  include: string[];
  exclude: string[];
  /** Plain .txt/.md files: ask once per folder, always or never analysed (see folderConsent.ts). */
  plainText: PlainTextPolicy;
  maxFileSizeKB: number;
  /** Read files through links that point outside the workspace folder. */
  followExternalSymlinks: boolean;
  decorations: { quotes: boolean; figures: boolean; entities: boolean; boilerplate: boolean; maxPerFile: number };
  debounceMs: number;
  workerThreshold: number;
  autoAnalyze: boolean;
}

export function readConfig(scope?: vscode.ConfigurationScope): TriangulateConfig {
  const c = vscode.workspace.getConfiguration('triangulate', scope);
  // Window and machine settings are read without the resource: VS Code warns in the extension log for every
  // window-scoped setting read through a resource scope (and the value is the same).
  const w = vscode.workspace.getConfiguration('triangulate');
  return {
    include: c.get<string[]>('files.include', [...DEFAULT_INCLUDE]),
    exclude: c.get<string[]>('files.exclude', [...DEFAULT_EXCLUDE]),
    plainText: plainTextPolicy(c.get<string>('files.plainText', 'ask')),
    maxFileSizeKB: c.get<number>('files.maxFileSizeKB', DEFAULT_MAX_FILE_SIZE_KB),
    followExternalSymlinks: w.get<boolean>('followExternalSymlinks', false),
    decorations: {
      quotes: w.get<boolean>('decorations.quotes', true),
      figures: w.get<boolean>('decorations.figures', true),
      entities: w.get<boolean>('decorations.entities', true),
      boilerplate: w.get<boolean>('decorations.boilerplate', true),
      maxPerFile: w.get<number>('decorations.maxPerFile', 3000),
    },
    debounceMs: c.get<number>('analysis.debounceMs', 300),
    workerThreshold: w.get<number>('analysis.workerThreshold', 0),
    autoAnalyze: w.get<boolean>('analysis.autoAnalyze', true),
  };
}

function plainTextPolicy(v: string): PlainTextPolicy {
  return v === 'always' || v === 'never' ? v : 'ask';
}

/** Where verdicts and notes are stored, relative to each workspace folder (`triangulate.annotations.file`). */
export function annotationsFile(scope?: vscode.ConfigurationScope): string {
  return vscode.workspace.getConfiguration('triangulate', scope).get<string>('annotations.file', '.triangulate/annotations.json');
}

/** The author recorded on new verdicts and notes; empty when unset (`triangulate.annotations.author`). */
export function annotationsAuthor(): string {
  return vscode.workspace.getConfiguration('triangulate').get<string>('annotations.author', '');
}

/** True when the change touches `triangulate.<section>` (or when there is no event: start-up). */
export function affects(e: vscode.ConfigurationChangeEvent | undefined, section: string): boolean {
  return !e || e.affectsConfiguration(`triangulate.${section}`);
}

export type DecorationToggle = 'quotes' | 'figures' | 'entities';

/** Flip a decoration toggle where it is currently decided (workspace setting if one exists, else user). */
export async function toggleSetting(name: DecorationToggle): Promise<boolean> {
  const c = vscode.workspace.getConfiguration('triangulate');
  const key = `decorations.${name}`;
  const info = c.inspect<boolean>(key);
  const next = !c.get<boolean>(key, true);
  const target = info?.workspaceFolderValue !== undefined
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : info?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await c.update(key, next, target);
  return next;
}
