import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomic, writeFileAtomicSync, flushWrites } from '../../src/node/atomicFile';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tri-atomic-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('creates parent directories and writes the exact bytes, leaving no temp file', async () => {
    const target = path.join(dir, 'a', 'b', 'x.json');
    await writeFileAtomic(target, '{"v":1}');
    assert.equal(fs.readFileSync(target, 'utf8'), '{"v":1}');
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['x.json']);
  });

  it('serializes writes to one path in call order: the last call wins', async () => {
    const target = path.join(dir, 'q.json');
    const writes = Array.from({ length: 50 }, (_, i) => writeFileAtomic(target, JSON.stringify({ i })));
    await Promise.all(writes);
    assert.equal(fs.readFileSync(target, 'utf8'), '{"i":49}');
    assert.deepEqual(fs.readdirSync(dir), ['q.json']);
  });

  it('a failing write rejects its own caller but does not block the queue', async () => {
    const target = path.join(dir, 'f.json');
    fs.mkdirSync(path.join(dir, 'blocker'));
    const bad = writeFileAtomic(path.join(dir, 'blocker'), 'x'); // rename onto a directory fails
    const good = writeFileAtomic(target, 'ok');
    await assert.rejects(bad);
    await good;
    await flushWrites(target);
    assert.equal(fs.readFileSync(target, 'utf8'), 'ok');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['blocker', 'f.json']);
  });

  it('sync variant replaces the file content', () => {
    const target = path.join(dir, 's.json');
    fs.writeFileSync(target, 'old');
    writeFileAtomicSync(target, 'new');
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
    assert.deepEqual(fs.readdirSync(dir), ['s.json']);
  });
});
