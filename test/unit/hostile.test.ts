// A hostile folder (issue 14): words of megabytes without a space, symlinks pointing out of the
// folder, link loops, ten thousand empty files. Each case asserts the exact result; time is never
// asserted here (`npm run stress` prints the figures for the long words).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { walkInputs } from '../../src/node/fileWalker';
import { isInside } from '../../src/node/realPaths';
import type { AnalysisReport } from '../../src/core/model';
import { cli } from './support/cliCapture';
import { Corpus } from '../../src/core/corpus';
import { stemWord } from '../../src/core/claims/lexicon';
import { isDemonym, knownName } from '../../src/core/extract/entities/lexicon';
import { MAX_WORD_LENGTH, tokenize } from '../../src/core/text/tokens';

const KB = 1024;
const MB = 1024 * KB;

const HEAD = `Storm toll rises\n\n${'The mayor said 14 people died in the storm, said Ann Lee.'}`;
const OTHER = 'Storm toll rises\n\nThe mayor said 16 people died in the storm, said Ann Lee.\n';

/** Deterministic letters (no RNG dependency): a word that matches none of the stemmer's suffixes early. */
function letters(n: number, first = ''): string {
  const a = 'aeioubcdfghklmnprstvwxyz';
  let x = 7;
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) >>> 0; out[i] = a[(x >>> 8) % a.length]; }
  return first + out.join('').slice(first.length);
}

/** Shapes that each hit one per-token step: the stemmer (lower case), names and NER (capitalised,
 *  accented), glue splitting (function words run together), the demonym plural rule (final s's). */
const WORDS: Array<[string, (n: number) => string]> = [
  ['lower-case letters', (n) => letters(n)],
  ['a capitalised word', (n) => letters(n, 'R')],
  ['accented capitals "Éèéè…"', (n) => 'É' + 'èé'.repeat(n / 2).slice(1)],
  ['glued function words "Vietnamandthe…"', (n) => 'Vietnam' + 'andthe'.repeat(Math.ceil(n / 6)).slice(0, n - 7)],
  ['"Sssss…" (plural rule)', (n) => 'S' + 's'.repeat(n - 1)],
  ['digits', (n) => '7'.repeat(n)],
];
const SENTENCE = 'The mayor said 14 people died in the storm, said Ann Lee.';

function analysed(word: string) {
  const corpus = new Corpus();
  corpus.updateMany([{ id: 'a', text: `${HEAD} ${word}\n` }, { id: 'b', text: OTHER }]);
  const doc = corpus.document('a')!;
  return {
    entities: doc.entities.map((e) => [e.type, e.text, e.start, e.end]),
    figures: doc.figures.map((f) => [f.kind, f.text, f.start, f.end]),
    quotes: doc.quotes.length,
    sentences: doc.sentences.map((s) => [s.start, s.end]),
    claims: corpus.claims().map((c) => ({ doc: c.doc, start: c.start, end: c.end, updates: (c.updates ?? []).map((u) => [u.doc, u.text]), conflicting: c.conflicting.length })),
  };
}

describe('hostile input: long words', function () {
  this.timeout(120_000);

  for (const [name, make] of WORDS) {
    for (const size of [64 * KB, 5 * MB]) {
      it(`a ${size / KB} KB single word of ${name} changes nothing else in the document${size > 64 * KB ? ' @slow' : ''}`, () => {
        const word = make(size);
        assert.equal(word.length, size);
        const r = analysed(word);
        assert.deepEqual(r.entities, [['person', 'Ann Lee', 67, 74]]);
        assert.deepEqual(r.figures, [['count', '14 people', 33, 42]]);
        assert.equal(r.quotes, 0);
        // a word in lower case continues the sentence (as "said Ann Lee. and then" would); any other
        // starts one of its own; either way it is never cut
        const end = 76 + size;
        const continues = /^[a-z]/.test(word);
        assert.deepEqual(r.sentences, continues ? [[18, end]] : [[18, 75], [76, end]]);
        assert.deepEqual(r.claims, [{
          doc: 'a', start: 18, end: continues ? end : 75,
          updates: [['b', SENTENCE.replace('14', '16')]], conflicting: 0,
        }]);
      });
    }
  }

  it('per-token steps stop at MAX_WORD_LENGTH: the stemmer, glue splitting, name lookup, the demonym rule', () => {
    assert.equal(MAX_WORD_LENGTH, 64);
    // below the cap the stemmer and the glue splitter work as before
    assert.equal(stemWord('Rebuilding'), 'rebuild');
    assert.deepEqual(tokenize('Vietnamandthe Vietnam').map((t) => t.text), ['Vietnam', 'and', 'the', 'Vietnam']);
    // above it a word is its own stem and stays one token
    const long = 'Rebuilding'.repeat(7);
    assert.equal(stemWord(long), long.toLowerCase());
    const glued = 'Vietnam' + 'andthe'.repeat(20);
    assert.deepEqual(tokenize(`${glued} Vietnam`).map((t) => [t.text.length, t.start]), [[127, 0], [7, 128]]);
    // the plural rule recursed once per final s: a 1 MB "Sss…" overflowed the stack
    assert.equal(isDemonym('S' + 's'.repeat(MB)), false);
    assert.equal(isDemonym('Americans'), true);
    assert.equal(knownName('Vietnam ' + 'x'.repeat(MB)), undefined);
    assert.equal(knownName('Vietnam')?.type, 'place');
  });
});

describe('hostile folders: symlinks, loops, many files (CLI walker)', function () {
  this.timeout(120_000);
  let tmp: string;
  let dir: string;
  let outside: string;
  const ARTICLE = 'Storm hits coast\n\nThe mayor said "we will rebuild" after 14 people died in Port Calder.\n';
  const SECRET = 'Secret notes\n\nThe password is hunter2, said Root Admin.\n';
  beforeEach(function () {
    if (process.platform === 'win32') { this.skip(); }
    tmp = fs.mkdtempSync(path.join(tmpdir(), 'triangulate-hostile-'));
    dir = path.join(tmp, 'articles');
    outside = path.join(tmp, 'elsewhere');
    fs.mkdirSync(dir);
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(dir, 'good.txt'), ARTICLE);
    fs.writeFileSync(path.join(outside, 'secret.txt'), SECRET);
    fs.mkdirSync(path.join(outside, 'system'));
    fs.writeFileSync(path.join(outside, 'system', 'conf.txt'), SECRET);
  });
  afterEach(() => { if (tmp) { fs.rmSync(tmp, { recursive: true, force: true }); } });

  it('a link to a file or a folder outside the folder is skipped with a warning, and never read', async () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'passwd.txt'));
    fs.symlinkSync(path.join(outside, 'system'), path.join(dir, 'etc'));
    // relative links climbing out are resolved too
    fs.symlinkSync('../elsewhere/secret.txt', path.join(dir, 'climb.txt'));
    const real = fs.realpathSync(outside);
    const expected = [
      `skipped climb.txt: a link to ${real}/secret.txt, outside the folder (--follow-symlinks to follow it)`,
      `skipped etc: a link to ${real}/system, outside the folder (--follow-symlinks to follow it)`,
      `skipped passwd.txt: a link to ${real}/secret.txt, outside the folder (--follow-symlinks to follow it)`,
    ];
    const walked = walkInputs([dir]);
    assert.deepEqual(walked.files.map((f) => f.relPath), ['good.txt']);
    assert.deepEqual([...walked.warnings].sort(), expected);

    const r = await cli('analyze', dir);
    assert.equal(r.code, 0);
    const report = JSON.parse(r.out) as AnalysisReport;
    assert.deepEqual(report.documents.map((d) => d.path), ['good.txt']);
    assert.deepEqual([...(report.warnings ?? [])].sort(), expected);
    assert.deepEqual(r.err.split('\n').filter(Boolean).sort(), expected.map((w) => `triangulate: warning: ${w}`));
    assert.ok(!r.out.includes('hunter2'));
  });

  it('--follow-symlinks reads through them; each real file still once', async () => {
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'passwd.txt'));
    fs.symlinkSync(path.join(outside, 'system'), path.join(dir, 'etc'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'again.txt'));
    const walked = walkInputs([dir], { followSymlinks: true });
    // two names for secret.txt outside: the first in sorted order is kept
    assert.deepEqual(walked.files.map((f) => f.relPath), ['again.txt', 'etc/conf.txt', 'good.txt']);
    assert.deepEqual(walked.warnings, []);
    const r = await cli('analyze', dir, '--follow-symlinks');
    assert.equal(r.code, 0);
    assert.deepEqual((JSON.parse(r.out) as AnalysisReport).documents.map((d) => d.path), ['again.txt', 'etc/conf.txt', 'good.txt']);
  });

  it('links inside the folder are followed once: a file and a folder under two names are analysed once, under their real names', () => {
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'inner.txt'), ARTICLE);
    fs.symlinkSync('good.txt', path.join(dir, 'alias.txt'));
    fs.symlinkSync('sub', path.join(dir, 'also-sub'));
    fs.symlinkSync(path.join(dir, 'sub', 'inner.txt'), path.join(dir, 'abs-alias.txt'));
    const walked = walkInputs([dir]);
    assert.deepEqual(walked.files.map((f) => f.relPath), ['good.txt', 'sub/inner.txt']);
    assert.deepEqual(walked.warnings, []);
  });

  it('link loops end: a folder linking to itself, to its parent, and two links to each other', () => {
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'x.txt'), ARTICLE);
    fs.symlinkSync('.', path.join(dir, 'a', 'self'));
    fs.symlinkSync('..', path.join(dir, 'a', 'up'));
    fs.symlinkSync('pong.txt', path.join(dir, 'ping.txt'));
    fs.symlinkSync('ping.txt', path.join(dir, 'pong.txt'));
    // the folder's own parent is outside it: a loop that leaves the folder is refused like any link out
    fs.symlinkSync('../..', path.join(dir, 'a', 'grand'));
    const walked = walkInputs([dir]);
    assert.deepEqual(walked.files.map((f) => f.relPath), ['a/x.txt', 'good.txt']);
    assert.deepEqual([...walked.warnings].sort(), [
      `skipped a/grand: a link to ${fs.realpathSync(tmp)}, outside the folder (--follow-symlinks to follow it)`,
      'skipped broken link: ping.txt',
      'skipped broken link: pong.txt',
    ]);
    // with following on, the walk out of the folder still ends (each real folder once: a/grand/articles
    // is the folder itself and is not walked again)
    const all = walkInputs([dir], { followSymlinks: true });
    assert.deepEqual(all.files.map((f) => f.relPath), ['a/grand/elsewhere/secret.txt', 'a/grand/elsewhere/system/conf.txt', 'a/x.txt', 'good.txt']);
  });

  it('a folder of 10,000 empty files: each is a document with no findings @slow', async () => {
    fs.rmSync(path.join(dir, 'good.txt'));
    for (let i = 0; i < 10_000; i++) { fs.writeFileSync(path.join(dir, `e${String(i).padStart(5, '0')}.txt`), ''); }
    const r = await cli('analyze', dir, '--quiet');
    assert.equal(r.code, 0);
    const report = JSON.parse(r.out) as AnalysisReport;
    assert.equal(report.documents.length, 10_000);
    assert.equal(report.documents[0].path, 'e00000.txt');
    assert.equal(report.documents[9_999].path, 'e09999.txt');
    assert.deepEqual(report.documents.filter((d) => d.quotes.length || d.figures.length || d.entities.length), []);
    assert.deepEqual(report.claims, []);
  });

  it('isInside: the folder itself and below; not its parent, a sibling with the same prefix, or ..', () => {
    assert.equal(isInside('/a/b', '/a/b'), true);
    assert.equal(isInside('/a/b', '/a/b/c.txt'), true);
    assert.equal(isInside('/a/b', '/a/b/..notes.txt'), true);
    assert.equal(isInside('/a/b', '/a'), false);
    assert.equal(isInside('/a/b', '/a/bc/d.txt'), false);
    assert.equal(isInside('/a/b', '/etc/passwd'), false);
  });
});
