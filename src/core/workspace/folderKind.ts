// Whether a folder looks like a folder of articles or like a code repository, from its file names alone,
// and what Triangulate may do there. Plain `.txt`/`.md` files are everywhere in code repositories
// (README.md, CHANGELOG.md, requirements.txt), so only the unambiguous article extensions are analysed
// without asking; the others once the user said yes for that folder.

/** File names that are articles whatever folder they are in. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.news', '.article.txt'];

/** Files that are prose but not articles: a project's own documentation. */
const DOC_NAMES = /^(readme|changelog|changes|history|license|licence|copying|contributing|code_of_conduct|security|authors|notice|todo|requirements(-\w+)?)(\.[a-z]+)?$/i;

/** A project manifest or build file: one is enough to call the folder a code repository. */
const MANIFESTS = new Set([
  'package.json', 'tsconfig.json', 'cargo.toml', 'go.mod', 'pyproject.toml', 'setup.py', 'setup.cfg', 'pom.xml',
  'build.gradle', 'build.gradle.kts', 'makefile', 'cmakelists.txt', 'gemfile', 'composer.json', 'mix.exs',
  'deno.json', 'pubspec.yaml', 'stack.yaml', 'dune-project', 'build.sbt', 'meson.build', 'configure.ac',
]);

const SOURCE_EXTENSIONS = new Set([
  'ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'kts', 'scala', 'c', 'h', 'cc',
  'cpp', 'hpp', 'cxx', 'cs', 'fs', 'php', 'swift', 'm', 'mm', 'sh', 'bash', 'ps1', 'lua', 'pl', 'pm', 'r', 'jl',
  'ex', 'exs', 'erl', 'hs', 'ml', 'clj', 'dart', 'vue', 'svelte', 'sql', 'zig', 'nim', 'csproj', 'sln', 'vb',
]);

export type FolderKind = 'articles' | 'code' | 'none';

function baseName(path: string): string {
  const i = path.replace(/\\/g, '/').lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

function extension(name: string): string {
  const i = name.lastIndexOf('.');
  return i <= 0 ? '' : name.slice(i + 1).toLowerCase();
}

/** An article by its name alone (`.news`, `.article.txt`). */
export function isArticleName(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => name.endsWith(e) && name.length > e.length);
}

/** A `.txt`/`.md` file that could be an article (not a project's README, licence, ...). */
export function isProseCandidate(path: string): boolean {
  const name = baseName(path);
  const ext = extension(name);
  return (ext === 'txt' || ext === 'md' || ext === 'markdown') && !isArticleName(name) && !DOC_NAMES.test(name);
}

export interface FolderCensus {
  /** Plain .txt/.md files that could be articles. */
  prose: number;
  /** .news / .article.txt files. */
  articles: number;
  /** Source files. */
  source: number;
  /** Project manifests (package.json, Cargo.toml, ...). */
  manifests: number;
}

/** Counts a folder's files (relative paths, '/' or '\\' separators) by what they look like. */
export function census(paths: readonly string[]): FolderCensus {
  const c: FolderCensus = { prose: 0, articles: 0, source: 0, manifests: 0 };
  for (const p of paths) {
    const name = baseName(p);
    if (MANIFESTS.has(name.toLowerCase())) { c.manifests++; continue; }
    if (isArticleName(name)) { c.articles++; continue; }
    if (isProseCandidate(name)) { c.prose++; continue; }
    if (SOURCE_EXTENSIONS.has(extension(name))) { c.source++; }
  }
  return c;
}

/**
 * `code` when the folder has a project manifest or more than one source file per four prose files
 * (a folder of 200 articles with one scraper script is still a folder of articles); `articles` when at least
 * two prose files remain (one file has nothing to be cross-checked against); otherwise `none`.
 */
export function classifyFolder(paths: readonly string[]): FolderKind {
  const c = census(paths);
  if (c.manifests > 0 || (c.source > 0 && c.source * 4 >= c.prose)) { return 'code'; }
  return c.prose >= 2 ? 'articles' : 'none';
}

/** `ask`: offer once per folder; `always` / `never`: no question. */
export type PlainTextPolicy = 'ask' | 'always' | 'never';

export interface FolderFacts {
  policy: PlainTextPolicy;
  /** What the user answered for this folder before, if anything. */
  remembered?: 'yes' | 'no';
  /** The folder has a `.triangulate/` directory: Triangulate was used here. */
  hasStore: boolean;
  kind: FolderKind;
}

export interface FolderDecision {
  /** Analyse the folder's plain .txt/.md files (article extensions are always analysed). */
  analysePlain: boolean;
  /** Ask the user (once) whether to analyse them. */
  offer: boolean;
}

export function decideFolder(f: FolderFacts): FolderDecision {
  if (f.policy === 'always') { return { analysePlain: true, offer: false }; }
  if (f.policy === 'never') { return { analysePlain: false, offer: false }; }
  if (f.remembered) { return { analysePlain: f.remembered === 'yes', offer: false }; }
  if (f.hasStore) { return { analysePlain: true, offer: false }; }
  return { analysePlain: false, offer: f.kind === 'articles' };
}
