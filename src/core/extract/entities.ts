// Named entities (people, organizations, places) with document-local canonical keys.
// Cross-document alias merging happens in aliases.ts.
import type { Entity } from '../model';
import type { DocContext } from '../text/context';

export function extractEntities(_ctx: DocContext): Entity[] {
  return [];
}
