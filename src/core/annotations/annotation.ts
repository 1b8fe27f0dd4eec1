// Verdicts and notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), so the store file and
// its exports are readable by other annotation tools (Hypothesis, Recogito) without a translation layer.

import { validateCorrection, type Correction } from './correction';
import type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from './selectors';

export type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from './selectors';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type VerdictId = 'supported' | 'refuted' | 'conflicting' | 'not-enough-info';

/** The labels of the FEVER / fact-checking benchmark classes, in the order the quick pick shows them. */
export const VERDICTS: ReadonlyArray<{ id: VerdictId; label: string; icon: string }> = [
  { id: 'supported', label: 'Supported', icon: 'pass' },
  { id: 'refuted', label: 'Refuted', icon: 'error' },
  { id: 'conflicting', label: 'Conflicting evidence', icon: 'warning' },
  { id: 'not-enough-info', label: 'Not enough information', icon: 'question' },
];

export function verdictLabel(id: VerdictId): string {
  return VERDICTS.find((v) => v.id === id)?.label ?? id;
}

export function isVerdictId(x: unknown): x is VerdictId {
  return typeof x === 'string' && VERDICTS.some((v) => v.id === x);
}

/** 'assessing' a verdict, 'commenting' a note; 'editing' and 'linking' (W3C motivations) a correction of
 *  the engine's judgement: 'linking' for the two-passage kinds, 'editing' for the others. */
export type Motivation = 'assessing' | 'commenting' | 'editing' | 'linking';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: Motivation;
  format: 'text/plain';
}

export interface Creator {
  type: 'Person';
  name: string;
}

export interface Annotation {
  '@context': typeof ANNO_CONTEXT;
  /** urn:uuid:... */
  id: string;
  type: 'Annotation';
  /** 'assessing' for a verdict, 'commenting' for a note. */
  motivation: Motivation;
  target: AnnotationTarget;
  /** The verdict's label or the note's text. */
  body: TextualBody;
  /** Ours (not in the W3C vocabulary): the machine-readable verdict for assessing annotations. */
  verdict?: VerdictId;
  /** Ours: the machine-readable correction of 'editing' and 'linking' annotations (see correction.ts). */
  correction?: Correction;
  creator?: Creator;
  created: string;
  modified: string;
}

/** A deleted annotation: its id and when, so a merge can tell "deleted there" from "not seen yet". */
export interface Tombstone {
  id: string;
  /** ISO time of the deletion; it wins over any version of the annotation modified at or before it. */
  deleted: string;
}

/**
 * What the store file holds. The annotations themselves are plain W3C annotations; `deleted` (optional,
 * ignored by readers that do not know it) lists the tombstones of deleted ones.
 */
export interface AnnotationFile {
  /** 1: verdicts and notes; 2: also corrections. A file of a higher version is opened read-only. */
  version: 1 | 2;
  generator: 'triangulate';
  annotations: Annotation[];
  deleted?: Tombstone[];
}

export interface NewAnnotation {
  source: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  motivation: Motivation;
  value: string;
  verdict?: VerdictId;
  correction?: Correction;
  creator?: string;
  /** Injected for tests; defaults to the clock and crypto.randomUUID. */
  now?: Date;
  id?: string;
}

export function createAnnotation(a: NewAnnotation): Annotation {
  const stamp = (a.now ?? new Date()).toISOString();
  const out: Annotation = {
    '@context': ANNO_CONTEXT,
    id: a.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: 'Annotation',
    motivation: a.motivation,
    target: { source: a.source, selector: [{ ...a.quote }, { ...a.position }] },
    body: { type: 'TextualBody', value: a.value, purpose: a.motivation, format: 'text/plain' },
    created: stamp,
    modified: stamp,
  };
  if (a.verdict) { out.verdict = a.verdict; }
  if (a.correction) { out.correction = structuredClone(a.correction); }
  if (a.creator) { out.creator = { type: 'Person', name: a.creator }; }
  return out;
}

export function quoteOf(a: Annotation): TextQuoteSelector {
  return a.target.selector[0];
}

export function positionOf(a: Annotation): TextPositionSelector {
  return a.target.selector[1];
}

/** The highest store format this version reads and writes. */
export const STORE_VERSION = 2;

/** What both stores (the Node file store, the workspace.fs store) say of a file written by a newer version. */
export function newerStoreMessage(file: string, version: number): string {
  return `${file} was written by a newer version of Triangulate (store format ${version}; this version `
    + `writes format ${STORE_VERSION}). It is opened read-only: nothing will be written to it. Update Triangulate to change it.`;
}

export function serializeAnnotationFile(annotations: readonly Annotation[], deleted: readonly Tombstone[] = []): string {
  // Version 1 as long as the file holds no correction, so older readers keep reading plain stores.
  const version = annotations.some((a) => a.correction) ? 2 : 1;
  const file: AnnotationFile = { version, generator: 'triangulate', annotations: [...annotations] };
  if (deleted.length) { file.deleted = [...deleted]; }
  return JSON.stringify(file, null, 2) + '\n';
}

export class AnnotationFileError extends Error {}

/**
 * Parses the store file. Throws AnnotationFileError when the file is not ours or not JSON, so the caller can
 * back it up instead of overwriting it. Single malformed entries are skipped and listed in `skipped`, because
 * losing one hand-mangled entry must not cost the user all the others.
 */
export function parseAnnotationFile(text: string): { annotations: Annotation[]; skipped: string[] } {
  const { annotations, skipped } = parseStoreFile(text);
  return { annotations, skipped };
}

/** parseAnnotationFile plus the tombstones (malformed ones are skipped and listed too) and the file's format
 *  version (1 when absent or not a number). */
export function parseStoreFile(text: string): { annotations: Annotation[]; deleted: Tombstone[]; skipped: string[]; version: number } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AnnotationFileError(`not valid JSON: ${(e as Error).message}`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as AnnotationFile).annotations)) {
    throw new AnnotationFileError('not a Triangulate annotation file (no "annotations" array)');
  }
  const annotations: Annotation[] = [];
  const skipped: string[] = [];
  for (const [i, item] of (data as AnnotationFile).annotations.entries()) {
    const problem = validateAnnotation(item);
    if (problem) {
      skipped.push(`annotation ${i}: ${problem}`);
    } else {
      annotations.push(item as Annotation);
    }
  }
  const deleted: Tombstone[] = [];
  const rawDeleted = (data as AnnotationFile).deleted;
  if (rawDeleted !== undefined && !Array.isArray(rawDeleted)) {
    skipped.push('"deleted" is not a list');
  }
  for (const [i, d] of (Array.isArray(rawDeleted) ? rawDeleted : []).entries()) {
    const t = d as Partial<Tombstone> | null;
    if (t && typeof t.id === 'string' && t.id && typeof t.deleted === 'string' && !Number.isNaN(Date.parse(t.deleted))) {
      deleted.push({ id: t.id, deleted: t.deleted });
    } else {
      skipped.push(`deletion ${i}: needs an id and an ISO time`);
    }
  }
  const v = (data as { version?: unknown }).version;
  return { annotations, deleted, skipped, version: typeof v === 'number' && Number.isFinite(v) ? v : 1 };
}

export function validateAnnotation(x: unknown): string | undefined {
  const a = x as Partial<Annotation> | null;
  if (!a || typeof a !== 'object') { return 'not an object'; }
  if (typeof a.id !== 'string' || !a.id) { return 'missing id'; }
  if (a.type !== 'Annotation') { return 'type is not "Annotation"'; }
  if (a.motivation !== 'assessing' && a.motivation !== 'commenting' && a.motivation !== 'editing' && a.motivation !== 'linking') {
    return 'unknown motivation';
  }
  const t = a.target;
  if (!t || typeof t.source !== 'string' || !Array.isArray(t.selector) || t.selector.length !== 2) {
    return 'target must have source and two selectors';
  }
  const [q, p] = t.selector;
  if (q?.type !== 'TextQuoteSelector' || typeof q.exact !== 'string' || typeof q.prefix !== 'string' ||
      typeof q.suffix !== 'string') {
    return 'bad TextQuoteSelector';
  }
  if (p?.type !== 'TextPositionSelector' || !Number.isInteger(p.start) || !Number.isInteger(p.end) ||
      p.start > p.end) {
    return 'bad TextPositionSelector';
  }
  if (!a.body || a.body.type !== 'TextualBody' || typeof a.body.value !== 'string') { return 'bad body'; }
  if (a.verdict !== undefined && !isVerdictId(a.verdict)) { return `unknown verdict ${String(a.verdict)}`; }
  if (a.motivation === 'assessing' && !a.verdict) { return 'assessing annotation without verdict'; }
  if (a.motivation === 'editing' || a.motivation === 'linking' || a.correction !== undefined) {
    const problem = validateCorrection(a.correction);
    if (problem) { return problem; }
  }
  return undefined;
}
