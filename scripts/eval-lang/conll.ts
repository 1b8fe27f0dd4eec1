// CoNLL-2003 reader for the tagger's training (scripts/train-ner.ts) and its evaluation
// (scripts/eval-lang/entities.ts): documents are detokenized into plain text, one sentence per
// line, with every token's offsets kept so that gold entities become character spans.
import { readFileSync } from 'node:fs';

export type GoldType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldEntity {
  start: number;
  end: number;
  type: GoldType;
}

export interface ConllDoc {
  text: string;
  entities: GoldEntity[];
  tokens: number;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '}', '%', "'s", "'S", "'", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

export function readConll(path: string): ConllDoc[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const docs: ConllDoc[] = [];
  let sents: Array<Array<[string, string]>> = [];
  let cur: Array<[string, string]> = [];
  const flushSent = () => { if (cur.length) { sents.push(cur); } cur = []; };
  const flushDoc = () => { flushSent(); if (sents.length) { docs.push(build(sents)); } sents = []; };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) { flushDoc(); continue; }
    if (!line.trim()) { flushSent(); continue; }
    const cols = line.split(' ');
    cur.push([cols[0], cols[cols.length - 1]]);
  }
  flushDoc();
  return docs;
}

function build(sents: Array<Array<[string, string]>>): ConllDoc {
  let text = '';
  const entities: GoldEntity[] = [];
  let tokens = 0;
  for (const s of sents) {
    if (text) { text += '\n\n'; }
    let openQuote = false;
    let glueNext = true;
    let ent: GoldEntity | null = null;
    for (const [tok, tag] of s) {
      tokens++;
      let space = !glueNext && !NO_SPACE_BEFORE.has(tok);
      if (tok === '"') { if (openQuote) { space = false; } openQuote = !openQuote; }
      if (space) { text += ' '; }
      const start = text.length;
      text += tok;
      glueNext = NO_SPACE_AFTER.has(tok) || (tok === '"' && openQuote);
      // IOB1: I-X continues an X entity, B-X starts a new one next to another X.
      if (tag === 'O') { ent = null; continue; }
      const [bio, type] = tag.split('-') as [string, GoldType];
      if (ent && ent.type === type && bio === 'I') { ent.end = text.length; continue; }
      ent = { start, end: text.length, type };
      entities.push(ent);
    }
  }
  return { text, entities, tokens };
}
