// Corrections of the engine's judgement, stored as W3C annotations beside verdicts and notes (motivation
// 'linking' for the two-passage kinds, 'editing' for the others). The annotation's target is the passage
// corrected (the claim's passage, the quote, the name, the page chrome); a link's second passage is
// `other`, anchored and re-anchored like the target. What each kind does to the analysis: apply.ts.
import type { EntityType } from '../model';
import type { AnnotationTarget } from './selectors';

export type CorrectionKind =
  /** On a link the engine made: the two passages are not about the same fact (the link is dismissed). */
  | 'not-same-fact'
  /** On a link the engine made: confirmed as the same fact (kept, and kept if the engine drops it). */
  | 'same-fact'
  /** On a corroboration (or variant, update, related): the two passages contradict each other. */
  | 'contradicts'
  /** Any two passages, a link the engine missed. */
  | 'link-corroborating'
  | 'link-conflicting'
  /** On a quote: who said it. */
  | 'set-speaker'
  /** On a name: its type; the same entity as another key; not the entity it was merged into. */
  | 'set-type'
  | 'same-entity'
  | 'split-entity'
  /** On a passage: navigation, ads, captions: not article text. */
  | 'page-chrome';

export const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'not-same-fact', 'same-fact', 'contradicts', 'link-corroborating', 'link-conflicting',
  'set-speaker', 'set-type', 'same-entity', 'split-entity', 'page-chrome',
];

/** The kinds that need a second passage. */
export const LINK_KINDS: ReadonlySet<CorrectionKind> = new Set<CorrectionKind>([
  'not-same-fact', 'same-fact', 'contradicts', 'link-corroborating', 'link-conflicting',
]);

export interface Correction {
  kind: CorrectionKind;
  /** Link kinds: the second passage. */
  other?: AnnotationTarget;
  /** set-speaker: the speaker's name and entity key. */
  speaker?: string;
  speakerKey?: string;
  /** set-type: the type the name gets. */
  entityType?: EntityType;
  /** same-entity: the key (and a name for people) of the entity the name is the same as. */
  sameAs?: { key: string; name: string };
  /** The entity key the name had when the correction was made (informative; the name is found by its span). */
  key?: string;
  /** Link kinds made on one of the engine's claims: what the claim is about ("killed (person)"), so a
   *  correction of one fact of a sentence leaves the other facts of the same two sentences alone. */
  subject?: string;
}

const KIND_LABEL: Record<CorrectionKind, string> = {
  'not-same-fact': 'Not the same fact',
  'same-fact': 'Same fact',
  contradicts: 'Contradicts',
  'link-corroborating': 'Linked as corroborating',
  'link-conflicting': 'Linked as conflicting',
  'set-speaker': 'Speaker set',
  'set-type': 'Type set',
  'same-entity': 'Same as',
  'split-entity': 'Not the same',
  'page-chrome': 'Page chrome',
};

/** "Speaker: Inès Fournier", "Same as: Port Calder", "Not the same fact" — the annotation's readable body. */
export function correctionLabel(c: Correction): string {
  switch (c.kind) {
    case 'set-speaker': return `Speaker: ${c.speaker ?? ''}`;
    case 'set-type': return `Type: ${c.entityType ?? ''}`;
    case 'same-entity': return `Same as: ${c.sameAs?.name ?? c.sameAs?.key ?? ''}`;
    default: return KIND_LABEL[c.kind];
  }
}

export function correctionMotivation(kind: CorrectionKind): 'linking' | 'editing' {
  return LINK_KINDS.has(kind) ? 'linking' : 'editing';
}

const TYPES: readonly string[] = ['person', 'organization', 'place'];

export function validateCorrection(x: unknown): string | undefined {
  const c = x as Partial<Correction> | null | undefined;
  if (!c || typeof c !== 'object') { return 'correction missing'; }
  if (!CORRECTION_KINDS.includes(c.kind as CorrectionKind)) { return `unknown correction ${String(c.kind)}`; }
  const kind = c.kind as CorrectionKind;
  if (LINK_KINDS.has(kind)) {
    const o = c.other;
    const [q, p] = Array.isArray(o?.selector) ? o.selector : [];
    if (!o || typeof o.source !== 'string' || q?.type !== 'TextQuoteSelector' || typeof q.exact !== 'string'
      || typeof q.prefix !== 'string' || typeof q.suffix !== 'string' || p?.type !== 'TextPositionSelector'
      || !Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start > p.end) {
      return `${kind} needs the other passage`;
    }
  }
  if (kind === 'set-speaker' && (typeof c.speaker !== 'string' || !c.speaker.trim() || typeof c.speakerKey !== 'string')) {
    return 'set-speaker needs a speaker and a key';
  }
  if (kind === 'set-type' && !TYPES.includes(c.entityType as string)) { return 'set-type needs person, organization or place'; }
  if (kind === 'same-entity' && (typeof c.sameAs?.key !== 'string' || !c.sameAs.key.includes(':'))) {
    return 'same-entity needs the other key';
  }
  return undefined;
}
