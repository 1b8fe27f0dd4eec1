// Approximation and bound words standing right before a figure ("roughly 50%", "more than
// $66.8 billion"). The figure's span never includes them; they are kept as qualifier + text.
import type { Qualifier } from '../../model';

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['approximately', 'approx'], ['roughly', 'approx'], ['around', 'approx'], ['about', 'approx'],
  ['some', 'approx'], ['nearly', 'approx'], ['almost', 'approx'], ['close to', 'approx'], ['an estimated', 'approx'],
  ['estimated', 'approx'], ['circa', 'approx'], ['approx.', 'approx'], ['just under', 'approx'], ['in the region of', 'approx'],
  ['just over', 'over'], ['more than', 'over'], ['over', 'over'], ['above', 'over'], ['in excess of', 'over'],
  ['upwards of', 'over'], ['well over', 'over'], ['exceeding', 'over'],
  ['less than', 'under'], ['fewer than', 'under'], ['under', 'under'], ['below', 'under'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['up to', 'at-most'], ['at most', 'at-most'], ['as many as', 'at-most'], ['as much as', 'at-most'],
  ['no more than', 'at-most'], ['a maximum of', 'at-most'],
  ['exactly', 'exact'], ['precisely', 'exact'],
];
const BY_TEXT = new Map<string, Qualifier>(QUALIFIERS.map(([t, q]) => [t, q]));
// Anchored at the end of a short slice, so the cost per figure is bounded by the slice length.
const TAIL = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${QUALIFIERS.map(([t]) => t.replace(/\./g, '\\.').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|')})[ \\u00a0]+$`,
  'iu',
);
const WINDOW = 24;

export interface QualifierMatch {
  qualifier: Qualifier;
  text: string;
  start: number;
}

export function qualifierBefore(text: string, start: number): QualifierMatch | null {
  const from = Math.max(0, start - WINDOW);
  const m = TAIL.exec(text.slice(from, start));
  if (!m) { return null; }
  const q = BY_TEXT.get(m[1].toLowerCase().replace(/\s+/g, ' '));
  if (!q) { return null; }
  return { qualifier: q, text: m[1], start: from + m.index + m[0].indexOf(m[1]) };
}

/** Anchored at the start: the qualifier a value's text opens on ("around £34m" -> approx), as valueOf writes it. */
const HEAD = new RegExp(
  `^(${QUALIFIERS.map(([t]) => t.replace(/\./g, '\\.').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length).join('|')})[ \\u00a0]`,
  'iu',
);

/** The qualifier a value's text ("around £34m", "in excess of £1.32bn") opens on, or null. */
export function leadingQualifier(text: string): Qualifier | null {
  const m = HEAD.exec(text);
  return m ? BY_TEXT.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? null : null;
}
