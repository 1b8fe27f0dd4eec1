// Finds the articles to analyse: the files given, and inside each folder the files matching the
// include globs, recursively, skipping dot-folders and node_modules. Safe against symlink loops
// (each real directory is visited once). Matching uses minimatch, the glob dialect VS Code users know.
// Reads stay inside each folder given: a link whose real target is outside it is skipped with a
// warning unless `followSymlinks` (--follow-symlinks) is set; links inside are followed, and a file
// reachable under two names is analysed once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { DEFAULT_INCLUDE } from '../core/defaults';
import { isInside, outsideLinkMessage, realpathOrNull } from './realPaths';

export interface WalkOptions {
  /** Globs relative to each folder given; files named directly are always taken. */
  include?: readonly string[];
  /** Follow links whose target is outside the folder given (default: skip them with a warning). */
  followSymlinks?: boolean;
}

export interface FoundFile {
  /** Absolute path. */
  absPath: string;
  /** Path relative to the report root, '/' separators. */
  relPath: string;
}

export interface WalkResult {
  /** The report root: the folder as given when exactly one folder was given, else '.'. */
  root: string;
  files: FoundFile[];
  warnings: string[];
}

export class PathError extends Error {
  constructor(readonly path: string, readonly code: string) {
    super(code === 'ENOENT' ? `no such file or directory: ${path}` : code === 'EACCES' ? `permission denied: ${path}` : `cannot read ${path} (${code})`);
  }
}

export function walkInputs(inputs: readonly string[], options: WalkOptions = {}): WalkResult {
  const matchers = (options.include?.length ? options.include : DEFAULT_INCLUDE).map((g) => new Minimatch(g, { dot: false, matchBase: !g.includes('/') }));
  const stats = inputs.map((p) => ({ p, st: statOrThrow(p) }));
  const singleFolder = stats.length === 1 && stats[0].st.isDirectory();
  const root = singleFolder ? inputs[0] : '.';
  const rootAbs = path.resolve(root);
  const files: FoundFile[] = [];
  const warnings: string[] = [];
  const seenFiles = new Set<string>();
  const add = (abs: string) => {
    const real = safeRealpath(abs) ?? abs;
    if (seenFiles.has(real)) { return; }
    seenFiles.add(real);
    files.push({ absPath: abs, relPath: toSlash(path.relative(rootAbs, abs)) || path.basename(abs) });
  };
  for (const { p, st } of stats) {
    if (!st.isDirectory()) {
      // A FIFO, socket or device named on the command line would block (or never end) on read.
      if (st.isFile()) { add(path.resolve(p)); } else { warnings.push(`skipped ${toSlash(p)}: not a regular file`); }
      continue;
    }
    const base = path.resolve(p);
    const baseReal = safeRealpath(base) ?? base;
    const visited = new Set<string>();
    const stack = [base];
    // Folders reached through a symlink wait until the real tree is walked, so a file reachable
    // both ways is reported under its real path.
    const linkedDirs: string[] = [];
    const found: string[] = [];
    const linkedFiles = new Set<string>();
    while (stack.length || linkedDirs.length) {
      const dir = stack.pop() ?? linkedDirs.shift()!;
      const real = safeRealpath(dir);
      if (!real || visited.has(real)) { continue; }
      visited.add(real);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        warnings.push(`cannot read directory ${toSlash(path.relative(process.cwd(), dir)) || '.'}: ${(e as NodeJS.ErrnoException).code ?? e}`);
        continue;
      }
      for (const ent of entries) {
        const abs = path.join(dir, ent.name);
        let isDir = ent.isDirectory();
        let isFile = ent.isFile();
        const link = ent.isSymbolicLink();
        if (link) {
          const target = safeStat(abs);
          if (!target) { warnings.push(`skipped broken link: ${toSlash(path.relative(base, abs))}`); continue; }
          const targetReal = safeRealpath(abs);
          if (!options.followSymlinks && (!targetReal || !isInside(baseReal, targetReal))) {
            // Said before the include globs are applied: a link out of the folder is worth knowing about
            // whatever its name (a link to /etc is not *.txt but would be walked).
            warnings.push(outsideLinkMessage(toSlash(path.relative(base, abs)), targetReal ?? '?', '--follow-symlinks'));
            continue;
          }
          isDir = target.isDirectory();
          isFile = target.isFile();
        }
        if (isDir) {
          if (!ent.name.startsWith('.') && ent.name !== 'node_modules') { (link ? linkedDirs : stack).push(abs); }
        } else if (isFile) {
          const rel = toSlash(path.relative(base, abs));
          if (matchers.some((m) => m.match(rel))) {
            found.push(abs);
            if (link) { linkedFiles.add(abs); }
          }
        }
      }
    }
    // Stable, human order regardless of readdir order.
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // A file linked under a second name is reported under its real name, whatever sorts first.
    const realNamed = new Set(found.filter((f) => !linkedFiles.has(f)).map((f) => safeRealpath(f) ?? f));
    for (const f of found) {
      if (linkedFiles.has(f) && realNamed.has(safeRealpath(f) ?? f)) { continue; }
      add(f);
    }
  }
  return { root, files, warnings };
}

function statOrThrow(p: string): fs.Stats {
  try {
    return fs.statSync(p);
  } catch (e) {
    throw new PathError(p, (e as NodeJS.ErrnoException).code ?? 'EIO');
  }
}

function safeStat(p: string): fs.Stats | null {
  try { return fs.statSync(p); } catch { return null; }
}

const safeRealpath = realpathOrNull;

function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

export interface CappedRead {
  bytes: Uint8Array;
  /** The file's size on disk; more than bytes.length when the read stopped at the cap. */
  size: number;
  truncated: boolean;
}

const READ_CHUNK = 1 << 20;

/**
 * Reads at most `maxBytes` of a file, chunk by chunk, so an oversized file is never read whole (a file
 * larger than a JS string or than memory only costs the cap). A read cut at the cap drops a UTF-8
 * sequence left incomplete at its end, which would otherwise make the decoder take the file for
 * Windows-1252.
 */
export function readFileCapped(absPath: string, maxBytes: number): CappedRead {
  const fd = fs.openSync(absPath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const chunks: Buffer[] = [];
    let total = 0;
    // Read past the size the stat gave: a file still being written may have grown.
    while (total < maxBytes) {
      const want = Math.min(READ_CHUNK, maxBytes - total);
      const buf = Buffer.allocUnsafe(want);
      const got = fs.readSync(fd, buf, 0, want, total);
      if (got === 0) { break; }
      chunks.push(got === want ? buf : buf.subarray(0, got));
      total += got;
    }
    let truncated = false;
    if (total >= maxBytes) {
      const probe = Buffer.alloc(1);
      truncated = fs.readSync(fd, probe, 0, 1, total) > 0;
    }
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return { bytes: truncated ? trimPartialUtf8(bytes) : bytes, size: Math.max(size, total), truncated };
  } finally {
    fs.closeSync(fd);
  }
}

/** Drops a UTF-8 sequence cut short at the end (a lead byte missing some of its continuation bytes). */
export function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) { continue; } // continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}
