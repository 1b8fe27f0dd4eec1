import * as assert from 'node:assert/strict';
import { census, classifyFolder, decideFolder, isArticleName, isProseCandidate, type FolderFacts } from '../../src/core/workspace/folderKind';

describe('folderKind: articles or code, from file names', () => {
  const table: Array<[string, string[], ReturnType<typeof classifyFolder>]> = [
    ['a JavaScript repository with README and History', ['README.md', 'History.md', 'index.js', 'lib/router.js', 'test/app.js'], 'code'],
    ['a manifest alone makes it code', ['package.json', 'notes.txt', 'draft.txt', 'more.txt'], 'code'],
    ['a Python project with requirements.txt', ['requirements.txt', 'setup.py', 'docs/usage.md', 'docs/api.md'], 'code'],
    ['a folder of plain-text articles', ['01-herald.txt', '02-times.txt', '03-lantern.txt'], 'articles'],
    ['articles in sub-folders, Windows separators', ['outlet-a\\story.md', 'outlet-b\\story.md'], 'articles'],
    ['200 articles and one scraper script', [...Array.from({ length: 200 }, (_, i) => `a${i}.txt`), 'scrape.py'], 'articles'],
    ['4 prose files per source file is code', ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'x.ts'], 'code'],
    ['one text file has nothing to compare with', ['story.txt'], 'none'],
    ['only project documentation', ['README.md', 'CHANGELOG.md', 'LICENSE.txt', 'CONTRIBUTING.md'], 'none'],
    ['an empty folder', [], 'none'],
  ];
  for (const [name, paths, kind] of table) {
    it(`${name} -> ${kind}`, () => assert.equal(classifyFolder(paths), kind));
  }

  it('counts each kind of file', () => {
    assert.deepEqual(census(['README.md', 'a.news', 'b.article.txt', 'c.txt', 'd.md', 'e.ts', 'Cargo.toml', 'f.png']),
      { prose: 2, articles: 2, source: 1, manifests: 1 });
  });

  it('knows article names and prose candidates', () => {
    assert.deepEqual(['x.news', 'dir/y.article.txt', 'Z.NEWS', '.news', 'z.txt'].map(isArticleName), [true, true, true, false, false]);
    assert.deepEqual(['a.txt', 'b.md', 'README.md', 'readme', 'LICENSE.txt', 'requirements-dev.txt', 'c.article.txt', 'd.js'].map(isProseCandidate),
      [true, true, false, false, false, false, false, false]);
  });
});

describe('folderKind: what may be done with a folder', () => {
  const base: FolderFacts = { policy: 'ask', hasStore: false, kind: 'articles' };
  const table: Array<[string, Partial<FolderFacts>, { analysePlain: boolean; offer: boolean }]> = [
    ['a folder of articles, never asked: offer, analyse nothing yet', {}, { analysePlain: false, offer: true }],
    ['a code repository: no offer, nothing analysed', { kind: 'code' }, { analysePlain: false, offer: false }],
    ['no candidates: no offer', { kind: 'none' }, { analysePlain: false, offer: false }],
    ['said yes before', { remembered: 'yes' }, { analysePlain: true, offer: false }],
    ['said "Not in this folder" before', { remembered: 'no' }, { analysePlain: false, offer: false }],
    ['a .triangulate store exists', { hasStore: true, kind: 'code' }, { analysePlain: true, offer: false }],
    ['policy always, even in code', { policy: 'always', kind: 'code' }, { analysePlain: true, offer: false }],
    ['policy never beats a yes', { policy: 'never', remembered: 'yes' }, { analysePlain: false, offer: false }],
  ];
  for (const [name, facts, want] of table) {
    it(name, () => assert.deepEqual(decideFolder({ ...base, ...facts }), want));
  }
});
