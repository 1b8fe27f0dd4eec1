// The rows of the editor's side views (Sources, Speakers, Names, and the Claims view's stories), built
// here from the cached model so that what each row says is unit-tested; the editor only draws them.
import type { DocumentAnalysis } from '../model';

export interface ViewRow {
  /** Unique in its view and stable across refreshes (keeps expansion state). */
  id: string;
  label: string;
  /** [start, end) ranges of the label to mark: the words a variant changed. */
  highlights?: Array<[number, number]>;
  description?: string;
  /** Plain text (the editor escapes it); lines separated by \n. */
  tooltip?: string;
  /** A codicon id. */
  icon?: string;
  /** The passage a click opens. */
  open?: { doc: string; start: number; end: number };
  children?: ViewRow[];
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The last path segment of a document id (a relative path or a uri), decoded. */
export function fileName(id: string): string {
  const base = id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
  try { return decodeURIComponent(base); } catch { return base; }
}

/** How a document is named in rows: its outlet, else its file name. */
export function sourceName(a: Pick<DocumentAnalysis, 'id' | 'outlet'> | undefined, id: string): string {
  return a?.outlet ?? fileName(id);
}

export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
