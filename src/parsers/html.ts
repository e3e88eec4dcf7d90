/**
 * Reads the HTML that postings embed in markdown (`<p>`, `<ul><li>`, `<h3>`, `<strong>`,
 * `<br>`) into the document model, keeping source lines. Script, style and iframe contents
 * are dropped; other tags are removed and entities decoded. A hand-written scanner with
 * `indexOf`, so hostile input cannot make it backtrack.
 */
import { item } from './builder.js';
import type { DocumentBuilder } from './builder.js';
import type { Item, TextLine } from './document.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', euro: '€', pound: '£', yen: '¥', copy: '©' };

/** Decodes named and numeric character references: `&amp;` → `&`, `&#8217;` → `’`. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    const name = body.toLowerCase();
    return Object.hasOwn(ENTITIES, name) ? (ENTITIES[name] as string) : whole;
  });
}

type Token = { kind: 'text'; text: string; line: number } | { kind: 'open' | 'close'; name: string; line: number };

const SKIP_CONTENT = new Set(['script', 'style', 'iframe', 'noscript', 'svg', 'template']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'table', 'tr', 'blockquote', 'hr', 'pre', 'dl', 'dt', 'dd']);

function tokenize(html: string, firstLine: number): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let i = 0;
  const advance = (s: string) => {
    for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) line++;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      const text = html.slice(i, textEnd);
      tokens.push({ kind: 'text', text, line });
      advance(text);
      i = textEnd;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end < 0 ? html.length : end + 3;
      advance(html.slice(i, stop));
      i = stop;
      continue;
    }
    const gt = html.indexOf('>', i);
    const m = gt < 0 ? null : /^<(\/?)([a-zA-Z][\w-]*)/.exec(html.slice(i, Math.min(gt, i + 64)));
    if (gt < 0 || !m) {
      // A lone '<': text. With no '>' left at all, the rest is text.
      const stop = gt < 0 ? html.length : i + 1;
      tokens.push({ kind: 'text', text: html.slice(i, stop), line });
      advance(html.slice(i, stop));
      i = stop;
      continue;
    }
    const tag = html.slice(i, gt + 1);
    const name = (m[2] ?? '').toLowerCase();
    tokens.push({ kind: m[1] ? 'close' : 'open', name, line });
    if (!m[1] && tag.endsWith('/>')) tokens.push({ kind: 'close', name, line });
    advance(tag);
    i = gt + 1;
  }
  return tokens;
}

/** Strips inline tags from a fragment of HTML and decodes entities, keeping `<br>` as a line break. */
export function htmlInlineText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, ''));
}

/**
 * Feeds an HTML block (starting at 1-based `firstLine`) into the builder: headings, paragraphs
 * (a paragraph that is only `<strong>` text becomes a pseudo-heading) and nested lists.
 */
export function readHtml(html: string, firstLine: number, builder: DocumentBuilder): void {
  const tokens = tokenize(html, firstLine);
  let skipping: string | null = null;
  let buffer: TextLine[] = [];
  let strongOnly = true;
  let inStrong = 0;
  let heading: { level: number; line: number } | null = null;
  const listStack: { items: Item[]; ordered: boolean }[] = [];
  const itemStack: Item[] = [];

  const bufferText = () => buffer.map((b) => b.text).join('').replace(/[ \t]+/g, ' ');
  const bufferLines = (): TextLine[] => {
    const out: TextLine[] = [];
    for (const b of buffer) {
      const parts = b.text.split('\n');
      parts.forEach((p, k) => {
        const last = out[out.length - 1];
        if (k === 0 && last) last.text += p;
        else out.push({ text: p, line: b.line + k });
      });
    }
    return out.map((l) => ({ text: l.text.trim(), line: l.line })).filter((l) => l.text);
  };
  const flush = () => {
    const text = bufferText().trim();
    const lines = bufferLines();
    const first = lines[0];
    if (text && first) {
      const top = itemStack[itemStack.length - 1];
      if (heading) builder.heading(text, heading.level, heading.line);
      else if (top) top.text = (top.text ? `${top.text} ` : '') + text.replace(/\s+/g, ' ');
      else if (strongOnly && text.length <= 80 && lines.length === 1) builder.heading(text, 7, first.line);
      else builder.paragraph(lines);
    }
    buffer = [];
    strongOnly = true;
  };

  for (const t of tokens) {
    if (skipping) {
      if (t.kind === 'close' && t.name === skipping) skipping = null;
      continue;
    }
    if (t.kind === 'text') {
      const text = decodeEntities(t.text);
      if (text.trim() && inStrong === 0) strongOnly = false;
      buffer.push({ text, line: t.line });
      continue;
    }
    const { name } = t;
    if (t.kind === 'open' && SKIP_CONTENT.has(name)) {
      flush();
      skipping = name;
    } else if (name === 'br') buffer.push({ text: '\n', line: t.line });
    else if (name === 'strong' || name === 'b') inStrong += t.kind === 'open' ? 1 : inStrong > 0 ? -1 : 0;
    else if (/^h[1-6]$/.test(name)) {
      flush();
      heading = t.kind === 'open' ? { level: Number(name[1]), line: t.line } : null;
    } else if (name === 'ul' || name === 'ol') {
      flush();
      if (t.kind === 'open') {
        const parent = itemStack[itemStack.length - 1];
        listStack.push({ items: parent ? parent.items : [], ordered: name === 'ol' });
      } else {
        const done = listStack.pop();
        if (done && listStack.length === 0 && itemStack.length === 0) builder.appendItems(done.items, done.ordered);
      }
    } else if (name === 'li') {
      flush();
      if (t.kind === 'open') {
        const it = item('', t.line);
        if (listStack.length === 0) listStack.push({ items: [], ordered: false });
        (listStack[listStack.length - 1] as { items: Item[] }).items.push(it);
        itemStack.push(it);
      } else {
        itemStack.pop();
      }
    } else if (BLOCK.has(name)) flush();
  }
  flush();
  // Lists left open at the end of the block.
  const rest = listStack[0];
  if (rest && rest.items.length) builder.appendItems(rest.items, rest.ordered);
}
