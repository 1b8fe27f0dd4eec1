// Reads stay inside the folder the user chose (issue 14): a symlink `passwd.txt -> /etc/passwd` or a
// link to a system directory inside an analysed folder must not be read. Both the CLI's walker and
// the editor's workspace scan ask here, on real paths, so `..` segments and chains of links resolve
// before the check.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** True when `real` is `folderReal` itself or below it. Both must be real (resolved) absolute paths. */
export function isInside(folderReal: string, real: string): boolean {
  const rel = path.relative(folderReal, real);
  if (rel === '') { return true; }
  // '..' exactly, or '../…'; a name that merely starts with dots ("..notes.txt") is inside
  return !path.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${path.sep}`);
}

/** The path segments of `p` below `folder` (both absolute; '..' segments when outside). */
export function segmentsBelow(folder: string, p: string): string[] {
  return path.relative(folder, p).split(path.sep);
}

export function realpathOrNull(p: string): string | null {
  try { return fs.realpathSync(p); } catch { return null; }
}

export async function realpathAsync(p: string): Promise<string | null> {
  try { return await fs.promises.realpath(p); } catch { return null; }
}

/** The warning for a link that points out of the folder (CLI and editor say the same). */
export function outsideLinkMessage(rel: string, target: string, how: string): string {
  return `skipped ${rel}: a link to ${target}, outside the folder (${how} to follow it)`;
}
