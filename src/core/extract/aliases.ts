// Cross-document entity resolution: one canonical key per real-world entity across all
// documents (accents folded, surname joined to the full name the corpus supports,
// acronyms joined with their expansions, one type per name by corpus-wide vote).
//
// Incremental by design: set()/delete() only update per-key counters (O(entities of that
// document)); the canonical map is recomputed lazily over the distinct keys (a few thousand for
// 220 articles) on the first lookup after a change, and cached until the next change.
import type { Entity, EntityType } from '../model';
import { knownName } from './entities/lexicon';
import { nameSpellings } from './keys';

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

/** One document's entities, pooled by local key. */
interface DocSummary {
  keys: Map<string, { count: number; forms: Map<string, number> }>;
}

/** One local key across the corpus. */
interface KeyStat {
  key: string;
  type: EntityType;
  /** The key without its type: "antonio-costa". */
  name: string;
  words: string[];
  mentions: number;
  docs: number;
  forms: Map<string, number>;
  /** The key is a country-list entry's own key ("place:united-states"). */
  known: boolean;
  /** Initials of a multi-word non-person name, with and without "of"/"and"/"the". */
  initials: string[];
}

const TYPE_ORDER: readonly EntityType[] = ['organization', 'place', 'person'];

/** Holds every document's entities and maps their document-local keys to corpus-wide keys. */
export class EntityRegistry {
  private readonly docs = new Map<string, DocSummary>();
  private readonly stats = new Map<string, KeyStat>();
  private map: Map<string, string> | null = null;
  private members: Map<string, string[]> | null = null;

  set(docId: string, entities: readonly Entity[]): void {
    this.delete(docId);
    const keys: DocSummary['keys'] = new Map();
    for (const e of entities) {
      let k = keys.get(e.key);
      if (!k) { k = { count: 0, forms: new Map() }; keys.set(e.key, k); }
      k.count++;
      k.forms.set(e.text, (k.forms.get(e.text) ?? 0) + 1);
    }
    this.docs.set(docId, { keys });
    this.apply(keys, +1);
  }

  delete(docId: string): void {
    const old = this.docs.get(docId);
    if (!old) { return; }
    this.docs.delete(docId);
    this.apply(old.keys, -1);
  }

  /** The corpus-wide key for a document-local key. */
  canonical(_docId: string, key: string): string {
    return this.resolve().get(key) ?? key;
  }

  info(key: string): EntityInfo | undefined {
    this.resolve();
    const locals = this.members!.get(key) ?? (this.stats.has(key) ? [key] : []);
    if (!locals.length) { return undefined; }
    const aliases = new Map<string, number>();
    const own = new Set<string>();
    const mentions: Record<string, number> = {};
    for (const [doc, sum] of this.docs) {
      for (const lk of locals) {
        const k = sum.keys.get(lk);
        if (!k) { continue; }
        mentions[doc] = (mentions[doc] ?? 0) + k.count;
        for (const [f, n] of k.forms) { aliases.set(f, (aliases.get(f) ?? 0) + n); if (lk === key) { own.add(f); } }
      }
    }
    const forms = [...aliases.keys()];
    // (named by the forms of the key that represents the group: a rarer, fuller variant is an alias)
    return { key, type: key.slice(0, key.indexOf(':')) as EntityType, name: displayName(own.size ? [...own] : forms), aliases: forms, mentions };
  }

  private apply(keys: DocSummary['keys'], sign: 1 | -1): void {
    for (const [key, k] of keys) {
      let s = this.stats.get(key);
      if (!s) {
        const colon = key.indexOf(':');
        const name = key.slice(colon + 1);
        const type = key.slice(0, colon) as EntityType;
        const words = name.split('-');
        s = {
          key, type, name, words, mentions: 0, docs: 0, forms: new Map(),
          known: knownName(words.join(' '))?.key === key,
          initials: type !== 'person' && words.length > 1 ? initials(words) : [],
        };
        this.stats.set(key, s);
      }
      s.mentions += sign * k.count;
      s.docs += sign;
      for (const [f, n] of k.forms) {
        const v = (s.forms.get(f) ?? 0) + sign * n;
        if (v > 0) { s.forms.set(f, v); } else { s.forms.delete(f); }
      }
      if (s.docs <= 0) { this.stats.delete(key); }
    }
    this.map = null;
    this.members = null;
  }

  private resolve(): Map<string, string> {
    if (this.map) { return this.map; }
    const parent = new Map<string, string>();
    const find = (k: string): string => {
      let r = k;
      while (parent.has(r)) { r = parent.get(r)!; }
      return r;
    };
    const join = (from: string, to: string) => {
      const a = find(from);
      const b = find(to);
      if (a !== b) { parent.set(a, b); }
    };
    const stats = [...this.stats.values()];

    // 1. One type per name: "place:port-calder" and "person:port-calder" are one entity; the
    //    country list decides when it knows the name, else the type with the most mentions.
    const byName = new Map<string, KeyStat[]>();
    for (const s of stats) { push(byName, s.name, s); }
    const typeOf = new Map<string, EntityType>();
    for (const [name, group] of byName) {
      let winner = group[0];
      if (group.length > 1) {
        const known = knownName(group[0].words.join(' '));
        const votes = new Map<EntityType, number>();
        for (const s of group) { votes.set(s.type, (votes.get(s.type) ?? 0) + s.mentions); }
        let bestType = known?.type;
        if (!bestType) {
          let best = -1;
          for (const t of TYPE_ORDER) { const v = votes.get(t) ?? 0; if (v > best) { best = v; bestType = t; } }
        }
        winner = group.find((s) => s.type === bestType) ?? group[0];
        for (const s of group) { if (s !== winner) { join(s.key, winner.key); } }
      }
      typeOf.set(name, winner.type);
    }
    const alive = stats.filter((s) => typeOf.get(s.name) === s.type);

    // 2. People: a shorter name that ends exactly one longer name joins it: "fournier" ->
    //    "ines-fournier", "costa" -> "antonio-costa". Only surnames across documents: a first name
    //    ("Joel") names too many people in a mixed corpus. Within one document the extractor
    //    already joined first-mention short forms ("Giang").
    //    A word that is also someone's first name ("Ibrahim" of Ibrahim Abdeslam next to Anwar
    //    Ibrahim) is ambiguous and joins nothing.
    const byLast = new Map<string, KeyStat[]>();
    const firstNames = new Set<string>();
    for (const p of alive) {
      if (p.type === 'person' && p.words.length > 1) {
        push(byLast, p.words[p.words.length - 1], p);
        firstNames.add(p.words[0]);
      }
    }
    for (const s of alive) {
      if (s.type !== 'person' || (s.words.length === 1 && firstNames.has(s.words[0]))) { continue; }
      const cands = (byLast.get(s.words[s.words.length - 1]) ?? []).filter((p) => p.words.length > s.words.length && endsWith(p.words, s.words));
      if (cands.length === 1) { join(s.key, cands[0].key); }
    }

    // 2b. One person's name in two spellings, across documents: "Ismaël Omar Mostefaï" / "Omar Ismail Mostefai",
    //     "Abdeslam Salah" / "Salah Abdeslam", "Ibrahim" / "Brahim Abdeslam" (keys.ts nameSpellings): the same
    //     surname and the other words as transliterations differ, or the same words in another order.
    const bySpelling = new Map<string, KeyStat>();
    for (const s of alive) {
      if (s.type !== 'person') { continue; }
      for (const k of nameSpellings(s.words)) {
        const other = bySpelling.get(k);
        if (other) { join(s.key, other.key); } else { bySpelling.set(k, s); }
      }
    }

    // 3. Acronyms: "organization:csb" joins the one multi-word name with initials C-S-B.
    const byInitials = new Map<string, KeyStat[]>();
    for (const s of alive) {
      for (const ini of s.initials) { push(byInitials, ini, s); }
    }
    for (const s of alive) {
      if (s.words.length !== 1 || s.type === 'person' || !isAcronymForm(s)) { continue; }
      const cands = byInitials.get(s.name);
      if (cands && new Set(cands.map((c) => find(c.key))).size === 1) { join(s.key, cands[0].key); }
    }

    // 4. Representative of each group: a known name, then the fullest name, then the most mentioned.
    const groups = new Map<string, KeyStat[]>();
    for (const s of stats) { push(groups, find(s.key), s); }
    const map = new Map<string, string>();
    const members = new Map<string, string[]>();
    for (const group of groups.values()) {
      let rep = group[0];
      for (const s of group) { if (better(s, rep)) { rep = s; } }
      members.set(rep.key, group.map((s) => s.key));
      for (const s of group) { if (s.key !== rep.key) { map.set(s.key, rep.key); } }
    }
    this.map = map;
    this.members = members;
    return map;
  }
}

function better(a: KeyStat, b: KeyStat): boolean {
  if (a.known !== b.known) { return a.known; }
  // a fuller form one report wrote once is a variant of the name many reports write: "Belgian Abdelhamid
  // Abaaoud" at the head of a line (a nationality read as part of the name) beside "Abdelhamid Abaaoud"
  if (rareFuller(a, b)) { return false; }
  if (rareFuller(b, a)) { return true; }
  if (a.words.length !== b.words.length) { return a.words.length > b.words.length; }
  if (a.mentions !== b.mentions) { return a.mentions > b.mentions; }
  return a.key < b.key;
}

function rareFuller(a: KeyStat, b: KeyStat): boolean {
  return a.words.length > b.words.length && b.words.length > 1 && a.docs === 1 && b.docs >= 3 && b.mentions >= 3 * a.mentions;
}

/** Initials of a multi-word name, with and without "of", "and", "the": "coastal-safety-board" -> csb. */
function initials(words: readonly string[]): string[] {
  const all = words.map((w) => w[0]).join('');
  const core = words.filter((w) => !/^(of|and|the|for)$/.test(w)).map((w) => w[0]).join('');
  return all === core ? [all] : [all, core];
}

/** Written in capitals in most mentions ("CSB", "U.S."), not a one-word name like "Politburo". */
function isAcronymForm(s: KeyStat): boolean {
  let caps = 0;
  let total = 0;
  for (const [f, n] of s.forms) {
    total += n;
    if (f === f.toUpperCase() && f.replace(/\./g, '').length <= 6) { caps += n; }
  }
  return total > 0 && caps * 2 > total;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  const off = long.length - short.length;
  return off >= 0 && short.every((w, i) => long[off + i] === w);
}

const NON_ASCII = /[\u0080-\uffff]/; // any UTF-16 unit above ASCII

/** The longest surface form; among equals the one with accents ("António Costa" over "Antonio Costa"). */
function displayName(forms: readonly string[]): string {
  let best = forms[0] ?? '';
  for (const f of forms) {
    if (f.length > best.length || (f.length === best.length && NON_ASCII.test(f) && !NON_ASCII.test(best))) { best = f; }
  }
  return best;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) { a.push(v); } else { m.set(k, [v]); }
}
