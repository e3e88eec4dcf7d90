/**
 * The markdown parser: body by unified + remark-parse, read into the document model. A body
 * written only in the plain subset of markdown is read line by line instead (markdown-lines.ts),
 * to the same model, at a fraction of remark's cost.
 *
 * Headings become sections; a paragraph that is only bold text (`**Skills:**`) or a lone
 * `LABEL:` line is a pseudo-heading (level 7); lists keep their nesting; code blocks and
 * tables are kept as lines; embedded HTML is read by the HTML reader.
 */
import type { Heading as MdHeading, List as MdList, ListItem, Nodes, Paragraph as MdParagraph, PhrasingContent, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { appendAll } from '../arrays.js';
import type { Vocabulary } from '../lexicons/index.js';
import { headingMatch } from '../patterns/headings.js';
import { DocumentBuilder, item } from './builder.js';
import { rowText, SYMBOL_BULLET, type Item, type TextLine } from './document.js';
import { htmlInlineText, readHtml } from './html.js';
import { readPlainMarkdown, type Inline } from './markdown-lines.js';

const processor = unified().use(remarkParse);
/** With GitHub's tables: used only for a body that has one, so that every other body is not slowed by the extension. */
const tableProcessor = unified().use(remarkParse).use(remarkGfm);
/** The delimiter row of a GitHub table: `|---|:---:|`. */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/m;

/**
 * An ATX heading written without the space CommonMark requires (`##Requirements`), common in
 * hand-written postings. Two to six hashes, so a lone `#hashtag` is left alone.
 */
const TIGHT_ATX = /^(#{2,6})(?=[^\s#])/gm;

/**
 * A whole line that is a label ending in a colon, without a value: `RESPONSIBILITIES:`, `Nice to
 * have:`. Five words at most: a longer line ending in a colon is a sentence that leads in to a list.
 */
const LABEL_ONLY = /^[\p{L}][\p{L}\p{N} &/_'’,()-]{0,60}[:：]$/u;
const labelOnly = (text: string) => LABEL_ONLY.test(text) && text.split(/\s+/).length <= 5;

function inline(nodes: PhrasingContent[], inEmphasis = false): Inline {
  let text = '';
  const links: string[] = [];
  let emphasisOnly = true;
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text += node.value;
        if (!inEmphasis && node.value.trim() && !/^[\s:：]+$/.test(node.value)) emphasisOnly = false;
        break;
      case 'inlineCode':
        text += node.value;
        if (!inEmphasis) emphasisOnly = false;
        break;
      case 'break':
        text += '\n';
        break;
      case 'html':
        text += htmlInlineText(node.value);
        break;
      case 'image':
        text += node.alt ?? '';
        break;
      case 'link': {
        const inner = inline(node.children, inEmphasis);
        text += inner.text;
        links.push(node.url, ...inner.links);
        if (!inner.emphasisOnly) emphasisOnly = false;
        break;
      }
      case 'strong':
      case 'emphasis':
      case 'delete': {
        const inner = inline(node.children, inEmphasis || node.type !== 'delete');
        text += inner.text;
        links.push(...inner.links);
        if (!inner.emphasisOnly) emphasisOnly = false;
        break;
      }
      default:
        if ('children' in node) {
          const inner = inline(node.children as PhrasingContent[], inEmphasis);
          text += inner.text;
          links.push(...inner.links);
        } else if ('value' in node) text += String(node.value);
    }
  }
  return { text, links, emphasisOnly };
}

function startLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Splits inline text into source lines, counting from the node's first line. */
function toLines(text: string, first: number): TextLine[] {
  return text.split('\n').map((t, i) => ({ text: t.trim(), line: first + i }));
}

function listItems(list: MdList, offset: number): Item[] {
  return list.children.map((li) => listItem(li, offset));
}

function listItem(li: ListItem, offset: number): Item {
  const texts: string[] = [];
  const links: string[] = [];
  const children: Item[] = [];
  for (const child of li.children) {
    if (child.type === 'list') appendAll(children, listItems(child, offset));
    else if (child.type === 'paragraph' || child.type === 'heading') {
      const r = inline(child.children);
      texts.push(r.text);
      links.push(...r.links);
    } else if (child.type === 'code') texts.push(child.value);
    else if (child.type === 'html') texts.push(htmlInlineText(child.value));
    else if (child.type === 'blockquote') {
      for (const c of child.children) if (c.type === 'paragraph') texts.push(inline(c.children).text);
    }
  }
  return item(texts.join(' '), startLine(li) + offset, children, links);
}

function paragraph(node: MdParagraph, offset: number, builder: DocumentBuilder, vocab: Vocabulary | null): void {
  paragraphOf(inline(node.children), startLine(node) + offset, builder, vocab);
}

/**
 * A plain line that names a section well enough to be a heading without markup: most of it is a
 * section name of some language ("Das bringst du mit", "Qualifications", "👉 O que esperamos:").
 */
function plainHeading(text: string, vocab: Vocabulary | null): boolean {
  if (!vocab || text.length > 80 || /[.;,!。；]$/.test(text)) return false;
  const m = headingMatch(text, vocab);
  return !!m && (m.coverage >= 0.6 || (/[:：?？]$/.test(text) && m.coverage >= 0.3 && text.split(/\s+/).length <= 6));
}

/**
 * A bullet markdown did not read as one: a symbol it does not know ("• Go", "・PHP"), or its own
 * bullet escaped ("\- Go", as document exporters write it), which a paragraph's text holds as "- Go".
 */
const PASTED_BULLET = new RegExp(`${SYMBOL_BULLET.source}|^[-*+][ \\t]+(?=\\S)`, 'u');

/**
 * A paragraph from its inline content: a one-line bold or `LABEL:` paragraph, or a line that names
 * a section, is a pseudo-heading; so is the first line of a paragraph when it names a section.
 */
function paragraphOf(r: Inline, first: number, builder: DocumentBuilder, vocab: Vocabulary | null): void {
  const lines = toLines(r.text, first).filter((l) => l.text);
  // Lines bulleted with symbols markdown does not know ("• Go", "・PHP"), as pasted from a page, or
  // with its own bullets escaped by an exporter: a list.
  const bulletAt = lines.findIndex((l) => PASTED_BULLET.test(l.text));
  if (bulletAt >= 0) {
    const lead = lines.slice(0, bulletAt);
    if (lead[0]) paragraphOf({ text: lead.map((l) => l.text).join('\n'), links: [], emphasisOnly: false }, lead[0].line, builder, vocab);
    const items: Item[] = [];
    for (const l of lines.slice(bulletAt)) {
      const last = items[items.length - 1];
      if (PASTED_BULLET.test(l.text)) items.push(item(l.text.replace(PASTED_BULLET, ''), l.line));
      else if (last) last.text += ` ${l.text}`;
    }
    builder.list(items, false);
    return;
  }
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only && only.text.length <= 80 && (r.emphasisOnly || labelOnly(only.text) || plainHeading(only.text, vocab))) {
    builder.heading(only.text, 7, only.line);
    return;
  }
  const head = lines[0];
  if (head && lines.length > 1 && plainHeading(head.text, vocab)) {
    builder.heading(head.text, 7, head.line);
    builder.paragraph(lines.slice(1), r.links);
    return;
  }
  builder.paragraph(lines, r.links);
}

function block(node: RootContent, offset: number, builder: DocumentBuilder, vocab: Vocabulary | null): void {
  switch (node.type) {
    case 'heading': {
      const h = node as MdHeading;
      builder.heading(inline(h.children).text, h.depth, startLine(h) + offset);
      break;
    }
    case 'paragraph':
      paragraph(node, offset, builder, vocab);
      break;
    case 'list':
      builder.list(listItems(node, offset), node.ordered === true);
      break;
    case 'code':
      builder.paragraph(toLines(node.value, startLine(node) + offset + 1));
      break;
    case 'html':
      readHtml(node.value, startLine(node) + offset, builder, vocab);
      break;
    case 'blockquote':
      for (const child of node.children) block(child, offset, builder, vocab);
      break;
    case 'table':
      for (const row of node.children) {
        const cells = row.children.map((c) => inline(c.children).text.trim());
        // A two-column table of facts ("| Company | Acme |"): each row a field.
        if (cells.some(Boolean)) builder.paragraph([{ text: rowText(cells), line: startLine(row) + offset }]);
      }
      break;
    default:
      break;
  }
}

/**
 * Parses a markdown body into the builder. `offset` is the number of lines before the body
 * (front matter), so that every line in the model is a line of the whole file. With a
 * vocabulary, plain lines that name a section are headings too. `engine` `remark` skips the
 * line reader (the tests compare the two).
 */
export function parseMarkdownBody(body: string, offset: number, builder: DocumentBuilder, vocab: Vocabulary | null = null, engine: 'auto' | 'remark' = 'auto'): void {
  const spaced = body.replace(TIGHT_ATX, '$1 ');
  const tables = TABLE_DELIMITER.test(spaced);
  const plain = engine === 'auto' && !tables ? readPlainMarkdown(spaced, offset) : null;
  if (!plain) return parseWithRemark(spaced, offset, builder, vocab, tables);
  for (const b of plain) {
    if (b.type === 'heading') builder.heading(b.inline.text, b.depth, b.line);
    else if (b.type === 'paragraph') paragraphOf(b.inline, b.line, builder, vocab);
    else builder.list(b.items, b.ordered);
  }
}

/** Parses a body (tight ATX headings already spaced) with remark-parse, whatever it holds. */
function parseWithRemark(body: string, offset: number, builder: DocumentBuilder, vocab: Vocabulary | null, tables = false): void {
  const tree = (tables ? tableProcessor : processor).parse(body);
  for (const node of tree.children) block(node, offset, builder, vocab);
}
