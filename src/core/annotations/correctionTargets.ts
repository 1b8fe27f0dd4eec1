// What a correction command offers at a place in the text: the engine's links there, the folder's
// entities to choose a speaker or a "same as" from. Pure, read from the (corrected) model.
import type { Claim, DocumentAnalysis, Evidence, EntityType } from '../model';

export type LinkGroup = 'corroborating' | 'conflicting' | 'variants' | 'updates' | 'related';
const GROUPS: readonly LinkGroup[] = ['conflicting', 'corroborating', 'updates', 'variants', 'related'];

export interface LinkAt {
  claim: Claim;
  evidence: Evidence;
  group: LinkGroup;
}

/** The links with a passage at `offset` of `doc`: a claim's passage with each of its linked passages, or a
 *  linked passage with its claim's passage. Conflicts first. */
export function linksAt(claims: readonly Claim[], doc: string, offset: number): LinkAt[] {
  const inside = (p: { doc: string; start: number; end: number }) => p.doc === doc && p.start <= offset && offset < p.end;
  const out: LinkAt[] = [];
  for (const g of GROUPS) {
    for (const claim of claims) {
      for (const evidence of claim[g] ?? []) {
        if (inside(claim) || inside(evidence)) { out.push({ claim, evidence, group: g }); }
      }
    }
  }
  return out;
}

export interface EntityChoice {
  key: string;
  type: EntityType;
  /** Its longest written form. */
  name: string;
  /** Documents that mention it. */
  sources: number;
}

/** Every entity key of the folder with its longest name, people first, then by how many sources name it. */
export function entityChoices(documents: Iterable<DocumentAnalysis>, type?: EntityType): EntityChoice[] {
  const byKey = new Map<string, EntityChoice & { docs: Set<string> }>();
  for (const d of documents) {
    for (const e of d.entities) {
      if (type && e.type !== type) { continue; }
      const c = byKey.get(e.key) ?? { key: e.key, type: e.type, name: e.text, sources: 0, docs: new Set<string>() };
      if (e.text.length > c.name.length) { c.name = e.text; }
      c.docs.add(d.id);
      byKey.set(e.key, c);
    }
  }
  const rank = (t: EntityType) => (t === 'person' ? 0 : t === 'organization' ? 1 : 2);
  return [...byKey.values()]
    .map(({ docs, ...c }) => ({ ...c, sources: docs.size }))
    .sort((a, b) => rank(a.type) - rank(b.type) || b.sources - a.sources || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
