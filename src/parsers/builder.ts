/**
 * Collects headings, paragraphs and lists in source order into a Document. Both parsers
 * feed it, so the model is built one way whatever the format.
 */
import { appendAll } from '../arrays.js';
import { BULLET_SYMBOLS, numberedCuts, parseField, walkItems, type Block, type DocSection, type Document, type Field, type Item, type TextLine } from './document.js';

/**
 * A bullet symbol inside a line, parting items written in a row: `• Python • SQL`, `・免許 ・経験`.
 * The Japanese middle dot also joins words inside an item ("設計・開発", design and development):
 * it parts items only where it opens the value or follows a space.
 */
const INLINE_BULLET = new RegExp(`\\s*[${BULLET_SYMBOLS.replace(/[・･]/gu, '')}]\\s*|(?:^|\\s+)[・･]\\s*`, 'u');
/** A value that opens with its first bullet. */
const INLINE_BULLET_FIRST = new RegExp(`^\\s*[${BULLET_SYMBOLS}]`, 'u');
/** What an inline list needs: a bullet, a semicolon or a number closed by a mark (a cheap test before the field is read). */
const INLINE_MARK = new RegExp(`[;${BULLET_SYMBOLS}]|\\d[.)、．）]`, 'u');
/** The number opening an item of an inline numbered list: "1) ", "2. ", "3、". */
const NUMBER_OPENING = /^\d{1,2}\s?[、.)）．]\s*/u;

/** A tag in lenticular or full-width brackets inside a run of items: "【必須】", "［歓迎］". */
const ITEM_TAG = /[【［〔]([^】］〕]{1,12})[】］〕]/u;

/**
 * Items in a row cut at the tags among them ("【必須】 ・Go ・SQL 【歓迎】 ・AWS", the parts of a
 * requirements field, joined onto the item before a tag when the page's line breaks were lost):
 * each tag heads the items after it.
 */
function taggedGroups(items: readonly string[]): Array<{ tag: string | null; items: string[] }> {
  const groups: Array<{ tag: string | null; items: string[] }> = [{ tag: null, items: [] }];
  for (const text of items) {
    let rest = text;
    for (let m = ITEM_TAG.exec(rest); m; m = ITEM_TAG.exec(rest)) {
      const before = rest.slice(0, m.index).trim();
      if (before) groups[groups.length - 1]?.items.push(before);
      groups.push({ tag: (m[1] as string).trim(), items: [] });
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest.trim()) groups[groups.length - 1]?.items.push(rest.trim());
  }
  return groups.filter((g) => g.tag || g.items.length);
}

/** How many blocks a page must have shown before a line can end its posting. */
const POSTING_BEFORE_END = 3;

export class DocumentBuilder {
  private readonly sections: DocSection[] = [{ heading: null, blocks: [] }];
  private readonly fields: Field[] = [];
  private blocks = 0;
  private ended = false;

  /**
   * `pageEnd` tells a line that ends the posting on a page ("Similar jobs"): nothing after it is
   * read. `namesList` tells a label that names a section of items ("Requirements", "応募資格").
   */
  constructor(
    private readonly pageEnd: ((text: string) => boolean) | null = null,
    private readonly namesList: ((label: string) => boolean) | null = null,
  ) {}

  /** True, and the posting ends here, when a line is the page's end of the posting after enough of it. */
  endsAt(text: string): boolean {
    if (!this.ended && this.blocks >= POSTING_BEFORE_END && this.pageEnd?.(text)) this.ended = true;
    return this.ended;
  }

  private get current(): DocSection {
    return this.sections[this.sections.length - 1] as DocSection;
  }

  heading(text: string, level: number, line: number): void {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (!clean || this.endsAt(clean)) return;
    this.sections.push({ heading: { text: clean, level, line }, blocks: [] });
  }

  paragraph(lines: TextLine[], links: string[] = []): void {
    const kept = lines.map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), line: l.line })).filter((l) => l.text);
    const first = kept[0];
    if (!first || this.endsAt(first.text) || this.ended) return;
    let run: TextLine[] = [];
    const close = () => {
      const head = run[0];
      if (head) this.push({ type: 'paragraph', line: head.line, lines: run, links });
      for (const l of run) this.field(l.text, l.line);
      run = [];
    };
    for (const l of kept) {
      const inline = this.inlineList(l);
      if (!inline) {
        run.push(l);
        continue;
      }
      close();
      this.heading(inline.label, 7, l.line);
      if (inline.lead) this.push({ type: 'paragraph', line: l.line, lines: [{ text: inline.lead, line: l.line }], links: [] });
      for (const group of taggedGroups(inline.items)) {
        if (group.tag) this.heading(group.tag, 7, l.line);
        if (group.items.length) this.list(group.items.map((t) => item(t, l.line)), false);
      }
    }
    close();
  }

  /**
   * A section's name and its items written in one line ("Requirements: • Python • SQL", a table
   * row "応募資格 | ・免許 ・経験3年"): the section's name and the items, or null.
   */
  private inlineList(l: TextLine): { label: string; lead: string | null; items: string[] } | null {
    if (!this.namesList || !INLINE_MARK.test(l.text)) return null;
    const field = parseField(l.text, l.line);
    if (!field || !this.namesList(field.label)) return null;
    const value = field.value;
    let items: string[] = [];
    if (INLINE_BULLET.test(value)) items = value.split(INLINE_BULLET);
    else {
      // "Responsibilities: 1) Load the van 2) Deliver parcels", "Duties: invoices; reconciliations; VAT returns."
      const cuts = numberedCuts(value);
      if (cuts.length >= 2) items = cuts.map((c, k) => value.slice(c, cuts[k + 1]).replace(NUMBER_OPENING, ''));
      else if ((value.match(/;/g) ?? []).length >= 2) items = value.split(';').map((t) => t.replace(/[.。]\s*$/u, ''));
    }
    items = items.map((t) => t.trim()).filter(Boolean);
    // A sentence before the first bullet ("自社SaaSの開発をお任せします。 ・API …") leads the list in; it is no item.
    const lead = items.length > 2 && !INLINE_BULLET_FIRST.test(value) && /[.。!！:：]$/u.test(items[0] as string) ? (items.shift() as string) : null;
    return items.length >= 2 ? { label: field.label, lead, items } : null;
  }

  list(items: Item[], ordered: boolean): void {
    const first = items[0];
    if (!first || this.ended) return;
    this.push({ type: 'list', line: first.line, ordered, items });
    for (const { item } of walkItems(items)) this.field(item.text, item.line);
  }

  /** Appends items to the current section's last list when it is one, else starts a list. */
  appendItems(items: Item[], ordered: boolean): void {
    const last = this.current.blocks[this.current.blocks.length - 1];
    if (this.ended) return;
    if (last?.type === 'list') {
      appendAll(last.items, items);
      for (const { item } of walkItems(items)) this.field(item.text, item.line);
    } else this.list(items, ordered);
  }

  build(parts: Pick<Document, 'format' | 'language' | 'frontMatter' | 'frontMatterLines' | 'text' | 'structured' | 'meta'>): Document {
    const sections = this.sections.filter((s, i) => i > 0 || s.blocks.length > 0);
    return { ...parts, sections, fields: this.fields, headers: [] };
  }

  private push(block: Block): void {
    this.current.blocks.push(block);
    this.blocks++;
  }

  private field(text: string, line: number): void {
    const f = parseField(text, line);
    if (f) this.fields.push(f);
  }
}

/** Makes a list item. */
export function item(text: string, line: number, items: Item[] = [], links: string[] = []): Item {
  return { text: text.replace(/\s+/g, ' ').trim(), line, items, links };
}
