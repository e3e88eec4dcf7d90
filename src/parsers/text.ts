/**
 * The plain-text parser: postings copied from job boards, without markup.
 *
 * Headings are recognised by shape (a short line, no closing punctuation, in title case or
 * alone between blank lines) or by vocabulary ("Responsibilities Include", "Requisitos:");
 * bullets may be `•`, `-`, `*`, `–`, numbers or letters; under a heading, several lines in
 * a row are one item per line; a line ending in a colon inside such a run ("Nice to have:")
 * introduces the short lines after it as its sub-items.
 */
import { classifyHeading } from '../patterns/headings.js';
import { DocumentBuilder, item } from './builder.js';
import type { Item, TextLine } from './document.js';
import { parseField } from './document.js';

/** A bulleted line: indentation, a bullet (symbol, `1.`, `1)`, `a)`), then the text. Example: `  • Deploy models`. */
const BULLET = /^([ \t]*)(?:[•·▪‣◦●○■□►▸➢➤✓✔✗\-–—*+]|\(?\d{1,2}[.)]|\(?[a-z][)])[ \t]+(\S.*)$/u;

/** A line of only dashes, equals signs, underscores or stars: a separator. */
const RULE = /^\s*([-=_*~])\1{1,}\s*$/;

/** Words that open a new requirement, so a lead-in's sub-items stop before them. */
const REQUIREMENT_START = /^(experience|understanding|knowledge|ability|proficien|strong|excellent|solid|proven|bachelor|master|degree|must|minimum|at least|\d+\+?\s*(years|yrs))/i;

/**
 * A paragraph shaped like an item: a short title, then a colon or a full stop, then its
 * description ("Prototyping und Integration: Schwerpunkt auf …", "Trabalho remoto e flexibilidade. Você …").
 */
const TITLED_PARAGRAPH = /^[^\s:.!?]+(?:\s+[^\s:.!?]+){0,5}\s*[:.]\s*\S/u;

/** Section kinds whose paragraphs, one per line between blank lines, are items. */
const LIST_SECTION_KINDS = new Set(['responsibilities', 'qualifications', 'preferred', 'skills', 'benefits', 'application']);

/** The longest line that can be a lead-in's sub-item. */
const MAX_SUB_ITEM = 85;

interface Line {
  text: string;
  indent: number;
  line: number;
  bullet: boolean;
  blank: boolean;
}

function readLines(body: string, offset: number): Line[] {
  return body.split('\n').map((raw, i) => {
    const expanded = raw.replace(/\t/g, '    ');
    const m = BULLET.exec(expanded);
    const indent = (/^ */.exec(expanded)?.[0] ?? '').length;
    const blank = !expanded.trim() || RULE.test(expanded);
    return { text: (m ? (m[2] ?? '') : expanded).trim(), indent, line: offset + i + 1, bullet: !!m, blank };
  });
}

const capitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/** Most words of four letters or more start with a capital: "Personality Attributes", "The Role". */
function titleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  if (long.length === 0) return false;
  return long.filter(capitalised).length / long.length >= 0.6;
}

/** Every word starts with a capital or a digit: "Experience In At Least One Of The Below". */
function strictTitleCase(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return ws.length > 0 && ws.every((w) => /^[\p{Lu}\d¿¡(]/u.test(w));
}

/** The nearest non-blank line after `i`, or null. */
function nextContent(lines: Line[], i: number): Line | null {
  for (let k = i + 1; k < lines.length; k++) if (!(lines[k] as Line).blank) return lines[k] as Line;
  return null;
}

/** A short unbulleted line in title case, without closing punctuation: one of a list of names. */
function shortTitleLine(l: Line | null): boolean {
  return !!l && !l.bullet && l.text.split(/\s+/).length <= 6 && !/[.;:!?,]$/.test(l.text) && titleCase(l.text);
}

/** The nearest non-blank line before `i`, or null. */
function previousContent(lines: Line[], i: number): Line | null {
  for (let k = i - 1; k >= 0; k--) if (!(lines[k] as Line).blank) return lines[k] as Line;
  return null;
}

function isHeading(lines: Line[], i: number, previousWasHeading: boolean): boolean {
  const l = lines[i] as Line;
  if (l.blank || l.bullet || l.indent >= 2) return false;
  // The line after "Nice to have:" is what the colon introduces, not a heading.
  if (/[:：]$/.test(previousContent(lines, i)?.text ?? '')) return false;
  const t = l.text;
  const words = t.split(/\s+/).length;
  const prevBlank = i === 0 || (lines[i - 1] as Line).blank;
  const hasContentAfter = lines.slice(i + 1, i + 4).some((n) => !n.blank);
  if (!hasContentAfter || t.length > 80) return false;
  const colonEnd = /[:：]$/.test(t);
  const field = parseField(t, l.line);
  if (field && field.value) return false;
  const kind = classifyHeading(t.replace(/[:：]$/, ''));
  if (kind) {
    if (colonEnd) return prevBlank && words <= 9;
    if (/[.;!,]$/.test(t)) return false;
    return prevBlank ? words <= 9 : words <= 5 && !/[(),]/.test(t) && (t.endsWith('?') || titleCase(t));
  }
  if (colonEnd) return prevBlank && words <= 6 && !t.includes(',');
  // Shape alone: a short line that does not follow another heading (then it is that heading's content).
  if (previousWasHeading || /[.;!,?)]$/.test(t) || !/^[\p{Lu}\p{N}¿¡]/u.test(t) || (t.match(/,/g) ?? []).length >= 2) return false;
  if (prevBlank && words <= 10 && t.length <= 70 && strictTitleCase(t)) return true;
  if (words > 6 || t.length > 50) return false;
  if (prevBlank) return true;
  // Inside a run of lines a lone word ("Ship", "Node.js") is an item; a heading there has two words
  // or more, and is not one of a run of short capitalised lines ("React Native", "Google Cloud").
  // Nor does it join alternatives with "or"/"and", as requirements do ("Degree in X or similar").
  if (words > 4 || /\s(or|and|o|y|ou|et|und|oder|e)\s/i.test(` ${t} `)) return false;
  return words >= 2 && titleCase(t) && !shortTitleLine(previousContent(lines, i)) && !shortTitleLine(nextContent(lines, i));
}

/** Turns a run of plain lines (one item per line) into items, nesting a lead-in's short sub-items. */
function lineItems(run: Line[]): { items: Item[]; paragraphs: TextLine[] } {
  const items: Item[] = [];
  const paragraphs: TextLine[] = [];
  for (let i = 0; i < run.length; i++) {
    const l = run[i] as Line;
    if (/[:：]$/.test(l.text) && i + 1 < run.length) {
      const children: Item[] = [];
      let j = i + 1;
      for (; j < run.length; j++) {
        const c = run[j] as Line;
        if (c.text.length >= MAX_SUB_ITEM || REQUIREMENT_START.test(c.text) || /[:：]$/.test(c.text)) break;
        children.push(item(c.text, c.line));
      }
      if (children.length > 0) {
        items.push(item(l.text, l.line, children));
        i = j - 1;
        continue;
      }
      paragraphs.push({ text: l.text, line: l.line });
      continue;
    }
    items.push(item(l.text, l.line));
  }
  return { items, paragraphs };
}

/** Nests bulleted lines by indentation; an unbulleted line after a bullet continues it. */
function bulletItems(run: Line[]): Item[] {
  const roots: Item[] = [];
  const stack: { indent: number; item: Item }[] = [];
  for (const l of run) {
    if (!l.bullet) {
      const top = stack[stack.length - 1];
      if (top) top.item.text += ` ${l.text}`;
      continue;
    }
    const it = item(l.text, l.line);
    while (stack.length && (stack[stack.length - 1] as { indent: number }).indent >= l.indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.item.items.push(it);
    else roots.push(it);
    stack.push({ indent: l.indent, item: it });
  }
  return roots;
}

function emitBlock(block: Line[], underHeading: boolean, builder: DocumentBuilder): void {
  const firstBullet = block.findIndex((l) => l.bullet);
  if (firstBullet >= 0) {
    const lead = block.slice(0, firstBullet);
    for (const l of lead) builder.paragraph([{ text: l.text, line: l.line }]);
    builder.list(bulletItems(block.slice(firstBullet)), false);
    return;
  }
  const fields = block.filter((l) => (parseField(l.text, l.line)?.value.length ?? 999) < 100).length;
  if (block.length >= 2 && fields / block.length >= 0.6) {
    // A block of short `Label: value` lines is a header of facts, not a list
    // ("Location: Toronto"); "Title: a long description" lines are items.
    builder.paragraph(block.map((l) => ({ text: l.text, line: l.line })));
    return;
  }
  const indented = block.every((l) => l.indent >= 2);
  if (underHeading && (block.length >= 2 || indented)) {
    const { items, paragraphs } = lineItems(block);
    for (const p of paragraphs) builder.paragraph([p]);
    if (indented) builder.appendItems(items, false);
    else builder.list(items, false);
    return;
  }
  for (const l of block) builder.paragraph([{ text: l.text, line: l.line }]);
}

/** Parses a plain-text body into the builder; `offset` is the number of lines before the body. */
export function parseTextBody(body: string, offset: number, builder: DocumentBuilder): void {
  const lines = readLines(body, offset);
  let block: Line[] = [];
  let underHeading = false;
  let previousWasHeading = false;
  let listSection = false;
  // Single-line paragraphs shaped like items, held until we know whether two or more follow in a row.
  let pending: Line[] = [];
  const flushPending = () => {
    if (pending.length >= 2) builder.appendItems(pending.map((l) => item(l.text, l.line)), false);
    else for (const l of pending) builder.paragraph([{ text: l.text, line: l.line }]);
    pending = [];
  };
  const flush = () => {
    const only = block.length === 1 ? block[0] : undefined;
    if (only && listSection && !only.bullet && only.indent < 2 && TITLED_PARAGRAPH.test(only.text) && !/[:：]$/.test(only.text)) {
      pending.push(only);
      block = [];
      return;
    }
    flushPending();
    if (block.length) emitBlock(block, underHeading, builder);
    block = [];
  };
  lines.forEach((l, i) => {
    if (l.blank) return flush();
    if (isHeading(lines, i, previousWasHeading)) {
      flush();
      flushPending();
      builder.heading(l.text.replace(/[:：]$/, ''), 2, l.line);
      listSection = LIST_SECTION_KINDS.has(classifyHeading(l.text) ?? '');
      underHeading = true;
      previousWasHeading = true;
      return;
    }
    previousWasHeading = false;
    block.push(l);
  });
  flush();
  flushPending();
}
