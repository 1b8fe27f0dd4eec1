// `npm run eval [-- options] [set.json ...]`: analyse each labelled set of test/eval/sets as the CLI does
// and score the engine's claims against the labels (format and scoring rules: test/eval/README.md).
//   -v, --verbose   per set: false-positive conflicts, missed gold conflicts, missed corroboration and
//                   update pairs, traps hit
//   --set NAME      run only this set (its name or its file name without .json; may be repeated)
//   --json FILE     also write the numbers as JSON
//   --check         exit 1 when the total misses a threshold (see score.ts THRESHOLDS), a trap is called a
//                   conflict or a set cannot be scored; without it the exit code is 0
//   set.json ...    score these set files instead of test/eval/sets/*.json
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Corpus } from '../../src/core/corpus';
import type { Claim } from '../../src/core/model';
import { PROJECT, SETS_DIR, readSet, readTexts, type EvalSet, type Needle } from './sets';
import {
  checkFailures, locateAll, ratios, score, sumCounts,
  type Counts, type PassageLike, type PredictedConflict, type SetScore, type Span,
} from './score';

interface SetRun { file: string; set: EvalSet; score: SetScore; ms: number; texts: Map<string, string> }

const USAGE = 'usage: npm run eval -- [-v|--verbose] [--set NAME]... [--json FILE] [--check] [set.json ...]';

function main(argv: string[]): number {
  let opts: ReturnType<typeof parse>;
  try { opts = parse(argv); } catch (e) { console.error(`eval: ${(e as Error).message}\n${USAGE}`); return 2; }
  if (opts.values.help) { console.log(USAGE); return 0; }
  const verbose = !!opts.values.verbose;
  const check = !!opts.values.check;

  const files = opts.positionals.length
    ? opts.positionals.map((f) => path.resolve(f))
    : (fs.existsSync(SETS_DIR) ? fs.readdirSync(SETS_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(SETS_DIR, f)) : []);

  const wanted = opts.values.set ?? [];
  const runs: SetRun[] = [];
  const skipped: Array<{ file: string; name: string; why: string }> = [];
  const errors: Array<{ file: string; name: string; errors: string[] }> = [];
  const seen = new Set<string>();

  for (const file of files) {
    const base = path.basename(file, '.json');
    let set: EvalSet;
    try { set = readSet(file); } catch (e) {
      if (!wanted.length || wanted.includes(base)) { errors.push({ file, name: base, errors: [`cannot read set: ${(e as Error).message}`] }); seen.add(base); }
      continue;
    }
    if (wanted.length && !wanted.includes(set.name) && !wanted.includes(base)) { continue; }
    seen.add(set.name); seen.add(base);
    const root = path.resolve(PROJECT, set.root ?? '');
    if (!set.root || !fs.existsSync(root)) {
      skipped.push({ file, name: set.name, why: `root folder ${set.root} is missing` });
      continue;
    }
    let texts: Map<string, string>;
    try { texts = readTexts(set); } catch (e) {
      errors.push({ file, name: set.name, errors: [`cannot read a document: ${(e as Error).message}`] });
      continue;
    }
    const { located, errors: needleErrors } = locateAll(set, texts);
    if (needleErrors.length) { errors.push({ file, name: set.name, errors: needleErrors }); continue; }

    // Exactly as `triangulate analyze` feeds the engine: one corpus, every file at once, id = file name.
    const t0 = performance.now();
    let claims: Claim[];
    try {
      const corpus = new Corpus();
      corpus.updateMany(set.files.map((f) => ({ id: f, text: texts.get(f)! })));
      claims = corpus.claims();
    } catch (e) {
      const err = e as Error;
      errors.push({ file, name: set.name, errors: [`the engine threw: ${err.stack?.split('\n').slice(0, 3).join(' | ') ?? err}`] });
      continue;
    }
    const ms = performance.now() - t0;
    runs.push({ file, set, score: score(set, located, claims), ms, texts });
  }
  const unknown = wanted.filter((w) => !seen.has(w));
  if (unknown.length) {
    console.error(`eval: no set named ${unknown.join(', ')} in ${opts.positionals.length ? 'the given files' : path.relative(process.cwd(), SETS_DIR) || SETS_DIR}`);
    return 2;
  }

  for (const s of skipped) { console.log(`skipped ${s.name}: ${s.why}`); }
  for (const e of errors) {
    console.error(`ERROR ${e.name} (${path.relative(process.cwd(), e.file)}): not scored`);
    for (const m of e.errors) { console.error(`  ${m}`); }
  }
  if (skipped.length || errors.length) { console.log(''); }

  const total = sumCounts(runs.map((r) => r.score));
  const totalMs = runs.reduce((n, r) => n + r.ms, 0);
  if (runs.length) {
    console.log(table(runs, total, totalMs));
  } else {
    console.log(files.length ? 'no set could be scored' : `no sets in ${SETS_DIR}`);
  }

  if (verbose) { for (const r of runs) { console.log('\n' + details(r)); } }

  const failures = checkFailures(total);
  if (errors.length) { failures.push(`${errors.length} set(s) could not be scored: ${errors.map((e) => e.name).join(', ')}`); }

  if (opts.values.json) {
    const out = {
      sets: runs.map((r) => ({
        name: r.set.name, file: path.relative(PROJECT, r.file), documents: r.set.files.length,
        engineMs: Math.round(r.ms), ...countsOf(r.score), ratios: ratios(r.score),
      })),
      total: { documents: runs.reduce((n, r) => n + r.set.files.length, 0), engineMs: Math.round(totalMs), ...total, ratios: ratios(total) },
      skipped: skipped.map((s) => ({ name: s.name, why: s.why })),
      errors: errors.map((e) => ({ name: e.name, errors: e.errors })),
      failures,
    };
    fs.mkdirSync(path.dirname(path.resolve(opts.values.json)), { recursive: true });
    fs.writeFileSync(opts.values.json, JSON.stringify(out, null, 2) + '\n');
  }

  if (check) {
    if (failures.length) {
      console.log('\ncheck failed:');
      for (const f of failures) { console.log(`  - ${f}`); }
      return 1;
    }
    console.log('\ncheck passed');
  }
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      verbose: { type: 'boolean', short: 'v' },
      set: { type: 'string', multiple: true },
      json: { type: 'string' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function countsOf(s: SetScore): Counts {
  return { conflicts: s.conflicts, corroborations: s.corroborations, updates: s.updates, traps: s.traps, distinct: s.distinct };
}

// ---------------------------------------------------------------- table

const ratio = (n: number, d: number): string => `${d ? (n / d).toFixed(2) : '–'} (${n}/${d})`;

function row(name: string, docs: number, c: Counts, ms: number): string[] {
  return [
    name, String(docs),
    ratio(c.conflicts.correct, c.conflicts.predicted),
    ratio(c.conflicts.found, c.conflicts.gold),
    ratio(c.corroborations.found, c.corroborations.pairs),
    ratio(c.updates.found, c.updates.pairs),
    `${c.traps.hit} (of ${c.traps.total})`,
    c.distinct?.total ? `${c.distinct.linked} (of ${c.distinct.total})` : '–',
    `${Math.round(ms)} ms`,
  ];
}

function table(runs: SetRun[], total: Counts, totalMs: number): string {
  const head = ['set', 'docs', 'conflict precision', 'conflict recall', 'corroboration recall', 'update recall', 'traps called conflicts', 'distinct pairs linked', 'engine time'];
  const rows = runs.map((r) => row(r.set.name, r.set.files.length, r.score, r.ms));
  rows.push(row('**total**', runs.reduce((n, r) => n + r.set.files.length, 0), total, totalMs));
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const right = (i: number): boolean => i > 0;
  const line = (cells: string[]): string => '| ' + cells.map((c, i) => (right(i) ? c.padStart(width[i]) : c.padEnd(width[i]))).join(' | ') + ' |';
  const rule = '|' + width.map((w, i) => (right(i) ? '-'.repeat(w + 1) + ':' : ':' + '-'.repeat(w + 1))).join('|') + '|';
  return [line(head), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- --verbose

const MAX = 160;

/** The text on one line, cut to about MAX characters around `focus` (offsets within the text) when longer. */
export function shorten(text: string, focus?: Span): string {
  const t = text.replace(/\s/g, ' '); // same length: focus offsets stay valid
  if (t.length <= MAX) { return t; }
  let from = 0;
  if (focus) {
    const mid = Math.floor((focus.start + focus.end) / 2);
    from = Math.max(0, Math.min(t.length - MAX, mid - Math.floor(MAX / 2)));
  }
  return (from > 0 ? '…' : '') + t.slice(from, from + MAX).trim() + (from + MAX < t.length ? '…' : '');
}

const rel = (p: PassageLike, s?: Span): Span | undefined => (s ? { start: s.start - p.start, end: s.end - p.start } : undefined);

/** A needle with ~60 characters of its document either side, for the missed lists. */
function context(texts: Map<string, string>, n: Needle): string {
  const t = texts.get(n.doc) ?? '';
  const i = t.indexOf(n.needle);
  if (i < 0) { return JSON.stringify(n.needle); }
  const a = Math.max(0, i - 60), b = Math.min(t.length, i + n.needle.length + 60);
  const show = (s: string): string => s.replace(/\s+/g, ' ');
  return `${a > 0 ? '…' : ''}${show(t.slice(a, i))}[${show(n.needle)}]${show(t.slice(i + n.needle.length, b))}${b < t.length ? '…' : ''}`;
}

function fpLines(r: SetRun, pc: PredictedConflict): string[] {
  const e0 = pc.entries[0];
  const tags: string[] = [];
  for (const i of pc.traps) { const t = r.set.traps[i]; tags.push(`matches trap ${t.pattern ?? 'other'}${t.why ? `: ${t.why}` : ''}`); }
  for (const i of pc.updates) { tags.push(`matches update "${r.set.updates[i].fact}"`); }
  for (const i of pc.wording ?? []) { const w = r.set.wording![i]; tags.push(`matches a wording variant${w.speaker ? ` of ${w.speaker}` : ''}`); }
  return [
    `  - ${pc.a.doc}: ${shorten(pc.a.text, rel(pc.a, e0?.ours))}`,
    `    ${pc.b.doc}: ${shorten(pc.b.text, rel(pc.b, e0?.theirs))}`,
    `    reason: ${[...new Set(pc.entries.map((e) => e.reason))].join('; ') || '(none given)'}`,
    ...tags.map((t) => `    !! ${t}`),
  ];
}

function details(r: SetRun): string {
  const s = r.score;
  const out: string[] = [`### ${r.set.name}`];
  const section = (title: string, n: number, lines: string[]): void => {
    out.push(`${title} (${n})${n ? ':' : ''}`);
    out.push(...lines);
  };
  section('false-positive conflicts', s.falsePositives.length, s.falsePositives.flatMap((pc) => fpLines(r, pc)));
  section('missed gold conflicts', s.missedConflicts.length, s.missedConflicts.flatMap((m) => [
    `  - ${m.fact}${m.note ? `  (${m.note})` : ''}`,
    `    ${m.a.doc}: ${context(r.texts, m.a)}`,
    `    ${m.b.doc}: ${context(r.texts, m.b)}`,
  ]));
  section('missed corroboration pairs', s.missedCorroborations.length, s.missedCorroborations.map((m) =>
    `  - ${m.fact}: ${m.a.doc} ${JSON.stringify(m.a.needle)} + ${m.b.doc} ${JSON.stringify(m.b.needle)}`));
  section('traps called conflicts', s.trapsHit.length, s.trapsHit.flatMap((h) => [
    `  - ${h.trap.pattern ?? 'other'}${h.trap.why ? `: ${h.trap.why}` : ''}`,
    `    ${h.trap.a.doc} ${JSON.stringify(h.trap.a.needle)} vs ${h.trap.b.doc} ${JSON.stringify(h.trap.b.needle)}`,
    `    reason: ${[...new Set(h.by.entries.map((e) => e.reason))].join('; ') || '(none given)'}`,
  ]));
  if (s.distinctLinked.length) {
    section('distinct pairs linked (different things joined in one claim)', s.distinctLinked.length, s.distinctLinked.flatMap((d) => [
      `  - ${d.pattern ?? 'other'}${d.why ? `: ${d.why}` : ''}`,
      `    ${d.a.doc} ${JSON.stringify(d.a.needle)} / ${d.b.doc} ${JSON.stringify(d.b.needle)}`,
    ]));
  }
  if (s.missedUpdates.length) {
    section('missed update pairs', s.missedUpdates.length, s.missedUpdates.map((m) =>
      `  - ${m.fact}: ${m.a.doc} ${JSON.stringify(m.a.needle)} -> ${m.b.doc} ${JSON.stringify(m.b.needle)} (${m.note})`));
  }
  if (s.ambiguous.length) {
    section('correct conflicts that also match a trap or an update (counted correct)', s.ambiguous.length, s.ambiguous.flatMap((pc) => fpLines(r, pc)));
  }
  return out.join('\n');
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
