// Command-line parsing on node:util parseArgs (no dependency), with the usage text and the
// errors a shell user expects.
import { parseArgs } from 'node:util';
import { DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE_KB, includeList } from '../core/defaults';
import { AUTO_JOBS_MIN_FILES } from './parallel';
import { ANNOTATED_FORMATS, isAnnotatedFormat, type AnnotatedFormat } from '../node/annotatedExport';

export const USAGE = `Usage: triangulate analyze <folder|files...> [options]

Finds quotes, figures and named entities in news articles (${includeList()}) and links the claims
that other articles in the set corroborate or contradict.

Options:
  --format json|markdown   output format (default: json)
           |ndjson         one JSON object per line: each document, fact and link (docs/scale.md)
           |html|csv|claimreview|webannotation
                           every format carries the verdicts and notes of <folder>/.triangulate/annotations.json
  --out FILE               write the report to FILE (atomically) instead of stdout
  --include GLOB           files to analyse inside folders (repeatable; default: ${DEFAULT_INCLUDE.join(' ')})
  --follow-symlinks        follow links that point outside the folder (default: skip them, with a warning)
  --max-size KB            analyse at most the first KB kilobytes of each file (default: ${DEFAULT_MAX_FILE_SIZE_KB})
  --jobs N                 analyse on N worker threads (default: the number of cores, for
                           ${AUTO_JOBS_MIN_FILES} files or more); 1: on the main thread. Same output for any N
  --quiet                  do not print warnings on stderr
  -h, --help               show this help
  -V, --version            show the version

Exit codes: 0 success, 1 analysis error, 2 usage error or missing input.`;

export interface AnalyzeArgs {
  command: 'analyze';
  paths: string[];
  format: 'json' | 'markdown' | 'ndjson' | AnnotatedFormat;
  out: string | null;
  include: string[];
  /** --follow-symlinks: read through links that point outside the folder. */
  followSymlinks: boolean;
  maxSizeKB: number;
  /** --jobs: worker threads for the per-document analysis (1: none, all on the main thread);
   *  undefined: the number of cores, when there are enough files to be worth starting workers. */
  jobs?: number;
  quiet: boolean;
}

export type ParsedArgs = AnalyzeArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const DEFAULT_MAX_SIZE_KB = DEFAULT_MAX_FILE_SIZE_KB;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        include: { type: 'string', multiple: true },
        'follow-symlinks': { type: 'boolean' },
        'max-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    throw new UsageError(rephrase((e as Error).message));
  }
  const { values, positionals } = parsed;
  if (values.help) { return { command: 'help' }; }
  if (values.version) { return { command: 'version' }; }
  const [command, ...paths] = positionals;
  if (!command) { throw new UsageError('missing command (try: triangulate analyze <folder>)'); }
  if (command !== 'analyze') { throw new UsageError(`unknown command: ${command}`); }
  if (!paths.length) { throw new UsageError('analyze: missing folder or file'); }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'markdown' && format !== 'md' && format !== 'ndjson' && !isAnnotatedFormat(format)) {
    throw new UsageError(`invalid --format: ${format} (expected json, markdown, ndjson, ${ANNOTATED_FORMATS.join(', ')})`);
  }
  let maxSizeKB = DEFAULT_MAX_SIZE_KB;
  if (values['max-size'] !== undefined) {
    maxSizeKB = Number(values['max-size']);
    if (!Number.isFinite(maxSizeKB) || maxSizeKB <= 0) {
      throw new UsageError(`invalid --max-size: ${values['max-size']} (expected a positive number of kilobytes)`);
    }
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError(`invalid --jobs: ${values.jobs} (expected a whole number of at least 1)`);
    }
  }
  return {
    command: 'analyze',
    paths,
    format: format === 'md' ? 'markdown' : format,
    out: values.out ?? null,
    include: values.include ?? [],
    followSymlinks: values['follow-symlinks'] ?? false,
    maxSizeKB,
    jobs,
    quiet: values.quiet ?? false,
  };
}

/** parseArgs messages are long and mention its API ("To specify a positional argument..."); keep the first clause. */
function rephrase(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) { return `unknown option: ${unknown[1]}`; }
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) { return `option ${missing[1].replace(/^-\w, /, '')} needs a value`; }
  return message.split('. ')[0];
}
