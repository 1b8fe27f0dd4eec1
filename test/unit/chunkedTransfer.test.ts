// Worker -> host results in transferred V8 chunks (src/node/chunkedTransfer.ts): the list comes back
// whole and in order, open intervals and missing fields intact, cut in chunks near the size aimed at,
// and every chunk's buffer can be transferred through a real message port.
import * as assert from 'assert';
import { MessageChannel } from 'node:worker_threads';
import { packList, transferables, unpackList } from '../../src/node/chunkedTransfer';
import { unpackResult } from '../../src/vscode/analysisEngine';
import { packResult } from '../../src/vscode/analysisWorker';

const item = (i: number) => ({ id: `c${i}`, text: `Storm Iris killed ${i} people in Port Calder.`, value: { lo: i, hi: Infinity }, note: undefined as string | undefined });
const noPause = () => Promise.resolve();

describe('chunked transfer of worker results', () => {
  it('round-trips a list in order, with Infinity and undefined kept', async () => {
    const items = Array.from({ length: 5000 }, (_, i) => item(i));
    const chunks = packList(items, 16 * 1024);
    assert.ok(chunks.length > 10, `${chunks.length} chunks`);
    const back = await unpackList<ReturnType<typeof item>>(chunks, noPause);
    assert.deepStrictEqual(back, items);
    assert.strictEqual(back[7].value.hi, Infinity);
    assert.ok('note' in back[7]);
  });

  it('cuts chunks near the size aimed at, and one item larger than it alone', () => {
    const items = Array.from({ length: 3000 }, (_, i) => item(i));
    const sizes = packList(items, 16 * 1024).map((c) => c.byteLength);
    // the first chunk (16 items) measures the bytes per item; every later one but the last is
    // within a factor of two of the aim
    for (const s of sizes.slice(1, -1)) { assert.ok(s > 4 * 1024 && s <= 32 * 1024, `chunk of ${s} bytes`); }
    const big = { id: 'big', text: 'x'.repeat(100_000) };
    const withBig = packList([item(1), big, item(2)], 16 * 1024);
    assert.ok(withBig.some((c) => c.byteLength > 100_000));
  });

  it('an empty list is no chunk at all', async () => {
    assert.deepStrictEqual(packList([]), []);
    assert.deepStrictEqual(await unpackList([], noPause), []);
  });

  it('pauses between chunks, not before the first', async () => {
    const chunks = packList(Array.from({ length: 2000 }, (_, i) => item(i)), 8 * 1024);
    let pauses = 0;
    await unpackList(chunks, async () => { pauses++; });
    assert.strictEqual(pauses, chunks.length - 1);
  });

  it('a packed result crosses a real message port with its buffers transferred', async () => {
    const documents = [{ id: 'a.txt', text: 'one' }, { id: 'b.txt', text: 'two' }];
    const claims = Array.from({ length: 4000 }, (_, i) => item(i));
    const packed = packResult({ type: 'result', reqId: 7, documents: documents as never, claims: claims as never, stories: [{ id: 's1', documents: ['a.txt', 'b.txt'] }] as never, cache: { hits: 1, misses: 2 } });
    const buffers = transferables(packed.documents, packed.claims, packed.stories);
    assert.strictEqual(new Set(buffers).size, buffers.length, 'each chunk owns its buffer');
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<typeof packed>((resolve) => port2.once('message', resolve));
    port1.postMessage(packed, buffers);
    assert.strictEqual(packed.claims![0].byteLength, 0, 'the sender no longer holds the bytes');
    const r = await unpackResult(await received, noPause);
    port1.close();
    assert.deepStrictEqual(r.documents, documents);
    assert.deepStrictEqual(r.claims, claims);
    assert.deepStrictEqual(r.stories, [{ id: 's1', documents: ['a.txt', 'b.txt'] }]);
    assert.deepStrictEqual(r.cache, { hits: 1, misses: 2 });
  });
});
