/**
 * Matching lexicon phrases in text. Text and phrases are folded the same way (lower case, Latin
 * accents removed, hyphens and underscores as spaces), then looked up token by token in hash
 * maps: linear in the text whatever the number of phrases, with no pattern to compile.
 */
import { STROKED } from '../patterns/fold.js';

/** What each character folds to: itself lower-cased, without a Latin accent or an Arabic hamza or madda (the first few thousand seen). */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 8_192;

function foldChar(c: string): string {
  let f = FOLDED.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    const base = lower.length === 1 ? lower.normalize('NFD') : c;
    // Keep the base letter only when what the decomposition added is Latin accents, or the hamza
    // or madda Arabic writes over a letter or leaves out (أ, إ, آ and ا are one letter to a reader).
    f = base.length > 1 && /^[\u0300-\u036f\u0653-\u0655]+$/.test(base.slice(1)) ? (base[0] as string) : lower.length === 1 ? lower : c;
    if (Object.hasOwn(STROKED, c)) f = STROKED[c] as string;
    else if (/[’‘`´]/.test(c)) f = "'";
    else if (/[‐-―]/.test(c)) f = '-';
    else if (/\s/.test(c)) f = ' ';
    if (FOLDED.size < FOLDED_MAX) FOLDED.set(c, f);
  }
  return f;
}

/** True when the character at `i` is a letter (any script). */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /\p{L}/u.test(text[i] as string);
}

/**
 * Folds text for matching, one character for one, so that a position in the folded text is the
 * same position in the original: `Qualificações – Nice-to-Have` → `qualificacoes - nice to have`.
 * Lower case, Latin accents dropped, typographic apostrophes and dashes made plain, `-` and `_`
 * between letters read as spaces ("nice-to-have"), every white-space character as a space.
 */
export function fold(text: string): string {
  if (inDocument) {
    const hit = foldedTexts.get(text);
    if (hit !== undefined) return hit;
    const f = foldText(text);
    if (foldedChars < DOCUMENT_CHARS) {
      foldedTexts.set(text, f);
      foldedChars += text.length;
    }
    return f;
  }
  return foldText(text);
}

/** Printable ASCII only: folded by the engine's own lower-casing. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const JOINER = /(?<=[A-Za-z])[-_](?=[A-Za-z])/g;

function foldText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.replace(JOINER, ' ').toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) out += String.fromCharCode(code + 32);
      else if (code === 45 || code === 95) out += letterAt(text, i - 1) && letterAt(text, i + 1) ? ' ' : text[i];
      else if (code === 9 || code === 10 || code === 13) out += ' ';
      else out += text[i];
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out += text[i] + (text[i + 1] as string);
      i++;
    } else out += foldChar(text[i] as string);
  }
  return out;
}

/**
 * The tokens of a text — words (runs of letters and digits) and single signs — with where each
 * stands in the folded text, as three parallel arrays (no object per token: texts are read by
 * every matcher, and a document has tens of thousands of tokens).
 */
interface Tokens {
  texts: string[];
  starts: number[];
  ends: number[];
}

/** A letter, digit or combining mark outside ASCII (ASCII is told by its code). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** A white-space character outside ASCII. */
const SPACE_CHAR = /\s/u;

/** Whether the character at `i` (code `c`) is part of a word. */
function wordAt(folded: string, i: number, c: number, width: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(width === 2 ? folded.slice(i, i + 2) : (folded[i] as string));
}

/** Words (runs of letters, digits and marks) and single signs, in order; white space between them. */
function tokenize(folded: string): Tokens {
  const out: Tokens = { texts: [], starts: [], ends: [] };
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let c = folded.charCodeAt(i);
    // A surrogate pair is one character.
    let width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    if (c === 32 || (c < 128 ? c >= 9 && c <= 13 : SPACE_CHAR.test(folded[i] as string))) {
      i += width;
      continue;
    }
    const start = i;
    if (!wordAt(folded, i, c, width)) i += width;
    else {
      while (i < n) {
        c = folded.charCodeAt(i);
        width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        if (!wordAt(folded, i, c, width)) break;
        i += width;
      }
    }
    out.texts.push(folded.slice(start, i));
    out.starts.push(start);
    out.ends.push(i);
  }
  return out;
}

/** A phrase with the way its language is written. */
export interface Phrase {
  text: string;
  noSpaces: boolean;
}

/** A match: where it starts in the folded text, and the folded text it covers. */
export interface PhraseMatch {
  readonly index: number;
  readonly text: string;
}

/** A phrase of a language written with spaces, as tokens (the last may be a prefix, `responsab*`), and its set. */
interface Entry {
  tokens: string[];
  prefixLast: boolean;
  set: number;
}

/** A phrase of a language written without spaces, and its set. */
interface CharEntry {
  text: string;
  set: number;
}

/** Shortest prefix stem indexed for `word*` phrases. */
const STEM = 3;
/** A token of digits, which `#` in a phrase stands for ("# days in the office"). */
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}
/**
 * Annotated texts are remembered, because every set reads the same lines: each is scanned once.
 * While a document is read (inside `readingDocument`), its texts are remembered until it is done,
 * up to DOCUMENT_CHARS; outside, the newest texts up to LOOSE_CHARS. Memory stays flat over a long
 * run, and no document is scanned again and again because it is larger than some cache.
 */
const DOCUMENT_CHARS = 4_000_000;
const LOOSE_CHARS = 200_000;
let annotatedChars = 0;
let inDocument = 0;
/** Remembered texts, oldest first, with the cache that holds each. */
let remembered: Array<{ cache: Map<string, unknown>; key: string }> = [];
let oldest = 0;

/** The tokens of each text annotated in the current document: the matcher of every language and the document's own read the same text. */
const tokenized = new Map<string, Tokens>();
/** How much text a document keeps tokenized (a token costs some 60 bytes). */
const TOKENIZED_CHARS = 2_000_000;
let tokenizedChars = 0;

function tokensOf(folded: string): Tokens {
  if (!inDocument) return tokenize(folded);
  let tokens = tokenized.get(folded);
  if (!tokens) {
    tokens = tokenize(folded);
    if (tokenizedChars < TOKENIZED_CHARS) {
      tokenized.set(folded, tokens);
      tokenizedChars += folded.length;
    }
  }
  return tokens;
}

/** The folded form of each text read in the current document (the same texts are folded by many readers). */
const foldedTexts = new Map<string, string>();
let foldedChars = 0;

function forget(): void {
  tokenized.clear();
  tokenizedChars = 0;
  foldedTexts.clear();
  foldedChars = 0;
  for (const r of remembered) r.cache.delete(r.key);
  remembered = [];
  oldest = 0;
  annotatedChars = 0;
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  cache.set(key, value);
  remembered.push({ cache: cache as Map<string, unknown>, key });
  annotatedChars += key.length + 16;
  const budget = inDocument ? DOCUMENT_CHARS : LOOSE_CHARS;
  while (annotatedChars > budget && oldest < remembered.length) {
    const old = remembered[oldest++] as { cache: Map<string, unknown>; key: string };
    if (old.cache.delete(old.key)) annotatedChars -= old.key.length + 16;
  }
  if (oldest > 1_024 && oldest * 2 > remembered.length) {
    remembered = remembered.slice(oldest);
    oldest = 0;
  }
}

/** Runs `read` (the reading of one document) with its texts' annotations kept until it returns. */
export function readingDocument<T>(read: () => T): T {
  if (inDocument++ === 0) forget();
  try {
    return read();
  } finally {
    if (--inDocument === 0) forget();
  }
}

/**
 * Every phrase of a vocabulary in one index. Phrases of languages written with spaces match whole
 * tokens (so "stage" is not found in "backstage"), looked up by their first token in a map;
 * phrases of languages written without spaces match anywhere, looked up by their first character.
 * A text is annotated once with the matches of every set, which each set then reads: at each
 * position its longest phrase wins, and its matches do not overlap.
 */
export class Matcher {
  private readonly byFirst = new Map<string, Entry[]>();
  /** Phrases that start with `#` (a number), by their second token. */
  private readonly byNumber = new Map<string, Entry[]>();
  private readonly byStem = new Map<string, Entry[]>();
  private readonly byChar = new Map<string, CharEntry[]>();
  /** Whether a phrase without spaces starts with an ASCII character (else ASCII is skipped in that scan). */
  private readonly asciiStarts = new Set<number>();
  private sets = 0;
  private readonly annotations = new Map<string, ReadonlyMap<number, PhraseMatch[]>>();

  /** `numberWords`: numbers written as words (folded) that `#` stands for as digits do ("two days in the office"). */
  constructor(private readonly numberWords: { has(word: string): boolean } = new Set()) {}

  /** True when a token is a number, in digits or as one of the words. */
  private isNumber(token: string): boolean {
    return isDigits(token) || this.numberWords.has(token);
  }

  /** Adds a set of phrases; returns its number. */
  register(phrases: readonly Phrase[]): number {
    const set = this.sets++;
    for (const p of phrases) {
      const prefix = p.text.endsWith('*');
      const core = fold(prefix ? p.text.slice(0, -1) : p.text).trim();
      if (!core) continue;
      if (p.noSpaces) {
        const list = this.byChar.get(core[0] as string) ?? [];
        if (!list.some((e) => e.text === core && e.set === set)) list.push({ text: core, set });
        this.byChar.set(core[0] as string, list);
        if (core.charCodeAt(0) < 128) this.asciiStarts.add(core.charCodeAt(0));
        continue;
      }
      const tokens = tokenize(core).texts;
      const first = tokens[0] as string;
      const entry = { tokens, prefixLast: prefix, set };
      const map = prefix && tokens.length === 1 && first.length >= STEM ? this.byStem : first === '#' ? this.byNumber : this.byFirst;
      // A phrase that starts with a number is looked up by the word after it ("# years"), so that a
      // run of numbers does not try every such phrase at every number.
      const key = map === this.byStem ? first.slice(0, STEM) : map === this.byNumber ? (tokens[1] ?? '') : first;
      const list = map.get(key) ?? [];
      list.push(entry);
      map.set(key, list);
    }
    this.annotations.clear();
    return set;
  }

  /** The matches of one set in a folded text (read-only: the same array is handed to every caller). */
  matches(folded: string, set: number): readonly PhraseMatch[] {
    let annotation = this.annotations.get(folded);
    if (!annotation) {
      annotation = this.annotate(folded);
      remember(this.annotations, folded, annotation);
    }
    // Shared by every caller: typed read-only, so that no caller can change another's answer.
    return annotation.get(set) ?? EMPTY;
  }

  /** The entries of `list` that match the tokens from `i`. */
  private visit(list: Entry[] | undefined, tokens: Tokens, i: number, raw: Array<{ set: number; start: number; end: number }>): void {
    if (!list) return;
    const texts = tokens.texts;
    for (const e of list) {
      const n = e.tokens.length;
      if (i + n > texts.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const want = e.tokens[k] as string;
        const have = texts[i + k] as string;
        ok = want === '#' ? this.isNumber(have) : k === n - 1 && e.prefixLast ? have.startsWith(want) : have === want;
      }
      if (ok) raw.push({ set: e.set, start: tokens.starts[i] as number, end: tokens.ends[i + n - 1] as number });
    }
  }

  /** Every match of every set in a text, each set's longest first at a position, without overlaps within a set. */
  private annotate(folded: string): ReadonlyMap<number, PhraseMatch[]> {
    const raw: Array<{ set: number; start: number; end: number }> = [];
    if (this.byFirst.size || this.byStem.size || this.byNumber.size) {
      const tokens = tokensOf(folded);
      const texts = tokens.texts;
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i] as string;
        this.visit(this.byFirst.get(t), tokens, i, raw);
        if (t.length >= STEM && this.byStem.size) this.visit(this.byStem.get(t.slice(0, STEM)), tokens, i, raw);
        if (this.byNumber.size && this.isNumber(t)) this.visit(this.byNumber.get(texts[i + 1] ?? ''), tokens, i, raw);
      }
    }
    if (this.byChar.size) {
      for (let i = 0; i < folded.length; i++) {
        const c = folded.charCodeAt(i);
        if (c < 128 && !this.asciiStarts.has(c)) continue;
        const list = this.byChar.get(folded[i] as string);
        if (!list) continue;
        for (const e of list) if (folded.startsWith(e.text, i)) raw.push({ set: e.set, start: i, end: i + e.text.length });
      }
    }
    if (!raw.length) return NO_MATCHES;
    const out = new Map<number, PhraseMatch[]>();
    raw.sort((a, b) => a.set - b.set || a.start - b.start || b.end - a.end);
    let last = -1;
    let reach = -1;
    for (const r of raw) {
      if (r.set !== last) {
        last = r.set;
        reach = -1;
      }
      if (r.start < reach) continue;
      reach = r.end;
      const list = out.get(r.set) ?? [];
      list.push({ index: r.start, text: folded.slice(r.start, r.end) });
      out.set(r.set, list);
    }
    return out;
  }
}

const EMPTY: readonly PhraseMatch[] = Object.freeze([]);
/** The annotation of a text without any phrase, shared (it is only read). */
const NO_MATCHES: ReadonlyMap<number, PhraseMatch[]> = new Map();

/** A set of phrases registered in a matcher: tests and finds them in folded text. */
export class PhraseSet {
  private readonly id: number;

  constructor(
    private readonly matcher: Matcher,
    phrases: readonly Phrase[],
  ) {
    this.id = matcher.register(phrases);
  }

  /** Every match, in order, without overlaps (read-only). */
  findAll(folded: string): readonly PhraseMatch[] {
    return this.matcher.matches(folded, this.id);
  }

  /** True when any phrase occurs in the folded text. */
  test(folded: string): boolean {
    return this.findAll(folded).length > 0;
  }

  /** The first occurrence of any phrase in the folded text, or null. */
  find(folded: string): PhraseMatch | null {
    return this.findAll(folded)[0] ?? null;
  }

  /** How many times phrases occur in the folded text. */
  count(folded: string): number {
    return this.findAll(folded).length;
  }
}

/** Phrase sets keyed by what they mean (e.g. employment type), tested in the given order. */
export class KeyedPhrases<K extends string> {
  private readonly sets: Array<readonly [K, PhraseSet]>;

  constructor(matcher: Matcher, entries: ReadonlyArray<readonly [K, readonly Phrase[]]>) {
    this.sets = entries.filter(([, p]) => p.length > 0).map(([k, p]) => [k, new PhraseSet(matcher, p)] as const);
  }

  /** The first key (in order) any of whose phrases occurs in the folded text. */
  first(folded: string): K | null {
    for (const [k, set] of this.sets) if (set.test(folded)) return k;
    return null;
  }

  /** The key whose phrase occurs first in the text (leftmost), with where it stands. */
  leftmost(folded: string): { key: K; index: number; text: string } | null {
    let best: { key: K; index: number; text: string } | null = null;
    for (const [k, set] of this.sets) {
      const m = set.find(folded);
      if (m && (!best || m.index < best.index || (m.index === best.index && m.text.length > best.text.length))) best = { key: k, ...m };
    }
    return best;
  }

  /** Every key with an occurrence, with its first occurrence. */
  all(folded: string): Array<{ key: K; index: number; text: string }> {
    const out: Array<{ key: K; index: number; text: string }> = [];
    for (const [k, set] of this.sets) {
      const m = set.find(folded);
      if (m) out.push({ key: k, ...m });
    }
    return out;
  }

  /** Every match of every key, in key order. */
  every(folded: string): Array<{ key: K; index: number; text: string }> {
    const out: Array<{ key: K; index: number; text: string }> = [];
    for (const [k, set] of this.sets) for (const m of set.findAll(folded)) out.push({ key: k, ...m });
    return out;
  }

  /** The phrase set of one key. */
  set(key: K): PhraseSet | undefined {
    return this.sets.find(([k]) => k === key)?.[1];
  }
}
