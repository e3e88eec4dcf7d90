/** Reads normalised text into the one Document model: front matter, then the format's parser. */
import type { Diagnostic } from '../diagnostics/index.js';
import { boundText } from './bounds.js';
import { DocumentBuilder } from './builder.js';
import { detectFormat } from './detect.js';
import type { Document } from './document.js';
import { splitFrontMatter } from './front-matter.js';
import { parseMarkdownBody } from './markdown.js';
import { parseTextBody } from './text.js';

export type { Document, DocSection, Block, Item, Paragraph, List, Field, TextLine, Heading } from './document.js';

/** Parses a document; `path` (may be empty) helps choose the format. */
export function parseDocument(input: string, path = ''): { document: Document; diagnostics: Diagnostic[] } {
  const bounded = boundText(input);
  const text = bounded.text;
  const fm = splitFrontMatter(text);
  const format = detectFormat(path, fm.body, fm.data !== null || fm.bodyOffset > 0);
  const builder = new DocumentBuilder();
  if (format === 'markdown') parseMarkdownBody(fm.body, fm.bodyOffset, builder);
  else parseTextBody(fm.body, fm.bodyOffset, builder);
  return { document: builder.build(format, fm.data, fm.keyLines, text), diagnostics: [...bounded.diagnostics, ...fm.diagnostics] };
}
