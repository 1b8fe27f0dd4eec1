import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { decodeText, looksBinary } from '../../src/core/text/decode';
import { sharedCorpusPath } from './support/loadCorpus';

const CORPUS = sharedCorpusPath();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('text/decode', () => {
  it('UTF-8 without BOM', () => {
    const d = decodeText(Buffer.from('António Costa — “ok”\r\n', 'utf8'));
    assert.deepEqual(d, { text: 'António Costa — “ok”\r\n', encoding: 'utf-8', binary: false });
  });

  it('UTF-8 with BOM: BOM removed, CRLF kept', () => {
    const d = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hé\r\nthere', 'utf8')]));
    assert.deepEqual(d, { text: 'Hé\r\nthere', encoding: 'utf-8-bom', binary: false });
  });

  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ås €5\n', 'utf16le')]);
    assert.deepEqual(decodeText(le), { text: 'Ås €5\n', encoding: 'utf-16le', binary: false });
    const be = Buffer.from(le.subarray(2)).swap16();
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: 'Ås €5\n', encoding: 'utf-16be', binary: false });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Inès said “€40”" in Windows-1252: è=E8, “=93, €=80, ”=94
    const bytes = Buffer.from([0x49, 0x6e, 0xe8, 0x73, 0x20, 0x93, 0x80, 0x34, 0x30, 0x94, 0x0d, 0x0a]);
    assert.deepEqual(decodeText(bytes), { text: 'Inès “€40”\r\n', encoding: 'windows-1252', binary: false });
  });

  it('a UTF-8 file with one stray Windows-1252 byte: valid lines kept, only that line repaired', () => {
    const utf8 = (t: string) => Buffer.from(t, 'utf8');
    // line 2 is "Café" with é as the single Windows-1252 byte E9; lines 1 and 3 are valid UTF-8
    const bytes = Buffer.concat([utf8('Inès Fournier said:\r\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0d, 0x0a]), utf8('Ça va, “bien” — 40 €.\n')]);
    assert.deepEqual(decodeText(bytes), {
      text: 'Inès Fournier said:\r\nCafé\r\nÇa va, “bien” — 40 €.\n', encoding: 'utf-8', binary: false, repairedLines: [2],
    });
    // the same with a BOM, the bad line last and without a line end, and a second bad line with “ ” (93, 94)
    const more = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Zoë\n'), Buffer.from([0x93, 0x68, 0x69, 0x94, 0x0a]), utf8('ok\n'), Buffer.from([0x80, 0x35])]);
    assert.deepEqual(decodeText(more), { text: 'Zoë\n“hi”\nok\n€5', encoding: 'utf-8-bom', binary: false, repairedLines: [2, 4] });
    // no valid UTF-8 beyond ASCII anywhere: Windows-1252 throughout, as before
    assert.deepEqual(decodeText(Buffer.from([0x61, 0x0a, 0xe9, 0x0a])), { text: 'a\né\n', encoding: 'windows-1252', binary: false });
  });

  it('UTF-16 without a BOM: detected from the NULs on odd (LE) or even (BE) bytes, decoded exactly', () => {
    assert.deepEqual(decodeText(Buffer.from('Inès said “€40”\r\n', 'utf16le')),
      { text: 'Inès said “€40”\r\n', encoding: 'utf-16le', binary: false });
    assert.deepEqual(decodeText(Buffer.from('Ås €5 — Κρήτη\n', 'utf16le').swap16()),
      { text: 'Ås €5 — Κρήτη\n', encoding: 'utf-16be', binary: false });
    // NULs on both sides, or control characters once decoded: still binary
    assert.equal(decodeText(Buffer.from([0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0])).binary, true);
    assert.equal(decodeText(Buffer.from([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0])).binary, true);
  });

  it('detects binary files (NUL bytes, control characters) and returns no text', () => {
    assert.deepEqual(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), { text: '', encoding: 'utf-8', binary: true });
    assert.equal(looksBinary(Buffer.from([1, 2, 3, 4, 5, 65, 66, 67, 68])), true);
    assert.equal(looksBinary(Buffer.from('plain\ttext\r\n\f', 'utf8')), false);
    assert.equal(decodeText(new Uint8Array(0)).binary, false);
  });

  it('the sample corpus: 04 is Windows-1252, the rest UTF-8', () => {
    const dir = path.resolve(__dirname, '../../samples/storm-iris');
    const enc = readdirSync(dir).sort().map((f) => decodeText(readFileSync(path.join(dir, f))).encoding);
    assert.deepEqual(enc, ['utf-8', 'utf-8', 'utf-8', 'windows-1252', 'utf-8']);
    const t4 = decodeText(readFileSync(path.join(dir, '04-evening-post.txt'))).text;
    assert.ok(t4.includes('Mayor Inès Fournier'));
    assert.ok(t4.includes('pledged €40 million'));
  });

  it('no decoded text of ../shared/corpus contains U+FFFD', function () {
    if (!existsSync(CORPUS)) { this.skip(); }
    const all = files(CORPUS).filter((f) => /\.(txt|md)$/.test(f));
    assert.ok(all.length >= 225, `expected the shared corpora, found ${all.length} files`);
    const counts: Record<string, number> = {};
    const bad: string[] = [];
    for (const f of all) {
      const d = decodeText(readFileSync(f));
      counts[d.encoding] = (counts[d.encoding] ?? 0) + 1;
      // C1 controls would mean Windows-1252 punctuation decoded as ISO-8859-1.
      if (d.binary || d.text.includes('\uFFFD') || /[\x80-\x9f]/.test(d.text)) { bad.push(path.relative(CORPUS, f)); }
    }
    assert.deepEqual(bad, []);
    assert.ok((counts['windows-1252'] ?? 0) > 0, 'wikiref220 has Windows-1252 files');
  });
});
