// Where a folder's annotation store lives, and the confinement of the `triangulate.annotations.file` setting
// to the folder: a workspace's settings must not make the extension write files elsewhere. Plain string
// rules (no `path` module), so the Node store and the workspace.fs store (web, virtual folders) share them.

export const DEFAULT_ANNOTATION_FILE = '.triangulate/annotations.json';

/** Absolute paths (POSIX, Windows drive or UNC), `~`, NUL and any `..` segment are refused (the default is
 *  used, with a message). Symlinks that lead out are caught by the Node store when writing. */
export function confineStorePath(relative: string | undefined): { relative: string; problem?: string } {
  const value = (relative ?? '').trim();
  if (!value) { return { relative: DEFAULT_ANNOTATION_FILE }; }
  const segments = value.split(/[\\/]+/);
  const bad = /^[\\/]/.test(value) || /^[a-zA-Z]:/.test(value) || value.startsWith('~')
    || value.includes('\0') || segments.includes('..') || segments[segments.length - 1] === '' || segments[segments.length - 1] === '.';
  if (!bad) { return { relative: value }; }
  return {
    relative: DEFAULT_ANNOTATION_FILE,
    problem: `Triangulate: the setting triangulate.annotations.file ("${value}") must name a file inside the workspace folder `
      + `(no absolute path, no ".."); using ${DEFAULT_ANNOTATION_FILE}.`,
  };
}
