// `triangulate analyze`: read the files, decode them, feed one Corpus, print the report.
import * as fs from 'node:fs';
import { Corpus, type DocumentInput } from '../core/corpus';
import { buildReport, type ReportDocInput } from '../core/report';
import { decodeText, repairedLinesMessage } from '../core/text/decode';
import { includeList } from '../core/defaults';
import { renderNdjson } from '../core/export/ndjson';
import { readFileCapped, walkInputs, type FoundFile } from '../node/fileWalker';
import { jobsFor, runJobs } from './parallel';
import { writeFileAtomic } from '../node/atomicFile';
import { readAnnotationsReadOnly, renderAnnotatedFormat } from '../node/annotatedExport';
import { withCorrections } from '../core/annotations/correctedSource';
import { placeCorrections } from '../core/annotations/placeCorrections';
import type { AnalysisReport } from '../core/model';
import type { AnalyzeArgs } from './args';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

export async function runAnalyze(args: AnalyzeArgs, io: CliIO): Promise<number> {
  const walked = walkInputs(args.paths, { include: args.include, followSymlinks: args.followSymlinks });
  const warnings = [...walked.warnings];
  const { docs, meta } = readDocuments(walked.files, args.maxSizeKB, warnings);
  if (!walked.files.length) {
    warnings.push(`no files to analyse in ${args.paths.join(', ')}${args.include.length ? ` matching ${args.include.join(', ')}` : ` (looked for ${includeList()})`}`);
  }
  if (!args.quiet) { for (const w of warnings) { io.stderr(`triangulate: warning: ${w}\n`); } }

  const corpus = await analyseCorpus(docs, jobsFor(args.jobs, docs.length));
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const annotationWarnings: string[] = [];
  // The folder's corrections (`.triangulate/annotations.json`, read, never written) are applied as the
  // editor applies them; ids here are the paths the store names its sources by (relative to the folder).
  const stored = isDirectory(walked.root) ? readAnnotationsReadOnly(walked.root, annotationWarnings) : [];
  const placed = placeCorrections(stored, (source) => {
    const text = texts.get(source);
    return text === undefined ? undefined : { doc: source, text };
  });
  const report = buildReport(withCorrections(corpus, corpus.ids(), placed), walked.root, meta, warnings);
  // renderAnnotatedFormat (src/node) still declares the v1 type; it only hands the report on to the
  // renderers in src/core/export, which take either version (AnyReport), so the v2 report passes as is.
  const output = args.format === 'ndjson' ? renderNdjson(report, (p) => texts.get(p))
    : renderAnnotatedFormat(args.format, report as unknown as AnalysisReport, walked.root, (p) => texts.get(p), annotationWarnings);
  if (!args.quiet) { for (const w of new Set(annotationWarnings)) { io.stderr(`triangulate: warning: ${w}\n`); } }
  if (args.out) {
    await writeFileAtomic(args.out, output);
    if (!args.quiet) {
      const conflicts = report.claims.filter((c) => c.conflicting.length).length;
      io.stderr(`triangulate: ${report.documents.length} documents, ${report.claims.length} linked claims (${conflicts} with conflicts) written to ${args.out}\n`);
    }
  } else {
    io.stdout(output);
  }
  return 0;
}

function isDirectory(p: string): boolean {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

/** Reads and decodes the files, each up to the size cap (applied while reading: an oversized file is
 *  never read whole). Skipped and truncated files are reported in `warnings`. */
export function readDocuments(files: readonly FoundFile[], maxSizeKB: number, warnings: string[]): { docs: DocumentInput[]; meta: ReportDocInput[] } {
  const docs: DocumentInput[] = [];
  const meta: ReportDocInput[] = [];
  const limit = Math.floor(maxSizeKB * 1024);
  // Characters, not bytes: enough bytes for `limit` characters in any encoding we read (UTF-8 takes at
  // most 3 bytes per UTF-16 code unit), plus a BOM and the one character that tells a file is longer.
  const maxBytes = 3 * (limit + 1) + 3;
  for (const f of files) {
    let read;
    try {
      read = readFileCapped(f.absPath, maxBytes);
    } catch (e) {
      warnings.push(`cannot read ${f.relPath}: ${(e as NodeJS.ErrnoException).code ?? e}`);
      continue;
    }
    const decoded = decodeText(read.bytes);
    if (decoded.binary) {
      warnings.push(`skipped binary file: ${f.relPath}`);
      continue;
    }
    if (decoded.repairedLines?.length) { warnings.push(repairedLinesMessage(f.relPath, decoded.repairedLines)); }
    let text = decoded.text;
    if (text.length > limit) {
      // Cut on a character boundary, never inside a surrogate pair; offsets stay valid for the prefix.
      let cut = limit;
      if (/[\uD800-\uDBFF]/.test(text[cut - 1])) { cut--; }
      text = text.slice(0, cut);
      warnings.push(`${f.relPath}: larger than ${maxSizeKB} KB, analysed only the first ${cut} characters${read.truncated ? ` (read ${read.bytes.length} of ${read.size} bytes)` : ''}`);
    }
    docs.push({ id: f.relPath, text });
    meta.push({ id: f.relPath, path: f.relPath, encoding: decoded.encoding });
  }
  return { docs, meta };
}

/** Analyses the documents over `jobs` worker threads (1: on this thread) and links them here; the
 *  corpus is the same whatever `jobs` is. */
export async function analyseCorpus(docs: readonly DocumentInput[], jobs: number): Promise<Corpus> {
  const corpus = new Corpus();
  if (jobs <= 1) {
    corpus.updateMany(docs);
    return corpus;
  }
  const batch = corpus.prepareMany(docs);
  corpus.acceptMany(batch, await runJobs(batch.jobs, jobs));
  return corpus;
}
