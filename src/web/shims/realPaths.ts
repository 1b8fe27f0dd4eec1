// src/node/realPaths in the web build: a browser reaches files only through workspace.fs, which has no
// symlinks to resolve (the workspace scan checks real paths only for `file:` folders on Node).
export function isInside(_folderReal: string, _real: string): boolean { return true; }
export function segmentsBelow(_folder: string, _p: string): string[] { return []; }
export function realpathOrNull(_p: string): string | null { return null; }
export async function realpathAsync(_p: string): Promise<string | null> { return null; }
export function outsideLinkMessage(rel: string, target: string, how: string): string {
  return `skipped ${rel}: a link to ${target}, outside the folder (${how} to follow it)`;
}
