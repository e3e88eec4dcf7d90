/**
 * Matching lexicon phrases in text. Text and phrases are folded the same way (lower case, Latin
 * accents removed, hyphens and underscores as spaces), then looked up token by token in hash
 * maps: linear in the text whatever the number of phrases, with no pattern to compile.
 */

/** What each non-ASCII character folds to: itself lower-cased, without a Latin accent. */
const FOLDED = new Map<string, string>();

/** Latin letters with a stroke or a dot that Unicode does not decompose, folded to their base. */
const STROKED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', ı: 'i', İ: 'i' };

function foldChar(c: string): string {
  let f = FOLDED.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    const base = lower.length === 1 ? lower.normalize('NFD') : c;
    // Keep the base letter only when what the decomposition added is Latin accents.
    f = base.length > 1 && /^[\u0300-\u036f]+$/.test(base.slice(1)) ? (base[0] as string) : lower.length === 1 ? lower : c;
    if (Object.hasOwn(STROKED, c)) f = STROKED[c] as string;
    else if (/[’‘`´]/.test(c)) f = "'";
    else if (/[‐-―]/.test(c)) f = '-';
    else if (/\s/.test(c)) f = ' ';
    FOLDED.set(c, f);
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

/** A word (a run of letters and digits) or a single sign, with where it stands in the folded text. */
interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

/** The tokens of recently matched texts: every phrase set reads the same lines, so each is cut once. */
const tokenCache = new Map<string, Token[]>();

function tokenize(folded: string): Token[] {
  const hit = tokenCache.get(folded);
  if (hit) return hit;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  if (tokenCache.size >= 512) tokenCache.clear();
  tokenCache.set(folded, out);
  return out;
}

/** A phrase as tokens; the last may be a prefix (`responsab*`). */
interface Compiled {
  tokens: string[];
  prefixLast: boolean;
}

/** A phrase with the way its language is written. */
export interface Phrase {
  text: string;
  noSpaces: boolean;
}

/** A match: where it starts in the folded text, and the folded text it covers. */
export interface PhraseMatch {
  index: number;
  text: string;
}

/** Shortest prefix stem indexed for `word*` phrases. */
const STEM = 3;

/**
 * A set of phrases, matched in folded text. Phrases of languages written with spaces match whole
 * tokens (so "stage" is not found in "backstage"), looked up by their first token in a map;
 * phrases of languages written without spaces match anywhere, looked up by their first character.
 * At each position the longest phrase wins, and matches do not overlap.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, Compiled[]>();
  private readonly byStem = new Map<string, Compiled[]>();
  private readonly byChar = new Map<string, string[]>();
  private readonly empty: boolean;
  /** Whether a phrase of a language without spaces starts with an ASCII character (else ASCII is skipped). */
  private asciiStart = false;

  constructor(phrases: readonly Phrase[]) {
    for (const p of phrases) {
      const prefix = p.text.endsWith('*');
      const core = fold(prefix ? p.text.slice(0, -1) : p.text).trim();
      if (!core) continue;
      if (p.noSpaces) {
        const list = this.byChar.get(core[0] as string) ?? [];
        if (!list.includes(core)) list.push(core);
        this.byChar.set(core[0] as string, list);
        continue;
      }
      const tokens = tokenize(core).map((t) => t.text);
      const first = tokens[0] as string;
      const compiled = { tokens, prefixLast: prefix };
      if (prefix && tokens.length === 1 && first.length >= STEM) {
        const key = first.slice(0, STEM);
        this.byStem.set(key, [...(this.byStem.get(key) ?? []), compiled]);
      } else this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), compiled]);
    }
    for (const [c, list] of this.byChar) {
      list.sort((a, b) => b.length - a.length);
      if (c.charCodeAt(0) < 128) this.asciiStart = true;
    }
    this.empty = !this.byFirst.size && !this.byStem.size && !this.byChar.size;
  }

  /** The longest phrase of spaced languages that starts at token `i`, as the index past its last token. */
  private tokenMatch(tokens: Token[], i: number): number {
    const t = tokens[i] as Token;
    let best = -1;
    const tryAll = (list: Compiled[] | undefined) => {
      for (const c of list ?? []) {
        const n = c.tokens.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const want = c.tokens[k] as string;
          const have = (tokens[i + k] as Token).text;
          ok = k === n - 1 && c.prefixLast ? have.startsWith(want) : have === want;
        }
        if (ok && i + n > best) best = i + n;
      }
    };
    tryAll(this.byFirst.get(t.text));
    if (t.text.length >= STEM) tryAll(this.byStem.get(t.text.slice(0, STEM)));
    return best;
  }

  /** Every match, in order, without overlaps. */
  findAll(folded: string): PhraseMatch[] {
    if (this.empty) return [];
    const out: PhraseMatch[] = [];
    if (this.byFirst.size || this.byStem.size) {
      const tokens = tokenize(folded);
      for (let i = 0; i < tokens.length; i++) {
        const end = this.tokenMatch(tokens, i);
        if (end < 0) continue;
        const from = (tokens[i] as Token).start;
        const to = (tokens[end - 1] as Token).end;
        out.push({ index: from, text: folded.slice(from, to) });
        i = end - 1;
      }
    }
    if (this.byChar.size) {
      for (let i = 0; i < folded.length; i++) {
        if (!this.asciiStart && folded.charCodeAt(i) < 128) continue;
        const list = this.byChar.get(folded[i] as string);
        if (!list) continue;
        const hit = list.find((p) => folded.startsWith(p, i));
        if (!hit) continue;
        out.push({ index: i, text: hit });
        i += hit.length - 1;
      }
      if (this.byFirst.size || this.byStem.size) out.sort((a, b) => a.index - b.index);
    }
    return out;
  }

  /** True when any phrase occurs in the folded text. */
  test(folded: string): boolean {
    return this.find(folded) !== null;
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

  constructor(entries: ReadonlyArray<readonly [K, readonly Phrase[]]>) {
    this.sets = entries.filter(([, p]) => p.length > 0).map(([k, p]) => [k, new PhraseSet(p)] as const);
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

  /** The phrase set of one key. */
  set(key: K): PhraseSet | undefined {
    return this.sets.find(([k]) => k === key)?.[1];
  }
}
