// The store's cross-process lock: exclusive, taken over when its owner died or stopped refreshing it,
// waited for (then refused with a message) while its owner is alive, and invisible to git.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LockTimeoutError, withFileLock } from '../../src/node/fileLock';

describe('withFileLock', () => {
  let dir: string;
  let lock: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-lock-'));
    lock = path.join(dir, 'annotations.json.lock');
  });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  const plant = (owner: { pid: number; host: string }, ageMs = 0): void => {
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'owner'), JSON.stringify({ ...owner, token: 'planted', since: '2026-01-01T00:00:00.000Z' }));
    const t = new Date(Date.now() - ageMs);
    fs.utimesSync(lock, t, t);
  };

  it('is exclusive: 20 concurrent holders never overlap, and nothing is left behind', async () => {
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(Array.from({ length: 20 }, (_, i) => withFileLock(lock, async (owned) => {
      inside++;
      most = Math.max(most, inside);
      assert.equal(await owned(), true);
      assert.deepEqual(fs.readdirSync(lock).sort(), ['.gitignore', 'owner']);
      await new Promise((r) => setTimeout(r, 2));
      order.push(i);
      inside--;
    })));
    assert.equal(most, 1);
    assert.deepEqual([...order].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('a lock whose owner process is gone (same host) is taken over at once', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    plant({ pid: Number(dead), host: os.hostname() });
    assert.equal(await withFileLock(lock, async () => 'ran', { timeoutMs: 2000 }), 'ran');
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('a lock not refreshed for staleMs is taken over (an owner on another host, say)', async () => {
    plant({ pid: 1, host: 'another-host' }, 60_000);
    assert.equal(await withFileLock(lock, async () => 'ran', { staleMs: 10_000, timeoutMs: 2000 }), 'ran');
  });

  it('a live, fresh lock is waited for, then refused with who holds it', async () => {
    plant({ pid: process.pid, host: os.hostname() });
    await assert.rejects(withFileLock(lock, async () => 'ran', { staleMs: 60_000, timeoutMs: 150 }), (e: Error) =>
      e instanceof LockTimeoutError && e.message === `${lock} is held by process ${process.pid} on ${os.hostname()} since 2026-01-01T00:00:00.000Z`);
    assert.equal(fs.existsSync(lock), true, 'not ours to remove');
  });

  it('git does not see a lock left behind (its own .gitignore of *)', async () => {
    assert.equal(spawnSync('git', ['init', '-q'], { cwd: dir }).status, 0);
    await withFileLock(lock, async () => {
      const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir }).stdout.toString();
      assert.equal(status, '');
    });
  });
});
