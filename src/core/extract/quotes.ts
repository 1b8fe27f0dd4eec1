// Direct quotes with their speaker and cue verb. Hand-written: no library attributes quotes
// (research/libraries.md), so this is a linear mark scanner (quotes/scanner.ts), an attribution
// sieve over a few hundred characters around each quote (quotes/attribution.ts) and a small
// per-document speaker resolver (quotes/speakers.ts). Entities are used when they cover a speaker,
// but speaker names are also read from the text, so attribution does not depend on them.
import type { Entity, Quote, Span } from '../model';
import type { DocContext } from '../text/context';
import type { QuoteLexicon } from '../lang/bundle';
import { attributionFor, lineStartAfter, type Attribution, type AttributionReader, type Subject } from './quotes/attribution';
import { scanQuotes, type RawQuote } from './quotes/scanner';
import { SpeakerResolver, type Speaker } from './quotes/speakers';

/** Distance (characters) over which a following quote without its own attribution continues the
 *  previous speaker's statement in the same paragraph. */
const CONTINUATION_CHARS = 320;
/** How far back the attribution window may reach (the sieve reads at most this much anyway). */
const PRE_LOOKBACK = 1000;
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface Pending {
  raw: RawQuote;
  attribution: Attribution | null;
  sameSentenceAsPrevious: boolean;
  sentenceStart: number;
  speechLike: boolean;
}

export function extractQuotes(ctx: DocContext, entities: readonly Entity[]): Quote[] {
  const text = ctx.text;
  const skip = [...ctx.boilerplate].sort((a, b) => a.start - b.start);
  const raws = scanQuotes(text, skip);
  const top = raws.filter((r) => r.depth === 0);
  const lang = ctx.lang.quotes;
  const { attributeAfter, attributeBefore } = attributionFor(lang);

  // Pass 1: read every top-level quote's attribution.
  const pending: Pending[] = [];
  for (let i = 0; i < top.length; i++) {
    const raw = top[i];
    const prev = top[i - 1];
    const lineStart = lineStartAfter(text, raw.start, Math.max(prev ? prev.end : 0, raw.start - PRE_LOOKBACK));
    const afterQuote = prev !== undefined && prev.end >= lineStart;
    const from = afterQuote ? prev.end : lineStart;
    const limit = top[i + 1] ? top[i + 1].start : text.length;
    const speechLike = isSpeechLike(text, raw);
    if (!hasLetter(text, from, raw.start) && !hasLetter(text, raw.end, Math.min(limit, raw.end + 40))) {
      // Nothing but marks and punctuation around it (tables, pathological input): no attribution
      // to read, and skipping the windows keeps a line of thousands of tiny quotes fast.
      pending.push({ raw, attribution: null, sameSentenceAsPrevious: afterQuote, sentenceStart: raw.start, speechLike });
      continue;
    }
    const post = attributeAfter(text, raw.end, limit, endsWithStop(text, raw));
    const pre = attributeBefore(text, raw.start, { from, afterQuote });
    pending.push({
      raw,
      attribution: post ?? pre.attribution,
      sameSentenceAsPrevious: pre.sameSentenceAsPrevious,
      sentenceStart: pre.sentenceStart,
      speechLike,
    });
  }

  const resolver = new SpeakerResolver(text, entities, top, lang);
  for (const p of pending) {
    const s = p.attribution?.subject;
    if (s?.kind === 'name' && s.name.tokenCount >= 1) {
      resolver.add(s.name.text, resolver.typeOf(s.name), s.name.start, s.name.title, true);
    }
  }

  // Pass 2: decide the kind and resolve the speaker, in text order.
  const out: Quote[] = [];
  let last: { quote: Quote; end: number; type: string | null } | null = null;
  for (const p of pending) {
    const q = decide(text, p, last, resolver, attributionFor(lang));
    out.push(q.quote);
    if (q.quote.quoteKind === 'speech') { last = { quote: q.quote, end: p.raw.end, type: q.type }; }
  }
  for (const r of raws) {
    if (r.depth > 0) { out.push(makeQuote(text, r, 'scare', null, null, null)); }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

function decide(
  text: string,
  p: Pending,
  last: { quote: Quote; end: number; type: string | null } | null,
  resolver: SpeakerResolver,
  attribution: AttributionReader,
): { quote: Quote; type: string | null } {
  const { raw, attribution: a } = p;
  const sameParagraph = last !== null && lineStartAfter(text, raw.start, last.end) === Math.max(0, last.end);
  const inherits = last !== null && last.quote.speaker !== null && ((sameParagraph &&
    (p.sameSentenceAsPrevious || (p.speechLike && raw.start - last.end <= CONTINUATION_CHARS))) ||
    (p.speechLike && continuesInNextParagraph(text, last.end, raw.start)));
  const inherit = (cue: string | null): { quote: Quote; type: string | null } => {
    const lq = last!.quote;
    return { quote: makeQuote(text, raw, 'speech', { name: lq.speaker!, key: lq.speakerKey, type: null }, cue ?? lq.cue, lq.speakerSpan ?? null), type: last!.type };
  };

  if (a && a.subject) {
    const named = a.subject.kind === 'name' || (a.subject.kind === 'pronoun' && !a.subject.group);
    if (!p.speechLike && ((a.naming && !named) || a.parenthetical || a.subject.kind === 'other')) {
      return { quote: makeQuote(text, raw, 'scare', null, null, null), type: null };
    }
    const { speaker, span } = resolveSubject(a.subject, last, resolver);
    return { quote: makeQuote(text, raw, 'speech', speaker, a.cue, span), type: speaker?.type ?? null };
  }
  // No cue: the subject of the quote's own clause ("Cruz exhorted Republicans to '...'"), for a
  // sentence-long quote, or for a short one when that subject is a person quoted elsewhere in the
  // article (else a coined term stays a scare quote).
  if (a === null && !p.sameSentenceAsPrevious) {
    const subj = attribution.clauseSubject(text, p.sentenceStart, raw.start);
    if (subj && (p.speechLike || (subj.kind === 'name' && resolver.isQuotedPerson(subj.name)))) {
      const { speaker, span } = resolveSubject(subj, last, resolver);
      if (speaker) { return { quote: makeQuote(text, raw, 'speech', speaker, null, span), type: speaker.type }; }
    }
  }
  if (inherits && (a === null || a.how === 'inherit' || a.subject === null)) { return inherit(a?.cue ?? null); }
  if (a && a.how === 'inherit') {
    return { quote: makeQuote(text, raw, 'speech', null, a.cue, null), type: null };
  }
  if (!p.speechLike) { return { quote: makeQuote(text, raw, 'scare', null, null, null), type: null }; }
  // A sentence-long quote with no cue: the sentence's subject, when it is a pronoun or a name
  // already known as a speaker ("He made the statement at a moment when the '...'").
  const subj = sentenceSubject(text, p.sentenceStart, raw.start, attribution.lang);
  if (subj) {
    const { speaker, span } = resolveSubject(subj, last, resolver);
    if (speaker) { return { quote: makeQuote(text, raw, 'speech', speaker, null, span), type: speaker.type }; }
  }
  return { quote: makeQuote(text, raw, 'speech', null, null, null), type: null };
}

/** News convention: a paragraph that opens with a quote, right after the paragraph holding the
 *  previous speaker's quote, goes on with that speaker (the quote lies at the start of its line,
 *  the previous paragraph is the one just before it and short enough to be that quote's). */
function continuesInNextParagraph(text: string, lastEnd: number, quoteStart: number): boolean {
  if (quoteStart - lastEnd > CONTINUATION_CHARS) { return false; }
  let i = quoteStart - 1;
  while (i >= lastEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) { i--; }
  if (i < lastEnd || text.charCodeAt(i) !== 10) { return false; } // not at the start of its line
  // Between the previous quote and this line: the rest of its paragraph, then only line breaks.
  let breaks = 0;
  for (let j = lastEnd; j <= i; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) {
      breaks++;
    } else if (breaks > 0 && c !== 32 && c !== 9 && c !== 13) {
      return false; // a line of other text lies between
    }
  }
  return breaks >= 1;
}

function resolveSubject(
  s: Subject,
  last: { quote: Quote; end: number; type: string | null } | null,
  resolver: SpeakerResolver,
): { speaker: Speaker | null; span: Span | null } {
  switch (s.kind) {
    case 'name':
      return { speaker: resolver.resolveName(s.name), span: { start: s.name.start, end: s.name.end } };
    case 'pronoun': {
      const span = { start: s.start, end: s.end };
      if (s.group) {
        if (last && last.quote.speaker && last.type !== 'person') {
          return { speaker: { name: last.quote.speaker, key: last.quote.speakerKey, type: null }, span };
        }
        return { speaker: null, span: null };
      }
      return { speaker: resolver.nearestPerson(s.start, s.text), span };
    }
    case 'descriptive': {
      const span = { start: s.start, end: s.end };
      const byTitle = s.title ? resolver.byTitle(s.title) : null;
      return { speaker: byTitle ?? { name: s.text, key: null, type: null }, span };
    }
    default:
      return { speaker: null, span: null };
  }
}

/** "He ..." / "Costa ..." at the start of the quote's sentence. */
function sentenceSubject(text: string, sentenceStart: number, quoteStart: number, lang: QuoteLexicon): Subject | null {
  WORD_RE.lastIndex = sentenceStart;
  const m = WORD_RE.exec(text);
  if (!m || m.index >= quoteStart) { return null; }
  const w = m[0].toLowerCase();
  if (lang.personPronouns.has(w)) {
    return { kind: 'pronoun', start: m.index, end: m.index + m[0].length, text: m[0], group: false };
  }
  return null;
}

/** A clause or a sentence rather than a coined term or noun phrase: long, or with a finite verb
 *  or personal pronoun, or a capitalized sentence with its own full stop. */
function isSpeechLike(text: string, raw: RawQuote): boolean {
  const inner = text.slice(raw.innerStart, Math.min(raw.innerEnd, raw.innerStart + 300)).trim();
  let words = 0;
  let clause = false;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(inner); m && words < 8; m = WORD_RE.exec(inner)) {
    words++;
    if (!clause && CLAUSE_WORDS.has(m[0].toLowerCase())) { clause = true; }
    if (clause && words >= 3) { return true; } // (as the tests below would answer)
  }
  if (words >= 8) { return true; }
  if (words >= 3 && clause) { return true; }
  return words >= 2 && /^\p{Lu}/u.test(inner) && /[.?!]$/.test(inner);
}

/** Auxiliaries, modals, copulas and personal pronouns: a quote holding one is a clause. */
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must',
  'should', 'may', 'might', 'shall', 'do', 'does', 'did', "don't", 'don’t', "won't", 'won’t', "can't", 'can’t',
  "it's", 'it’s', "we're", 'we’re', 'i', 'we', 'you', 'our', 'my', 'us', 'me', 'your', 'they', 'not', 'to',
]);

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(text[i]))) { return true; }
  }
  return false;
}

function endsWithStop(text: string, raw: RawQuote): boolean {
  let i = raw.innerEnd - 1;
  while (i > raw.innerStart && /\s/.test(text[i])) { i--; }
  return text[i] === '.';
}

function makeQuote(
  text: string,
  raw: RawQuote,
  quoteKind: 'speech' | 'scare',
  speaker: Speaker | null,
  cue: string | null,
  speakerSpan: Span | null,
): Quote {
  const q: Quote = {
    start: raw.start,
    end: raw.end,
    text: text.slice(raw.start, raw.end),
    speaker: speaker ? speaker.name : null,
    speakerKey: speaker ? speaker.key : null,
    cue: quoteKind === 'speech' ? cue : null,
    quoteKind,
    inner: { start: raw.innerStart, end: raw.innerEnd },
  };
  if (speaker && speakerSpan) { q.speakerSpan = { start: speakerSpan.start, end: speakerSpan.end }; }
  return q;
}
