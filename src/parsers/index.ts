/**
 * Reads normalised text into the one Document model: front matter, the language, then the
 * format's parser (chosen by content), then the structure every format shares — labels with
 * their values on the next line, label headings, one-line headers.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { readingOrder, vocabulary, type Vocabulary } from '../lexicons/index.js';
import { detectLanguage } from '../lexicons/language.js';
import { boundText } from './bounds.js';
import { DocumentBuilder } from './builder.js';
import { headingMatch, isPageEnd, leadInKind, LIST_KINDS } from '../patterns/headings.js';
import { detectFormat } from './detect.js';
import type { Document } from './document.js';
import { splitFrontMatter } from './front-matter.js';
import { readHtml, structuredPostingText, visibleText } from './html.js';
import { parseMarkdownBody } from './markdown.js';
import { recoverStructure } from './structure.js';
import { parseTextBody } from './text.js';

export { toFileLine } from './bounds.js';
export type { Document, DocSection, Block, Item, Paragraph, List, Field, TextLine, Heading, HeaderLine } from './document.js';

/** Text of the front matter's string values, for telling the language of a posting written there. */
function frontMatterText(data: Record<string, unknown> | null): string {
  if (!data) return '';
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 4 || out.length > 200) return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(data, 0);
  return out.join(' ');
}

export interface Parsed {
  document: Document;
  diagnostics: Diagnostic[];
  vocabulary: Vocabulary;
  /**
   * The file line of each document line when over-long lines were wrapped into several (the
   * document's lines count the pieces); null when they are the same.
   */
  sourceLines: number[] | null;
}


/** True when a label is the name of a section of items, in any language: "Requirements", "応募資格", "You will need". */
function namesList(label: string, vocab: Vocabulary): boolean {
  const m = headingMatch(label, vocab);
  // A section's name, or a lead-in that opens a list ("You will need:", "Wir bieten:").
  return (!!m && m.coverage >= 0.6 && LIST_KINDS.has(m.kind)) || (label.length <= 40 && leadInKind(`${label}:`, vocab) !== null);
}

/** The least indentation that every line of a body sharing it is taken off: pasted from a quote or an editor, not a code block. */
const MIN_SHARED_INDENT = 2;

/**
 * A body whose every non-blank line is indented by the same leading white space (a posting pasted
 * indented, which markdown would read as one code block), with that indentation taken off; other
 * bodies as they are. Lines stay where they are.
 */
export function dedent(body: string): string {
  let shared: string | null = null;
  for (let from = 0; from <= body.length; ) {
    const end = body.indexOf('\n', from) < 0 ? body.length : body.indexOf('\n', from);
    const line = body.slice(from, end);
    from = end + 1;
    if (!line.trim()) continue;
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (shared === null) shared = lead;
    else {
      let k = 0;
      while (k < shared.length && k < lead.length && shared[k] === lead[k]) k++;
      shared = shared.slice(0, k);
    }
    // Most bodies end the scan at their first line.
    if (shared.length < MIN_SHARED_INDENT) return body;
  }
  if (!shared) return body;
  const cut = shared.length;
  return body.split('\n').map((l) => (l.trim() ? l.slice(cut) : l)).join('\n');
}

/** Parses a document; `path` (may be empty) helps choose the format. */
export function parseDocument(input: string, path = ''): Parsed {
  const bounded = boundText(input);
  const text = bounded.text;
  const fm = splitFrontMatter(text);
  const plain = dedent(fm.body);
  const format = detectFormat(path, plain, fm.data !== null || fm.bodyOffset > 0);
  const body = format === 'html' ? visibleText(fm.body) : fm.body;
  // A page that shows little text (an app shell) is in the language of the posting it carries as data.
  const shown = body.replace(/\s+/g, ' ').trim();
  const carried = format === 'html' && shown.length < 200 ? structuredPostingText(fm.body) : '';
  const language = detectLanguage(shown.length >= 200 ? body : `${carried || body} ${frontMatterText(fm.data)}`);
  const vocab = vocabulary(readingOrder(language));
  const builder = new DocumentBuilder((line) => isPageEnd(line, vocab), (label) => namesList(label, vocab));
  let page: { meta: Record<string, string>; structured: Document['structured'] } = { meta: {}, structured: null };
  if (format === 'markdown') parseMarkdownBody(plain, fm.bodyOffset, builder, vocab);
  else if (format === 'html') page = readHtml(fm.body, fm.bodyOffset + 1, builder, vocab);
  else parseTextBody(plain, fm.bodyOffset, builder, vocab);
  const document = builder.build({ format, language, frontMatter: fm.data, frontMatterLines: fm.keyLines, text, structured: page.structured, meta: page.meta });
  recoverStructure(document, vocab);
  return { document, diagnostics: [...bounded.diagnostics, ...fm.diagnostics], vocabulary: vocab, sourceLines: bounded.sourceLines };
}
