import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces } from '../../src/extractors/classify.js';
import { markedPreferred } from '../../src/extractors/sections.js';
import { classifyHeading, classifyLeadIn } from '../../src/patterns/headings.js';
import { recordOf } from '../helpers.js';

describe('section headings', () => {
  it.each([
    ["What you'll do", 'responsibilities'], ['Your mission', 'responsibilities'], ['Aufgaben', 'responsibilities'],
    ['Vos missions', 'responsibilities'], ['Must have', 'qualifications'], ['Dein Profil', 'qualifications'],
    ['Requisitos', 'qualifications'], ['Nice to have', 'preferred'], ['Bonus points', 'preferred'], ['Preferred Qualifications', 'preferred'],
    ['Perks', 'benefits'], ['What we offer', 'benefits'], ['Unser Angebot', 'benefits'], ['Ce que nous offrons', 'benefits'],
    ['How to apply', 'application'], ['About Acme', 'company'], ['Who we are', 'company'], ['Job Overview', 'overview'],
    ['Technical Skills Required', 'skills'], ['Required Skills & Experience', 'qualifications'], ['Compensation & Benefits', 'benefits'],
  ])('%s → %s', (heading, kind) => expect(classifyHeading(heading)).toBe(kind));
  it('does not classify sentences', () => {
    expect(classifyHeading('This sentence mentions responsibilities but is far too long to be a heading at all')).toBeNull();
  });
  it('classifies lead-ins by their last sentence', () => {
    expect(classifyLeadIn('The ideal candidate should have knowledge of:')).toBe('qualifications');
    expect(classifyLeadIn("We're a small team. You'll get:")).toBe('benefits');
    expect(classifyLeadIn("You'll get experience working with:")).toBeNull();
    expect(classifyLeadIn('No colon here')).toBeNull();
  });
  it('marks items that are only preferred, but not for a detail in parentheses', () => {
    expect(markedPreferred('International experience a plus')).toBe(true);
    expect(markedPreferred('Bonus: Rust')).toBe(true);
    expect(markedPreferred('Python (von Vorteil: Go)')).toBe(false);
  });
});

describe('record lists', () => {
  it('files items by their section, inherits the kind into sub-headings, and moves marked items to preferred', () => {
    const r = recordOf([
      '# Engineer', '', '## What you will do', '', '- Build', '- Ship', '',
      '## We are looking for', '', '**Core skills:**', '', '* Go', '* SQL', '* Kafka is a plus', '',
      '**Nice to have:**', '', '* Rust', '', '## Perks', '', '- Lunch', '', '## How to apply', '', '1. Send CV', '2. Interview',
    ].join('\n'));
    expect(r.responsibilities).toEqual(['Build', 'Ship']);
    expect(r.qualifications.required).toEqual(['Go', 'SQL']);
    expect(r.qualifications.preferred).toEqual(['Kafka is a plus', 'Rust']);
    expect(r.benefits).toEqual(['Lunch']);
    expect(r.applicationProcess).toEqual(['Send CV', 'Interview']);
  });
  it('keeps every section, including unknown ones, with nested items', () => {
    const r = recordOf('# T\n\n## Culture\n\n- **Candor:** honest\n  - always\n\nClosing words.\n');
    const culture = r.sections.find((s) => s.heading === 'Culture');
    expect(culture?.kind).toBe('other');
    expect(culture?.entries[0]?.items[0]?.text).toBe('always');
    expect(culture?.text).toContain('Closing words.');
  });
});

describe('isJobPosting', () => {
  it('keeps a posting without salary or apply link', () => {
    const r = recordOf('# Data Engineer\n\nWe are looking for a Data Engineer.\n\n## Responsibilities\n\n- Build pipelines\n\n## Requirements\n\n- SQL\n');
    expect(r.isJobPosting).toBe(true);
    expect(r.confidence).toBeGreaterThan(0.5);
  });
  it('leaves out articles, templates and handbooks, with reasons', () => {
    const article = recordOf("---\ntitle: Why I left my job\nauthor: Sam\n---\n\nI quit my job last year. My manager was great, but I wanted more. I think you should too.\n");
    expect(article.isJobPosting).toBe(false);
    const template = recordOf('# Job Description Template\n\n## Responsibilities\n\n- [Responsibility 1]\n- [Responsibility 2]\n- [Responsibility 3]\n');
    expect(template.isJobPosting).toBe(false);
    expect(template.classification.reasons.some((x) => x.includes('template'))).toBe(true);
    const handbook = recordOf('# Interviewing for an iOS position\n\n## Structure\n\n- Introduce yourself\n\n## Technical Questions\n\n- What is a closure?\n');
    expect(handbook.isJobPosting).toBe(false);
    expect(handbook.diagnostics.map((d) => d.code)).toContain('not-a-posting');
  });
});

describe('pieces (the classifier word count)', () => {
  it('counts what text.split(/\\s+/) would, for every kind of white space', () => {
    const unit = fc.constantFrom('a', 'é', 'я', ' ', '\t', '\n', '\r', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', 'x');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (s) => {
      expect(pieces(s)).toBe(s.split(/\s+/).length);
    }), { numRuns: 2000 });
  });
});
