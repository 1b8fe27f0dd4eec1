// The defaults the CLI and the editor share, defined once (issue 14: the CLI looked for *.txt and *.md
// while the extension also took *.news). package.json repeats them for the Settings UI (JSON cannot
// import); a unit test keeps the two equal.

/** Articles to analyse inside a folder. `*.article.txt` is covered by `*.txt`. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.txt', '**/*.md', '**/*.news'];

/** Never analysed (the CLI's walker also skips every dot-folder, which covers .git and .triangulate). */
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.git/**', '**/.triangulate/**'];

/** Files larger than this are analysed only up to it, with a message. */
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;

/** "*.txt, *.md and *.news", for messages. */
export function includeList(globs: readonly string[] = DEFAULT_INCLUDE): string {
  const names = globs.map((g) => g.replace(/^\*\*\//, ''));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join('');
}
