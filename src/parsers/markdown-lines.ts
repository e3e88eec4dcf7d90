/**
 * A line reader for the plain subset of markdown most postings are written in: ATX headings,
 * paragraphs, bullet and ordered lists (nested, with lazy continuation lines), `**strong**`,
 * `*emphasis*`, `_emphasis_`, `` `code` `` and `[text](url)` links. On that subset it reads a body exactly as remark-parse
 * does (test/parsers/markdown-lines.test.ts compares the two on every fixture, the corpus when it
 * is present and generated documents) at a fraction of the cost, because it does not tokenize
 * character by character.
 *
 * Anything outside the subset — HTML, code blocks, blockquotes, tabs, escapes, character
 * references, setext headings, images, reference links, a `*`, `_`, `` ` `` or `[` it cannot
 * pair the CommonMark way, a thematic break anywhere but between top-level blocks — makes it give up (return null) before it has touched the builder, and
 * remark-parse reads the body instead. It errs on the side of giving up.
 */
import { item } from './builder.js';
import type { Item } from './document.js';

/** The inline content of a paragraph or heading, as the markdown reader gathers it from mdast. */
export interface Inline {
  text: string;
  links: string[];
  /** True when every visible character is inside strong or emphasis. */
  emphasisOnly: boolean;
}

/** What the reader found, in order, for the markdown parser to give to the builder. */
export type LineBlock =
  | { type: 'heading'; inline: Inline; depth: number; line: number }
  | { type: 'paragraph'; inline: Inline; line: number }
  | { type: 'list'; items: Item[]; ordered: boolean };

/** Thrown (and caught below) when the body leaves the subset. */
const OUTSIDE = Symbol('outside the subset');

/**
 * Anything in a body that sends it to remark: HTML or autolinks, escapes, tabs, control
 * characters, images, character references, and at the start of a line (at any indent, so
 * inside list items too) a blockquote, a fence or a setext underline.
 */
const UNSUPPORTED = /[<\\\t\r\0-\x08\x0b\x0c\x0e-\x1f]|!\[|&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{0,31});|^ *(?:>|~~~|```|(?:=+|-{1,2}) *$)/m;

/** A thematic break: three or more `-` or `*`, spaces between allowed. */
const BREAK = /^([-*])(?: *\1){2,} *$/;

/** A list marker at the start of a line: indent, bullet or number with delimiter, spaces. */
const MARKER = /^( *)(?:([-+*])|(\d{1,9})([.)]))( +|$)/;

/** An ATX heading: up to three spaces, one to six `#`, then a space or the end of the line. */
const ATX = /^ {0,3}(#{1,6})(?: (.*))?$/;

/** Characters that may follow a closing `*`, `**`, `_` or `__` for it to close the CommonMark way here. */
const AFTER_CLOSER = new Set([' ', ':', '.', ',', ';', ')', '!', '?', "'", '"', '-', '/']);

/** A link whose text has no markup and whose destination has no spaces, brackets, parentheses or backticks. */
const LINK = /\[([^[\]*_`]+)\]\(([^\s()[\]`]+)\)/y;

const WORD_CHAR = /[A-Za-z\d]/;

/** A `_` between two letters or digits is text, never emphasis: `POSITION_NAME`, a URL's `job_id`. */
function intraword(s: string, i: number): boolean {
  return i > 0 && WORD_CHAR.test(s[i - 1] as string) && WORD_CHAR.test(s[i + 1] ?? '');
}

/** The next `_` after `from` that could close emphasis (one inside a word cannot), or -1. */
function nextUnderscore(s: string, from: number): number {
  for (let i = s.indexOf('_', from); i >= 0; i = s.indexOf('_', i + 1)) if (!intraword(s, i)) return i;
  return -1;
}

const VISIBLE = /[^\s:：]/;

function plain(acc: Inline, s: string): void {
  acc.text += s;
  if (acc.emphasisOnly && VISIBLE.test(s)) acc.emphasisOnly = false;
}

/** Reads one line's inline content into `acc`; throws OUTSIDE when it cannot be sure. */
function inlineLine(s: string, acc: Inline): void {
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '*' || (c === '_' && !intraword(s, i))) {
      let n = 1;
      while (s[i + n] === c) n++;
      const first = s[i + n];
      // An opener here: after a space or at the start, before a visible character.
      if (n > 2 || (i > 0 && s[i - 1] !== ' ') || first === undefined || /\s/.test(first)) throw OUTSIDE;
      const close = c === '*' ? s.indexOf('*', i + n) : nextUnderscore(s, i + n);
      // The closer is the next delimiter and a run of the same length.
      if (close < 0 || s[close + n - 1] !== c || s[close + n] === c) throw OUTSIDE;
      const before = s[close - 1] as string;
      const after = s[close + n];
      if (/\s/.test(before) || (after !== undefined && !AFTER_CLOSER.has(after))) throw OUTSIDE;
      const inner = s.slice(i + n, close);
      // Nothing inside that could be markup of its own: links, code, the other delimiter.
      const underscore = c === '*' ? nextUnderscore(s, i + n) : -1;
      if (/[[\]`*]/.test(inner) || (underscore >= 0 && underscore < close)) throw OUTSIDE;
      plain(acc, s.slice(start, i));
      acc.text += inner;
      i = close + n - 1;
      start = close + n;
    } else if (c === '[') {
      LINK.lastIndex = i;
      const m = LINK.exec(s);
      if (!m) throw OUTSIDE;
      plain(acc, s.slice(start, i));
      plain(acc, m[1] as string);
      acc.links.push(m[2] as string);
      i = LINK.lastIndex - 1;
      start = LINK.lastIndex;
    } else if (c === '`') {
      // A code span of single backticks on this line; its content is text as it stands.
      const close = s.indexOf('`', i + 1);
      if (s[i + 1] === '`' || close < 0 || s[close + 1] === '`') throw OUTSIDE;
      let code = s.slice(i + 1, close);
      if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && /[^ ]/.test(code)) code = code.slice(1, -1);
      plain(acc, s.slice(start, i));
      acc.text += code;
      acc.emphasisOnly = false;
      i = close;
      start = close + 1;
    } else if (c === ']') throw OUTSIDE;
  }
  plain(acc, s.slice(start));
}

/** The inline content of source lines, joined by line breaks as mdast text is. */
function inlineOf(lines: string[]): Inline {
  const acc: Inline = { text: '', links: [], emphasisOnly: true };
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) acc.text += '\n';
    inlineLine(lines[i] as string, acc);
  }
  return acc;
}

/** A heading's text without its closing sequence of `#`. */
function headingText(rest: string): string {
  const t = rest.trim();
  if (/^#+$/.test(t)) return '';
  return t.replace(/ +#+$/, '');
}

interface OpenList {
  /** The bullet character, or the ordered delimiter; a different one starts a new list. */
  kind: string;
  ordered: boolean;
}

interface Container {
  /** The column where the item's content starts; lines indented this far stay in it (0 for the root). */
  width: number;
  line: number;
  texts: string[];
  links: string[];
  /** Finished items of the lists nested in this item (or, for the root, of its open list). */
  items: Item[];
  list: OpenList | null;
}

interface OpenParagraph {
  lines: string[];
  first: number;
  owner: Container;
}

/**
 * Reads a markdown body (after front matter, with tight ATX headings already spaced) into
 * blocks, or returns null when the body leaves the subset. `offset` counts the lines before it.
 */
export function readPlainMarkdown(body: string, offset: number): LineBlock[] | null {
  if (UNSUPPORTED.test(body)) return null;
  try {
    return read(body, offset);
  } catch (err) {
    if (err === OUTSIDE) return null;
    throw err;
  }
}

function read(body: string, offset: number): LineBlock[] {
  const out: LineBlock[] = [];
  const root: Container = { width: 0, line: 0, texts: [], links: [], items: [], list: null };
  const stack: Container[] = [];
  let para: OpenParagraph | null = null;

  const closeParagraph = () => {
    if (!para) return;
    const inline = inlineOf(para.lines);
    if (para.owner === root) out.push({ type: 'paragraph', inline, line: para.first });
    else {
      para.owner.texts.push(inline.text);
      para.owner.links.push(...inline.links);
    }
    para = null;
  };
  const closeList = (c: Container) => {
    if (c === root && c.list && c.items.length) out.push({ type: 'list', items: c.items, ordered: c.list.ordered });
    if (c === root) c.items = [];
    c.list = null;
  };
  /** Closes the items nested deeper than `depth` (their paragraphs first). */
  const closeItems = (depth: number) => {
    while (stack.length > depth) {
      const it = stack.pop() as Container;
      if (para?.owner === it) closeParagraph();
      const parent = stack[stack.length - 1] ?? root;
      parent.items.push(item(it.texts.join(' '), it.line, it.items, it.links));
    }
  };

  const lines = body.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] as string;
    const lineNo = n + 1 + offset;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length) {
      closeParagraph();
      continue;
    }
    // The open items this line stays in: those whose content column it reaches.
    let depth = 0;
    while (depth < stack.length && indent >= (stack[depth] as Container).width) depth++;
    const container = depth > 0 ? (stack[depth - 1] as Container) : root;
    const rel = indent - container.width;
    const content = raw.slice(indent);
    if (rel >= 4) {
      // Indented code cannot interrupt a paragraph: a deep line goes on with the open one.
      if (!para) throw OUTSIDE;
      para.lines.push(content);
      continue;
    }
    if (BREAK.test(content)) {
      // Under a paragraph a `---` is a setext underline; inside an item, a break of its own.
      if (para || depth > 0) throw OUTSIDE;
      closeItems(0);
      closeList(root);
      continue;
    }
    const atx = ATX.exec(content);
    if (atx) {
      if (depth > 0) throw OUTSIDE;
      closeParagraph();
      closeItems(0);
      closeList(root);
      out.push({ type: 'heading', inline: inlineOf([headingText(atx[2] ?? '')]), depth: (atx[1] as string).length, line: lineNo });
      continue;
    }
    const marker = MARKER.exec(content);
    if (marker) {
      const kind = (marker[2] ?? marker[4]) as string;
      const ordered = marker[3] !== undefined;
      const spaces = (marker[5] as string).length;
      const rest = content.slice(marker[0].length);
      if (!rest || spaces > 4 || MARKER.test(rest) || ATX.test(rest) || BREAK.test(rest)) throw OUTSIDE;
      const sibling = container.list !== null && container.list.kind === kind && stack.length > depth;
      // A new list may interrupt a paragraph only if it is a bullet list or starts at 1.
      if (!sibling && para && ordered && Number(marker[3]) !== 1) throw OUTSIDE;
      closeParagraph();
      closeItems(depth);
      if (!sibling) {
        closeList(container);
        container.list = { kind, ordered };
      }
      const opened: Container = { width: indent + (marker[2] ?? `${marker[3]}${marker[4]}`).length + spaces, line: lineNo, texts: [], links: [], items: [], list: null };
      stack.push(opened);
      para = { lines: [rest], first: lineNo, owner: opened };
      continue;
    }
    if (para) {
      // A paragraph goes on, lazily too: a line too shallow for its item still continues it.
      para.lines.push(content);
      continue;
    }
    closeItems(depth);
    closeList(container);
    para = { lines: [content], first: lineNo, owner: container };
  }
  closeParagraph();
  closeItems(0);
  closeList(root);
  return out;
}
