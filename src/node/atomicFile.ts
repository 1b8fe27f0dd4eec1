import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Crash-safe file writes for user data (verdicts, notes, exported reports).
 *
 * A plain `writeFile` truncates the target first, so a crash or power cut mid-write leaves an empty or half
 * file (alefragnani/vscode-bookmarks#685). Here the data goes to a temporary file in the same directory (so
 * the final rename stays on one filesystem and is atomic), is fsynced, renamed over the target, and the
 * directory is fsynced so the rename itself survives a power cut. Readers see the old file or the new one,
 * never a mix.
 *
 * Hand-written rather than the `write-file-atomic` package: that package is not installed, and the whole
 * thing is ~40 lines of node:fs; the per-path queue below is what we need on top of it anyway.
 */

const queues = new Map<string, Promise<unknown>>();

/**
 * Writes `data` to `filePath` atomically. Calls for the same path are serialized (in call order), so two
 * saves racing each other can never interleave their renames out of order. Creates missing parent dirs.
 */
export function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const key = path.resolve(filePath);
  const previous = queues.get(key) ?? Promise.resolve();
  // Run after the previous write whether it failed or not; its caller already got its own rejection.
  const next = previous.then(
    () => writeNow(key, data),
    () => writeNow(key, data),
  );
  queues.set(key, next);
  // Drop the queue entry once idle so the map does not grow with every file ever written.
  const cleanup = (): void => {
    if (queues.get(key) === next) {
      queues.delete(key);
    }
  };
  next.then(cleanup, cleanup);
  return next;
}

/** Resolves when every write queued so far for `filePath` has settled (used by tests and on dispose). */
export async function flushWrites(filePath: string): Promise<void> {
  const pending = queues.get(path.resolve(filePath));
  if (pending) {
    await pending.catch(() => undefined);
  }
}

async function writeNow(target: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await fs.promises.mkdir(dir, { recursive: true });
  // Dot-prefixed and unique: never picked up by globs for articles, never colliding with a concurrent process.
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(temp, 'wx', await modeOf(target));
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.promises.rename(temp, target);
  } catch (err) {
    if (handle) {
      await handle.close().catch(() => undefined);
    }
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDir(dir);
}

/** Keeps the permissions of an existing target (rename would otherwise replace them with the default). */
async function modeOf(target: string): Promise<number> {
  try {
    return (await fs.promises.stat(target)).mode & 0o7777;
  } catch {
    return 0o666;
  }
}

async function syncDir(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a directory; the rename is still atomic there (MoveFileEx), just not
    // guaranteed durable across a power cut. Nothing better is available, so carry on.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Synchronous variant for process-exit paths where no event loop turn is left. Not queued. */
export function writeFileAtomicSync(filePath: string, data: string | Uint8Array): void {
  const target = path.resolve(filePath);
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o666);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) {
      try { fs.closeSync(fd); } catch { /* already failing */ }
    }
    fs.rmSync(temp, { force: true });
    throw err;
  }
  try {
    const dfd = fs.openSync(dir, 'r');
    try { fs.fsyncSync(dfd); } finally { fs.closeSync(dfd); }
  } catch {
    // See syncDir.
  }
}
