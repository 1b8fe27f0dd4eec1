// `triangulate analyze`: read the files, decode them, feed one Corpus, print the report.
import * as fs from 'node:fs';
import { Corpus, type DocumentInput } from '../core/corpus';
import { buildReport, type ReportDocInput } from '../core/report';
import { decodeText, repairedLinesMessage } from '../core/text/decode';
import { includeList } from '../core/defaults';
import { walkInputs } from '../node/fileWalker';
import { writeFileAtomic } from '../node/atomicFile';
import { renderAnnotatedFormat } from '../node/annotatedExport';
import type { AnalysisReport } from '../core/model';
import type { AnalyzeArgs } from './args';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

export async function runAnalyze(args: AnalyzeArgs, io: CliIO): Promise<number> {
  const walked = walkInputs(args.paths, { include: args.include, followSymlinks: args.followSymlinks });
  const warnings = [...walked.warnings];
  const docs: DocumentInput[] = [];
  const meta: ReportDocInput[] = [];
  const limit = Math.floor(args.maxSizeKB * 1024);
  for (const f of walked.files) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(f.absPath);
    } catch (e) {
      warnings.push(`cannot read ${f.relPath}: ${(e as NodeJS.ErrnoException).code ?? e}`);
      continue;
    }
    const decoded = decodeText(bytes);
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
      warnings.push(`${f.relPath}: larger than ${args.maxSizeKB} KB, analysed only the first ${cut} characters`);
    }
    docs.push({ id: f.relPath, text });
    meta.push({ id: f.relPath, path: f.relPath, encoding: decoded.encoding });
  }
  if (!walked.files.length) {
    warnings.push(`no files to analyse in ${args.paths.join(', ')}${args.include.length ? ` matching ${args.include.join(', ')}` : ` (looked for ${includeList()})`}`);
  }
  if (!args.quiet) { for (const w of warnings) { io.stderr(`triangulate: warning: ${w}\n`); } }

  const corpus = new Corpus();
  corpus.updateMany(docs);
  const report = buildReport(corpus, walked.root, meta, warnings);
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const annotationWarnings: string[] = [];
  // renderAnnotatedFormat (src/node) still declares the v1 type; it only hands the report on to the
  // renderers in src/core/export, which take either version (AnyReport), so the v2 report passes as is.
  const output = renderAnnotatedFormat(args.format, report as unknown as AnalysisReport, walked.root, (p) => texts.get(p), annotationWarnings);
  if (!args.quiet) { for (const w of annotationWarnings) { io.stderr(`triangulate: warning: ${w}\n`); } }
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
