// The Speakers view: each speaker with every quote in every source. Quotes the claims engine linked as
// one statement (the same words, a variant or a contested wording) are one row whose children are the
// sources, each wording with the words it changed marked against the statement's first wording.
import type { Claim, DocumentAnalysis, Quote, Span } from '../model';
import { wordDiff as diffWords } from '../facts/wordDiff';
import { overlaps, shorten } from '../query';
import { byId, plural, sourceName, type ViewRow } from './viewRow';

const MAX_LABEL = 120;

interface Said {
  doc: DocumentAnalysis;
  quote: Quote;
  /** The words between the marks, whitespace collapsed. */
  words: string;
}

/** Where each quote fact of a claim stands, with the claim and how the passage relates to its anchor. */
interface Site { doc: string; span: Span; claim: string; relation: 'anchor' | 'same' | 'conflict' | 'variant' }

function quoteSites(claims: readonly Claim[]): Map<string, Site[]> {
  const out = new Map<string, Site[]>();
  const add = (doc: string, span: Span | undefined, claim: string, relation: Site['relation']) => {
    if (!span) { return; }
    let list = out.get(doc);
    if (!list) { list = []; out.set(doc, list); }
    list.push({ doc, span, claim, relation });
  };
  for (const c of claims) {
    if (c.fact?.kind !== 'quote') { continue; }
    add(c.doc, c.focus, c.id, 'anchor');
    for (const e of c.corroborating) { add(e.doc, e.focus, c.id, 'same'); }
    for (const e of c.conflicting) { add(e.doc, e.theirs ?? e.focus, c.id, 'conflict'); }
    for (const e of c.variants ?? []) { add(e.doc, e.theirs ?? e.focus, c.id, 'variant'); }
  }
  return out;
}

function innerWords(q: Quote): string {
  return q.text.slice(q.inner.start - q.start, q.inner.end - q.start).replace(/\s+/g, ' ').trim();
}

/** `theirs` with the words that differ from `ours` marked, as label highlights: the changed regions of
 *  the word diff (facts/wordDiff), compared without case and edge punctuation ("work," = "work"). */
export function markedWording(ours: string, theirs: string, max = MAX_LABEL): { label: string; highlights: Array<[number, number]> } {
  const norm = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const a = ours.split(' ');
  const b = theirs.split(' ');
  const starts: number[] = [];
  let pos = 0;
  for (const w of b) { starts.push(pos); pos += w.length + 1; }
  const highlights: Array<[number, number]> = [];
  let i = 0;
  for (const part of diffWords(a.map(norm), b.map(norm), true)) {
    if (part.op === 'removed') { continue; }
    const n = part.text.split(' ').length;
    if (part.op === 'added') { highlights.push([starts[i], starts[i + n - 1] + b[i + n - 1].length]); }
    i += n;
  }
  // a change far into the quote would be cut off in a narrow sidebar: start two words before it
  let from = 0;
  if (highlights.length && highlights[0][0] > LEAD) {
    const w = starts.findIndex((x) => x === highlights[0][0]);
    from = starts[Math.max(0, w - 2)];
  }
  const shown = (from ? '…' : '') + theirs.slice(from);
  const shift = from ? 1 - from : 0;
  const label = shorten(shown, max);
  const end = label.endsWith('…') && label.length > 1 ? label.length - 1 : label.length;
  return { label, highlights: highlights.map(([s0, e0]): [number, number] => [s0 + shift, e0 + shift]).filter(([s0]) => s0 < end).map(([s0, e0]) => [s0, Math.min(e0, end)]) };
}

/** A first change later than this many characters into a wording is brought forward. */
const LEAD = 12;

export function speakerRows(docs: readonly DocumentAnalysis[], claims: readonly Claim[]): ViewRow[] {
  const sites = quoteSites(claims);
  const speakers = new Map<string, { name: string; said: Said[] }>();
  for (const doc of [...docs].sort(byId)) {
    for (const quote of doc.quotes) {
      if (quote.quoteKind !== 'speech') { continue; }
      const key = quote.speakerKey ?? (quote.speaker ? `name:${quote.speaker}` : 'unattributed');
      let s = speakers.get(key);
      if (!s) { s = { name: quote.speaker ?? 'Unattributed', said: [] }; speakers.set(key, s); }
      if (quote.speaker && quote.speaker.length > s.name.length) { s.name = quote.speaker; }
      s.said.push({ doc, quote, words: innerWords(quote) });
    }
  }
  const rows = [...speakers.entries()].map(([key, s]) => {
    // statements: the quotes one claim links, in the order they were said; a quote no claim links stands alone
    const statements = new Map<string, Array<Said & { relation: Site['relation'] | 'alone' }>>();
    for (const said of s.said) {
      const site = (sites.get(said.doc.id) ?? []).find((x) => overlaps(x.span, said.quote));
      const id = site ? site.claim : `${said.doc.id}#${said.quote.start}`;
      let list = statements.get(id);
      if (!list) { list = []; statements.set(id, list); }
      list.push({ ...said, relation: site?.relation ?? 'alone' });
    }
    const docsOf = (l: Said[]) => new Set(l.map((x) => x.doc.id)).size;
    const children = [...statements.entries()]
      .sort((a, b) => docsOf(b[1]) - docsOf(a[1]))
      .map(([sid, list]): ViewRow => {
        const ref = list.find((x) => x.relation === 'anchor') ?? list[0];
        const ordered = [ref, ...list.filter((x) => x !== ref)];
        const open = (x: Said) => ({ doc: x.doc.id, start: x.quote.start, end: x.quote.end });
        const where = (x: Said) => `${sourceName(x.doc, x.doc.id)}${x.quote.cue ? ` (${x.quote.cue})` : ''}`;
        if (ordered.length === 1) {
          return { id: `speaker:${key}/${sid}`, label: shorten(ref.words, MAX_LABEL), description: where(ref), tooltip: `${ref.quote.text}\n— ${where(ref)}`, icon: 'quote', open: open(ref) };
        }
        const wordings = new Set(ordered.map((x) => x.words.toLowerCase())).size;
        const occurrences = ordered.map((x, i): ViewRow => {
          const differs = x.words.toLowerCase() !== ref.words.toLowerCase();
          const marked = differs ? markedWording(ref.words, x.words) : { label: shorten(x.words, MAX_LABEL), highlights: [] };
          const how = x.relation === 'conflict' ? 'worded differently, a conflict' : differs ? 'worded differently' : '';
          // the source first: in a narrow sidebar it is what tells the rows of one statement apart
          const head = `${sourceName(x.doc, x.doc.id)}: `;
          return {
            id: `speaker:${key}/${sid}/${i}:${x.doc.id}#${x.quote.start}`,
            label: head + marked.label,
            ...(marked.highlights.length ? { highlights: marked.highlights.map(([s0, e0]): [number, number] => [s0 + head.length, e0 + head.length]) } : {}),
            ...(how ? { description: how } : {}),
            tooltip: `${x.quote.text}\n— ${where(x)}${how ? `\n${how}` : ''}`,
            icon: x.relation === 'conflict' ? 'warning' : differs ? 'diff' : 'quote',
            open: open(x),
          };
        });
        return {
          id: `speaker:${key}/${sid}`,
          label: shorten(ref.words, MAX_LABEL),
          description: [plural(docsOf(ordered), 'source'), wordings > 1 ? plural(wordings, 'wording') : ''].filter(Boolean).join(' · '),
          tooltip: ordered.map((x) => `${x.quote.text} — ${where(x)}`).join('\n'),
          icon: ordered.some((x) => x.relation === 'conflict') ? 'warning' : wordings > 1 ? 'diff' : 'quote',
          open: open(ref),
          children: occurrences,
        };
      });
    const sources = new Set(s.said.map((x) => x.doc.id)).size;
    return {
      key,
      quotes: s.said.length,
      sources,
      row: {
        id: `speaker:${key}`,
        label: s.name,
        description: `${plural(s.said.length, 'quote')} · ${plural(sources, 'source')}`,
        tooltip: `${s.name}${key.startsWith('name:') || key === 'unattributed' ? '' : ` (${key})`}\n${plural(s.said.length, 'quote')} in ${plural(sources, 'source')}`,
        icon: key === 'unattributed' ? 'question' : 'person',
        children,
      } as ViewRow,
    };
  });
  // most quoted first; the unattributed last
  rows.sort((a, b) => Number(a.key === 'unattributed') - Number(b.key === 'unattributed') || b.sources - a.sources
    || b.quotes - a.quotes || (a.row.label < b.row.label ? -1 : 1));
  return rows.map((r) => r.row);
}
