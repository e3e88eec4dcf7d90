/**
 * The one document model every parser produces and every extractor reads.
 *
 * A document is its front matter plus a flat list of sections in source order; a section
 * is a heading (or none, for the text before the first heading) and its blocks. Lines are
 * 1-based source lines of the whole file, front matter included.
 */

import { LEADING_PICTOGRAPHS } from '../patterns/matches.js';

/** One source line of text, with inline markup removed. */
export interface TextLine {
  text: string;
  line: number;
}

/** A list item without its bullet; nested items are kept as children. */
export interface Item {
  text: string;
  line: number;
  items: Item[];
  /** Link targets that appeared in the item's text. */
  links: string[];
}

export interface Paragraph {
  type: 'paragraph';
  line: number;
  /** The paragraph's lines; prose is their texts joined with a space. */
  lines: TextLine[];
  links: string[];
}

export interface List {
  type: 'list';
  line: number;
  ordered: boolean;
  items: Item[];
}

export type Block = Paragraph | List;

export interface Heading {
  text: string;
  /** 1–6 for headings; 7 for a pseudo-heading (a bold-only line, a `LABEL:` line). */
  level: number;
  line: number;
}

export interface DocSection {
  heading: Heading | null;
  blocks: Block[];
}

/**
 * How a field was written: `line` a `Label: value` line; `next-line` a label alone with its value on
 * the next line (ATS pages copied as text); `inline` a label found inside a flattened paragraph;
 * `heading` a heading that is a label, its value the first line under it; `front-matter` a key of
 * the front matter read as a label.
 */
export type FieldShape = 'line' | 'next-line' | 'inline' | 'heading' | 'front-matter';

/** A `Label: value` line, wherever it stands (a paragraph line, a list item, a bold label). */
export interface Field {
  label: string;
  value: string;
  line: number;
  shape?: FieldShape;
}

/**
 * A one-line header whose parts are fields without labels, as job boards and "Who is hiring"
 * comments write them: `Acme | Senior Engineer | Berlin | REMOTE | €80k`. The extractors decide
 * what each part is.
 */
export interface HeaderLine {
  line: number;
  parts: string[];
  /** Where it stood: the first lines of the body, or a heading. */
  from: 'top' | 'heading';
}

/** A schema.org JobPosting embedded in a page (JSON-LD), as plain data. */
export type StructuredPosting = Record<string, unknown>;

export interface Document {
  format: 'markdown' | 'text' | 'html';
  /** BCP 47 subtag of the body's language, or null when it could not be told. */
  language: string | null;
  /** The front matter's data, or null when there was none (or it could not be read). */
  frontMatter: Record<string, unknown> | null;
  /** Each top-level front-matter key's 1-based line, for provenance. */
  frontMatterLines: Record<string, number>;
  sections: DocSection[];
  fields: Field[];
  /** One-line headers found in the first lines or in headings. */
  headers: HeaderLine[];
  /** Embedded schema.org JobPosting data (HTML pages), or null. */
  structured: StructuredPosting | null;
  /** What an HTML page says of itself in its head: `title`, `og:title`, `og:site_name`, `description`. */
  meta: Record<string, string>;
  /** The whole normalised text, front matter included. */
  text: string;
}

/** The text of a paragraph as prose. */
export function paragraphText(p: Paragraph): string {
  return p.lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
}

/** Every item of a list tree, depth first, with its depth (0 for top level). */
export function* walkItems(items: Item[], depth = 0): Generator<{ item: Item; depth: number }> {
  for (const item of items) {
    yield { item, depth };
    yield* walkItems(item.items, depth + 1);
  }
}

/**
 * Every unit of text in the document in order: headings, paragraphs (a wrapped sentence is read
 * whole, at its first line; a paragraph of `Label: value` lines is read line by line) and list items.
 */
export function* documentLines(doc: Document): Generator<TextLine & { section: DocSection }> {
  for (const section of doc.sections) {
    if (section.heading) yield { text: section.heading.text, line: section.heading.line, section };
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        const labelled = block.lines.filter((l) => FIELD_LINE.test(l.text)).length;
        if (block.lines.length === 1 || labelled * 2 >= block.lines.length) for (const l of block.lines) yield { ...l, section };
        else yield { text: paragraphText(block), line: block.line, section };
      } else for (const { item } of walkItems(block.items)) yield { text: item.text, line: item.line, section };
    }
  }
}

/**
 * A `Label: value` line. The label is one to six words of letters (any script), digits, `&`,
 * `/`, `_`, `-`, `(`, `)`, `'` and spaces, up to 48 characters; e.g. `Base Salary Range: $1`.
 */

/** A line whose first colon stands inside a word, before a short ending: "… våra API:er i C#". */
const INFLECTING_COLON = /^[^:：]*[\p{L}\p{N}]:\p{Ll}{1,3}(?![\p{L}\p{N}])/u;
const FIELD_LINE = /^([\p{L}\p{N}][\p{L}\p{M}\p{N} &/_\-()'’.・]{0,47}?)\s*[:：]\s*(.*)$/u;

/**
 * A table row as a line of text: two cells whose first is a short label are a fact
 * ("Employer:" | "Acme" → "Employer: Acme"), any other row its cells apart by " | ".
 */
export function rowText(cells: readonly string[]): string {
  const [label, value] = cells;
  if (cells.length === 2 && label && value && label.length <= 40) return `${label.replace(/\s*[:：]$/, '')}: ${value}`;
  return cells.join(' | ');
}

/**
 * The symbols pages and editors use as bullets, besides `-`, `*`, `+` and numbers. The middle dot
 * `·` is left out: between words it parts a header line ("Acme · Berlin"); a reader that takes it
 * as a bullet at a line's start adds it. The private-use code points are the Symbol and Wingdings
 * fonts' bullets (U+F0B7 and its kin), as text copied from a Word file or a PDF keeps them.
 */
export const BULLET_SYMBOLS = '•・･▪‣◦●○■□►▸➢➤✓✔❖◆◇\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0E0\uF06E\uF0A8';

/** A bullet symbol that markdown does not read as one, opening a line pasted from a page: `• Go`, `・PHP`, `▪ SQL`. */
export const SYMBOL_BULLET = new RegExp(`^[·${BULLET_SYMBOLS}]\\s*(?=\\S)`, 'u');

/** A label in East Asian brackets, then its value: `【勤務地】東京都`, `［职位］工程师`. */
const BRACKET_FIELD = /^[【［〔]([^】］〕\n]{1,24})[】］〕]\s*[:：]?\s*(.*)$/u;

/** A whole value in quotes, with the comma or semicolon of a line of code after it. */
const QUOTED_VALUE = /^(?:"([^"]*)"|'([^']*)'|“([^”]*)”)\s*[,;]?$/u;

/** Reads a `Label: value` line, or null when the line is not one (URLs and times are not labels). */
export function parseField(text: string, line: number): Field | null {
  const bracket = BRACKET_FIELD.exec(text.trim());
  if (bracket) return { label: (bracket[1] ?? '').trim(), value: (bracket[2] ?? '').trim(), line };
  // "🏢 Company: Acme", "📍 Location: Leeds": an emoji before a label marks the field, as copied posts write it.
  const m = FIELD_LINE.exec(text.trim().replace(LEADING_PICTOGRAPHS, ''));
  if (!m) return null;
  // A colon inside a word, before an ending, as Swedish and Finnish inflect abbreviations ("API:er", "USA:s"): no label.
  if (INFLECTING_COLON.test(text)) return null;
  const label = (m[1] ?? '').trim();
  // A label's colon written twice, as pages that print it in an element of its own do ("Organization: : Acme").
  const written = (m[2] ?? '').replace(/^[:：\s]+/, '').trim();
  // A value quoted as code writes it ("title: 'Frontend Engineer',", `location: "Lyon";`): the words inside.
  const quoted = QUOTED_VALUE.exec(written);
  const value = quoted ? (quoted[1] ?? quoted[2] ?? quoted[3] ?? '').trim() : written;
  if (label.split(/\s+/).length > 6) return null;
  if (/^(https?|mailto|ftp)$/i.test(label) || /^\/\//.test(value) || /^\d+$/.test(label)) return null;
  return { label, value, line };
}

/** Where a sequence of numbered items (`1、… 2、…`, `1) … 2) …`, `1. … 2. …`) starts in a line. */
export function numberedCuts(text: string): number[] {
  const cuts: number[] = [];
  const re = /(?<=^|[\s:：;；,，.。!！?？)）])(\d{1,2})\s?[、.)）．](?=\s?[^\s\d.,])/gu;
  let want = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (Number(m[1]) === want) {
      cuts.push(m.index);
      want++;
    } else if (Number(m[1]) === 1) {
      // A new list starts over at 1.
      cuts.push(m.index);
      want = 2;
    }
  }
  return want > 2 ? cuts : [];
}
