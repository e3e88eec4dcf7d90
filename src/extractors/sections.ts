/**
 * Gives every section a kind (responsibilities, qualifications, preferred, skills, benefits,
 * application, company, overview, details, other) and builds the record's lists from them.
 *
 * A sub-heading with no kind of its own inherits its parent's list kind ("**Core skills:**"
 * under "We are looking for" stays qualifications); a lead-in sentence ending in a colon gives
 * its list a kind of its own; items marked "a plus" / "nice to have" / "bonus" are preferred.
 * Every word of the body stays in `sections`.
 */
import { appendAll } from '../arrays.js';
import { fold, hasLexicon, type Vocabulary } from '../lexicons/index.js';
import { headingKind, headingMatch, leadInKind, LIST_KINDS, markedPreferred, wholePhrase, type HeadingMatch } from '../patterns/headings.js';
import { hasRoleWord } from '../patterns/roles.js';
import { paragraphText, parseField, type Block, type DocSection, type Document, type Item } from '../parsers/document.js';
import type { Section, SectionEntry, SectionKind } from '../schema/record.js';

export interface ClassifiedSection {
  heading: DocSection['heading'];
  kind: SectionKind;
  level: number;
  line: number;
  blocks: Block[];
  /** The kind of each list block (by index in `blocks`): its lead-in's kind, else the section's. */
  listKinds: Map<number, SectionKind>;
}


function combine(own: SectionKind | null, parent: SectionKind | undefined): SectionKind {
  if (!own) return parent && LIST_KINDS.has(parent) ? parent : 'other';
  if (parent === 'qualifications' && (own === 'skills' || own === 'details')) return 'qualifications';
  if (parent === 'preferred' && (own === 'qualifications' || own === 'skills')) return 'preferred';
  if (parent === 'benefits' && own === 'compensation') return 'benefits';
  return own;
}

/** True when a heading is a hiring phrase followed by a role: "We are looking for a Night Nurse". */
function namesTheRole(heading: string, match: HeadingMatch, vocab: Vocabulary): boolean {
  const hiring = vocab.hiring.find(fold(heading));
  if (hiring) return hasRoleWord(heading.slice(hiring.index + hiring.text.length), vocab);
  // "Full Stack Developer — Valencia": a role whose words only touch a section's name ("stack").
  return match.coverage < MENTION_COVERAGE && hasRoleWord(heading, vocab);
}

/** Below this share of a heading, a section's word is a mention, not the heading's subject. */
const MENTION_COVERAGE = 0.3;

/** Two or more items that are all short `Label: value` facts, one label at least a known field's. */
function factList(items: Item[], vocab: Vocabulary): boolean {
  if (items.length < 2) return false;
  const fields = items.map((it) => parseField(it.text, it.line));
  if (!fields.every((f) => f && f.value.length <= 60 && f.label.split(/\s+/).length <= 3)) return false;
  // Labels of requirements ("Experience: 3 years", "Education: …") make a list of requirements, not of facts.
  const keys = fields.map((f) => (f ? vocab.labels.leftmost(fold(f.label)) : null)).filter((m) => m?.index === 0).map((m) => m?.key);
  return keys.some((k) => k !== 'experience' && k !== 'education');
}

/** An item closed by a mark in brackets that it is required or preferred: "Customer service: 2 years (Required)". */
function bracketMark(text: string, vocab: Vocabulary): boolean {
  const inner = /[(（]([^()（）]{2,30})[)）][\s.]*$/u.exec(text)?.[1];
  if (!inner) return false;
  const f = fold(inner).trim();
  return [vocab.required, vocab.preferredWeak].some((set) => wholePhrase(f, set));
}

/** Two or more items, most closed by such a mark: a form's list of what a candidate needs, whatever its heading ("Experience:", "Licence/Certification:"). */
function markedList(items: Item[], vocab: Vocabulary): boolean {
  return items.length >= 2 && items.filter((it) => bracketMark(it.text, vocab)).length * 2 > items.length;
}

/** Two or more short items, most of them forms of employment ("Employees", "Freelancers", "社員", "フリーランサー、個人事業主"): who may apply, not what they must bring. */
function typeList(items: Item[], vocab: Vocabulary): boolean {
  if (items.length < 2 || items.some((it) => it.text.length > 40 || it.text.split(/\s+/).length > 5)) return false;
  return items.filter((it) => vocab.employment.first(fold(it.text))).length * 2 > items.length;
}

/** The order in which postings give their lists, in every language: what the job is, what it asks, what it offers. */
const LIST_ORDER: readonly SectionKind[] = ['responsibilities', 'qualifications', 'benefits'];
/**
 * Where a known list kind stands in that order: preferred and skills with the requirements, and a
 * list under the description ("Opis posla") with the duties, which it gives when no list of duties does.
 */
const ORDER_OF: Partial<Record<SectionKind, number>> = { overview: 0, responsibilities: 0, qualifications: 1, preferred: 1, skills: 1, benefits: 2 };
/** The last line a heading may stand on to be the posting's name at the very top. */
const TOP_LINE = 2;

/**
 * A posting in a language no table reads (Greek, Arabic, Romanian …) names its sections in words
 * nothing here knows. Its headed lists are taken in the order postings give them: duties,
 * requirements, what is offered — all of them when none was read and there are two or three;
 * else the unread ones between two read ones, when they fill exactly the places left there
 * ("?", "?", benefits → duties, requirements), and those after the last read one, the places
 * that follow it (duties, "?" → requirements). The facts listed under the name at the very top
 * ("Acme OÜ" / "Tallinn") are no list of the three.
 */
function byOrder(classified: ClassifiedSection[]): void {
  const lists = classified.flatMap((c) =>
    c.heading ? [...c.listKinds.entries()].filter(([i]) => !(i === 0 && (c.heading?.line ?? Infinity) <= TOP_LINE)).map(([i, kind]) => ({ c, i, kind })) : [],
  );
  const unread = lists.filter((l) => l.kind === 'other');
  if (!unread.length) return;
  if (unread.length === lists.length) {
    if (lists.length >= 2 && lists.length <= LIST_ORDER.length) lists.forEach(({ c, i }, n) => c.listKinds.set(i, LIST_ORDER[n] as SectionKind));
    return;
  }
  // Runs of unread lists between read ones, each with the places of the order left between them.
  let from = -1;
  let run: typeof lists = [];
  for (const l of [...lists, null]) {
    const at = l ? ORDER_OF[l.kind] : LIST_ORDER.length;
    if (l && at === undefined) {
      if (l.kind === 'other') run.push(l);
      else run = [];
      continue;
    }
    // After the last read list, unread ones take the places that follow in order: a posting may end
    // without saying what it offers, seldom without saying what it asks ("Náplň práce" read, then "Požiadavky").
    const places = (at as number) - from - 1;
    if (run.length && (run.length === places || (!l && from >= 0 && run.length < places))) run.forEach(({ c, i }, n) => c.listKinds.set(i, LIST_ORDER[from + 1 + n] as SectionKind));
    from = at as number;
    run = [];
  }
}

/** The share of a list's items that must ask for experience or a degree to make it a list of requirements. */
const ASKING_SHARE = 0.4;

/** Two or more items, enough of which ask for experience or a degree ("3+ years of experience in …", "A degree in …"). */
function askingItems(items: Item[], vocab: Vocabulary): boolean {
  if (items.length < 2) return false;
  const asking = items.filter((it) => {
    const f = fold(it.text);
    return vocab.experienceWords.test(f) || vocab.education.first(f) !== null;
  }).length;
  return asking >= Math.max(2, items.length * ASKING_SHARE);
}

/**
 * A section's name alone, with a colon, standing as a paragraph before a list ("Responsibilities:"
 * on a `<br>`-parted page, "Ihre Aufgaben:" inside a paragraph block): the list is that section's.
 */
function namedLeadIn(paragraph: string, vocab: Vocabulary): SectionKind | null {
  const p = paragraph.trim();
  if (!/[:：]$/.test(p) || p.split(/\s+/).length > 6) return null;
  const match = headingMatch(p, vocab);
  return match && match.coverage >= 0.6 && LIST_KINDS.has(match.kind) ? match.kind : null;
}

export function classifySections(doc: Document, vocab: Vocabulary): ClassifiedSection[] {
  const stack: { level: number; kind: SectionKind }[] = [];
  let emptyOpener: { level: number; kind: SectionKind } | null = null;
  const classified = doc.sections.map((s) => {
    const level = s.heading?.level ?? 0;
    let kind: SectionKind;
    if (!s.heading) kind = 'overview';
    else {
      while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
      // An opener with sub-headings of its own is their parent; its siblings are not its parts.
      if (emptyOpener && level > emptyOpener.level) emptyOpener = null;
      // A heading that reads as a lead-in ("Was wir bieten:") counts as one, if it is short.
      const short = s.heading.text.split(/\s+/).length <= 6;
      const match = headingMatch(s.heading.text, vocab);
      // "We are looking for a Data Engineer" names the role (a title), not the requirements.
      const namesRole = !!match && !/[:：]$/.test(s.heading.text) && namesTheRole(s.heading.text, match, vocab);
      const own = namesRole ? 'overview' : (match?.kind ?? (short ? leadInKind(s.heading.text.replace(/[:：]?$/, ':'), vocab) : null));
      // An empty list heading followed by headings of its level without a kind of their own
      // ("Key Responsibilities", then "Prompt Design", "Evaluation", … each with its items), or only
      // a kind of facts ("Requirements", then "Conditions of Employment"): they are its parts.
      const part = !own || own === 'details';
      const parent = stack[stack.length - 1]?.kind ?? (part && emptyOpener?.level === level ? emptyOpener.kind : undefined);
      kind = combine(own, parent);
      stack.push({ level, kind });
      if (own) emptyOpener = LIST_KINDS.has(kind) && s.blocks.length === 0 ? { level, kind } : null;
    }
    const listKinds = new Map<number, SectionKind>();
    s.blocks.forEach((b, i) => {
      if (b.type !== 'list') return;
      const prev = s.blocks[i - 1];
      const prevText = prev?.type === 'paragraph' ? paragraphText(prev) : '';
      const lastLine = prev?.type === 'paragraph' ? (prev.lines[prev.lines.length - 1]?.text ?? '') : '';
      const lead = prevText ? (leadInKind(prevText, vocab) ?? namedLeadIn(lastLine, vocab)) : null;
      if (lead) listKinds.set(i, combine(lead, kind === 'other' || kind === 'overview' || kind === 'company' ? undefined : kind));
      // Items closed by "(Required)" or "(Preferred)" are what a candidate needs, though written as facts.
      else if (markedList(b.items, vocab)) listKinds.set(i, 'qualifications');
      // A list of facts ("Employment type: Full-time", "Seniority level: Senior") is details, wherever it stands.
      else if (factList(b.items, vocab) || typeList(b.items, vocab)) listKinds.set(i, 'details');
      // A lead-in we cannot read, under a pseudo-heading (a bold line, a sentence), announces some other list.
      else if (/[:：]$/.test(prevText) && level === 7) listKinds.set(i, 'other');
      else listKinds.set(i, kind);
    });
    return { heading: s.heading, kind, level, line: s.heading?.line ?? s.blocks[0]?.line ?? 1, blocks: s.blocks, listKinds };
  });
  // A posting without a requirements section the tables name may give them under a heading of its
  // own ("What would make you great here?"): a list there whose items ask for experience or a
  // degree is the requirements, in any language the tables know those words in.
  if (!hasLexicon(doc.language)) byOrder(classified);
  const asks = (k: SectionKind) => k === 'qualifications' || k === 'preferred';
  if (classified.some((c) => asks(c.kind) || [...c.listKinds.values()].some(asks))) return classified;
  for (const c of classified) {
    if (!c.heading) continue;
    c.blocks.forEach((b, i) => {
      if (b.type === 'list' && c.listKinds.get(i) === 'other' && askingItems(b.items, vocab)) c.listKinds.set(i, 'qualifications');
    });
  }
  return classified;
}

/**
 * The kind of every line: an item's is its list's kind, any other line's its section's — but a
 * paragraph after the list of a list section ("Preferred Qualifications", its items, then "The
 * base pay for this role is …") is no longer part of what the list holds, and is `other`.
 */
/**
 * The kind of each unit of text, by line and, where one line holds several units (a posting
 * flattened into one line and cut at its headings), by line and text.
 */
export class LineKinds {
  private readonly byLine = new Map<number, Array<{ text: string; kind: SectionKind }>>();

  set(line: number, text: string, kind: SectionKind): void {
    const units = this.byLine.get(line);
    if (units) units.push({ text, kind });
    else this.byLine.set(line, [{ text, kind }]);
    this.indexes.delete(line);
  }

  /** The kind of the unit `text` at `line` when it is known, else of the line's last unit. */
  get(line: number, text?: string): SectionKind | undefined {
    const units = this.byLine.get(line);
    if (!units) return undefined;
    if (units.length > 1 && text !== undefined) {
      if (units.length <= 8) {
        for (let i = units.length - 1; i >= 0; i--) if ((units[i] as { text: string }).text === text) return (units[i] as { kind: SectionKind }).kind;
      } else {
        // A line cut into many units (a flattened posting): look them up by text, not one by one.
        let index = this.indexes.get(line);
        if (!index || index.size === 0) {
          index = new Map(units.map((u) => [u.text, u.kind] as const));
          this.indexes.set(line, index);
        }
        const kind = index.get(text);
        if (kind !== undefined) return kind;
      }
      // A unit not found on a line of several kinds (a minified page holds the whole posting on one
      // line): its kind is not known, rather than the line's last unit's.
      const last = (units[units.length - 1] as { kind: SectionKind }).kind;
      return units.every((u) => u.kind === last) ? last : undefined;
    }
    return (units[units.length - 1] as { kind: SectionKind }).kind;
  }

  private readonly indexes = new Map<number, Map<string, SectionKind>>();
}

export function lineKinds(sections: ClassifiedSection[]): LineKinds {
  const kinds = new LineKinds();
  for (const s of sections) {
    if (s.heading) kinds.set(s.heading.line, s.heading.text, s.kind);
    let listSeen = false;
    s.blocks.forEach((b, i) => {
      if (b.type === 'paragraph') {
        const kind = listSeen && LIST_KINDS.has(s.kind) ? 'other' : s.kind;
        for (const l of b.lines) kinds.set(l.line, l.text, kind);
        kinds.set(b.line, paragraphText(b), kind);
      } else {
        listSeen = true;
        const kind = s.listKinds.get(i) ?? s.kind;
        const mark = (items: Item[]) => items.forEach((it) => {
          kinds.set(it.line, it.text, kind);
          mark(it.items);
        });
        mark(b.items);
      }
    });
  }
  return kinds;
}

/** An item as one line of text: a parent with children reads "Parent: child; child". */
export function itemText(it: Item): string {
  if (!it.items.length) return it.text;
  const head = it.text.replace(/[:：]\s*$/, '');
  const kids = it.items.map(itemText).join('; ');
  return head ? `${head}: ${kids}` : kids;
}

/** Top-level items of every list of the given kind, in document order, with their lines. */
export function itemsOfKind(sections: ClassifiedSection[], kind: SectionKind): Item[] {
  const out: Item[] = [];
  for (const s of sections) s.blocks.forEach((b, i) => b.type === 'list' && s.listKinds.get(i) === kind && appendAll(out, b.items));
  return out;
}

export interface SectionLists {
  responsibilities: Item[];
  required: Item[];
  preferred: Item[];
  skills: Item[];
  benefits: Item[];
  application: Item[];
}

/**
 * A qualifications item that is a heading in disguise ("Nice to have:" with sub-items) gives its
 * sub-items to the preferred list; other items go by their own marks.
 */
function splitQualifications(items: Item[], vocab: Vocabulary): { required: Item[]; preferred: Item[] } {
  const required: Item[] = [];
  const preferred: Item[] = [];
  for (const it of items) {
    if (it.items.length && headingKind(it.text, vocab) === 'preferred') appendAll(preferred, it.items);
    else if (markedPreferred(itemText(it), vocab)) preferred.push(it);
    else required.push(it);
  }
  return { required, preferred };
}

/**
 * The record's lists. A posting without a responsibilities list whose description section is a
 * list ("Job Description:" and a line per duty) has its duties there.
 */
export function sectionLists(sections: ClassifiedSection[], vocab: Vocabulary): SectionLists {
  const qualifications = splitQualifications(itemsOfKind(sections, 'qualifications'), vocab);
  const duties = itemsOfKind(sections, 'responsibilities');
  return {
    responsibilities: duties.length ? duties : itemsOfKind(sections.filter((x) => x.heading), 'overview').filter((it) => it.text.length >= 15),
    required: qualifications.required,
    preferred: [...itemsOfKind(sections, 'preferred'), ...qualifications.preferred].sort((a, b) => a.line - b.line),
    skills: itemsOfKind(sections, 'skills'),
    benefits: itemsOfKind(sections, 'benefits'),
    application: itemsOfKind(sections, 'application'),
  };
}

/** The record list each kind of section fills. */
const LIST_OF_KIND: Partial<Record<SectionKind, keyof SectionLists>> = {
  responsibilities: 'responsibilities', qualifications: 'required', preferred: 'preferred', skills: 'skills', benefits: 'benefits', application: 'application',
};
/** The most items read from one front-matter list, and the longest item. */
const MAX_FM_ITEMS = 100;
const MAX_FM_ITEM = 500;

/** The record list a key or a label names by the section it names in any language ("requirements", "Ihre Aufgaben"), or undefined. */
function listNamed(name: string, vocab: Vocabulary): keyof SectionLists | undefined {
  const m = headingMatch(name, vocab);
  return m && m.coverage >= 0.6 ? LIST_OF_KIND[m.kind] : undefined;
}

/** Items of a list written on one line (a key's or a label's), each cut to the longest item kept. */
function itemsOn(texts: readonly string[], line: number): Item[] {
  return texts.map((text) => ({ text: text.slice(0, MAX_FM_ITEM), line, items: [], links: [] }));
}

/**
 * Lists a page keeps in its front matter ("responsibilities:", "requirements:", "perks:" as YAML
 * lists of strings), by the section a key names in any language, for the lists the body leaves
 * empty. Each item stands on its key's line.
 */
export function frontMatterLists(lists: SectionLists, doc: Document, vocab: Vocabulary): Array<keyof SectionLists> {
  const filled: Array<keyof SectionLists> = [];
  for (const [key, value] of Object.entries(doc.frontMatter ?? {})) {
    if (!Array.isArray(value) || !value.length || !value.every((v) => typeof v === 'string')) continue;
    const list = listNamed(key.replace(/[_-]+/g, ' '), vocab);
    if (!list || lists[list].length || filled.includes(list)) continue;
    lists[list] = itemsOn((value as string[]).slice(0, MAX_FM_ITEMS).map((text) => text.trim()), doc.frontMatterLines[key] ?? 1).filter((it) => it.text);
    filled.push(list);
  }
  return filled;
}

/** The most words in one item of a labelled list ("Requirements: SQL, Python, 3 years in retail"). */
const FIELD_PART_WORDS = 8;

/**
 * Lists a page gives as a label and its items on one line ("Requirements: SQL, Python", a table
 * row "応募資格 | 普通自動車免許、社会人経験3年以上"), by the section the label names in any
 * language, for the lists the body leaves empty: two or more items of a few words each, parted
 * by semicolons or commas. They fill the record's lists after the document is judged a posting
 * or not: a CV's "Skills: Python, SQL" says nothing of a job.
 */
export function fieldLists(lists: SectionLists, doc: Document, vocab: Vocabulary): Array<keyof SectionLists> {
  const filled: Array<keyof SectionLists> = [];
  for (const f of doc.fields) {
    const list = listNamed(f.label, vocab);
    const value = f.value.trim().replace(/[.。]$/u, '');
    if (!list || !value || (lists[list].length && !filled.includes(list))) continue;
    const byStop = value.split(/\s*[;；]\s*/u);
    const byComma = value.split(/\s*[,，、]\s*/u);
    // A sentence with a comma in it ("下午茶、周末双休都很开心哦！") is one item.
    // Parts that open with "and" or close with "!" are a sentence's clauses ("…, and you will need a licence").
    const clause = (p: string) => /[!?！？]$/u.test(p) || vocab.conjunctions.find(fold(p))?.index === 0;
    const short = (parts: string[]) => parts.length > 1 && parts.every((p) => p && p.split(/\s+/).length <= FIELD_PART_WORDS && !clause(p));
    // A value of one part is prose under a label ("Desired qualifications: The applicant should have …"), not a list.
    // Semicolons part a sentence's clauses too: three parts or more make a list of them.
    const parts = byStop.length > 2 && short(byStop) ? byStop : byStop.length === 1 && short(byComma) ? byComma : null;
    if (!parts) continue;
    lists[list] = [...lists[list], ...itemsOn(parts, f.line)];
    if (!filled.includes(list)) filled.push(list);
  }
  return filled;
}

function entry(it: Item): SectionEntry {
  return { text: it.text, line: it.line, items: it.items.map(entry) };
}

function entryLines(it: Item, depth: number): string[] {
  return [`${'  '.repeat(depth)}- ${it.text}`, ...it.items.flatMap((c) => entryLines(c, depth + 1))];
}

/** The record's `sections`: every section's text, items and item tree. */
export function recordSections(sections: ClassifiedSection[]): Section[] {
  return sections.map((s) => {
    const text: string[] = [];
    const items: string[] = [];
    const entries: SectionEntry[] = [];
    for (const b of s.blocks) {
      if (b.type === 'paragraph') text.push(paragraphText(b));
      else {
        text.push(b.items.flatMap((it) => entryLines(it, 0)).join('\n'));
        appendAll(items, b.items.map((it) => it.text));
        appendAll(entries, b.items.map(entry));
      }
    }
    return { heading: s.heading?.text ?? null, kind: s.kind, level: s.level, line: s.line, text: text.join('\n\n'), items, entries };
  });
}
