// Direct quotes with their speaker and cue verb. Hand-written: no library attributes quotes.
import type { Entity, Quote } from '../model';
import type { DocContext } from '../text/context';

export function extractQuotes(_ctx: DocContext, _entities: readonly Entity[]): Quote[] {
  return [];
}
