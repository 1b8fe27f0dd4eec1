// A lock beside a file, shared by every process that writes it (two VS Code windows on one folder, the
// extension and a script), so read-merge-write of the store is one step: nobody renames a file over a
// version they have not read.
//
// The lock is a directory (`mkdir` is atomic on every local and network file system, where O_EXCL is not
// on old NFS) holding an `owner` record. It is stale when its owner process is gone (same host) or it was
// not refreshed for `staleMs` (the holder touches it while working), so a crash never blocks the store.
// The directory also holds a `.gitignore` of `*`, so a lock left by a crash never shows in `git status`.
//
// Hand-written rather than `proper-lockfile` (same mkdir + mtime design): that package is not installed
// here, and this is the one place it would be used; ~100 lines of node:fs.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface LockOptions {
  /** A lock not refreshed for this long is taken over (ms). */
  staleMs?: number;
  /** Give up waiting after this long (ms). */
  timeoutMs?: number;
}

interface Owner { pid: number; host: string; token: string; since: string }

export class LockTimeoutError extends Error {}

/** Runs `fn` while holding the lock `lockPath`; `stillOwned()` tells whether nobody took it over meanwhile. */
export async function withFileLock<T>(
  lockPath: string,
  fn: (stillOwned: () => Promise<boolean>) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const staleMs = options.staleMs ?? 10_000;
  const token = await acquire(lockPath, staleMs, options.timeoutMs ?? 30_000);
  const refresh = setInterval(() => {
    const t = new Date();
    fs.promises.utimes(lockPath, t, t).catch(() => undefined);
  }, Math.max(50, staleMs / 3));
  refresh.unref();
  try {
    return await fn(async () => (await readOwner(lockPath))?.token === token);
  } finally {
    clearInterval(refresh);
    await release(lockPath, token);
  }
}

async function acquire(lockPath: string, staleMs: number, timeoutMs: number): Promise<string> {
  const token = randomBytes(8).toString('hex');
  const start = Date.now();
  let wait = 2;
  await fs.promises.mkdir(path.dirname(lockPath), { recursive: true });
  for (;;) {
    try {
      await fs.promises.mkdir(lockPath);
      const owner: Owner = { pid: process.pid, host: os.hostname(), token, since: new Date().toISOString() };
      await fs.promises.writeFile(path.join(lockPath, 'owner'), JSON.stringify(owner));
      await fs.promises.writeFile(path.join(lockPath, '.gitignore'), '# a lock of Triangulate\'s store, normally gone at once\n*\n');
      return token;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') { throw e; }
    }
    const owner = await readOwner(lockPath);
    if (await isStale(lockPath, owner, staleMs)) {
      await breakLock(lockPath, owner);
      continue;
    }
    if (Date.now() - start > timeoutMs) {
      throw new LockTimeoutError(`${lockPath} is held by process ${owner?.pid ?? '?'} on ${owner?.host ?? '?'} since ${owner?.since ?? '?'}`);
    }
    await new Promise((r) => setTimeout(r, wait + Math.random() * wait));
    wait = Math.min(wait * 2, 40);
  }
}

async function readOwner(lockPath: string): Promise<Owner | undefined> {
  try {
    return JSON.parse(await fs.promises.readFile(path.join(lockPath, 'owner'), 'utf8')) as Owner;
  } catch {
    return undefined; // gone, or mkdir done and owner not written yet
  }
}

async function isStale(lockPath: string, owner: Owner | undefined, staleMs: number): Promise<boolean> {
  if (owner && owner.host === os.hostname() && !processAlive(owner.pid)) { return true; }
  try {
    return Date.now() - (await fs.promises.stat(lockPath)).mtimeMs > staleMs;
  } catch {
    return false; // released meanwhile: just retry
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Moves the stale lock aside (rename is atomic: of two processes breaking it, one wins) and deletes it.
 * If what got moved is not the lock judged stale (its owner re-took it in between), it is put back.
 */
async function breakLock(lockPath: string, judged: Owner | undefined): Promise<void> {
  const aside = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await fs.promises.rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (judged && moved && moved.token !== judged.token) {
    try { await fs.promises.rename(aside, lockPath); return; } catch { /* a new lock is already there */ }
  }
  await fs.promises.rm(aside, { recursive: true, force: true });
}

async function release(lockPath: string, token: string): Promise<void> {
  if ((await readOwner(lockPath))?.token !== token) { return; } // taken over as stale: not ours to delete
  const aside = `${lockPath}.released-${token}`;
  try {
    await fs.promises.rename(lockPath, aside);
  } catch {
    return;
  }
  await fs.promises.rm(aside, { recursive: true, force: true });
}
