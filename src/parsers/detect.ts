/**
 * Chooses the parser for a document by extension and by content: a `.md` file is markdown;
 * any other file is markdown when it has front matter or enough markdown syntax (ATX
 * headings, `**bold**`, `[links](…)`, HTML blocks, fenced code), else plain text.
 */
import type { Document } from './document.js';

const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd|mdx)$/i;

/** Markdown syntax that plain text copied from a job board does not have, each worth its weight. */
const MARKDOWN_SIGNS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^#{1,6}[ \t]+\S/gm, 2], // # Heading
  [/\*\*[^*\n]{1,80}\*\*/g, 1], // **bold**
  [/\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/g, 1], // [text](url)
  [/^<(p|ul|ol|li|h[1-6]|div|br|table)\b/gim, 2], // HTML blocks
  [/^```/gm, 1], // fenced code
  [/^(=+|-{3,})[ \t]*$/gm, 0.5], // setext underline or thematic break
];

/** The markdown score of a text: 2 or more reads as markdown. Counts at most 4 hits per sign. */
export function markdownScore(text: string): number {
  let score = 0;
  for (const [re, weight] of MARKDOWN_SIGNS) {
    re.lastIndex = 0;
    let hits = 0;
    while (hits < 4 && re.exec(text)) hits++;
    score += hits * weight;
  }
  return score;
}

/** The format to read a document as, from its path (may be empty) and its text. */
export function detectFormat(path: string, body: string, hasFrontMatter: boolean): Document['format'] {
  if (MARKDOWN_EXT.test(path) || hasFrontMatter) return 'markdown';
  return markdownScore(body) >= 2 ? 'markdown' : 'text';
}
