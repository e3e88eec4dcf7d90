/**
 * Bounds on the shape of a document before it is parsed, so that no input can make the parsers
 * work super-linearly: remark-parse slows sharply on deeply nested lists and blockquotes, and
 * every pattern pays for very long lines. Over-long lines are wrapped (no word is lost) and
 * nesting beyond a depth is flattened; a diagnostic says what was changed.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';

/** The longest line kept as one line; longer ones are wrapped at a space near this length. */
export const MAX_LINE = 4_000;
/** Columns of indentation kept: deeper indentation (nesting past about 16 levels) is cut to this. */
export const MAX_INDENT = 40;
/** Blockquote markers or list markers kept at the start of one line. */
export const MAX_MARKERS = 8;

/** Leading blockquote markers beyond the limit: `> > > > …`. */
const DEEP_QUOTES = new RegExp(`^((?:[ \\t]*>){${MAX_MARKERS}})(?:[ \\t]*>)+`);
/** Leading list markers beyond the limit: `- - - - … item` (nested lists on one line). */
const DEEP_MARKERS = new RegExp(`^([ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+){${MAX_MARKERS}})(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)+`);

function wrap(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > MAX_LINE) {
    const space = rest.lastIndexOf(' ', MAX_LINE);
    const cut = space > MAX_LINE / 2 ? space : MAX_LINE;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  out.push(rest);
  return out;
}

/** Bounded text, what was changed, and (when lines were wrapped) the source line of each of its lines. */
export interface Bounded {
  text: string;
  diagnostics: Diagnostic[];
  /** `sourceLines[i]` is the 1-based source line of the bounded text's line i + 1; null when no line moved. */
  sourceLines: number[] | null;
}

/**
 * The text with its shape bounded, and what was changed. A wrapped line's pieces follow it as
 * lines of their own; `sourceLines` maps every line back to the file, so that records point at
 * lines that exist.
 */
export function boundText(text: string): Bounded {
  let wrapped = 0;
  let flattened = 0;
  let changed = false;
  const lines = text.split('\n');
  const out: string[] = [];
  const sourceLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    const indent = line.length - line.trimStart().length;
    if (indent > MAX_INDENT) {
      line = line.slice(0, MAX_INDENT).replace(/\t/g, ' ') + line.slice(indent);
      flattened++;
    }
    if (line.length > 2 * MAX_MARKERS && /^[ \t]*[>\-*+\d]/.test(line)) {
      const q = line.replace(DEEP_QUOTES, '$1 ').replace(DEEP_MARKERS, '$1');
      if (q !== line) {
        line = q;
        flattened++;
      }
    }
    if (line.length > MAX_LINE) {
      const pieces = wrap(line);
      wrapped++;
      out.push(...pieces);
      for (const _ of pieces) sourceLines.push(i + 1);
      changed = true;
      continue;
    }
    if (line !== lines[i]) changed = true;
    out.push(line);
    sourceLines.push(i + 1);
  }
  if (!changed) return { text, diagnostics: [], sourceLines: null };
  const what = [wrapped ? `${wrapped} line(s) longer than ${MAX_LINE} characters wrapped` : '', flattened ? `${flattened} line(s) nested deeper than the limit flattened` : '']
    .filter(Boolean)
    .join('; ');
  return { text: out.join('\n'), diagnostics: [diagnostic('document/truncated', what)], sourceLines: wrapped ? sourceLines : null };
}

/** Maps a bounded document's line to the file's line (the identity when nothing was wrapped). */
export function toFileLine(sourceLines: number[] | null): (line: number) => number {
  return sourceLines ? (line) => sourceLines[line - 1] ?? line : (line) => line;
}
