/**
 * Reads HTML into the document model with htmlparser2 (a streaming, forgiving tokenizer that
 * decodes every HTML entity): fragments that markdown embeds and whole saved pages alike.
 *
 * Headings, paragraphs (`<br>` breaks lines), nested lists, table rows and definition lists
 * keep their source lines. Scripts, styles, forms, buttons and page chrome (nav, footer, aside,
 * elements marked hidden or classed as menus, cookie banners, share bars) are dropped. A page's
 * `<title>` and meta tags are kept for the extractors, and an embedded schema.org JobPosting
 * (JSON-LD, or microdata) is collected as structured data. Everything is linear in the input:
 * one pass of the tokenizer, and a nesting limit past which elements are read flat.
 */
import { Parser } from 'htmlparser2';
import type { Vocabulary } from '../lexicons/index.js';
import { headingMatch, isChrome, LIST_KINDS } from '../patterns/headings.js';
import { lineStarts, matchesOf } from '../patterns/matches.js';
import { appPostingMarkup, findAppPosting, scriptData, type AppPosting } from './app-data.js';
import { item, type DocumentBuilder } from './builder.js';
import { BULLET_SYMBOLS, parseField, rowText, type Item, type StructuredPosting, type TextLine } from './document.js';
import { labelAlone } from './structure.js';

/** Elements whose content is never text of the posting. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'button', 'form', 'nav', 'footer', 'math', 'audio', 'video', 'dialog']);
/** Elements that end a run of inline text. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'dl', 'figure', 'figcaption', 'address', 'hr', 'center', 'details',
  'summary', 'fieldset', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'body', 'html', 'hgroup',
]);
/** Elements that make a table cell a part of the page's layout, not a value. */
const LAYOUT = new Set(['p', 'ul', 'ol', 'div', 'section', 'article', 'blockquote', 'pre', 'dl', 'table']);
/** A bullet written as text at the start of a paragraph. */
const TEXT_BULLET = new RegExp(String.raw`^(?:(?:[-*·–${BULLET_SYMBOLS}]|\d{1,2}[.)])\s+|\d{1,2}[、．]\s*|[・･]\s*)(?=\S)`, 'u');
/** Elements that, side by side in a heading, are parts of a header line. */
const PART = new Set(['span', 'a', 'div', 'time', 'small', 'li', 'p']);
/** Class or id words of page chrome. */
const CHROME_WORDS = new Set([
  'nav', 'gnav', 'gnb', 'lnb', 'snb', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'cookie', 'cookies', 'consent', 'footer', 'sidebar', 'share', 'sharing',
  'social', 'related', 'similar', 'recommended', 'skip', 'modal', 'popup', 'advert', 'ads',
]);
const CHROME_PHRASE = /(?:^|[\s_-])(?:sr-only|visually-hidden|banner-ad)(?:$|[\s_-])/i;

/**
 * The chrome words an element's class or id holds, in any writing: `site-footer`,
 * `jobsearch-RelatedLinks`, `similar_jobs`; those a page has shown wrong (`cleared`) left out.
 */
function chromeWords(cls: string, cleared: ReadonlySet<string>): string[] {
  const words = cls.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).filter((w) => CHROME_WORDS.has(w) && !cleared.has(w));
  return CHROME_PHRASE.test(cls) ? [...words, 'phrase'] : words;
}
/** Nesting deeper than this is read flat: no stack grows with hostile input. */
const MAX_DEPTH = 256;
/** The largest JSON-LD block read. */
const MAX_JSON = 512 * 1024;
/** The most style sheet text read for bold classes. */
const MAX_STYLE = 256 * 1024;
/** A style rule for one class: `.c1{font-weight:700;…}`. */
const CLASS_RULE = /\.([\w-]{1,40})\s*\{([^{}]{0,2000})\}/g;
const BOLD_RULE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;

/**
 * The classes a page's style sheet makes bold: documents exported as HTML (Google Docs, some
 * editors) mark their headings with a class, not with <b>.
 */
function boldClasses(css: string): Set<string> {
  const out = new Set<string>();
  for (const m of matchesOf(CLASS_RULE, css)) if (m[1] && m[2] && BOLD_RULE.test(m[2])) out.add(m[1]);
  return out;
}

export interface HtmlPage {
  /** `title`, `og:title`, `og:site_name`, `description`, `canonical`, `og:url`. */
  meta: Record<string, string>;
  structured: StructuredPosting | null;
}

/** The 0-based line of an offset, by binary search over line starts. */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A JobPosting among parsed JSON-LD: at the top, in an array, or in `@graph`. */
function findPosting(value: unknown, depth = 0): StructuredPosting | null {
  if (depth > 8 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) {
      const hit = findPosting(v, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  const o = value as Record<string, unknown>;
  const type = o['@type'];
  if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) return o;
  return findPosting(o['@graph'], depth + 1);
}

/**
 * The title and description text of a page's JSON-LD JobPosting, read without parsing the page:
 * what a page that only carries its posting as data says, for telling its language. Each script
 * is found with one forward search, so the cost is linear in the page.
 */
export function structuredPostingText(html: string): string {
  let from = 0;
  for (let n = 0; n < 20; n++) {
    const open = html.indexOf('<script', from);
    if (open < 0) return '';
    const end = html.indexOf('>', open);
    const close = end < 0 ? -1 : html.indexOf('</script', end);
    if (close < 0) return '';
    from = close + 8;
    if (!/ld\+json/i.test(html.slice(open, Math.min(end, open + 300))) || close - end > MAX_JSON) continue;
    try {
      const posting = findPosting(plain(JSON.parse(html.slice(end + 1, close))));
      if (!posting) continue;
      const description = typeof posting.description === 'string' ? htmlInlineText(descriptionMarkup(posting.description)) : '';
      return `${typeof posting.title === 'string' ? posting.title : ''} ${description}`.replace(/\s+/g, ' ').trim();
    } catch {
      // Broken JSON-LD says nothing.
    }
  }
  return '';
}

/** A plain copy of JSON data, bounded, without prototype keys. */
function plain(value: unknown, depth = 0): unknown {
  if (depth > 12) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => plain(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>).slice(0, 200)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    out[k] = plain(v, depth + 1);
  }
  return out;
}

/** One open microdata item: its properties, and the property name it fills in its parent. */
interface MicroItem {
  props: Record<string, unknown>;
  prop: string | null;
  depth: number;
}

/**
 * Feeds HTML (starting at 1-based `firstLine`) into the builder. Returns what a page says of
 * itself (meta tags, embedded JobPosting data).
 */
/** Regions of a page: a list does not run on past one's edge. */
const LANDMARKS = new Set(['section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'form']);

/** Elements that hold a value inside a line of text. */
const INLINE = new Set(['span', 'a', 'time', 'strong', 'b', 'em', 'small', 'data']);
/** Elements that hold a label alone, its value in the text after them. */
const LABELS_SHUT = new Set(['span', 'strong', 'b', 'label', 'small']);
/** Inline elements whose siblings, alone in a block, are the parts of a header line (links are not: a row of links is a menu). */
const INLINE_PARTS = new Set(['span', 'time', 'small', 'data']);
/** Inline elements that, left empty, are a separator or an icon the style sheet draws. */
const DRAWN = new Set(['span', 'i']);
/** The longest text of one such part. */
const MAX_INLINE_PART = 40;

/** True when the text gathered so far is a label alone ("Location", "Salaris"), without its colon. */
function labelBefore(buffer: Array<{ text: string }>, vocab: Vocabulary): boolean {
  if (buffer.length > 8) return false;
  const text = buffer.map((b) => b.text).join('').trim();
  return text.length > 0 && text.length <= 40 && !/[:：]$/.test(text) && labelAlone(text, vocab) !== null;
}

/** The longest line read as an item whose bullet was lost, under a heading that names a list. */
const MAX_LOST_ITEM = 120;
/** How much of a block a section's name must cover for the block to be that section's heading ("Responsibilities" alone in a <div>). */
const SECTION_NAME_COVERAGE = 0.9;

/** The longest plain line read as a section's name among lines parted by <br>. */
const PLAIN_HEADING = 60;
/** How much of a plain line a section's name must cover to head what follows without a list under it. */
const WHOLE_NAME = 0.8;

/**
 * A plain line among lines parted by <br> that names a section ("What you'll be doing" before
 * "• Design …", "About Coinbridge"): short, no sentence, and a section's name over a bulleted
 * line or all but the whole line.
 */
function plainHeading(text: string, next: string | undefined, vocab: Vocabulary): boolean {
  if (text.length > PLAIN_HEADING || /[.!?。,;]$/.test(text) || TEXT_BULLET.test(text)) return false;
  const m = headingMatch(text.replace(/[:：]\s*$/, ''), vocab);
  if (!m) return false;
  return m.coverage >= WHOLE_NAME || (m.coverage >= 0.5 && !!next && TEXT_BULLET.test(next));
}

/** How many lines parted by <br> make a table's first cell a block of the page's text rather than a value. */
const LAYOUT_CELL_LINES = 4;

export function readHtml(html: string, firstLine: number, builder: DocumentBuilder, vocab: Vocabulary | null = null, nested = false): HtmlPage {
  const starts = lineStarts(html);
  /** How much text the page shows, to tell a page that renders its posting from one that only carries it as data. */
  let shown = 0;
  let jsonLine = firstLine;
  const meta: Record<string, string> = {};
  let structured: StructuredPosting | null = null;
  let depth = 0;
  let skipUntil = -1;
  /** The chrome words that made the element skipped now skip it (a guess from its class or id), or none. */
  let skipWords: string[] = [];
  /** Chrome words this page has shown wrong: its main heading stood in an element they named ("j-advert", a job advert). */
  const cleared = new Set<string>();
  let h1Seen = false;
  let scriptJson: string[] | null = null;
  /** The text of a script that may hold the page's data, and whether it is declared JSON. */
  let appScript: { text: string[]; json: boolean } | null = null;
  /** Every such script with its line, parsed only when the page turns out to need it. */
  const appScripts: Array<{ text: string; json: boolean; line: number }> = [];
  let styleText: string[] | null = null;
  let bold = new Set<string>();
  /** Depths of elements made bold by their class, each counted in `inStrong`. */
  const boldDepths: number[] = [];
  let titleText: string[] | null = null;
  /** Text gathered for the current block; `strong` when it stood inside <b>/<strong>. */
  /** Text gathered for the current block; `el` numbers the outermost inline element it stood in (0: none). */
  let buffer: Array<{ text: string; line: number; strong?: boolean; el?: number }> = [];
  /** The inline elements open in the current block (depth and number), outermost first. */
  const inlines: Array<{ depth: number; id: number }> = [];
  let inlineCount = 0;
  /**
   * Empty inline elements open now (the count of text runs when each opened), and whether one
   * closed empty since the last text: a separator the style sheet draws ("Oncology<span
   * class=sep></span>Asheville"), which parts the texts on either side.
   */
  const empties: Array<{ depth: number; at: number }> = [];
  let drawnSeparator = false;
  /**
   * Whether an element just closed on a label alone ("<span>Locatie</span> Zwolle", "<b>Location</b>
   * Remote"): the text that follows is its value, as when the value has an element of its own.
   */
  let labelShut = false;
  /** How many runs of visible text the page has shown so far: an element closing on the count it opened on is empty. */
  let textRuns = 0;
  let links: string[] = [];
  let strongOnly = true;
  let inStrong = 0;
  let pre = 0;
  let heading: { level: number; line: number } | null = null;
  /** A heading inside a list item is read as the label of the item's value. */
  let labelOpen = false;
  let itemLabel: string | null = null;
  const lists: Array<{ items: Item[]; ordered: boolean; depth: number }> = [];
  const openItems: Item[] = [];
  const itemDepths: number[] = [];
  let row: string[] | null = null;
  /** Depths of the open sidebars (<aside>): their facts are read, the rest left out. */
  const asides: number[] = [];
  /** Paragraphs opened in the current table cell. */
  let cellBlocks = 0;
  /** The row's only cell so far was bold. */
  let rowStrong = false;
  /** The lines of the row's first cell, kept apart: a row of one cell is a block of the page, its lines its own. */
  let firstCell: TextLine[] = [];
  let term: string | null = null;
  /** A region of the page (<section>, <aside>, …) opened or closed since the last list. */
  let landmarkPassed = false;
  const micro: MicroItem[] = [];
  const propText: Array<{ name: string; depth: number; text: string[] }> = [];
  let parser: Parser;

  const line = () => firstLine + lineAt(starts, parser.startIndex);
  /** A block that is only a section's name, with or without its colon: a heading, however the page styles it. */
  const sectionName = (text: string) => !!vocab && text.length <= 40 && !TEXT_BULLET.test(text) && (headingMatch(text, vocab)?.coverage ?? 0) >= SECTION_NAME_COVERAGE;

  /**
   * A block made only of inline elements side by side, each short ("<span>Reno, NV</span>
   * <span>Full-time</span> <span>Req #4471</span>"): the elements are the parts of one header
   * line, parted by " · ", as a page shows them apart.
   */
  const partsOfInlines = () => {
    const filled = buffer.filter((b) => b.text.trim());
    if (filled.length < 2 || filled.some((b) => !b.el || b.text.includes('\n'))) return;
    const order: number[] = [];
    const texts = new Map<number, string>();
    for (const b of buffer) {
      if (!b.el) continue;
      if (!texts.has(b.el)) order.push(b.el);
      texts.set(b.el, (texts.get(b.el) ?? '') + b.text);
    }
    if (order.length < 2 || order.some((id) => (texts.get(id) ?? '').trim().length > MAX_INLINE_PART)) return;
    const first = filled[0] as (typeof buffer)[number];
    // Each part without the separator a page may print inside it ("<span> - Full-time</span>").
    const parts = order.map((id) => (texts.get(id) ?? '').replace(/\s+/g, ' ').replace(/^[\s\-–—|·•,]+|[\s\-–—|·•,]+$/g, ''));
    buffer = [{ text: parts.filter(Boolean).join(' · '), line: first.line, strong: filled.every((b) => b.strong) }];
  };

  /** The buffer's lines (parted by <br>), each marked `strong` when all its text was bold. */
  const bufferLines = (): Array<TextLine & { strong: boolean }> => {
    const out: Array<TextLine & { strong: boolean }> = [];
    let current: (TextLine & { strong: boolean }) | null = null;
    for (const b of buffer) {
      const parts = b.text.split('\n');
      parts.forEach((p, k) => {
        if (k > 0 || !current) {
          current = { text: '', line: b.line, strong: true };
          out.push(current);
        }
        current.text += p;
        if (p.trim() && !b.strong) current.strong = false;
      });
    }
    return out.map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), line: l.line, strong: l.strong })).filter((l) => l.text);
  };

  /**
   * A block written as lines parted by <br> ("<b>Duties:</b><br>• Cook<br>• Clean"): a bold
   * line alone is a heading, lines opening with a bullet are items, the rest paragraphs.
   */
  const brokenLines = (lines: Array<TextLine & { strong: boolean }>, found: string[]): boolean => {
    // Bullets, or bold lines among plain ones ("<b>About us</b><br>We …<br><br><b>The role</b><br>…").
    const boldAmongPlain = lines.some((l) => l.strong && l.text.length <= 80) && lines.some((l) => !l.strong);
    if (lines.length < 2 || !(boldAmongPlain || lines.some((l) => TEXT_BULLET.test(l.text)))) return false;
    let prose: TextLine[] = [];
    const endProse = () => {
      if (prose.length) builder.paragraph(prose, found);
      prose = [];
    };
    /** Under a bold heading that names a list ("What you'll do"), short lines are its items when no line has a bullet: theirs were lost. */
    let listHeading = false;
    const bulleted = lines.some((l) => TEXT_BULLET.test(l.text));
    for (const [i, l] of lines.entries()) {
      if ((l.strong && l.text.length <= 80) || (vocab && plainHeading(l.text, lines[i + 1]?.text, vocab))) {
        endProse();
        const name = l.text.replace(/[:：]\s*$/, '');
        builder.heading(name, 7, l.line);
        const kind = vocab ? headingMatch(name, vocab)?.kind : undefined;
        listHeading = !!kind && LIST_KINDS.has(kind);
      } else if (listHeading && !bulleted && l.text.length <= MAX_LOST_ITEM && !/[.!?。]$/.test(l.text)) {
        builder.appendItems([item(l.text, l.line)], false);
      } else if (TEXT_BULLET.test(l.text)) {
        endProse();
        builder.appendItems([item(l.text.replace(TEXT_BULLET, ''), l.line)], false);
      } else prose.push({ text: l.text, line: l.line });
    }
    endProse();
    return true;
  };

  /**
   * A block of several bold labels, each with its value after it ("<b>Location:</b> Bristol
   * <b>Type:</b> Full-time"): a line per label, as the page shows them apart.
   */
  const linePerLabel = () => {
    if (!vocab || heading || row) return;
    const at = buffer.flatMap((b, i) => {
      const t = b.text.trim();
      const colon = /[:：]$/.test(t) || /^\s*[:：]/.test(buffer[i + 1]?.text ?? '');
      return b.strong && colon && t.length <= 40 && labelAlone(t, vocab) !== null ? [i] : [];
    });
    if (at.length < 2) return;
    for (const i of at.reverse()) if (buffer.slice(0, i).some((b) => b.text.trim())) buffer.splice(i, 0, { text: '\n', line: (buffer[i] as { line: number }).line });
  };

  /** Ends the label gathered so far with its colon, so the value after it reads as a field. */
  const colonAfterLabel = () => {
    const last = buffer[buffer.length - 1] as { text: string };
    last.text = last.text.trimEnd();
    buffer.push({ text: ': ', line: line() });
  };
  const flush = () => {
    drawnSeparator = false;
    labelShut = false;
    linePerLabel();
    partsOfInlines();
    const lines = bufferLines();
    const text = lines.map((l) => l.text).join(' ').trim();
    const first = lines[0];
    buffer = [];
    const wasStrong = strongOnly;
    strongOnly = true;
    const found = links;
    links = [];
    if (!text || !first || (lines.length === 1 && builder.endsAt(text))) return;
    // A button or link of the page alone in its block ("Sign in", "Join now", "Show more") is not text of the posting.
    if (vocab && text.length <= 40 && !row && !heading && !found.some((l) => /^https?:/i.test(l)) && isChrome(text, vocab)) return;
    shown += text.length;
    const top = openItems[openItems.length - 1];
    if (top && itemLabel) {
      top.text = `${itemLabel}: ${text}`;
      itemLabel = null;
      return;
    }
    // A sidebar's text is the page's, not the posting's; only its facts are kept ("Location: Denver"),
    // its items' text going to the items (read when the list closes).
    if (asides.length && !top && !row) {
      // A definition's term and its value ("<dt>Department</dt><dd>Sales</dd>") are one fact.
      const facts = term !== null ? [{ text: `${term}: ${text}`, line: first.line }] : lines;
      term = null;
      for (const l of facts) if (parseField(l.text, l.line)?.value) builder.paragraph([{ text: l.text, line: l.line }]);
      return;
    }
    // A first cell written as many lines (a mail's or an old page's layout table): the page's text, not a row of data.
    if (row && !row.length && lines.length >= LAYOUT_CELL_LINES) row = null;
    if (row) {
      rowStrong = row.length === 0 && wasStrong;
      if (row.length === 0) firstCell = lines.map((l) => ({ text: l.text.trim(), line: l.line })).filter((l) => l.text);
      row.push(text);
    }
    else if (heading) builder.heading(text, heading.level, heading.line);
    else if (top) {
      top.text = (top.text ? `${top.text} ` : '') + text;
      top.links.push(...found);
    } else if (term !== null) {
      builder.paragraph([{ text: `${term}: ${text}`, line: first.line }], found);
      term = null;
    } else if ((wasStrong && text.length <= 80 && lines.length === 1) || (lines.length === 1 && sectionName(text))) builder.heading(text, 7, first.line);
    else if (brokenLines(lines, found)) return;
    // A paragraph written as a bullet ("<p>- Strong C skills", "<p>• Python"): an item whose list markup was not used.
    else if (lines.length === 1 && TEXT_BULLET.test(text)) builder.appendItems([item(text.replace(TEXT_BULLET, ''), first.line, [], found)], false);
    else builder.paragraph(lines, found);
  };

  const closeList = () => {
    const done = lists.pop();
    if (!done || lists.length > 0 || openItems.length > 0 || !done.items.length) return;
    if (asides.length) {
      for (const it of done.items) if (parseField(it.text, it.line)?.value) builder.paragraph([{ text: it.text, line: it.line }]);
      return;
    }
    // Lists in one region of the page run on as one; a list past a region's edge is a list of its own.
    if (landmarkPassed) builder.list(done.items, done.ordered);
    else builder.appendItems(done.items, done.ordered);
    landmarkPassed = false;
  };

  parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        labelShut = false;
        if (skipUntil >= 0) {
          // The page's main heading inside an element whose class looked like chrome ("j-advert", a
          // job advert): the guess was wrong, and the posting is read from its heading on.
          if (!(skipWords.length && name === 'h1' && !h1Seen)) return;
          skipUntil = -1;
          for (const w of skipWords) cleared.add(w);
        }
        if (name === 'h1') h1Seen = true;
        if (name === 'script' && /ld\+json/i.test(attribs.type ?? '')) {
          scriptJson = [];
          if (!structured) jsonLine = line();
          skipUntil = depth;
          return;
        }
        // Any other inline script may hold the page's data, as JSON or assigned to a name.
        if (name === 'script' && !nested && !attribs.src && /^(?:|application\/json|text\/javascript|module)$/i.test(attribs.type ?? '')) {
          appScript = { text: [], json: /json/i.test(attribs.type ?? '') };
          skipUntil = depth;
          return;
        }
        if (name === 'style') {
          styleText = [];
          skipUntil = depth;
          return;
        }
        if (name === 'title' && titleText === null && !meta.title) {
          titleText = [];
          return;
        }
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? '').toLowerCase();
          if (/^(og:title|og:site_name|og:url|og:description|description|twitter:title)$/.test(key) && attribs.content) meta[key] ??= attribs.content.slice(0, 2000);
          if (micro.length && attribs.itemprop && attribs.content) (micro[micro.length - 1] as MicroItem).props[attribs.itemprop] ??= attribs.content;
          return;
        }
        if (name === 'link' && /canonical/i.test(attribs.rel ?? '') && attribs.href) {
          meta.canonical ??= attribs.href;
          return;
        }
        const cls = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role === 'navigation' ? 'nav' : ''}`;
        const chrome = chromeWords(cls, cleared);
        // An element named a sidebar is one: its facts are read as an <aside>'s are.
        const sidebar = chrome.length > 0 && chrome.every((w) => w === 'sidebar');
        if (SKIP.has(name) || 'hidden' in attribs || attribs['aria-hidden'] === 'true' || (chrome.length && !sidebar)) {
          flush();
          skipUntil = depth;
          skipWords = SKIP.has(name) || 'hidden' in attribs || attribs['aria-hidden'] === 'true' ? [] : chrome;
          return;
        }
        if (depth > MAX_DEPTH) return;
        if ('itemscope' in attribs) {
          micro.push({ props: attribs.itemtype ? { '@type': attribs.itemtype.replace(/^.*\//, '') } : {}, prop: attribs.itemprop ?? null, depth });
        } else if (attribs.itemprop && micro.length) {
          const direct = attribs.content ?? attribs.datetime ?? (name === 'a' || name === 'link' ? attribs.href : undefined);
          if (direct !== undefined) (micro[micro.length - 1] as MicroItem).props[attribs.itemprop] ??= direct;
          else propText.push({ name: attribs.itemprop, depth, text: [] });
        }
        if (name === 'br') {
          buffer.push({ text: '\n', line: line() });
          return;
        }
        if (LANDMARKS.has(name)) landmarkPassed = true;
        if (name === 'aside' || sidebar) {
          flush();
          asides.push(depth);
        }
        // Inside a heading, each element of its own is a part of a header line ("Acme · Dayton, OH · 2 weeks ago").
        if (heading && PART.has(name) && buffer.some((b) => b.text.trim())) buffer.push({ text: ' · ', line: line() });
        // A label in an element of its own, its value in the next ("<span>Location</span><span>Tiel</span>"): a field.
        else if (!heading && vocab && INLINE.has(name) && labelBefore(buffer, vocab)) {
          colonAfterLabel();
        }
        if (DRAWN.has(name) && !heading) empties.push({ depth, at: textRuns });
        if (INLINE_PARTS.has(name) && !heading) {
          if (!inlines.length) inlineCount++;
          inlines.push({ depth, id: inlineCount });
        }
        // Links side by side with nothing between them ("<a>Jobs</a><a>Sign in</a>") are separate words.
        if (name === 'a' && /\S$/.test(buffer[buffer.length - 1]?.text ?? '')) buffer.push({ text: ' ', line: line() });
        // Bold by a class the style sheet makes bold, or by the element's own style ("font-weight:700").
        if ((bold.size && attribs.class && attribs.class.split(/\s+/).some((c) => bold.has(c))) || BOLD_RULE.test(attribs.style ?? '')) {
          inStrong++;
          boldDepths.push(depth);
        }
        if (name === 'strong' || name === 'b') inStrong++;
        else if (name === 'a' && attribs.href) links.push(attribs.href);
        else if (name === 'pre') {
          flush();
          pre++;
        } else if (/^h[1-6]$/.test(name) && openItems.length) {
          // A heading inside a list item labels the item's value: <li><h3>Employment type</h3><span>Full-time</span></li>.
          flush();
          labelOpen = true;
        } else if (/^h[1-6]$/.test(name)) {
          flush();
          heading = { level: Number(name[1]), line: line() };
        } else if (name === 'ul' || name === 'ol') {
          flush();
          // A list nests in an item (<li>…<ul>) or, as some pages write it, straight in a list
          // (<ul><ul><li>): then its items are the outer list's own.
          const parent = openItems[openItems.length - 1];
          const outer = lists[lists.length - 1];
          const inItem = parent !== undefined && (itemDepths[itemDepths.length - 1] ?? 0) > (outer?.depth ?? 0);
          lists.push({ items: inItem ? parent.items : outer ? outer.items : [], ordered: name === 'ol', depth });
        } else if (name === 'li') {
          flush();
          const it = item('', line());
          if (!lists.length) lists.push({ items: [], ordered: false, depth });
          (lists[lists.length - 1] as { items: Item[] }).items.push(it);
          openItems.push(it);
          itemDepths.push(depth);
        } else if (name === 'tr') {
          flush();
          row = [];
        } else if (name === 'td' || name === 'th' || name === 'dd' || name === 'dt') flush();
        else if (BLOCK.has(name) || /^h[1-6]$/.test(name)) flush();
        // A table used for layout holds paragraphs, lists and headings in its cells: they are read
        // as the page's blocks, and the cells before them as one line. A cell's one paragraph is
        // still a cell (word processors wrap every cell's text in <p>); its second is not.
        if (name === 'td' || name === 'th') cellBlocks = 0;
        const wrapper = name === 'p' || name === 'div';
        if (row && wrapper) cellBlocks++;
        if (row && (LAYOUT.has(name) || /^h[1-6]$/.test(name)) && !(wrapper && cellBlocks <= 1)) {
          // One bold cell before the blocks is their heading ("<td><p><b>Main duties</b></p><p>…").
          if (row.length === 1 && rowStrong && (row[0] as string).length <= 80) builder.heading(row[0] as string, 7, line());
          else if (row.length) builder.paragraph([{ text: row.join(' | '), line: line() }]);
          row = null;
        }
      },
      ontext(data) {
        if (scriptJson) {
          if (scriptJson.reduce((n, s) => n + s.length, 0) < MAX_JSON) scriptJson.push(data);
          return;
        }
        if (appScript) {
          if (appScript.text.reduce((n, s) => n + s.length, 0) < MAX_JSON) appScript.text.push(data);
          return;
        }
        if (styleText) {
          if (styleText.reduce((n, s) => n + s.length, 0) < MAX_STYLE) styleText.push(data);
          return;
        }
        if (titleText) {
          titleText.push(data);
          return;
        }
        if (skipUntil >= 0) return;
        for (const p of propText) p.text.push(data);
        const text = pre ? data : data.replace(/[\t\n\r ]+/g, ' ');
        if (text.trim()) textRuns++;
        if (drawnSeparator && text.trim()) {
          drawnSeparator = false;
          if (/[\p{L}\p{N})]\s*$/u.test(buffer[buffer.length - 1]?.text ?? '')) buffer.push({ text: ' · ', line: line(), el: inlines[0]?.id ?? 0 });
        }
        if (labelShut && text.trim()) {
          labelShut = false;
          // "<b>Pay</b>: $26": the label's colon is already there.
          if (!/^\s*[:：]/.test(text)) {
            colonAfterLabel();
          }
        }
        if (text.trim() && inStrong === 0) strongOnly = false;
        buffer.push({ text, line: line(), strong: inStrong > 0, el: inlines[0]?.id ?? 0 });
      },
      onclosetag(name) {
        const closing = depth;
        depth--;
        if (skipUntil >= 0) {
          if (closing > skipUntil) return;
          skipUntil = -1;
          if (styleText) {
            bold = new Set([...bold, ...boldClasses(styleText.join(''))]);
            styleText = null;
          }
          if (appScript) {
            if (appScript.text.length) appScripts.push({ text: appScript.text.join(''), json: appScript.json, line: line() });
            appScript = null;
          }
          if (scriptJson) {
            const json = scriptJson.join('');
            scriptJson = null;
            if (!structured) {
              try {
                structured = findPosting(plain(JSON.parse(json))) ;
              } catch {
                // Broken JSON-LD is ignored: the page's text is still read.
              }
            }
          }
          return;
        }
        if (name === 'title' && titleText) {
          meta.title ??= titleText.join('').replace(/\s+/g, ' ').trim().slice(0, 500);
          titleText = null;
          return;
        }
        const open = propText[propText.length - 1];
        if (open && open.depth === closing) {
          propText.pop();
          const owner = micro[micro.length - 1];
          if (owner) owner.props[open.name] ??= open.text.join('').replace(/\s+/g, ' ').trim();
        }
        const scope = micro[micro.length - 1];
        if (scope && scope.depth === closing) {
          micro.pop();
          const parent = micro[micro.length - 1];
          if (parent && scope.prop) parent.props[scope.prop] = scope.props;
          else if (!structured && scope.props['@type'] === 'JobPosting') structured = scope.props;
        }
        if (closing > MAX_DEPTH) return;
        if (LANDMARKS.has(name)) landmarkPassed = true;
        if (asides[asides.length - 1] === closing) {
          flush();
          while ((lists[lists.length - 1]?.depth ?? 0) > closing) closeList();
          asides.pop();
        }
        if (inlines[inlines.length - 1]?.depth === closing) inlines.pop();
        labelShut = !heading && vocab !== null && LABELS_SHUT.has(name) && labelBefore(buffer, vocab);
        const empty = empties[empties.length - 1];
        if (empty?.depth === closing) {
          empties.pop();
          if (textRuns === empty.at) drawnSeparator = true;
        }
        if (boldDepths[boldDepths.length - 1] === closing) {
          boldDepths.pop();
          inStrong = Math.max(0, inStrong - 1);
        }
        if (name === 'strong' || name === 'b') inStrong = Math.max(0, inStrong - 1);
        else if (name === 'pre') {
          flush();
          pre = Math.max(0, pre - 1);
        } else if (/^h[1-6]$/.test(name) && labelOpen) {
          const lines = bufferLines();
          buffer = [];
          labelOpen = false;
          itemLabel = lines.map((l) => l.text).join(' ').replace(/[:：]\s*$/, '') || null;
        } else if (/^h[1-6]$/.test(name)) {
          flush();
          heading = null;
        } else if (name === 'ul' || name === 'ol') {
          flush();
          closeList();
        } else if (name === 'li') {
          flush();
          const done = openItems.pop();
          itemDepths.pop();
          if (done && itemLabel && !done.text) done.text = itemLabel;
          itemLabel = null;
        } else if (name === 'tr') {
          flush();
          const cells = row ?? [];
          row = null;
          // A row of one cell (an old page's layout: a letterhead, a notice) keeps the lines its <br>s part.
          // In a sidebar, only a row that is a fact the tables name ("Location | Wolverhampton") is the
          // posting's; "Share this job | Email" is the page's.
          const fact = cells.length ? rowText(cells) : '';
          if (asides.length) {
            if (cells.length === 2 && vocab && labelAlone(cells[0] as string, vocab) !== null && parseField(fact, line())?.value) builder.paragraph([{ text: fact, line: line() }]);
          } else if (cells.length === 1 && firstCell.length > 1) for (const l of firstCell) builder.paragraph([l]);
          else if (cells.length) builder.paragraph([{ text: fact, line: line() }]);
        } else if (name === 'dt') {
          const lines = bufferLines();
          buffer = [];
          term = lines.map((l) => l.text).join(' ').replace(/[:：]\s*$/, '') || null;
        } else if (name === 'td' || name === 'th' || name === 'dd' || BLOCK.has(name) || name === 'p') flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  while (lists.length) closeList();
  // A page that only carries its posting as data (an app shell whose text a script renders, a
  // saved page without its body): the JobPosting's description is the posting's text, read at
  // the line of the data that holds it.
  // With no JSON-LD description, an app's page data: the scripts' posting with the longest description.
  const description = (structured as StructuredPosting | null)?.description;
  const data = nested ? null : typeof description === 'string' ? { markup: descriptionMarkup(description), line: jsonLine } : appData(appScripts);
  // Read when the page shows less than half of the data's text.
  if (data && shown * 2 < htmlInlineText(data.markup).replace(/\s+/g, ' ').trim().length) readHtml(data.markup, data.line, builder, vocab, true);
  return { meta, structured };
}

/** The posting in a page's scripts of data, as markup with the line of its script: of several, the one with the longest description. */
function appData(scripts: ReadonlyArray<{ text: string; json: boolean; line: number }>): { markup: string; line: number } | null {
  let best: { posting: AppPosting; line: number } | null = null;
  for (const s of scripts) {
    const found = findAppPosting(scriptData(s.text, s.json));
    if (found && found.description.length > (best?.posting.description.length ?? 0)) best = { posting: found, line: s.line };
  }
  return best ? { markup: appPostingMarkup(best.posting, descriptionMarkup), line: best.line } : null;
}

/** A JobPosting description as markup on one line: HTML (escaped or not) as it is, plain text with its line breaks as `<br>`. */
function descriptionMarkup(description: string): string {
  const text = /<[a-z][^>]*>/i.test(description) ? description : /&lt;[a-z]/i.test(description) ? decodeEntities(description) : null;
  if (text !== null) return text.replace(/[\r\n]+/g, ' ');
  return description.replace(/&/g, '&amp;').replace(/</g, '&lt;').split(/\r?\n/).join('<br>');
}

/** Strips the tags from a fragment of inline HTML and decodes its entities, keeping `<br>` as a line break. */
export function htmlInlineText(html: string): string {
  let out = '';
  const p = new Parser(
    {
      onopentag(name) {
        if (name === 'br') out += '\n';
      },
      ontext(data) {
        out += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  p.write(html);
  p.end();
  return out;
}

/**
 * The text a page shows, without scripts and styles, tags as spaces: what its language is told
 * from. htmlparser2's tokenizer reads it in one pass (a pattern for tags rescanned a run of
 * `<` for every one of them: 4 MB of them took seconds).
 */
export function visibleText(html: string): string {
  const parts: string[] = [];
  let hidden = 0;
  const p = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style') hidden++;
        parts.push(' ');
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && hidden > 0) hidden--;
        parts.push(' ');
      },
      ontext(data) {
        if (!hidden) parts.push(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  p.write(html);
  p.end();
  return parts.join('');
}

/** Decodes the character references in a text (`&amp;` → `&`, `&#x2F;` → `/`), leaving everything else. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  const p = new Parser({ ontext: (data) => (out += data) }, { decodeEntities: true, xmlMode: false });
  // Angle brackets are escaped first, so that only the references are read, never markup.
  p.write(text.replace(/</g, '&lt;'));
  p.end();
  return out;
}
