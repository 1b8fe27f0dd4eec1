// The English named-entity tagger: people, organizations, places (and MISC, kept internal).
// The weights (weights.ts, written by `npm run train:ner`) are a base64 string decoded on the
// first call, so importing this module costs nothing until a document is tagged.
import { MAX_WORD_LENGTH, type Token } from '../../../text/tokens';
import { decode } from './codec';
import { type NerInput } from './features';
import { modelFrom, spansOf, tag, type Model, type TagSpan } from './tagger';
import { WEIGHTS } from './weights';

export type { NerInput } from './features';
export type { TagSpan } from './tagger';

let model: Model | null = null;

/** The tagger's model, decoded on first use (a few tens of milliseconds). */
export function nerModel(): Model {
  if (!model) {
    const p = decode(WEIGHTS);
    model = modelFrom(p.ids, p.weights);
  }
  return model;
}

/** True once the model has been decoded (tests check that importing does not load it). */
export function nerLoaded(): boolean {
  return model !== null;
}

/** Entity spans (token indices) of one document's tokens; type 0 PER, 1 ORG, 2 LOC, 3 MISC, with
 *  the tagger's margin (how far its type is ahead of any other, O included). */
export function tagEntities(inp: NerInput): TagSpan[] {
  if (!inp.tokens.length) { return []; }
  const margins = new Float32Array(inp.tokens.length);
  // A token past the length cap is a blob, not a name, whatever its shape says ("Lee. Éèéè…" of a megabyte).
  const toks = inp.tokens;
  return spansOf(tag(nerModel(), inp, margins), margins).filter((s) => {
    for (let i = s.first; i <= s.last; i++) { if (toks[i].text.length > MAX_WORD_LENGTH) { return false; } }
    return true;
  });
}

/** Tag names per token, for tests and tools. */
export function tagNames(inp: NerInput): string[] {
  const names = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
  return Array.from(inp.tokens.length ? tag(nerModel(), inp) : [], (t) => names[t]);
}

export function tokensText(tokens: readonly Token[], s: TagSpan): string {
  return tokens.slice(s.first, s.last + 1).map((t) => t.text).join(' ');
}

/** The tagger's view of a document: the entity scanner's words (boilerplate out, glued words split). */
export function nerInput(text: string, words: { list: Token[]; lower: Set<string>; lineShape(offset: number): string }): NerInput {
  const tokens = words.list;
  return { text, tokens, lower: words.lower, shout: (i) => words.lineShape(tokens[i].start) === 'shout' };
}
