// The Fact matrix: facts as rows, sources as columns, and in each cell whether that source agrees with
// the row's fact as its claim states it, gives another value, gives a later value (an update) or says
// nothing. Built from the cached claims, like the other side views (nothing is analysed again); the
// webview only draws it (factMatrixHtml.ts).
import type { Claim, DocumentAnalysis, Evidence, Span, Story } from '../model';
import { claimSubject, claimSummary, claimValue, cmpDate, focusText, shorten, sortClaims } from '../query';
import { passageFocus } from './passageRows';
import { byId, fileName, sourceName } from './viewRow';

/** A wording variant agrees (its reason in the cell's note); a related passage (another window, another
 *  event) is not this fact, so its source is silent on it. */
export type MatrixState = 'agree' | 'differ' | 'update' | 'silent';

/** How one passage of a cell relates to the row's claim. */
export type MatrixRelation = 'anchor' | 'agree' | 'variant' | 'differ' | 'update';

export interface MatrixTarget { doc: string; start: number; end: number }

export interface MatrixPassage extends MatrixTarget {
  relation: MatrixRelation;
  /** The value as this passage writes it ("Sixteen people", "“the worst storm in half a century”"). */
  written: string;
  /** Why it differs (the conflict's reason), how it was worded differently, or the update's date. */
  note?: string;
  /** The passage itself, whitespace collapsed, cut at about 300 characters (the cell's tooltip). */
  text: string;
}

export interface MatrixCell {
  doc: string;
  state: MatrixState;
  /** What the cell shows: the source's value(s), normalized where the engine normalized them; "" when silent. */
  value: string;
  /** The first note of its passages (a conflict's reason first). */
  note?: string;
  /** In document order, the claim's own passage first. */
  passages: MatrixPassage[];
  /** What a click opens: the passage that decided the cell's state. */
  open?: MatrixTarget;
}

export interface MatrixTimelineEntry {
  reported: string | null;
  value: string;
  doc: string;
  source: string;
  open: MatrixTarget;
}

export interface MatrixRow {
  /** The claim's id. */
  id: string;
  subject: string;
  /** The tree's one line about the claim ("14 — 3 sources · 16 — 1 source"). */
  summary: string;
  cells: MatrixCell[];
  /** For a fact with updates: each source's value by reporting date (undated last). */
  timeline?: MatrixTimelineEntry[];
}

export interface MatrixColumn {
  doc: string;
  /** The outlet, else the file name. */
  name: string;
  file: string;
  reported: string | null;
}

export interface MatrixGroup {
  /** The story's id; "all" when the folder is one story. */
  id: string;
  /** The story's title; null when the folder is one story. */
  title: string | null;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

export interface FactMatrix { groups: MatrixGroup[] }

const MAX_VALUE = 40;
const MAX_TEXT = 300;

/** A cell's state when it holds passages of several relations: a difference is what a reader must see. */
const RANK: Record<MatrixRelation, number> = { differ: 0, update: 1, anchor: 2, agree: 3, variant: 4 };
const STATE: Record<MatrixRelation, MatrixState> = { differ: 'differ', update: 'update', anchor: 'agree', agree: 'agree', variant: 'agree' };

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The passages of one claim per document, each with its relation and value as written. */
function passagesByDoc(c: Claim): Map<string, MatrixPassage[]> {
  const out = new Map<string, MatrixPassage[]>();
  const add = (p: { doc: string; start: number; end: number; text: string }, focus: Span | undefined, relation: MatrixRelation, note?: string, written?: string) => {
    let list = out.get(p.doc);
    if (!list) { list = []; out.set(p.doc, list); }
    const w = flat(written ?? focusText(p, focus) ?? p.text);
    list.push({ doc: p.doc, start: p.start, end: p.end, relation, written: shorten(w, MAX_VALUE), ...(note ? { note } : {}), text: shorten(p.text, MAX_TEXT) });
  };
  add(c, c.focus, 'anchor', undefined, claimValue(c));
  for (const e of c.corroborating) { add(e, passageFocus(e), 'agree'); }
  for (const e of c.variants ?? []) { add(e, passageFocus(e), 'variant', e.reason); }
  for (const e of c.conflicting) { add(e, passageFocus(e), 'differ', e.reason); }
  for (const e of c.updates ?? []) { add(e, passageFocus(e as Evidence), 'update', e.reported ?? 'undated', e.value); }
  for (const list of out.values()) { list.sort((a, b) => Number(b.relation === 'anchor') - Number(a.relation === 'anchor') || a.start - b.start); }
  return out;
}

function cellOf(c: Claim, doc: string, passages: MatrixPassage[] | undefined): MatrixCell {
  if (!passages?.length) { return { doc, state: 'silent', value: '', passages: [] }; }
  const lead = [...passages].sort((a, b) => RANK[a.relation] - RANK[b.relation])[0];
  // the engine's normalized value for this source ("14" for "Fourteen people"), else as written
  const normalized = c.fact?.values.filter((v) => v.docs.includes(doc)).map((v) => flat(v.value)) ?? [];
  const values = [...new Set([...normalized, ...passages.filter((p) => p.relation === 'update').map((p) => p.written)])];
  const shown = values.length ? values : [...new Set(passages.map((p) => p.written))];
  const note = passages.find((p) => p.relation === 'differ')?.note ?? lead.note;
  return {
    doc,
    state: STATE[lead.relation],
    value: shown.map((v) => shorten(v, MAX_VALUE)).join(' / '),
    ...(note ? { note } : {}),
    passages,
    open: { doc: lead.doc, start: lead.start, end: lead.end },
  };
}

function rowOf(c: Claim, columns: readonly MatrixColumn[], reportedOf: (doc: string) => string | null): MatrixRow {
  const byDoc = passagesByDoc(c);
  const row: MatrixRow = {
    id: c.id,
    subject: claimSubject(c),
    summary: claimSummary(c, reportedOf),
    cells: columns.map((col) => cellOf(c, col.doc, byDoc.get(col.doc))),
  };
  if (c.updates?.length) {
    // every source that states the fact, one entry each (its cell's value), by reporting date, undated last
    row.timeline = row.cells.flatMap((cell, i): MatrixTimelineEntry[] => (cell.state === 'silent' || !cell.open ? []
      : [{ reported: columns[i].reported, value: cell.value, doc: cell.doc, source: columns[i].name, open: cell.open }]))
      .sort((a, b) => cmpDate(a.reported, b.reported));
  }
  return row;
}

/**
 * The matrix of a folder: one group per story when there are several (each with its own sources as
 * columns and its claims as rows), else one group of every document. Rows in the Claims view's order
 * (conflicts, updates, corroborated, related); a claim without a story goes to its document's story.
 */
export function factMatrix(docs: readonly Pick<DocumentAnalysis, 'id' | 'outlet' | 'reported'>[], claims: readonly Claim[], stories: readonly Story[]): FactMatrix {
  const byDocId = new Map(docs.map((d) => [d.id, d]));
  const reportedOf = (id: string) => byDocId.get(id)?.reported ?? null;
  const nameOf = (id: string) => sourceName(byDocId.get(id), id);
  const column = (id: string): MatrixColumn => ({ doc: id, name: nameOf(id), file: fileName(id), reported: reportedOf(id) });
  const sorted = sortClaims(claims);
  if (stories.length < 2) {
    const columns = [...docs].sort(byId).map((d) => column(d.id));
    return { groups: [{ id: 'all', title: null, columns, rows: sorted.map((c) => rowOf(c, columns, reportedOf)) }] };
  }
  const storyOfDoc = new Map(stories.flatMap((s) => s.documents.map((d) => [d, s.id] as const)));
  return {
    groups: stories.map((s) => {
      const columns = s.documents.filter((d) => byDocId.has(d)).map(column);
      const mine = sorted.filter((c) => (c.story ?? storyOfDoc.get(c.doc)) === s.id);
      return { id: s.id, title: s.title, columns, rows: mine.map((c) => rowOf(c, columns, reportedOf)) };
    }),
  };
}
