// One set of defaults for the CLI and the editor (src/core/defaults.ts); package.json repeats them for
// the Settings UI and must not drift.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE_KB, includeList } from '../../src/core/defaults';
import { USAGE } from '../../src/cli/args';
import { walkInputs } from '../../src/node/fileWalker';
import pkg from '../../package.json';

const settings = pkg.contributes.configuration.flatMap((c) => Object.entries(c.properties)) as Array<[string, { default?: unknown }]>;
const setting = (k: string) => settings.find(([key]) => key === k)?.[1].default;

describe('defaults shared by the CLI and the editor', () => {
  it('package.json declares the defaults of src/core/defaults.ts', () => {
    assert.deepEqual(DEFAULT_INCLUDE, ['**/*.txt', '**/*.md', '**/*.news']);
    assert.deepEqual(setting('triangulate.files.include'), DEFAULT_INCLUDE);
    assert.deepEqual(setting('triangulate.files.exclude'), DEFAULT_EXCLUDE);
    assert.equal(setting('triangulate.files.maxFileSizeKB'), DEFAULT_MAX_FILE_SIZE_KB);
  });

  it('the CLI walks the same files by default, *.news included, and says so in its help', () => {
    const dir = fs.mkdtempSync(path.join(tmpdir(), 'triangulate-defaults-'));
    try {
      for (const f of ['a.txt', 'b.md', 'c.news', 'd.article.txt', 'e.log']) { fs.writeFileSync(path.join(dir, f), 'x\n'); }
      assert.deepEqual(walkInputs([dir]).files.map((f) => f.relPath), ['a.txt', 'b.md', 'c.news', 'd.article.txt']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(includeList(), '*.txt, *.md and *.news');
    assert.ok(USAGE.includes('(repeatable; default: **/*.txt **/*.md **/*.news)'));
    assert.ok(USAGE.includes('news articles (*.txt, *.md and *.news)'));
  });
});
