/**
 * The plain-text parser: postings copied from job boards, without markup.
 *
 * Lines are read by their shapes. A heading is a short line that names a section in any
 * language ("Das bringst du mit", "岗位职责", "👉 Quais serão os seus desafios?"), a line in
 * capitals, a short line ending in a colon, or a short title-case line alone between blank
 * lines. Bullets may be `•`, `-`, `*`, `–`, `—`, `1.`, `1、`, `a)`; under a heading, several lines
 * in a row are one item per line, and single lines between blank lines are items too (bullets
 * lost in a paste); a line ending in a colon ("Nice to have:") introduces the lines after it.
 *
 * A posting flattened into one long line ("Job Title  Nurse  Location  Horsham Salary  11.15 …",
 * "…要求：1、…；2、…") is first cut where its labels, section names, numbered items and runs
 * of spaces stand (see `unflatten`), and the pieces are read as lines of their own.
 */
import { fold, type Vocabulary } from '../lexicons/index.js';
import { headingMatch, isChrome, isPageEnd, leadInKind, LIST_KINDS } from '../patterns/headings.js';
import { DocumentBuilder, item } from './builder.js';
import type { Item, TextLine } from './document.js';
import { BULLET_SYMBOLS, numberedCuts, parseField } from './document.js';
import { labelAlone } from './structure.js';

/** A bulleted line: indentation, a bullet (symbol, `1.`, `1)`, `1、`, `a)`, `一、`, or Word's second-level `o` before a tab or two spaces), then the text. Example: `  • Deploy models`. */
const BULLET = new RegExp(String.raw`^([ \t]*)(?:[·✗\-–—*+${BULLET_SYMBOLS}]\ufe0f?|\(?\d{1,2}[.)、．）]|\(?[a-z][)]|[一二三四五六七八九十]{1,2}[、.．]|o(?= {2,}\S))[ \t]*(\S.*)$`, 'u');
/** Bullets that need a space after them to be bullets (a `-` or `*` glued to a word is not one). */
const SPACED_BULLET = /^[ \t]*(?:[-*+]|\d{1,2}[.)]|\(?[a-z][)])\S/u;

/** A line of only dashes, equals signs, underscores, stars or dots: a separator. */
const RULE = /^\s*([-=_*~.·])\1{2,}\s*$/;

/** Words that open a new requirement, so a lead-in's sub-items stop before them. */
const REQUIREMENT_START = /^(experience|understanding|knowledge|ability|proficien|strong|excellent|solid|proven|bachelor|master|degree|must|minimum|at least|\d+\+?\s*(years|yrs))/i;

/**
 * A paragraph shaped like an item: a short title, then a colon or a full stop, then its
 * description ("Prototyping und Integration: Schwerpunkt auf …", "Trabalho remoto e flexibilidade. Você …").
 */
const TITLED_PARAGRAPH = /^[^\s:.!?]+(?:\s+[^\s:.!?]+){0,5}\s*[:.]\s*\S/u;


/** The longest line that can be a lead-in's sub-item, and a lost bullet's item. */
const MAX_SUB_ITEM = 85;
const MAX_LOST_ITEM = 400;

/** Lines longer than this may be a flattened posting. */
const FLAT_LINE = 160;

interface Line {
  text: string;
  indent: number;
  line: number;
  bullet: boolean;
  blank: boolean;
  /** The bullet is a number (`2.`, `(3)`). */
  numbered: boolean;
  /** The bullet's symbol (`■`, `・`, `-`), or '' for a number or no bullet. */
  mark: string;
}

/** Emoji or a pictograph opening a line: in copied postings it marks a heading or a field. */
const PICTOGRAPH = /^[\p{Extended_Pictographic}\u200d\ufe0f\s]+/u;

function readLine(raw: string, line: number): Line {
  const expanded = raw.replace(/\t/g, '    ');
  const m = SPACED_BULLET.test(expanded) ? null : BULLET.exec(expanded);
  const indent = (/^ */.exec(expanded)?.[0] ?? '').length;
  const blank = !/[\p{L}\p{N}]/u.test(expanded) || RULE.test(expanded);
  const numbered = !!m && NUMBER_MARK.test(expanded);
  const mark = m && !numbered ? (expanded.slice((m[1] ?? '').length).trimStart()[0] ?? '') : '';
  return { text: (m ? (m[2] ?? '') : expanded).trim(), indent, line, bullet: !!m, blank, numbered, mark };
}

/** A number opening a line: `2.`, `(3)`, `4、`. */
const NUMBER_MARK = /^[ \t]*\(?\d{1,2}[.)、．）]/u;

/** A numbered line that names a section ("2. Duties and responsibilities", "4. How to apply"): a heading, its number dropped. */
/**
 * A section's name marked with a symbol of its own, its items with another ("■仕事内容" over
 * "・売掛金の管理", "◆ Requirements" over "- …"): a heading, though it wears a bullet.
 */
function markedSection(lines: Line[], i: number, vocab: Vocabulary): boolean {
  const l = lines[i] as Line;
  const next = nextContent(lines, i);
  const previous = i > 0 ? (lines[i - 1] as Line) : null;
  // Items follow under another mark, or a line of text ("■給与" over "月給25万円～"); the line before
  // is not an item of the same mark (then it is the list's last item).
  if (!l.mark || l.indent >= 2 || !next || (next.bullet && next.mark === l.mark) || (previous?.bullet && previous.mark === l.mark) || /[.;,!。；]$/.test(l.text)) return false;
  if (l.text.split(/\s+/).length > 6 || l.text.length > 40) return false;
  return (headingMatch(l.text, vocab)?.coverage ?? 0) >= 0.45;
}

function numberedSection(l: Line, vocab: Vocabulary): boolean {
  if (!l.numbered || l.indent >= 2 || l.text.split(/\s+/).length > 6 || /[.;,!。；]$/.test(l.text)) return false;
  // The number is structure of its own: a section's name need only be most of the line.
  return (headingMatch(l.text, vocab)?.coverage ?? 0) >= 0.45;
}

/**
 * Cuts a flattened line where its structure stands: before a label or a section name followed by
 * a colon or two spaces (any language), before numbered items in sequence, at runs of three
 * spaces or tabs, and at runs of two spaces when there are several. Returns the pieces in order.
 */
export function unflatten(text: string, vocab: Vocabulary): string[] {
  const f = fold(text);
  const cuts = new Set<number>();
  /** Cuts before a label or a section name, checked against the others below. */
  const named = new Map<number, number>();
  const starts = (i: number) => i === 0 || /[\s.。;；!！?？,，)）\]*]/u.test(f[i - 1] as string) || /\d/.test(f[i - 1] as string);
  // Labels and section names followed by a colon or by two spaces.
  for (const kind of ['labels', 'headings', 'leadIns'] as const) {
    const keyed = vocab[kind];
    for (const k of kindsOf(kind)) {
      const set = keyed.set(k as never);
      if (!set) continue;
      for (const m of set.findAll(f)) {
        const after = f.slice(m.index + m.text.length, m.index + m.text.length + 12);
        const colon = /^[^\s:：]{0,8}?\s*[:：]/u.test(after) && (kind !== 'leadIns' || /^\S{0,8}[:：]/u.test(after));
        const gap = /^ {2,}\S/.test(after) && kind !== 'leadIns';
        if (!((colon || gap) && m.index > 0 && starts(m.index))) continue;
        if (kind === 'headings') named.set(m.index, m.index + m.text.length);
        else cuts.add(m.index);
      }
    }
  }
  for (const c of numberedCuts(text)) if (c > 0) cuts.add(c);
  const gaps = [...text.matchAll(/ {3,}|\t+/g)];
  const pairs = [...text.matchAll(/ {2}(?! )/g)];
  for (const g of gaps) cuts.add(g.index);
  if (pairs.length >= 3) for (const g of pairs) cuts.add(g.index);
  // A section name whose first words stand after a gap ("   Minimum Qualifications   ") is cut there, not inside.
  for (const [c, end] of named) {
    const before = [...cuts].filter((x) => x < c).reduce((a, b) => Math.max(a, b), -1);
    const lead = before >= 0 ? text.slice(before, c).trim() : '';
    const whole = before >= 0 ? text.slice(before, end).trim() : '';
    const partOfName = lead && lead.split(/\s+/).length <= 3 && strictTitleCase(lead) && (headingMatch(whole, vocab)?.coverage ?? 0) >= 0.6;
    if (!partOfName) cuts.add(c);
  }
  // A label inside a section's name ("Profil" in "Ihr Profil:") does not cut the name.
  for (const [start, end] of named) for (const c of cuts) if (c > start && c < end) cuts.delete(c);
  if (!cuts.size) return [text];
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const c of sorted) {
    pieces.push(text.slice(from, c));
    from = c;
  }
  pieces.push(text.slice(from));
  // The bar or dot that parted one field from the next ("Empresa: Hotel Mirador | Ubicación: …") is neither's.
  return pieces.map((p) => p.trim().replace(/(?:\s*[|·•])+$/u, '')).filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** A section's name and a colon, then what it lists: "Ihre Aufgaben: Zubereitung …, Warenbestellung …, Einhaltung ….". */
const NAMED_LIST = /^([^:：,.;]{2,40})[:：]\s*(.+)$/u;
/** How many parts (at least), of how many words each at most, make such a text a list whose bullets a paste lost. */
const LISTED_PARTS = 2;
const LISTED_PART_WORDS = 8;

/**
 * A piece of a flattened line that names a list's section and lists its items with commas
 * ("Your profile: a degree in accounting, 3 years of experience, SAP"): the name, its items
 * bulleted, and the sentences after the list's end as a line of their own.
 */
function listedSection(piece: string, vocab: Vocabulary): string[] {
  const m = NAMED_LIST.exec(piece);
  if (!m?.[1] || !m[2]) return [piece];
  const kind = headingMatch(m[1], vocab);
  if (!kind || kind.coverage < 0.6 || !LIST_KINDS.has(kind.kind)) return [piece];
  const end = /[.!?。](?=\s+\p{Lu}|\s*$)/u.exec(m[2]);
  const listed = end ? m[2].slice(0, end.index) : m[2];
  const rest = end ? m[2].slice(end.index + 1).trim() : '';
  const parts = listed.split(/[,;，；、]\s*/u).map((p) => p.trim()).filter(Boolean);
  // Two parts are a list in a language that parts its items with commas; the commas of Chinese and
  // Japanese also join words inside one sentence ("下午茶、周末双休都很开心"), so there it takes three.
  const least = /[，；、]/u.test(listed) ? LISTED_PARTS + 1 : LISTED_PARTS;
  if (parts.length < least || parts.some((p) => p.split(/\s+/).length > LISTED_PART_WORDS)) return [piece];
  return [`${m[1].trim()}:`, ...parts.map((p) => `- ${p}`), ...(rest ? [rest] : [])];
}

function kindsOf(kind: 'labels' | 'headings' | 'leadIns'): readonly string[] {
  if (kind === 'labels') return ['title', 'company', 'location', 'salary', 'employment', 'workplace', 'posted', 'deadline', 'experience', 'education', 'hours', 'department', 'contact', 'start'];
  if (kind === 'headings') return ['preferred', 'qualifications', 'skills', 'responsibilities', 'benefits', 'compensation', 'application', 'company', 'overview'];
  return ['preferred', 'benefits', 'qualifications', 'responsibilities'];
}

/** The lines of a body, flattened lines cut into pieces with a blank line between each. */
function readLines(body: string, offset: number, vocab: Vocabulary): Line[] {
  const out: Line[] = [];
  /** Pieces of one source line, read as lines of their own with a blank line after each. */
  const apart = (pieces: readonly string[], line: number) => {
    for (const p of pieces) {
      out.push(readLine(p, line));
      out.push({ text: '', indent: 0, line, bullet: false, blank: true, numbered: false, mark: '' });
    }
  };
  for (const { raw, line } of unwrapped(body, offset)) {
    if (raw.length > FLAT_LINE) {
      const pieces = unflatten(raw, vocab);
      if (pieces.length > 1) {
        apart(pieces.flatMap((p) => listedSection(p, vocab)), line);
        continue;
      }
    }
    // "ESSENTIAL DUTIES AND RESPONSIBILITIES include the following.": the section's name, then a sentence of its own.
    const head = capsHead(raw, vocab);
    if (head) apart(head, line);
    else out.push(readLine(spacedField(raw, vocab), line));
  }
  return pictographBullets(out);
}

/** A pictograph opening a line, and the text after it. */
const OPENING_PICTOGRAPH = /^(\p{Extended_Pictographic}[\ufe0f\u200d\p{Extended_Pictographic}]*)\s*(\S.*)$/u;

/**
 * Lines in a row that open with the same pictograph ("✅ 2+ years …", "✅ Great writing …") are
 * items with an emoji for a bullet, as social posts write lists; a pictograph that opens one line
 * only ("📍 Lisbon", "🕒 Full-time") marks a field.
 */
function pictographBullets(lines: Line[]): Line[] {
  for (let i = 0; i < lines.length; ) {
    const first = lines[i] as Line;
    const mark = !first.bullet && !first.blank ? OPENING_PICTOGRAPH.exec(first.text)?.[1] : undefined;
    let end = i + 1;
    while (mark && end < lines.length && !(lines[end] as Line).bullet && OPENING_PICTOGRAPH.exec((lines[end] as Line).text)?.[1] === mark) end++;
    if (mark && end - i >= 2) {
      for (const l of lines.slice(i, end)) Object.assign(l, { text: (OPENING_PICTOGRAPH.exec(l.text)?.[2] ?? l.text).trim(), bullet: true, mark });
    }
    i = Math.max(end, i + 1);
  }
  return lines;
}

/**
 * The source lines of a body, each with its 1-based line, a hard-wrapped line's continuations
 * joined to the line they were cut from (see `wrapWidth`): the lines as written before the wrap.
 */
function unwrapped(body: string, offset: number): Array<{ raw: string; line: number }> {
  const lines = body.split('\n');
  const width = wrapWidth(lines);
  const out: Array<{ raw: string; line: number }> = [];
  lines.forEach((raw, i) => {
    const last = out[out.length - 1];
    if (width && last && raw.trim() && !BULLET.test(raw) && continues(last.raw.trimEnd(), raw.trim(), width)) last.raw = `${last.raw.trimEnd()} ${raw.trim()}`;
    else out.push({ raw, line: offset + i + 1 });
  });
  return out;
}

/** The longest line of a hard-wrapped body (a mail wrapped at 72 or 80 columns), and how many of its lines come near it. */
const MAX_WRAP = 100;
const WRAPPED_LINES = 3;
/** How far short of the wrap width a line may end and still have been cut by it. */
const WRAP_SLACK = 25;

/**
 * The width a body was hard-wrapped at, or 0 when it was not: no line longer than a mail's wrap,
 * and several lines close to the longest.
 */
function wrapWidth(lines: readonly string[]): number {
  let longest = 0;
  const lengths: number[] = [];
  for (const l of lines) {
    const n = l.trimEnd().length;
    if (n > MAX_WRAP) return 0;
    longest = Math.max(longest, n);
    lengths.push(n);
  }
  return longest >= 60 && lengths.filter((n) => n >= longest - 12).length >= WRAPPED_LINES ? longest : 0;
}

/**
 * True when a line goes on from the one before it, cut by the wrap: that one long and open, this
 * one starting in small letters. (A line starting in capitals may be the next item of a list whose
 * bullets a paste lost, as long as the one before it: it is left as a line of its own.)
 */
function continues(before: string, text: string, width: number): boolean {
  return before.length >= width - WRAP_SLACK && !/[.:;!?。：]$/.test(before) && /^\p{Ll}/u.test(text);
}

/** A label, then its value after an ideographic space, a tab (a table's cells copied as text) or two spaces and more. */
const SPACED_FIELD = /^(\s*[^\s:：]{1,20}(?: [^\s:：]{1,20}){0,3})(?:\u3000+|\t[ \t]*|  [ \t]*)([^\s\u3000].{0,199})$/u;

/**
 * A label and its value parted by a wide space instead of a colon, as forms align them
 * ("就業場所　埼玉県川越市", "Location      Leeds"), written with the colon; other lines as they are.
 */
function spacedField(raw: string, vocab: Vocabulary): string {
  const m = SPACED_FIELD.exec(raw.trimEnd());
  return m?.[1] && m[2] && labelAlone(m[1], vocab) ? `${m[1]}: ${m[2]}` : raw;
}

/** Words in capitals opening a line, then words in small letters. */
const CAPS_THEN_SENTENCE = /^((?:[\p{Lu}\d][\p{Lu}\d&/'’-]*\s+){1,6}[\p{Lu}\d][\p{Lu}\d&/'’-]*)\s+(\p{Ll}.*)$/u;

/** A section's name in capitals opening a line, and the sentence after it; null when the line is not one. */
function capsHead(raw: string, vocab: Vocabulary): [string, string] | null {
  const m = CAPS_THEN_SENTENCE.exec(raw.trim());
  // Capitals are a heading's mark of their own: the name need only be part of them ("ESSENTIAL DUTIES AND RESPONSIBILITIES").
  if (!m?.[1] || !m[2] || !allCaps(m[1]) || (headingMatch(m[1], vocab)?.coverage ?? 0) < 0.3) return null;
  return [m[1], m[2]];
}

const capitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/** A product's or a person's name, with a capital inside it: "PostgreSQL", "JavaScript", "McKenzie". */
const innerCapital = (w: string) => /^\p{L}+\p{Lu}/u.test(w) && w !== w.toUpperCase();

/**
 * Most words of four letters or more start with a capital: "Personality Attributes", "The Role".
 * Names with a capital inside them are capitalised whatever the line is, so they are not counted
 * ("Solid knowledge of PostgreSQL" is a sentence).
 */
function titleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4 && !innerCapital(w));
  if (long.length === 0) return false;
  return long.filter(capitalised).length / long.length >= 0.6;
}

/** Every word starts with a capital or a digit: "Experience In At Least One Of The Below". */
function strictTitleCase(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return ws.length > 0 && ws.every((w) => /^[\p{Lu}\d¿¡(]/u.test(w));
}

/** Letters in capitals only (at least three of them): "REQUIREMENTS", "BESCHÄFTIGUNGSART". */
export function allCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
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

/**
 * True when line `i` is a heading. Inside a list section (`inList`), where single lines are items
 * whose bullets were lost, only a line that names a section, is in capitals or ends in a colon is one.
 */
function isHeading(lines: Line[], i: number, previousWasHeading: boolean, vocab: Vocabulary, inList = false): boolean {
  const l = lines[i] as Line;
  if (l.bullet) {
    const next = nextContent(lines, i);
    // A numbered section's content is not the next number of its sequence ("1. Run the site day to day" / "2. …" are items).
    return ((numberedSection(l, vocab) && !next?.numbered) || markedSection(lines, i, vocab)) && !!next;
  }
  if (l.blank || l.indent >= 2) return false;
  const t = l.text;
  const prevBlank = i === 0 || (lines[i - 1] as Line).blank;
  if (!nextContent(lines, i) || t.length > 100 || isChrome(t, vocab)) return false;
  const field = parseField(t, l.line);
  if (field && field.value) return false;
  const colonEnd = /[:：]$/.test(t);
  const question = /[?？]$/.test(t);
  const pictograph = PICTOGRAPH.test(t);
  const words = t.replace(PICTOGRAPH, '').split(/\s+/).length;
  // The line after "Nice to have:" is what the colon introduces, not a heading; the line under a
  // label alone ("EMPLOYMENT TYPE" / "Full-time / Permanent") is its value.
  const previous = previousContent(lines, i);
  if (/[:：]$/.test(previous?.text ?? '') && !previousWasHeading) return false;
  if (previous && previous.line === l.line - 1 && labelAlone(previous.text, vocab)) return false;
  // A label alone, its value, then another label alone ("Position title" / "Accounts Assistant" / "Department"): a form's facts.
  const [value, nextLabel] = [lines[i + 1], lines[i + 2]];
  if (labelAlone(t, vocab) && value && !value.blank && nextLabel && !nextLabel.blank && !nextLabel.bullet && labelAlone(nextLabel.text, vocab)) return false;
  const match = headingMatch(t, vocab);
  if (match && !/[.;!,。；]$/.test(t)) {
    const strong = match.coverage >= 0.6 || ((colonEnd || question || pictograph) && match.coverage >= 0.3);
    // Inside a run of lines, "Nice to have:" leads in to the lines after it (its sub-items) unless
    // marked, or unless bullets follow it: then it heads their list ("Your profile:" / "• …").
    if (strong && colonEnd && !prevBlank && !pictograph && !(lines[i + 1]?.bullet && lines[i + 1]?.indent === 0)) return false;
    if (strong) return words <= 10;
    // Between bullets, an unbulleted line naming a section parts the list ("- …" / "Desirable criteria" / "- …").
    if (lines[i - 1]?.bullet && lines[i + 1]?.bullet && !/[.;!,。；]$/.test(t) && words <= 5) return true;
    // Among lost bullets, a line that only mentions a section's word is an item.
    if (inList && !colonEnd && prevBlank && (lines[i + 1]?.blank ?? true)) return false;
    if (colonEnd) return prevBlank && words <= 9;
    // The last line of a run, with a blank line after it, ends the run ("Weekly pay" after "Fuel card").
    if (!prevBlank && !lines[i - 1]?.bullet && (lines[i + 1]?.blank ?? true) && !question) return false;
    return prevBlank ? words <= 9 && (match.coverage >= 0.3 || titleCase(t) || question) : words <= 5 && !/[(),]/.test(t) && (question || titleCase(t));
  }
  if (allCaps(t) && words <= 8 && !/[.;!,]$/.test(t) && !previousWasHeading) return true;
  if (colonEnd) return (prevBlank || pictograph) && words <= 6 && !t.includes(',');
  // Among lost bullets (single lines between blank lines), a heading is a short line of capitalised
  // words ("Personality Attributes"); a line in a run of lines is judged as below.
  const alone = prevBlank && (lines[i + 1]?.blank ?? true);
  if (inList && alone) return words <= 5 && strictTitleCase(t) && !/[.;!,?)。]$/.test(t) && !previousWasHeading;
  // Inside a run of lines under a list's heading, a line that names no section heads one only when
  // every word is capitalised ("Personality Attributes"); a sentence naming a product is an item
  // ("Requirements:" / "A degree in accounting" / "Command of Excel").
  if (inList && !prevBlank && !strictTitleCase(t)) return false;
  // Shape alone: a short line that does not follow another heading (then it is that heading's content).
  if (previousWasHeading || /[.;!,?)。]$/.test(t) || !/^[\p{Lu}\p{N}¿¡]/u.test(t) || (t.match(/,/g) ?? []).length >= 2) return false;
  if (prevBlank && words <= 10 && t.length <= 70 && strictTitleCase(t)) return true;
  if (words > 6 || t.length > 50) return false;
  if (prevBlank) return true;
  // Inside a run of lines a lone word ("Ship", "Node.js") is an item; a heading there has two words
  // or more, and is not one of a run of short capitalised lines ("React Native", "Google Cloud").
  // Nor does it join alternatives with "or"/"and", as requirements do ("Degree in X or similar").
  if (words > 4 || vocab.conjunctions.test(fold(t))) return false;
  // The last line of a run, with a blank line after it, ends the run; a heading would open what follows.
  if (!lines[i - 1]?.bullet && (lines[i + 1]?.blank ?? true)) return false;
  return words >= 2 && titleCase(t) && !shortTitleLine(previous) && !shortTitleLine(nextContent(lines, i));
}

/** A run of plain lines read as lists, in order: items, and the lead-in lines that part them. */
type RunPart = { type: 'items'; items: Item[] } | { type: 'paragraph'; line: TextLine };

/**
 * Turns a run of plain lines (one item per line) into items, nesting a lead-in's short sub-items.
 * A lead-in whose lines are not short ("Nice to have:" before full requirements) parts the run:
 * the items before it and after it are two lists, in order.
 */
function lineItems(run: Line[], vocab: Vocabulary): RunPart[] {
  const parts: RunPart[] = [];
  let items: Item[] = [];
  const close = () => {
    if (items.length) parts.push({ type: 'items', items });
    items = [];
  };
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
      if (leadInKind(l.text, vocab)) close();
      parts.push({ type: 'paragraph', line: { text: l.text, line: l.line } });
      continue;
    }
    items.push(item(l.text, l.line));
  }
  close();
  return parts;
}

/**
 * Where a run of bullets ends in a block: at the first unbulleted line flush with the margin that
 * is not the wrapped rest of an item — a `Label: value` line, a line ending in a colon, or a
 * capitalised line after an item that closed its sentence ("…;" / "…." then "Contact: …").
 */
function listEnd(block: Line[], from: number): number {
  for (let k = from + 1; k < block.length; k++) {
    const l = block[k] as Line;
    if (l.bullet || l.indent >= 2) continue;
    const before = (block[k - 1] as Line).text;
    if (parseField(l.text, l.line)?.value || /[:：]$/.test(l.text) || (/[.;!?。；]$/.test(before) && /^\p{Lu}/u.test(l.text))) return k;
  }
  return block.length;
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

function emitBlock(block: Line[], underHeading: boolean, builder: DocumentBuilder, vocab: Vocabulary): void {
  const firstBullet = block.findIndex((l) => l.bullet);
  if (firstBullet >= 0) {
    const lead = block.slice(0, firstBullet);
    for (const l of lead) builder.paragraph([{ text: l.text, line: l.line }]);
    const end = listEnd(block, firstBullet);
    builder.list(bulletItems(block.slice(firstBullet, end)), false);
    // What follows a bulleted list in the same block is prose: its writer marks items with bullets.
    if (end < block.length) emitBlock(block.slice(end), false, builder, vocab);
    return;
  }
  // Labels alone, each with its value on the next line, opening a block ("Seniority level" / "Entry level"): facts.
  let pairs = 0;
  while (pairs + 1 < block.length && labelAlone((block[pairs] as Line).text, vocab) && !labelAlone((block[pairs + 1] as Line).text, vocab)) pairs += 2;
  if (pairs >= 4 && pairs < block.length) {
    builder.paragraph(block.slice(0, pairs).map((l) => ({ text: l.text, line: l.line })));
    emitBlock(block.slice(pairs), underHeading, builder, vocab);
    return;
  }
  const fields = block.filter((l) => (parseField(l.text, l.line)?.value.length ?? 999) < 100).length;
  // Labels alone with their values on the next lines ("EMPLOYMENT TYPE" / "Full-time") are facts too.
  const labelsAlone = block.length >= 2 && labelAlone((block[0] as Line).text, vocab) ? block.filter((l) => labelAlone(l.text, vocab)).length : 0;
  if (block.length >= 2 && (fields / block.length >= 0.6 || labelsAlone * 2 >= block.length)) {
    // A block of short `Label: value` lines is a header of facts, not a list
    // ("Location: Toronto"); "Title: a long description" lines are items.
    builder.paragraph(block.map((l) => ({ text: l.text, line: l.line })));
    return;
  }
  // A lead-in sentence ("Main duties will include:") and the lines after it: its items.
  const lead = block.findIndex((l, k) => k < block.length - 2 && /[:：]$/.test(l.text) && leadInKind(l.text, vocab) !== null);
  if (lead >= 0 && !underHeading) {
    for (const l of block.slice(0, lead + 1)) builder.paragraph([{ text: l.text, line: l.line }]);
    builder.list(block.slice(lead + 1).map((l) => item(l.text, l.line)), false);
    return;
  }
  const indented = block.every((l) => l.indent >= 2);
  if (underHeading && (block.length >= 2 || indented) && !wrappedProse(block) && !signOff(block)) {
    lineItems(block, vocab).forEach((part, k) => {
      if (part.type === 'paragraph') builder.paragraph([part.line]);
      else if (indented && k === 0) builder.appendItems(part.items, false);
      else builder.list(part.items, false);
    });
    return;
  }
  for (const l of block) builder.paragraph([{ text: l.text, line: l.line }]);
}

/** The closing of a letter: a short greeting ending in a comma, then a name or two ("Thanks," / "Priya"). */
function signOff(block: Line[]): boolean {
  const [first, ...rest] = block;
  if (!first || rest.length === 0 || rest.length > 2) return false;
  return /^[^,]{2,30},$/.test(first.text) && first.text.split(/\s+/).length <= 4 && rest.every((l) => l.text.split(/\s+/).length <= 4 && !/[.:;,!?]$/.test(l.text));
}

/** The shortest line a writer's editor wraps: a line this long, unfinished, then a small letter, is one sentence. */
const WRAP_WIDTH = 50;

/** True when a block's lines are one text wrapped at a width: a long unfinished line, then a line in small letters. */
function wrappedProse(block: Line[]): boolean {
  return block.some((l, k) => {
    const before = block[k - 1];
    return !!before && before.text.length >= WRAP_WIDTH && !/[.;:!?,。；：]$/.test(before.text) && /^\p{Ll}/u.test(l.text);
  });
}

/** The longest untitled line read as an item whose bullet was lost; a longer one is prose. */
const MAX_PLAIN_ITEM = 250;

/** True when a single line between blank lines reads as an item of a list section. */
function loneItem(l: Line, listSection: boolean): boolean {
  if (!listSection || l.bullet || l.indent >= 2 || /[:：]$/.test(l.text)) return false;
  if (TITLED_PARAGRAPH.test(l.text)) return l.text.length <= MAX_LOST_ITEM;
  return l.text.length <= MAX_PLAIN_ITEM;
}

/** Parses a plain-text body into the builder; `offset` is the number of lines before the body. */
export function parseTextBody(body: string, offset: number, builder: DocumentBuilder, vocab: Vocabulary): void {
  const lines = readLines(body, offset, vocab);
  // A button or link of the page the text was copied from ("Show more", "Sign in"), or a page's
  // number ("Page 1 of 2"), parts blocks like a blank line.
  for (const l of lines) if (!l.blank && l.text.length <= 40 && !isPageEnd(l.text, vocab) && isChrome(l.text, vocab)) l.blank = true;
  let block: Line[] = [];
  let underHeading = false;
  let previousWasHeading = false;
  let listSection = false;
  /** The current section has a bulleted list. */
  let bulleted = false;
  // Single-line paragraphs shaped like items, held until we know whether two or more follow in a row.
  let pending: Line[] = [];
  const flushPending = () => {
    if (pending.length >= 2) builder.appendItems(pending.map((l) => item(l.text, l.line)), false);
    else for (const l of pending) builder.paragraph([{ text: l.text, line: l.line }]);
    pending = [];
  };
  const flush = () => {
    // Several blank lines in a row end nothing more than one does.
    if (!block.length) return;
    const only = block.length === 1 ? block[0] : undefined;
    if (only && loneItem(only, listSection)) {
      pending.push(only);
      block = [];
      return;
    }
    flushPending();
    if (block.length) {
      // Once a section's writer has marked its items with bullets, a later block without them is not its list.
      const unmarked = bulleted && !block.some((l) => l.bullet);
      emitBlock(block, !unmarked && (underHeading || listSection), builder, vocab);
      bulleted ||= block.some((l) => l.bullet);
      // A lead-in paragraph ("Main duties will include:") makes the lines after it items; any other
      // paragraph ends the run of items whose bullets were lost.
      // After a block of several lines, single lines are prose again: items whose bullets were lost
      // come in a run of single lines from the heading or lead-in on.
      const last = block[block.length - 1] as Line;
      listSection = block.length === 1 && !!leadInKind(last.text, vocab);
    }
    block = [];
  };
  lines.forEach((l, i) => {
    // The page's list of other jobs ("Similar jobs") ends the posting.
    if (!l.blank && isPageEnd(l.text, vocab)) {
      flush();
      flushPending();
      builder.endsAt(l.text);
      return;
    }
    if (l.blank) return flush();
    if (isHeading(lines, i, previousWasHeading, vocab, listSection)) {
      flush();
      flushPending();
      builder.heading(l.text.replace(/[:：]$/, ''), 2, l.line);
      const named = headingMatch(l.text, vocab);
      listSection = !!named && LIST_KINDS.has(named.kind);
      underHeading = true;
      bulleted = false;
      previousWasHeading = true;
      return;
    }
    previousWasHeading = false;
    block.push(l);
  });
  flush();
  flushPending();
}
