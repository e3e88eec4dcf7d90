/**
 * Chooses the parser for a document by its content, with the extension as a hint: a saved page
 * or a fragment of markup is HTML whatever it is called (a "Who is hiring" comment saved as
 * `.txt` is `<p>`-separated HTML with `&#x2F;` entities); a body with markdown syntax is
 * markdown; anything else is plain text — also when it is saved as `.md`, because a copied
 * posting without markup reads better by its line shapes than as one markdown paragraph.
 */
import type { Document } from './document.js';

const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd|mdx)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;

/** Markdown syntax that plain text copied from a job board does not have, each worth its weight. */
const MARKDOWN_SIGNS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^#{1,6}[ \t]+\S/gm, 2], // # Heading
  [/^#{2,6}[^\s#]/gm, 1], // ##Heading without the space (a lone # is a hashtag)
  [/\*\*[^*\n]{1,80}\*\*/g, 1], // **bold**
  [/\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/g, 1], // [text](url)
  [/^<(p|ul|ol|li|h[1-6]|div|br|table)\b/gim, 2], // HTML blocks
  [/^```/gm, 1], // fenced code
  [/^(=+|-{3,})[ \t]*$/gm, 0.5], // setext underline or thematic break
  [/^[ \t]{0,3}[-*+][ \t]+\S/gm, 0.25], // - list item (plain text uses dashes too)
  [/(?<![\w*])_[^_\n]{1,80}_(?![\w*])/g, 0.5], // _emphasis_
];

/** HTML markup: tags of blocks, breaks and links, and character references. */
const HTML_SIGNS: ReadonlyArray<readonly [RegExp, number]> = [
  [/<(p|div|br|li|ul|ol|h[1-6]|table|tr|td|span|section|article|strong|em|b|i|a)(\s[^<>]{0,300})?\/?>/gi, 1],
  [/<\/(p|div|li|ul|ol|h[1-6]|table|tr|td|span|section|article|strong|em|b|i|a)>/gi, 1],
  [/&(#x?[0-9a-f]{1,6}|amp|lt|gt|quot|nbsp|apos);/gi, 0.5],
];

function score(text: string, signs: ReadonlyArray<readonly [RegExp, number]>, cap: number): number {
  let total = 0;
  for (const [re, weight] of signs) {
    re.lastIndex = 0;
    let hits = 0;
    while (hits < cap && re.exec(text)) hits++;
    total += hits * weight;
  }
  return total;
}

/** The markdown score of a text: 2 or more reads as markdown. Counts at most 4 hits per sign. */
export function markdownScore(text: string): number {
  return score(text, MARKDOWN_SIGNS, 4);
}

/** The HTML score of a text: counts at most 8 hits per sign. */
export function htmlScore(text: string): number {
  return score(text, HTML_SIGNS, 8);
}

/** What opens a whole page, once the declaration and comments before it are passed. */
const PAGE_OPEN = /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
/** The longest comment read before a page's start. */
const MAX_COMMENT = 2_000;

/**
 * True when a text is a whole page: a doctype or an `<html>`/`<head>`/`<body>` element at the
 * start, after white space, an XML declaration and comments. Comments are skipped one by one:
 * one pattern over a run of them backtracks exponentially ("<!---->" forty times hung a run).
 */
function pageStart(text: string): boolean {
  let at = skipSpace(text, 0);
  if (text.startsWith('<?xml', at)) {
    const end = text.indexOf('>', at);
    if (end < 0) return false;
    at = skipSpace(text, end + 1);
  }
  while (text.startsWith('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0 || end - at > MAX_COMMENT) return false;
    at = skipSpace(text, end + 3);
  }
  return PAGE_OPEN.test(text.slice(at, at + 20));
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/** The format to read a document as, from its path (may be empty) and its body. */
export function detectFormat(path: string, body: string, hasFrontMatter: boolean): Document['format'] {
  const sample = body.slice(0, 20_000);
  if (HTML_EXT.test(path) || pageStart(sample)) return 'html';
  const md = markdownScore(sample);
  // Markup that is HTML rather than markdown with some HTML in it.
  const html = htmlScore(sample);
  if (html >= 3 && html > 2 * md && !hasFrontMatter) return 'html';
  if (MARKDOWN_EXT.test(path) || hasFrontMatter) return md >= 1 ? 'markdown' : 'text';
  return md >= 2 ? 'markdown' : 'text';
}
