// The per-document engine: text in, DocumentAnalysis out. Pure; runs in Node, a worker or a browser.
import type { DocumentAnalysis } from './model';
import { buildContext, type ContextOptions } from './text/context';
import { extractEntities } from './extract/entities';
import { extractFigures } from './extract/figures';
import { extractQuotes } from './extract/quotes';
import { extractFacts } from './facts/extract';
import { relativeDay, reportedDate } from './facts/reported';
import { outletOf } from './text/outlet';

export interface AnalyseOptions extends ContextOptions {
  version?: number;
}

const LINE_END = /[\r\n]/g;

export function analyseDocument(id: string, text: string, options: AnalyseOptions = {}): DocumentAnalysis {
  const t0 = now();
  const ctx = buildContext(text, options);
  const entities = extractEntities(ctx);
  const figures = extractFigures(ctx);
  const quotes = extractQuotes(ctx, entities);
  const titleSentence = ctx.sentences[0];
  let titleSpan = null;
  if (titleSentence) {
    // Any line ending ends the title: \n, \r\n, or a lone \r (old Mac files).
    LINE_END.lastIndex = titleSentence.start;
    const lineEnd = LINE_END.exec(text);
    const end = lineEnd ? lineEnd.index : text.length;
    const line = text.slice(titleSentence.start, end).trimEnd();
    titleSpan = { start: titleSentence.start, end: titleSentence.start + line.length };
  }
  const sentences = ctx.sentences;
  const facts = extractFacts({ sentences, figures, entities, quotes }, text);
  return {
    id,
    version: options.version,
    length: text.length,
    title: titleSpan ? text.slice(titleSpan.start, titleSpan.end) : null,
    titleSpan,
    boilerplate: ctx.boilerplate,
    sentences: ctx.sentences,
    quotes,
    figures,
    entities,
    facts,
    reported: reportedDate(text),
    reportedDay: relativeDay(text),
    outlet: outletOf(id, text, ctx.boilerplate),
    elapsedMs: now() - t0,
  };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
