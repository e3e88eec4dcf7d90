import { describe, expect, it } from 'vitest';
import { dedent, parseDocument } from '../../src/parsers/index.js';
import type { List } from '../../src/parsers/document.js';
import { recordOf } from '../helpers.js';

const parse = (text: string, path = 'p.md') => parseDocument(text, path).document;

describe('markdown parser', () => {
  it('makes a section per heading with 1-based lines, counting front matter', () => {
    const doc = parse('---\ntitle: X\n---\n\n# Title\n\n## Duties\n\n- one\n- two\n');
    expect(doc.sections.map((s) => [s.heading?.text, s.heading?.line])).toEqual([['Title', 5], ['Duties', 7]]);
    const list = doc.sections[1]?.blocks[0] as List;
    expect(list.items.map((i) => [i.text, i.line])).toEqual([['one', 9], ['two', 10]]);
  });

  it('reads a field whose value is quoted as code writes it, without the quotes and the comma', () => {
    const doc = parse("export const meta = {\n  title: 'Kiln Technician',\n  location: \"Stoke-on-Trent\";\n}\n\nWe fire pots.\n", 'p.mdx');
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['title', 'Kiln Technician'], ['location', 'Stoke-on-Trent']]);
    // Quotes inside a value are the value's own.
    expect(parse('Title: "Head" Baker\n').fields.map((f) => f.value)).toEqual(['"Head" Baker']);
  });

  it('keeps nested list items as children', () => {
    const doc = parse('## Req\n\n- **Experience:**\n  - 5+ years\n  - SQL\n- Degree\n');
    const list = doc.sections[0]?.blocks[0] as List;
    expect(list.items[0]?.text).toBe('Experience:');
    expect(list.items[0]?.items.map((i) => i.text)).toEqual(['5+ years', 'SQL']);
    expect(list.items[1]?.items).toEqual([]);
  });

  it('reads numbered lists and thematic breaks', () => {
    const doc = parse('## Steps\n\n1. Apply\n2. Interview\n\n---\n\nDone.');
    const list = doc.sections[0]?.blocks[0] as List;
    expect(list.ordered).toBe(true);
    expect(list.items.map((i) => i.text)).toEqual(['Apply', 'Interview']);
  });

  it('reads **Label:** value lines as fields, each with its own line', () => {
    const doc = parse('# T\n**Company:** Acme  \n**Location:** Paris, France  \n');
    expect(doc.fields.map((f) => [f.label, f.value, f.line])).toEqual([['Company', 'Acme', 2], ['Location', 'Paris, France', 3]]);
  });

  it('treats a bold-only line and a lone LABEL: line as pseudo-headings', () => {
    const doc = parse('## We are looking for\n\n**Core skills:**\n\n* C++\n\nRESPONSIBILITIES:\n\n1. Build\n');
    expect(doc.sections.map((s) => [s.heading?.text, s.heading?.level])).toEqual([['We are looking for', 2], ['Core skills:', 7], ['RESPONSIBILITIES:', 7]]);
  });

  it('accepts ATX headings written without a space', () => {
    expect(parse('##Requirements\n* Python\n').sections[0]?.heading?.text).toBe('Requirements');
    expect(parse('#hashtag text\n').sections[0]?.heading).toBeNull();
  });

  it('reads embedded HTML: headings, lists, bold pseudo-headings, entities; drops scripts', () => {
    const html = '<p>Intro &amp; more</p>\n<p><strong>Skills &amp; Qualifications</strong></p>\n<ul>\n<li>Two years</li>\n<li>Teaching</li>\n</ul>\n<script>alert(1)</script>';
    const doc = parse(html);
    expect(doc.sections.map((s) => s.heading?.text ?? null)).toEqual([null, 'Skills & Qualifications']);
    const list = doc.sections[1]?.blocks[0] as List;
    expect(list.items.map((i) => [i.text, i.line])).toEqual([['Two years', 4], ['Teaching', 5]]);
    expect(JSON.stringify(doc.sections)).not.toContain('alert');
  });

  it('keeps link targets so a URL behind "Click Here" is not lost', () => {
    const doc = parse('LINK: [Click Here](https://jobs.example.com/1)\n\nMore text');
    const p = doc.sections[0]?.blocks[0];
    expect(p?.type === 'paragraph' && p.links).toEqual(['https://jobs.example.com/1']);
  });
});

describe('a label heading over a list', () => {
  it('takes the short items of the list as the label\'s value, not only the first', () => {
    const text = '# Bus Driver\n\n## Locations\n\n- Leeds\n- York\n- Hull\n\n## Duties\n\n- Drive routes\n- Check tickets\n';
    expect(parse(text).fields.find((f) => f.label === 'Locations')?.value).toBe('Leeds; York; Hull');
    expect(recordOf(text).locations.map((l) => l.city)).toEqual(['Leeds', 'York', 'Hull']);
    // Items that are sentences are not a value: the first stands alone.
    const long = '# Bus Driver\n\n## Location\n\n- Our depot is in Leeds.\n- Parking is free.\n';
    expect(parse(long).fields.find((f) => f.label === 'Location')?.value).toBe('Our depot is in Leeds.');
  });
  it('takes only the first item under the label of a field that holds one value (a page\'s heading above the title, the employer, the place)', () => {
    const text = '## Job title\n\n- Forklift Driver\n- Harwick Freight Ltd\n- Leeds\n\n## Duties\n\n- Load trucks\n- Check pallets\n';
    expect(parse(text).fields.find((f) => f.label === 'Job title')?.value).toBe('Forklift Driver');
    const r = recordOf(text);
    expect([r.title, r.company, r.locations.map((l) => l.city)]).toEqual(['Forklift Driver', 'Harwick Freight Ltd', ['Leeds']]);
  });
});

describe('a posting pasted indented', () => {
  it('takes off the indentation every line shares, so markdown does not read the posting as one code block', () => {
    const flush = '# Tram Driver\n\n## Duties\n\n- Drive line 4\n- Check tickets\n\n## Requirements\n\n- A tram licence\n';
    const indented = flush.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
    const a = recordOf(flush);
    const b = recordOf(indented);
    expect([b.title, b.responsibilities, b.qualifications.required]).toEqual([a.title, a.responsibilities, a.qualifications.required]);
    expect(b.title).toBe('Tram Driver');
    // Lines stay on their lines; a body with one line not indented keeps its code block.
    expect([b.provenance.title?.line, b.provenance.responsibilities?.line]).toEqual([1, 5]);
    expect(dedent('    code\nprose\n')).toBe('    code\nprose\n');
  });
});

describe('markdown pasted from a page', () => {
  it('reads lines bulleted with symbols markdown does not know ("• …", "・…") as a list', () => {
    const md = '# Night Porter\n\n## Requirements\n\n• Awake at night\n• Polite with guests\n  and with staff\n\n## Benefits\n\n・食事補助\n・交通費支給\n';
    const r = recordOf(md);
    expect(r.qualifications.required).toEqual(['Awake at night', 'Polite with guests and with staff']);
    expect(r.benefits).toEqual(['食事補助', '交通費支給']);
  });

  it('reads markdown\'s own bullets escaped by a document exporter ("\\- …", "\\* …") as a list, one item to a paragraph', () => {
    const md = '# Night Porter\n\n## Duties\n\n\\- Lock up at midnight\n\n\\- Check guests in late\n\n## Requirements\n\n\\* A calm manner\n\n\\* Night shifts\n';
    const r = recordOf(md);
    expect([r.responsibilities, r.qualifications.required]).toEqual([['Lock up at midnight', 'Check guests in late'], ['A calm manner', 'Night shifts']]);
  });

  it('reads a GitHub table of two columns as facts, and only a body with a table goes through the table extension', () => {
    const md = '# Tram Driver\n\n| | |\n|---|---|\n| **Employer** | Northline Transit |\n| **Location** | Aarhus, Denmark |\n| Type | Full-time |\n';
    const doc = parseDocument(md, 'p.md').document;
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Employer', 'Northline Transit'], ['Location', 'Aarhus, Denmark'], ['Type', 'Full-time']]);
    const r = recordOf(md);
    expect([r.company, r.employmentType, r.locations[0]?.city]).toEqual(['Northline Transit', 'full-time', 'Aarhus']);
  });
});
