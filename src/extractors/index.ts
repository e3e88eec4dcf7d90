/**
 * Builds the record's fields from a Document. The order of extraction matters only where one
 * field reads another: places before salary (a bare `$` in Canada is CAD), company before title
 * (to split "Title - Company" headings), title before employment and workplace type.
 */
import type { Vocabulary } from '../lexicons/index.js';
import type { Document } from '../parsers/document.js';
import type { JobPosting, Provenance } from '../schema/record.js';
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import { classify } from './classify.js';
import { frontMatterConflicts } from './conflicts.js';
import { unknownKeys } from './keys.js';
import { extractCompany } from './company.js';
import type { Decisions } from './candidates.js';
import { makeContext, type Found } from './context.js';
import { postedFields } from '../patterns/dates.js';
import { extractDatePosted, extractValidThrough, impossibleDates } from './dates.js';
import { extractDepartment, extractReportsTo, extractSummary } from './details.js';
import { extractEducation } from './education.js';
import { extractEmploymentType } from './employment.js';
import { extractExperience } from './experience.js';
import { fingerprintOf } from './fingerprint.js';
import { extractLocations, placeOfInstitution } from './location.js';
import { extractSalary } from './salary.js';
import { fieldLists, frontMatterLists, itemText, recordSections, sectionLists } from './sections.js';
import { extractTitle } from './title.js';
import { extractUrl } from './url.js';
import { extractWorkplace } from './workplace.js';

/** Every field of the record that comes from the document (not `source`, `id` or `diagnostics`). */
export type ExtractedFields = Omit<JobPosting, 'schemaVersion' | 'id' | 'source' | 'diagnostics'>;

/**
 * Zero-width spaces and bidi controls have no place in an extracted value. The zero-width
 * non-joiner and joiner (U+200C, U+200D) stay: Persian, Kurdish and Indic words are spelled with them
 * ("برنامه‌نویس" is one word, "برنامهنویس" a misspelling).
 */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const tidy = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

/**
 * Extracts every field of a document read with `vocab`. With `explain`, the candidate decisions
 * behind each field come back too (for `jobnorm explain`).
 */
export function extractFields(doc: Document, vocab: Vocabulary, explain = false, minProbability?: number): { fields: ExtractedFields; diagnostics: Diagnostic[]; decisions: Decisions | null } {
  const ctx = makeContext(doc, vocab, explain);
  const provenance: Provenance = {};
  const note = <T>(field: string, found: Found<T> | null): T | null => {
    if (!found) return null;
    provenance[field] = { line: found.line, from: found.from };
    return found.value;
  };

  const placed = extractLocations(ctx);
  const where = note('locations', placed);
  const locations = where?.locations ?? [];
  const countries = locations.map((l) => l.country).filter((c): c is string => !!c);
  // A first guess at the title lets "Role at Company" give the company. The company changes the
  // title only through a heading that contains it ("Title - Company - Place"), so only then is
  // the title read again.
  const firstTitle = extractTitle(ctx, null);
  const company = note('company', extractCompany(ctx, firstTitle?.value ?? null));
  // A posting that names no place of its own, from a public institution named after its town: that town.
  if (company && !locations.length && where?.workplace !== 'remote') {
    const place = placeOfInstitution(ctx, company);
    if (place) {
      locations.push(place);
      if (place.country) countries.push(place.country);
      if (provenance.company) provenance.locations = provenance.company;
    }
  }
  const c = company?.toLowerCase();
  const again = c && (firstTitle?.value.toLowerCase().includes(c) || firstTitle?.written.toLowerCase().includes(c) || ctx.sections.some((s) => s.heading?.text.toLowerCase().includes(c)));
  const titled = again ? extractTitle(ctx, company) : firstTitle;
  const title = note('title', titled);
  const employmentType = note('employmentType', extractEmploymentType(ctx, titled?.written ?? title));
  const workplaceType = note('workplaceType', extractWorkplace(ctx, titled?.written ?? title, where?.workplace ?? null, provenance.locations?.line ?? null));
  // A remote role's only town is one named in passing ("for a Berlin-based client"): no place of work.
  if (workplaceType === 'remote' && placed?.inPassing) {
    locations.splice(0);
    delete provenance.locations;
  }
  const diagnostics: Diagnostic[] = [];
  const salary = note('salary', extractSalary(ctx, countries, (line, raw) => diagnostics.push(diagnostic('salary/out-of-range', `pay figure out of any range of pay, left out: ${raw.slice(0, 60)}`, line))));
  const experience = note('experience', extractExperience(ctx));
  const education = note('education', extractEducation(ctx));
  for (const p of ctx.placeholders) diagnostics.push(diagnostic('field/placeholder', `${p.name} still holds a template's placeholder ${JSON.stringify(p.value.slice(0, 80))}: fill it in or remove it`, p.line));
  for (const d of impossibleDates(ctx)) diagnostics.push(diagnostic('date/invalid', `${d.written} is not a date (front matter '${d.key}'): left out`, d.line));
  const datePosted = note('datePosted', extractDatePosted(ctx));
  const validThrough = note('validThrough', extractValidThrough(ctx));
  const url = note('url', extractUrl(ctx));
  const department = note('department', extractDepartment(ctx));
  const reportsTo = note('reportsTo', extractReportsTo(ctx));
  const summary = note('summary', extractSummary(ctx));
  const lists = sectionLists(ctx.sections, vocab);
  const fromFrontMatter = frontMatterLists(lists, doc, vocab);
  const verdict = classify(ctx, {
    title, company, employmentType, salary: salary !== null, locations: locations.length, workplace: workplaceType, lists,
  }, minProbability);
  fieldLists(lists, doc, vocab);
  // Each record list, the section lists it is made of, and where its first item stands.
  const recordLists: Record<string, Array<keyof typeof lists>> = {
    responsibilities: ['responsibilities'], qualifications: ['required', 'preferred'], skills: ['skills'], benefits: ['benefits'], applicationProcess: ['application'],
  };
  for (const [field, parts] of Object.entries(recordLists)) {
    const items = parts.flatMap((p) => lists[p]);
    const first = items.reduce<number | null>((min, it) => (min === null || it.line < min ? it.line : min), null);
    if (first !== null) provenance[field] = { line: first, from: parts.some((p) => fromFrontMatter.includes(p)) ? 'front-matter' : 'body' };
  }
  const texts = (items: typeof lists.required) => items.map((it) => tidy(itemText(it))).filter(Boolean);

  const fields: ExtractedFields = {
    isJobPosting: verdict.isJobPosting,
    confidence: verdict.confidence,
    classification: { postingProbability: verdict.postingProbability, score: verdict.score, reasons: verdict.reasons, kind: verdict.kind },
    language: doc.language,
    title: title ? tidy(title) || null : null,
    company: company ? tidy(company) || null : null,
    department: department ? tidy(department) : null,
    locations: locations.map((l) => ({ ...l, raw: tidy(l.raw), city: l.city ? tidy(l.city) : null })),
    applicantLocations: where?.applicantLocations ?? [],
    workplaceType: workplaceType ?? null,
    employmentType: employmentType ?? null,
    ...postedFields(datePosted),
    validThrough,
    url,
    salary: salary ? { ...salary, raw: tidy(salary.raw) } : null,
    experience: experience ? { ...experience, raw: tidy(experience.raw) } : null,
    education: education ? { ...education, raw: tidy(education.raw) } : null,
    reportsTo: reportsTo ? tidy(reportsTo) : null,
    summary: summary ? tidy(summary) : null,
    responsibilities: texts(lists.responsibilities),
    qualifications: { required: texts(lists.required), preferred: texts(lists.preferred) },
    skills: texts(lists.skills),
    benefits: texts(lists.benefits),
    applicationProcess: texts(lists.application),
    sections: recordSections(ctx.sections),
    provenance,
    fingerprint: fingerprintOf(ctx, title ? tidy(title) || null : null, company ? tidy(company) || null : null, locations),
  };
  return { fields, diagnostics: [...diagnostics, ...frontMatterConflicts(ctx), ...unknownKeys(ctx)], decisions: ctx.decisions };
}
