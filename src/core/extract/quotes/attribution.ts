// Finds who a quote is attributed to, from the words right after it ("...," Costa said / said
// analyst Khang Vu / Alfred Gerstl, an expert ..., told DW) or before it in the same sentence
// (Costa stated that ... "..." / Vietnam’s President, Luong Cuong, described the agreement as a
// "..." / according to X). Hand-written: no JavaScript library attributes quotes (see
// research/libraries.md); this is a deterministic sieve in the spirit of the published
// rule-based attributors, over a few hundred characters around each quote.
import { perBundle, type QuoteLexicon } from '../../lang/bundle';
import { namesFor, type Name, type Tok } from './names';

export type Subject =
  | { kind: 'name'; name: Name }
  | { kind: 'pronoun'; start: number; end: number; text: string; group: boolean }
  | { kind: 'descriptive'; start: number; end: number; text: string; title: string | null }
  /** "it", "what": a subject that is not a speaker we can name. */
  | { kind: 'other'; start: number; end: number; text: string };

export interface Attribution {
  cue: string | null;
  subject: Subject | null;
  /** Where the attribution was read. */
  how: 'post' | 'pre' | 'inherit';
  /** ", he added," inside the sentence: it lends its speaker only to speech-like quotes. */
  parenthetical: boolean;
  /** The governing cue names a thing ("called it a ...", "what it calls ..."). */
  naming: boolean;
}

export interface PreContext {
  /** Offset where the pre-window may start (line start, previous quote end). */
  from: number;
  /** True when `from` is the end of a previous quote in the same paragraph. */
  afterQuote: boolean;
}

export interface PreResult {
  attribution: Attribution | null;
  /** The window started at the previous quote and no sentence boundary lies between. */
  sameSentenceAsPrevious: boolean;
  /** Offset where the quote's sentence (as far as the window sees) starts. */
  sentenceStart: number;
}

/** The first line feed in [from, to), or `to`: bounded, so many quotes on one huge line stay linear. */
export function newlineBefore(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) { if (text.charCodeAt(i) === 10) { return i; } }
  return to;
}

/** Just past the last line feed in [min, before), or `min`. */
export function lineStartAfter(text: string, before: number, min: number): number {
  for (let i = before - 1; i >= min; i--) { if (text.charCodeAt(i) === 10) { return i + 1; } }
  return Math.max(0, min);
}

export type AttributionReader = ReturnType<typeof build>;

/** These functions over one bundle's word lists, built once per bundle (no per-document work). */
export const attributionFor: (L: QuoteLexicon) => AttributionReader = perBundle(build);

function build(L: QuoteLexicon) {
  const { cues: CUE_VERBS, cueParticles: CUE_PARTICLES, groupPronouns: GROUP_PRONOUNS, groupSources: GROUP_SOURCES, namingCues: NAMING_CUES, otherPronouns: OTHER_PRONOUNS, personPronouns: PERSON_PRONOUNS, subjectFillers: SUBJECT_FILLERS, titles: TITLES, weakCues: WEAK_CUES, writtenAbbreviations: WRITTEN_ABBREVIATIONS } = L;
  const { isAbbrevStop, joined, nameFromRun, runEndingAt, runStartingAt, tokenizeRange } = namesFor(L);

  const POST_WINDOW = 260;
  const PRE_WINDOW = 420;
  const MAX_APPOSITIVE_TOKENS = 32;
  const PREPOSITIONS = new Set(['to', 'of', 'in', 'at', 'for', 'with', 'by', 'from', 'on', 'about', 'into', 'than']);
  const PASSIVE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
  const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'its', 'his', 'her',
    'their', 'our', 'another', 'other', 'most', 'senior', 'local', 'top']);
  /** A bare plural or collective noun as a subject: "officials said", "police said". */
  const GROUP_NOUN_RE = /^(?:[a-z]{3,}[^s\W]s|police|staff|management|government|spokesperson)$/;
  const INFINITIVE = new Set(['to', 'would', 'could', 'might', 'should', 'must', 'can', 'will', 'shall', 'may']);
  const RELATIVES = new Set(['which', 'who', 'whom', 'that', 'where', 'when', 'whose', 'what']);
  const SENTENCE_END = new Set(['.', '!', '?', '…']);
  const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', "'", '„', '«', '»']);

  function isCue(t: Tok | undefined, strict: boolean): boolean {
    if (!t || !t.word || t.cap) { return false; }
    if (!CUE_VERBS.has(t.text)) { return false; }
    return !(strict && WEAK_CUES.has(t.text));
  }

  /** The cue as written, with its particle ("pointed out"), and the index after it. */
  function cueAt(toks: readonly Tok[], i: number): { cue: string; next: number } | null {
    const t = toks[i];
    const particle = CUE_PARTICLES.get(t.text);
    if (particle !== undefined) {
      if (toks[i + 1]?.text !== particle) { return null; }
      return { cue: `${t.text} ${particle}`, next: i + 2 };
    }
    return { cue: t.text, next: i + 1 };
  }

  function skipFillersForward(toks: readonly Tok[], i: number): number {
    while (i < toks.length && toks[i].word && !toks[i].cap && (SUBJECT_FILLERS.has(toks[i].text) || /ly$/.test(toks[i].text)) &&
      !CUE_VERBS.has(toks[i].text)) { i++; }
    return i;
  }

  function skipFillersBackward(toks: readonly Tok[], i: number): number {
    while (i >= 0 && toks[i].word && !toks[i].cap && (SUBJECT_FILLERS.has(toks[i].text) || /ly$/.test(toks[i].text)) &&
      !CUE_VERBS.has(toks[i].text)) { i--; }
    return i;
  }

  function pronounSubject(t: Tok): Subject | null {
    const l = t.text.toLowerCase();
    if (PERSON_PRONOUNS.has(l) || GROUP_PRONOUNS.has(l)) {
      return { kind: 'pronoun', start: t.start, end: t.end, text: t.text, group: GROUP_PRONOUNS.has(l) };
    }
    if (OTHER_PRONOUNS.has(l)) { return { kind: 'other', start: t.start, end: t.end, text: t.text }; }
    return null;
  }

  function stopsClause(t: Tok): boolean {
    return !t.word && (SENTENCE_END.has(t.text) || QUOTE_CHARS.has(t.text) || t.text === ';');
  }

  // ------------------------------------------------------------------ after the quote

  /** Reads "...," Costa said / said analyst Khang Vu / he added / Gerstl, an expert ..., told DW. */
  function attributeAfter(text: string, quoteEnd: number, limit: number, endsSentence: boolean): Attribution | null {
    const to = newlineBefore(text, quoteEnd, Math.min(limit, quoteEnd + POST_WINDOW, text.length));
    const toks = tokenizeRange(text, quoteEnd, to);
    let p = 0;
    if (toks[p] && !toks[p].word && [',', '—', '–', '-', ':'].includes(toks[p].text)) { p++; }
    const t = toks[p];
    if (!t) { return null; }
    const made = (cue: string, subject: Subject, next = -1): Attribution | null => {
      // A quote closed with a full stop is followed by a new sentence; that sentence attributes the
      // quote only when it is nothing but the attribution ("We will." Fournier said.), not when it
      // goes on ("Bill Hayton ... told DW that ...").
      if (endsSentence && next >= 0 && !attributionEndsSoon(toks, next)) { return null; }
      return { cue, subject, how: 'post', parenthetical: false, naming: false };
    };

    // said analyst Khang Vu / according to the European Commission / said he
    if (isCue(t, true) && !NAMING_CUES.has(t.text)) {
      const c = cueAt(toks, p);
      if (c) {
        const s = speakerAfterCue(text, toks, c.next);
        if (s) { return made(c.cue, s, tokenAfter(toks, s)); }
      }
    }
    if (t.word && t.text.toLowerCase() === 'according' && toks[p + 1]?.text === 'to') {
      const s = speakerAfterCue(text, toks, p + 2);
      if (s) { return made('according to', s, tokenAfter(toks, s)); }
    }
    // After a quote closed by a comma, question or exclamation mark the sentence goes on, and a
    // subject followed by a verb is its attribution whatever the verb ("...," Kelly charged / "...?"
    // she shot back / "...," he sings): the clause, not the verb list, says so.
    const loose = !endsSentence && quoteEndsOpen(text, quoteEnd);
    const cueOrVerb = (k: number): { cue: string; next: number } | null => {
      if (isCue(toks[k], false)) { return cueAt(toks, k); }
      if (loose && verbLike(toks[k]) && (toks[k + 1] === undefined || !toks[k + 1].word || !verbLike(toks[k + 1]) ||
        ADVERBIAL_STARTS.has(toks[k + 1].lower) || toks[k + 1].lower === 'back')) {
        return { cue: toks[k].text, next: k + 1 };
      }
      return null;
    };
    // A dash signature: "..." ― Ana Ruiz (the quote's sentence is over; only the name follows).
    if (!t.word && DASHES.has(t.text) && toks[p + 1]?.cap) {
      const run = runStartingAt(text, toks, p + 1);
      const name = run && nameFromRun(text, toks, run);
      const after = run ? toks[run.last + 1] : undefined;
      if (run && name && name.text !== '' && (!after || (!after.word && after.text !== '’' && after.text !== "'"))) {
        return { cue: null, subject: { kind: 'name', name }, how: 'post', parenthetical: false, naming: false };
      }
    }
    // "...," Clinton campaign spokesman Brian Fallon said / Rep. Gwen Moore (D-Wis.) said / Mr. Morgan
    // of the Sierra Club said / retired general Lloyd Newton said: a noun phrase up to the cue, whose
    // speaker is its name (the first one when commas set off an appositive, else the last one,
    // titles before it), never the complement of "of"/"for".
    const npAttribution = (): Attribution | null => {
      const np = nounPhraseBeforeCue(text, toks, p, loose);
      return np ? made(np.cue, np.subject, np.next) : null;
    };
    // he added / Costa said / Alfred Gerstl, an expert ..., told DW / the mayor said
    const pron = pronounSubject(t);
    if (pron && pron.kind === 'pronoun') {
      const k = skipFillersForward(toks, p + 1);
      const c = cueOrVerb(k);
      if (c) { return made(c.cue, pron, c.next); }
      return null;
    }
    if (t.cap) {
      const run = runStartingAt(text, toks, p);
      if (!run || /['’]s?$/.test(toks[run.last].text)) { return null; } // "Hollande’s remarks"
      const name = nameFromRun(text, toks, run);
      if (!name) { return null; }
      const subject: Subject = name.text === ''
        ? { kind: 'descriptive', start: t.start, end: toks[run.last].end, text: text.slice(t.start, toks[run.last].end), title: name.title }
        : { kind: 'name', name };
      const k = skipFillersForward(toks, run.last + 1);
      const c0 = cueOrVerb(k);
      if (c0) { return made(c0.cue, subject, c0.next); }
      if (toks[k]?.text === ',') {
        // Appositive: scan to the comma that is followed by the cue.
        for (let j = k + 1; j < toks.length && j - k < MAX_APPOSITIVE_TOKENS; j++) {
          if (stopsClause(toks[j])) { break; }
          if (toks[j].text === ',') {
            const v = skipFillersForward(toks, j + 1);
            if (isCue(toks[v], false)) { const c = cueAt(toks, v); if (c) { return made(c.cue, subject, c.next); } }
          }
        }
      }
      return npAttribution();
    }
    // the Coastal Safety Board said
    if (t.word && t.text === 'the' && toks[p + 1]?.cap) {
      const run = runStartingAt(text, toks, p + 1);
      const name = run && nameFromRun(text, toks, run);
      if (run && name && name.text !== '') {
        const k = skipFillersForward(toks, run.last + 1);
        if (isCue(toks[k], false)) { const c = cueAt(toks, k); if (c) { return made(c.cue, { kind: 'name', name }, c.next); } }
      }
    }
    // the mayor said / officials told reporters / a spokesman for the ministry said
    if (t.word && !t.cap) {
      for (let j = p; j < toks.length && j - p < 7; j++) {
        if (!toks[j].word || RELATIVES.has(toks[j].text)) { break; }
        if (j > p && isCue(toks[j], true) && !PASSIVE.has(toks[j - 1].text)) {
          const first = toks[p];
          if (!(DETERMINERS.has(first.text) || (j - p === 1 && GROUP_NOUN_RE.test(first.text)))) { break; }
          const c = cueAt(toks, j);
          if (!c) { break; }
          const end = toks[j - 1].end;
          const title = toks.slice(p, j).map((x) => x.lower).find((w) => TITLES.has(w)) ?? null;
          return made(c.cue, { kind: 'descriptive', start: first.start, end, text: text.slice(first.start, end), title }, c.next);
        }
      }
    }
    return npAttribution();
  }

  const DASHES = new Set(['―', '—', '–']);
  const NP_MAX_TOKENS = 24;
  const NAME_COMPLEMENT = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'to', 'on', 'by']);

  /** The subject noun phrase from toks[p] up to the first strict cue (or, after an open quote, a
   *  verb right after a name or a closing bracket), read as described at its call. */
  function nounPhraseBeforeCue(text: string, toks: readonly Tok[], p: number, loose: boolean):
    { cue: string; subject: Subject; next: number } | null {
    let depth = 0;
    let cueAtIdx = -1;
    let looseAt = -1;
    for (let j = p; j < toks.length && j - p < NP_MAX_TOKENS; j++) {
      const t = toks[j];
      if (t.text === '(') { depth++; continue; }
      if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
      if (depth > 0 || isAbbrevStop(toks, j)) { continue; }
      if (stopsClause(t)) { break; }
      if (j > p && isCue(t, true) && !NAMING_CUES.has(t.text) && !PASSIVE.has(toks[j - 1].text) && !INFINITIVE.has(toks[j - 1].text)) {
        cueAtIdx = j; break;
      }
      if (looseAt < 0 && loose && j > p && verbLike(t) && (toks[j - 1].text === ')' || (toks[j - 1].cap && toks[j - 1].word)) &&
          !(verbLike(toks[j + 1]) && !ADVERBIAL_STARTS.has(toks[j + 1].lower))) { looseAt = j; }
    }
    const at = cueAtIdx >= 0 ? cueAtIdx : looseAt;
    if (at < 0) { return null; }
    const c = cueAtIdx >= 0 ? cueAt(toks, at) : { cue: toks[at].text, next: at + 1 };
    if (!c) { return null; }
    const end = skipFillersBackward(toks, at - 1);
    // Name runs of the phrase at bracket depth 0, not complements of a preposition.
    const names: Name[] = [];
    let commas = 0;
    depth = 0;
    for (let j = p; j <= end; j++) {
      const t = toks[j];
      if (t.text === '(') { depth++; continue; }
      if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
      if (depth > 0) { continue; }
      if (t.text === ',') { commas++; continue; }
      if (!t.cap || !t.word) { continue; }
      const run = runStartingAt(text, toks, j);
      if (!run) { continue; }
      const last = Math.min(run.last, end);
      let b = j - 1;
      if (b >= p && DETERMINERS.has(toks[b].lower)) { b--; }
      const complement = b >= p && NAME_COMPLEMENT.has(toks[b].text);
      const name = nameFromRun(text, toks, { first: j, last });
      if (!complement && name && name.text !== '' && !/['’]s?$/.test(toks[last].text)) { names.push(name); }
      j = last;
    }
    if (names.length === 0) { return null; }
    const name = commas > 0 ? names[0] : names[names.length - 1];
    return { cue: c.cue, subject: { kind: 'name', name }, next: c.next };
  }

  /** Lower-case words that follow a subject without being its verb. */
  const NOT_VERBS = new Set([
    'and', 'or', 'but', 'nor', 'of', 'in', 'at', 'for', 'with', 'by', 'from', 'on', 'about', 'into', 'than', 'to',
    'the', 'a', 'an', 'who', 'whom', 'whose', 'which', 'that', 'what', 'where', 'when', 'while', 'as', 'if',
    'because', 'so', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'is', 'was', 'are',
    'were', 'be', 'been', 'being', 'has', 'have', 'had', 'not', 'no', 'after', 'before', 'over', 'under', 'during',
    'until', 'since', 'via', 'per', 'versus', 'vs', 'de', 'la', 'le', 'von', 'van', 'der', 'den', 'du', 'al', 'el',
    'ibn', 'bin', 'da', 'do', 'dos', 'das', 'del', 'della', 'di',
  ]);

  /** A finite verb by its shape: a lower-case word that is no function word. */
  function verbLike(t: Tok | undefined): boolean {
    return t !== undefined && t.word && !t.cap && !t.num && /^[a-z]+$/.test(t.text) && t.text.length > 2 &&
      !NOT_VERBS.has(t.text) && !/ly$/.test(t.text);
  }

  /** The quote's last inner character (before the closing mark) is , ? ! or a dash: its sentence
   *  goes on after the mark. */
  function quoteEndsOpen(text: string, quoteEnd: number): boolean {
    let i = quoteEnd - 2;
    while (i > 0 && /\s/.test(text[i])) { i--; }
    const c = text[i];
    return c === ',' || c === '?' || c === '!' || c === '—' || c === '–';
  }



  function tokenAfter(toks: readonly Tok[], s: Subject): number {
    const end = s.kind === 'name' ? s.name.end : s.end;
    const i = toks.findIndex((t) => t.start >= end);
    return i < 0 ? toks.length : i;
  }

  /** The attribution sentence ends within a few words ("told DW.", "said on Monday."), without a
   *  that-clause or a new quote. */
  function attributionEndsSoon(toks: readonly Tok[], i: number): boolean {
    for (let j = i; j < toks.length && j < i + 8; j++) {
      const t = toks[j];
      if (!t.word && SENTENCE_END.has(t.text)) { return true; }
      if (t.text === 'that' || QUOTE_CHARS.has(t.text)) { return false; }
    }
    return i >= toks.length;
  }

  /** Words that open an adverbial after a cue ("said on Monday", "said in a statement", "said
   *  later"), never a speaker. */
  const ADVERBIAL_STARTS = new Set([
    'on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'late', 'early', 'last', 'yesterday', 'today',
    'tonight', 'this', 'when', 'while', 'as', 'from', 'with', 'via', 'over', 'again', 'then', 'recently', 'previously',
  ]);

  /** The speaker after a cue: "analyst Khang Vu", "Tomas Reyes, a coastal engineer", "the European
   *  Commission", "he", or a descriptive phrase ("shipping data", "a joint statement"). */
  function speakerAfterCue(text: string, toks: readonly Tok[], i: number): Subject | null {
    const t = toks[i];
    if (!t || !t.word) { return null; }
    const pron = pronounSubject(t);
    if (pron) { return pron.kind === 'pronoun' ? pron : null; }
    // "said on Monday", "said in a statement": an adverbial, not the speaker (found by fuzzing).
    if (!t.cap && ADVERBIAL_STARTS.has(t.lower)) { return null; }
    // Lower-case descriptors before a name: "analyst", "captain", "the", "former".
    let j = i;
    while (j < toks.length && j - i < 6 && toks[j].word && !toks[j].cap && !toks[j].num) { j++; }
    if (j < toks.length && toks[j].cap && (j === i || joined(text, toks[j - 1], toks[j]))) {
      let run = runStartingAt(text, toks, j);
      if (run) {
        // "Acme chief executive John Smith", "former RAF pilot and aerospace analyst Andrew Brookes":
        // an organization, lower-case words with a title among them, then the name. Without a name
        // after them it is a description: "the Ukraine captain".
        let k = run.last + 1;
        let titled = false;
        while (k < toks.length && k - run.last <= 5 && toks[k].word && !toks[k].cap && !toks[k].num) {
          if (TITLES.has(toks[k].lower)) { titled = true; }
          k++;
        }
        if (titled && toks[k]?.cap && joined(text, toks[k - 1], toks[k])) {
          run = runStartingAt(text, toks, k) ?? run;
        } else if (titled || (k > run.last + 1 && TITLES.has(toks[run.last + 1].lower))) {
          let e = run.last + 1;
          while (e < k && TITLES.has(toks[e].lower)) { e++; }
          const end = toks[e - 1].end;
          const title = toks.slice(run.last + 1, e).map((x) => x.lower).find((w) => TITLES.has(w)) ?? null;
          return { kind: 'descriptive', start: t.start, end, text: text.slice(t.start, end), title };
        }
      }
      const name = run && nameFromRun(text, toks, run);
      if (name && name.text !== '') {
        const lowerTitle = toks.slice(i, j).map((x) => x.lower).find((w) => TITLES.has(w)) ?? null;
        return { kind: 'name', name: { ...name, title: name.title ?? lowerTitle } };
      }
      if (name && run) {
        const end = toks[run.last].end;
        return { kind: 'descriptive', start: t.start, end, text: text.slice(t.start, end), title: name.title };
      }
    }
    // Descriptive source up to the clause end: "according to shipping data".
    let k = i;
    while (k < toks.length && k - i < 8 && toks[k].word && !RELATIVES.has(toks[k].text)) { k++; }
    if (k === i) { return null; }
    // "said the country’s president, François Hollande, ...": the name in apposition.
    if (toks[k]?.text === ',' && toks[k + 1]?.cap) {
      const run = runStartingAt(text, toks, k + 1);
      const name = run && nameFromRun(text, toks, run);
      const after = run ? toks[run.last + 1] : undefined;
      if (name && name.text !== '' && (!after || !after.word)) { return { kind: 'name', name }; }
    }
    const end = toks[k - 1].end;
    const title = toks.slice(i, k).map((x) => x.lower).find((w) => TITLES.has(w)) ?? null;
    return { kind: 'descriptive', start: t.start, end, text: text.slice(t.start, end), title };
  }

  // ------------------------------------------------------------------ before the quote

  /** Reads the attribution standing before the quote in its sentence. */
  function attributeBefore(text: string, quoteStart: number, ctx: PreContext): PreResult {
    const from = Math.max(ctx.from, quoteStart - PRE_WINDOW);
    const all = tokenizeRange(text, from, quoteStart);
    // Cut at the last sentence boundary.
    let s = 0;
    for (let i = all.length - 1; i >= 0; i--) {
      const t = all[i];
      if (t.word || !SENTENCE_END.has(t.text)) { continue; }
      if (t.text === '.' && i > 0 && all[i - 1].end === t.start && isAbbreviation(all[i - 1])) { continue; }
      if (t.text === '.' && all[i + 1]?.text === ')') { continue; } // a stop inside a bracket: (D-Wis.)
      s = i + 1;
      break;
    }
    const toks = s > 0 ? all.slice(s) : all;
    const sameSentenceAsPrevious = ctx.afterQuote && s === 0 && from === ctx.from;
    const sentenceStart = toks.length > 0 ? toks[0].start : quoteStart;
    const base = { sameSentenceAsPrevious, sentenceStart };

    // According to X, "..."
    for (let i = 0; i + 1 < toks.length; i++) {
      if (toks[i].text.toLowerCase() === 'according' && toks[i + 1].text === 'to') {
        const sub = speakerAfterCue(text, toks, i + 2);
        if (sub) { return { ...base, attribution: { cue: 'according to', subject: sub, how: 'pre', parenthetical: false, naming: false } }; }
      }
    }
    // The last cue with a subject; a participle or coordinated cue ("adding", "and said") takes the
    // subject of an earlier cue, or the previous quote's speaker.
    let pending: { cue: string; naming: boolean } | null = null;
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i];
      if (!isCue(t, false)) { continue; }
      const c = cueAt(toks, i);
      if (!c) { continue; }
      const k = skipFillersBackward(toks, i - 1);
      if (k >= 0 && PASSIVE.has(toks[k].text) && !t.text.endsWith('ing')) { continue; } // "had been warned"
      if (k >= 0 && INFINITIVE.has(toks[k].text)) { continue; } // "a news conference to declare"
      const naming = NAMING_CUES.has(t.text);
      const coordinated = k >= 0 && (toks[k].text === 'and' || (toks[k].text === ',' && t.text.endsWith('ing')));
      if (coordinated) {
        pending ??= { cue: c.cue, naming };
        continue;
      }
      const sub = subjectBefore(text, toks, k);
      if (sub) {
        if (WEAK_CUES.has(t.text) && sub.kind === 'descriptive') { continue; }
        const cue = pending ? pending.cue : c.cue;
        const parenthetical = k >= 1 && toks[k - 1]?.text === ',' && toks[c.next]?.text === ',' && sub.kind === 'pronoun';
        return { ...base, attribution: { cue, subject: sub, how: 'pre', parenthetical, naming: pending ? pending.naming : naming } };
      }
    }
    if (pending && sameSentenceAsPrevious) {
      return { ...base, attribution: { cue: pending.cue, subject: null, how: 'inherit', parenthetical: false, naming: pending.naming } };
    }
    // "Trump attacked Clinton for her record, saying, ..." / "Cruz called them on it, adding ...": a
    // participle or coordinated cue with no subject of its own takes the clause's subject.
    if (pending) {
      const sub = clauseSubjectOf(text, toks);
      if (sub) { return { ...base, attribution: { cue: pending.cue, subject: sub, how: 'pre', parenthetical: false, naming: pending.naming } }; }
    }
    return { ...base, attribution: null };
  }

  function isAbbreviation(t: Tok): boolean {
    return t.word && (t.text.includes('.') || (t.cap && t.text.length === 1) || WRITTEN_ABBREVIATIONS.has(t.text));
  }

  /** The subject ending at token k (just before a cue): a pronoun, a name run (titles stripped),
   *  "Vietnam’s President, Luong Cuong,", "Bill Hayton, associate fellow at ...,", or a short
   *  descriptive phrase ("the Ambassador", "officials"). */
  function subjectBefore(text: string, toks: readonly Tok[], k: number): Subject | null {
    const t = toks[k];
    if (!t) { return null; }
    if (t.word) {
      const pron = pronounSubject(t);
      if (pron) { return pron; }
    }
    if (t.word && (t.cap || t.num)) { return nameBefore(text, toks, k, true); }
    if (t.text === ')') {
      // "Rep. Gwen Moore (D-Wis.) said"
      const open = openingBracket(toks, k);
      return open > 0 ? nameBefore(text, toks, open - 1, true) : null;
    }
    if (t.text === ',') {
      // ", NAME," bracketed ("Vietnam’s President, Luong Cuong, described"), or ", appositive," after
      // the name ("Bill Hayton, associate fellow at ..., told").
      let c = -1;
      for (let j = k - 1; j >= 0 && k - j < MAX_APPOSITIVE_TOKENS; j--) {
        if (toks[j].text === ',') { c = j; break; }
        if (stopsClause(toks[j])) { break; }
      }
      if (c < 1) { return null; }
      // "Sen. Ola Brandt (R-Utah), a panel member, said": the name stands before the bracket.
      if (toks[c - 1].text === ')') {
        const open = openingBracket(toks, c - 1);
        return open > 0 ? nameBefore(text, toks, open - 1, true) : null;
      }
      const inner = runEndingAt(text, toks, k - 1);
      if (inner && inner.first === c + 1) {
        const bracketed = nameBefore(text, toks, k - 1, false);
        if (bracketed) { return bracketed; }
      }
      return nameBefore(text, toks, c - 1, true);
    }
    if (t.word && !t.cap) {
      // Descriptive: "the council", "officials", "a spokesman for the ministry".
      for (let j = k; j >= 0 && k - j < 6; j--) {
        const w = toks[j];
        if (!w.word || RELATIVES.has(w.text)) { break; }
        if (CUE_VERBS.has(w.text) && j < k) { break; }
        if (DETERMINERS.has(w.text.toLowerCase())) {
          if (PREPOSITIONS.has(toks[j - 1]?.text ?? '')) { return null; }
          const title = toks.slice(j, k + 1).map((x) => x.lower).find((x) => TITLES.has(x)) ?? null;
          return { kind: 'descriptive', start: w.start, end: t.end, text: text.slice(w.start, t.end), title };
        }
      }
      const before = toks[k - 1];
      if (!before || !before.word || before.text === ',' ) {
        if (/s$/.test(t.text) && !t.text.endsWith('ss')) {
          return { kind: 'descriptive', start: t.start, end: t.end, text: t.text, title: TITLES.has(t.lower.replace(/s$/, '')) ? t.lower.replace(/s$/, '') : null };
        }
      }
    }
    return null;
  }

  /** Index of the "(" that the ")" at k closes, within a few tokens, or -1. */
  function openingBracket(toks: readonly Tok[], k: number): number {
    for (let j = k - 1; j >= 0 && k - j <= 10; j--) {
      if (toks[j].text === '(') { return j; }
      if (toks[j].text === ')' || stopsClause(toks[j])) { return -1; }
    }
    return -1;
  }

  function nameBefore(text: string, toks: readonly Tok[], k: number, allowTitleOnly: boolean): Subject | null {
    const run = runEndingAt(text, toks, k);
    if (!run) { return null; }
    if (/['’]s?$/.test(toks[run.last].text)) { return null; } // "Hishamuddin's comments": a possessive, not a subject
    const before = toks[run.first - 1];
    if (before && before.word && PREPOSITIONS.has(before.text)) { return null; } // "spoke to DW said"
    const name = nameFromRun(text, toks, run);
    if (!name) { return null; }
    if (name.tokenCount === 1 && GROUP_SOURCES.has(name.text.toLowerCase())) {
      return { kind: 'descriptive', start: name.start, end: name.end, text: name.text, title: null };
    }
    if (name.text === '') {
      if (!allowTitleOnly) { return null; }
      let start = toks[run.first].start;
      if (before && before.word && DETERMINERS.has(before.text.toLowerCase())) { start = before.start; }
      const end = toks[run.last].end;
      return { kind: 'descriptive', start, end, text: text.slice(start, end), title: name.title };
    }
    return { kind: 'name', name };
  }

  /** The subject of the sentence from `sentenceStart` up to the quote: a pronoun or a name, at the
   *  start or after an introductory phrase closed by a comma ("In a speech, Trump attacked ..."),
   *  followed (past an appositive or a bracket) by a verb. */
  function clauseSubject(text: string, sentenceStart: number, quoteStart: number): Subject | null {
    if (quoteStart - sentenceStart > PRE_WINDOW) { return null; }
    return clauseSubjectOf(text, tokenizeRange(text, sentenceStart, quoteStart));
  }

  function clauseSubjectOf(text: string, toks: readonly Tok[]): Subject | null {
    let depth = 0;
    for (let p = 0; p < toks.length && p < 40; p++) {
      const t = toks[p];
      if (t.text === '(') { depth++; continue; }
      if (t.text === ')') { depth = Math.max(0, depth - 1); continue; }
      if (depth > 0 || !(p === 0 || toks[p - 1].text === ',' || toks[p - 1].text === '—')) { continue; }
      if (!t.word) { continue; }
      const pron = pronounSubject(t);
      if (pron) {
        if (pron.kind === 'pronoun' && !pron.group && verbAt(toks, skipFillersForward(toks, p + 1))) { return pron; }
        continue;
      }
      let q = p;
      if (!t.cap && t.lower === 'the' && toks[p + 1]?.cap) { q = p + 1; }
      if (!toks[q].cap) { continue; }
      const run = runStartingAt(text, toks, q);
      if (!run || /['’]s?$/.test(toks[run.last].text)) { continue; }
      const name = nameFromRun(text, toks, run);
      if (!name || name.text === '') { continue; }
      let k = skipFillersForward(toks, run.last + 1);
      if (toks[k]?.text === '(') {
        while (k < toks.length && toks[k].text !== ')' && k - run.last < 10) { k++; }
        k = skipFillersForward(toks, k + 1);
      }
      if (toks[k]?.text === ',') {
        let j = k + 1;
        while (j < toks.length && j - k < MAX_APPOSITIVE_TOKENS && toks[j].text !== ',' && !stopsClause(toks[j])) { j++; }
        if (toks[j]?.text !== ',') { continue; }
        k = skipFillersForward(toks, j + 1);
      }
      if (verbAt(toks, k)) { return { kind: 'name', name }; }
    }
    return null;
  }

  function verbAt(toks: readonly Tok[], k: number): boolean {
    const t = toks[k];
    return t !== undefined && (isCue(t, false) || verbLike(t));
  }

  return { lang: L, attributeAfter, attributeBefore, clauseSubject };
}
