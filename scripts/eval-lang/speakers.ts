// Direct-quote detection and speaker attribution measured on PolNeAR (Newell, Margolin and Ruths,
// LREC 2018; political news, 7 US outlets), read from ../shared/training/polnear (never copied into
// the project). Usage:
//   npx tsx scripts/eval-lang/speakers.ts [--split dev|train|both] [-v] [--limit N] [--no-baseline]
// Tune on dev, learn from train; the heldout split is never read.
//
// Definitions (all offsets are the .txt's characters; the files hold no astral characters, so brat's
// code-point offsets are JavaScript string offsets):
//  - Annotation: an article with several annotators uses the alphabetically first .ann file.
//  - Attribution: an E line with a Content and a Source T span (discontinuous spans are unions).
//  - Quoted region: characters between a pair of double quotation marks in one paragraph, read by a
//    small toggle independent of the engine's scanner (“ opens, ” closes, " toggles; a line break
//    closes; the marks themselves count as inside).
//  - Gold direct quote: an attribution whose Content has >= 60% of its non-space characters in a
//    quoted region. Its "quoted part" is Content ∩ quoted regions.
//  - Detection: a gold direct quote is found when its quoted part overlaps an engine quote by at least
//    one character. Recall is given for quoteKind 'speech' and for any kind.
//  - Named source: the gold Source text holds a proper-name token: a capitalized word that is not a
//    function word, pronoun, title or month/day word (NOT_NAME below), e.g. "Trump", "The New York
//    Post", "White House spokesman Josh Earnest"; "he", "the spokesman", "the President" are not.
//    Sources that are pronouns or descriptions are excluded from speaker accuracy: PolNeAR has no
//    coreference links, and resolving them from the data would be a guess that scores the guesser.
//  - Nested attributions ("X said, according to Y"): gold attributions whose quoted parts overlap
//    are one quote; each is scored, and the engine may name any of their named sources.
//    When the Content holds an unquoted inner attribution ("“...” X said “...”", source: an
//    outlet), a speakerSpan in that unquoted part of the Content is also correct.
//  - Speaker correct: the engine quote with the largest overlap with the quoted part is 'speech' and
//    (a) its speakerSpan overlaps the gold Source span, or (b) surname match: the last name token of
//    the engine's speaker (quote.speaker) is one of the gold Source's name tokens, or the last name
//    token of the gold Source is one of the engine speaker's name tokens (accent- and case-folded,
//    possessive 's dropped). (b) accepts "Clinton" for "Hillary Clinton" and, knowingly, for "Bill
//    Clinton": the surname is the only identity the text gives reliably.
//  - Speaker accuracy = correct / named-source gold direct quotes (missed quotes count as wrong);
//    precision = correct / those where the engine named a speaker (a speech quote with a speaker).
//  - Baseline: compromise (devDependency) finds quotations (doc.quotations()) and people
//    (doc.people()) but attributes nothing, so its speaker is the nearest person mention outside the
//    quote in the same paragraph (else the nearest one before it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractEntities } from '../../src/core/extract/entities';
import { extractQuotes } from '../../src/core/extract/quotes';
import type { Quote } from '../../src/core/model';
import { buildContext } from '../../src/core/text/context';

const ROOT = path.resolve(__dirname, '../../../shared/training/polnear');

interface Span { start: number; end: number }
interface TSpan { id: string; type: string; frags: Span[]; text: string }
interface Gold {
  article: string;
  content: Span[];
  quoted: Span[];
  source: TSpan | null;
  named: boolean;
  /** Sources of every gold attribution whose quoted part overlaps this one ("X said, according to
   *  Y" is two attributions of one quote); the engine may name any of the named ones. */
  alternatives: TSpan[];
}

// ------------------------------------------------------------------ reading the data

function parseAnn(ann: string): { ts: Map<string, TSpan>; es: Array<Map<string, string>> } {
  const ts = new Map<string, TSpan>();
  const es: Array<Map<string, string>> = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols.length >= 3) {
      const m = /^(\S+) (.+)$/.exec(cols[1]);
      if (!m) { continue; }
      const frags: Span[] = [];
      for (const f of m[2].split(';')) {
        const [a, b] = f.trim().split(/\s+/).map(Number);
        if (Number.isInteger(a) && Number.isInteger(b) && b >= a) { frags.push({ start: a, end: b }); }
      }
      if (frags.length) { ts.set(cols[0], { id: cols[0], type: m[1], frags, text: cols[2] }); }
    } else if (/^E\d+$/.test(cols[0]) && cols.length >= 2) {
      const roles = new Map<string, string>();
      for (const part of cols[1].trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        if (role && id && !roles.has(role.replace(/\d+$/, ''))) { roles.set(role.replace(/\d+$/, ''), id); }
      }
      es.push(roles);
    }
  }
  return { ts, es };
}

/** Quoted regions of double quotation marks, one paragraph at a time. */
function quotedRegions(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { open = -1; continue; }
    if (c === '“') { open = i; } else if (c === '”') {
      if (open >= 0) { out.push({ start: open, end: i + 1 }); open = -1; }
    } else if (c === '"') {
      if (open >= 0) { out.push({ start: open, end: i + 1 }); open = -1; } else { open = i; }
    }
  }
  return out;
}

function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) {
    for (const y of b) {
      const s = Math.max(x.start, y.start);
      const e = Math.min(x.end, y.end);
      if (e > s) { out.push({ start: s, end: e }); }
    }
  }
  return out;
}

const overlapLen = (a: readonly Span[], b: Span): number =>
  a.reduce((n, x) => n + Math.max(0, Math.min(x.end, b.end) - Math.max(x.start, b.start)), 0);

function nonSpace(text: string, spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) { for (let i = s.start; i < s.end; i++) { if (!/\s/.test(text[i])) { n++; } } }
  return n;
}

const NOT_NAME = new Set([
  'the', 'a', 'an', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'his', 'her', 'their', 'its', 'our', 'this', 'that',
  'these', 'those', 'who', 'which', 'what', 'and', 'but', 'or', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with',
  'according', 'some', 'many', 'one', 'another', 'other', 'both', 'all', 'most', 'several', 'former', 'new',
  'president', 'vice', 'senator', 'sen', 'rep', 'representative', 'gov', 'governor', 'mayor', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'director', 'minister', 'prime', 'general',
  'gen', 'judge', 'justice', 'mr', 'mrs', 'ms', 'dr', 'sir', 'chief', 'officials', 'official', 'aides', 'aide',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'democrats', 'republicans',
  'democratic', 'republican', 'american', 'americans', 'white', 'house', 'ceo', 'federal', 'state', 'senate',
  'congress', 'campaign', 'party', 'administration',
]);

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/, '');

/** Proper-name tokens of a phrase (folded). */
function nameTokens(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/[\p{L}][\p{L}\p{M}'’.-]*/gu)) {
    const w = m[0].replace(/[.]+$/, '');
    if (!/^\p{Lu}/u.test(w)) { continue; }
    const f = fold(w);
    if (f.length < 2 || NOT_NAME.has(f)) { continue; }
    out.push(f);
  }
  return out;
}

const PREP = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'by']);

/** A named source: some comma-separated part of it ends in a capitalized run of name tokens that is
 *  not the complement of a lower-case head ("the mayor of New York", "a spokesman for Clinton",
 *  "Gary Johnson’s doctor", "the Clinton campaign" are descriptions). */
export function isNamedSource(source: string): boolean {
  for (const part of source.split(/[,;()—–]/)) {
    const words = [...part.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu)].map((m) => m[0].replace(/\.+$/, ''));
    if (words.length === 0) { continue; }
    const last = words[words.length - 1];
    if (!/^\p{Lu}/u.test(last) || nameTokens(last).length === 0 || /['’]s$/.test(last)) { continue; }
    let i = words.length - 1;
    while (i > 0 && /^\p{Lu}/u.test(words[i - 1])) { i--; }
    let j = i - 1;
    if (j >= 0 && /^(the|a|an)$/.test(words[j])) { j--; }
    if (j >= 1 && PREP.has(words[j]) && /^\p{Ll}/u.test(words[j - 1])) { continue; }
    if (j >= 0 && /^(the|a|an)$/.test(words[j]) && i === words.length - 1 && words.length - i === 1) { continue; }
    return true;
  }
  return false;
}

interface Article { id: string; text: string; golds: Gold[] }

function loadSplit(split: string, limit: number): Article[] {
  const dir = path.join(ROOT, split);
  const files = fs.readdirSync(dir).sort();
  const txts = files.filter((f) => f.endsWith('.txt'));
  const out: Article[] = [];
  for (const txt of txts) {
    const id = txt.slice(0, -4);
    const anns = files.filter((f) => f.startsWith(`${id}_`) && f.endsWith('.ann') && /^[^_]+$/.test(f.slice(id.length + 1, -4)));
    if (anns.length === 0) { continue; }
    const text = fs.readFileSync(path.join(dir, txt), 'utf8');
    const { ts, es } = parseAnn(fs.readFileSync(path.join(dir, anns[0]), 'utf8'));
    const regions = quotedRegions(text);
    const golds: Gold[] = [];
    for (const e of es) {
      const content = ts.get(e.get('Content') ?? '');
      if (!content || content.type !== 'Content') { continue; }
      const src = ts.get(e.get('Source') ?? '') ?? null;
      const quoted = intersect(content.frags, regions);
      const total = nonSpace(text, content.frags);
      if (total === 0 || nonSpace(text, quoted) / total < 0.6) { continue; }
      const named = src !== null && isNamedSource(src.text);
      golds.push({ article: id, content: content.frags, quoted, source: src, named, alternatives: [] });
    }
    for (const g of golds) {
      g.alternatives = golds.filter((h) => h.named && h.source && h.quoted.some((x) => overlapLen(g.quoted, x) > 0))
        .map((h) => h.source!);
    }
    out.push({ id, text, golds });
    if (limit && out.length >= limit) { break; }
  }
  return out;
}

// ------------------------------------------------------------------ systems

interface SysQuote { start: number; end: number; speech: boolean; speaker: string | null; span: Span | null; cue: string | null }
interface SysOut { quotes: SysQuote[]; ms: number }

function runEngine(text: string): SysOut {
  const t0 = performance.now();
  const ctx = buildContext(text);
  const qs: Quote[] = extractQuotes(ctx, extractEntities(ctx));
  const ms = performance.now() - t0;
  return {
    ms,
    quotes: qs.map((q) => ({ start: q.start, end: q.end, speech: q.quoteKind === 'speech', speaker: q.speaker,
      span: q.speakerSpan ?? null, cue: q.cue })),
  };
}

type Nlp = (text: string) => {
  quotations(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  people(): { json(o: object): Array<{ text: string; offset: { start: number; length: number } }> };
};
let nlp: Nlp | null = null;

function runCompromise(text: string): SysOut {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlp ??= require('compromise') as Nlp;
  const t0 = performance.now();
  const doc = nlp(text);
  const qs = doc.quotations().json({ offset: true });
  const people = doc.people().json({ offset: true }).map((p) => ({ text: p.text, start: p.offset.start, end: p.offset.start + p.offset.length }));
  const quotes: SysQuote[] = [];
  for (const q of qs) {
    const s = q.offset.start;
    const e = s + q.offset.length;
    // Nearest person outside the quote in the same paragraph, else the nearest one before it.
    const paraStart = text.lastIndexOf('\n', s) + 1;
    let paraEnd = text.indexOf('\n', e);
    if (paraEnd < 0) { paraEnd = text.length; }
    let best: { text: string; start: number; end: number } | null = null;
    let bestD = Infinity;
    for (const p of people) {
      if (p.start < e && p.end > s) { continue; }
      const d = p.end <= s ? s - p.end : p.start - e;
      const inPara = p.start >= paraStart && p.end <= paraEnd;
      const score = inPara ? d : p.end <= s ? 1e6 + d : Infinity;
      if (score < bestD) { bestD = score; best = p; }
    }
    quotes.push({ start: s, end: e, speech: true, speaker: best ? best.text.replace(/[,.;:]+$/, '') : null,
      span: best ? { start: best.start, end: best.end } : null, cue: null });
  }
  return { quotes, ms: performance.now() - t0 };
}

// ------------------------------------------------------------------ scoring

interface Scored {
  gold: Gold;
  found: SysQuote | null;
  correct: boolean;
}

function bestQuote(g: Gold, quotes: readonly SysQuote[], speechOnly: boolean): SysQuote | null {
  let best: SysQuote | null = null;
  let bestN = 0;
  for (const q of quotes) {
    if (speechOnly && !q.speech) { continue; }
    const n = overlapLen(g.quoted, q);
    if (n > bestN || (n === bestN && n > 0 && best && !best.speech && q.speech)) { best = q; bestN = n; }
  }
  return best;
}

function speakerCorrect(g: Gold, q: SysQuote): boolean {
  if (!q.speech || !q.speaker || !g.source) { return false; }
  // The annotator put the inner attribution inside the content ("“...” Sanders said “...”" with
  // source CNN): a speaker read from the unquoted part of the content names the inner speaker.
  if (q.span && overlapLen(g.content, q.span) > 0 && overlapLen(g.quoted, q.span) === 0) { return true; }
  return g.alternatives.some((src) => sameSpeaker(src, q));
}

function sameSpeaker(src: TSpan, q: SysQuote): boolean {
  if (q.span && overlapLen(src.frags, q.span) > 0) { return true; }
  const sys = nameTokens(q.speaker!);
  const gold = nameTokens(src.text);
  if (sys.length === 0 || gold.length === 0) { return false; }
  return gold.includes(sys[sys.length - 1]) || sys.includes(gold[gold.length - 1]);
}

interface Totals {
  gold: number; foundSpeech: number; foundAny: number; named: number; correct: number; answered: number; ms: number;
  pronounOrDescr: number; scored: Scored[];
}

function evaluate(arts: readonly Article[], sys: (t: string) => SysOut): Totals {
  const t: Totals = { gold: 0, foundSpeech: 0, foundAny: 0, named: 0, correct: 0, answered: 0, ms: 0, pronounOrDescr: 0, scored: [] };
  for (const a of arts) {
    const out = sys(a.text);
    t.ms += out.ms;
    for (const g of a.golds) {
      t.gold++;
      const any = bestQuote(g, out.quotes, false);
      if (any) { t.foundAny++; }
      if (bestQuote(g, out.quotes, true)) { t.foundSpeech++; }
      if (!g.named) { if (g.source) { t.pronounOrDescr++; } continue; }
      t.named++;
      const correct = any !== null && speakerCorrect(g, any);
      if (any && any.speech && any.speaker) { t.answered++; }
      if (correct) { t.correct++; }
      t.scored.push({ gold: g, found: any, correct });
    }
  }
  return t;
}

// ------------------------------------------------------------------ error classes (-v)

const PRONOUNS = /^(he|she|they|we|it|i)$/i;
const TITLE_WORDS = /\b(?:President|Sen|Senator|Rep|Gov|Governor|Mayor|Secretary|Speaker|Chairman|Director|Minister|Judge|Gen|Dr|Mr|Mrs|Ms|spokesman|spokeswoman|spokesperson|chairman|director|secretary|senator|governor|mayor|candidate|nominee|leader|chief|manager|adviser|aide|president)\b/;

function errorClass(art: Article, s: Scored): string {
  const { gold: g, found: q } = s;
  const src = g.source!;
  const text = art.text;
  const qStart = g.quoted[0]?.start ?? g.content[0].start;
  const qEnd = g.quoted[g.quoted.length - 1]?.end ?? g.content[g.content.length - 1].end;
  const srcStart = src.frags[0].start;
  if (!q) { return 'missed: quote not found'; }
  if (!q.speech) { return 'missed: found as scare quote'; }
  const between = srcStart < qStart ? text.slice(src.frags[src.frags.length - 1].end, qStart) : text.slice(qEnd, srcStart);
  const otherPara = between.includes('\n');
  const where = otherPara ? (srcStart < qStart ? 'source in an earlier paragraph' : 'source in a later paragraph')
    : srcStart < qStart ? 'source before quote' : 'source after quote';
  if (!q.speaker) { return `no speaker; ${where}`; }
  const spanText = q.span ? text.slice(q.span.start, q.span.end) : '';
  if (q.span && PRONOUNS.test(spanText)) { return `pronoun resolved to the wrong person; ${where}`; }
  if (!/^\p{Lu}/u.test(q.speaker) || nameTokens(q.speaker).length === 0) { return `descriptive speaker kept ("the spokesman"); ${where}`; }
  const window = text.slice(Math.max(0, Math.min(srcStart, qStart) - 20), Math.max(qEnd, src.frags[0].end) + 20);
  if (/\btold\b/.test(window) && q.cue === 'told') { return `told X: speaker is the addressee?; ${where}`; }
  if (TITLE_WORDS.test(src.text) || src.text.includes(',')) { return `wrong name; gold source has title/appositive; ${where}`; }
  if (q.span && !(q.span.start >= Math.min(srcStart, qStart) - 400 && q.span.end <= Math.max(qEnd, srcStart) + 400)) {
    return `wrong name; engine speaker span far away; ${where}`;
  }
  return `wrong name; ${where}`;
}

function context(text: string, s: Scored): string {
  const g = s.gold;
  const a = Math.min(g.content[0].start, g.source!.frags[0].start);
  const b = Math.max(g.content[g.content.length - 1].end, g.source!.frags[0].end);
  const snip = (x: number, y: number): string => text.slice(x, y).replace(/\n/g, ' ⏎ ');
  const mid = b - a > 360 ? `${snip(a, a + 160)} … ${snip(b - 160, b)}` : snip(a, b);
  return `${snip(Math.max(0, a - 80), a)}[[${mid}]]${snip(b, Math.min(text.length, b + 60))}`;
}

// ------------------------------------------------------------------ main

const pct = (n: number, d: number): string => (d ? (100 * n / d).toFixed(1) : '-').padStart(5);

function report(label: string, t: Totals): void {
  console.log(`  ${label.padEnd(11)} gold direct ${t.gold}  recall speech ${pct(t.foundSpeech, t.gold)}%  any ${pct(t.foundAny, t.gold)}%` +
    `  | named ${t.named}: accuracy ${pct(t.correct, t.named)}%  precision ${pct(t.correct, t.answered)}% (answered ${t.answered})` +
    `  | ${(t.ms / 1000).toFixed(2)} s`);
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  const noBaseline = args.includes('--no-baseline');
  const splitArg = args[args.indexOf('--split') + 1];
  const split = args.includes('--split') ? splitArg : 'both';
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 0;
  if (!fs.existsSync(ROOT)) {
    console.log(`speakers: PolNeAR not found at ${ROOT}; skipped.`);
    return;
  }
  const splits = split === 'both' ? ['train', 'dev'] : [split];
  for (const sp of splits) {
    const arts = loadSplit(sp, limit);
    const engine = evaluate(arts, runEngine);
    console.log(`PolNeAR ${sp}: ${arts.length} articles; sources excluded from accuracy as pronoun/descriptive: ${engine.pronounOrDescr}`);
    report('triangulate', engine);
    if (!noBaseline) { report('compromise', evaluate(arts, runCompromise)); }
    if (verbose) {
      const byId = new Map(arts.map((a) => [a.id, a]));
      const classes = new Map<string, Scored[]>();
      for (const s of engine.scored) {
        if (s.correct) { continue; }
        const c = errorClass(byId.get(s.gold.article)!, s);
        classes.set(c, [...(classes.get(c) ?? []), s]);
      }
      console.log(`  errors of triangulate on ${sp} (${engine.named - engine.correct}):`);
      for (const [c, list] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
        console.log(`    ${String(list.length).padStart(4)}  ${c}`);
        const shown = Number(process.env.SHOW ?? 3);
        for (const s of list.slice(0, shown)) {
          const text = byId.get(s.gold.article)!.text;
          const f = s.found;
          console.log(`          gold "${s.gold.source!.text}" got ${f ? `"${f.speaker}" (${f.span ? text.slice(f.span.start, f.span.end) : '-'}, ${f.cue})` : '-'}`);
          console.log(`          ${context(text, s)}`);
        }
      }
    }
  }
}

main();
