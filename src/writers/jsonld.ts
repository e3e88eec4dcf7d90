/**
 * The record as schema.org JobPosting JSON-LD, the way Google for Jobs reads it. Facts the
 * posting lacks are left out, never invented: `validate` reports what Google would miss.
 */
import type { JobPosting, SalaryPeriod } from '../schema/record.js';

const EMPLOYMENT: Record<NonNullable<JobPosting['employmentType']>, string> = {
  'full-time': 'FULL_TIME',
  'part-time': 'PART_TIME',
  contract: 'CONTRACTOR',
  temporary: 'TEMPORARY',
  internship: 'INTERN',
};
const UNIT: Record<SalaryPeriod, string> = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' };
const CREDENTIAL: Record<string, string> = {
  'high-school': 'high school',
  associate: 'associate degree',
  bachelor: 'bachelor degree',
  master: 'postgraduate degree',
  doctorate: 'postgraduate degree',
};

/** The description: the summary, then every section as text under its heading. */
function description(r: JobPosting): string {
  const parts = r.sections.map((s) => [s.heading, s.text].filter(Boolean).join('\n')).filter(Boolean);
  return parts.join('\n\n');
}

export function toJsonLd(r: JobPosting): Record<string, unknown> {
  const ld: Record<string, unknown> = { '@context': 'https://schema.org/', '@type': 'JobPosting' };
  if (r.title) ld.title = r.title;
  const text = description(r);
  if (text) ld.description = text;
  if (r.datePosted) ld.datePosted = r.datePostedAt ?? r.datePosted;
  if (r.validThrough) ld.validThrough = r.validThrough;
  if (r.company) ld.hiringOrganization = { '@type': 'Organization', name: r.company };
  if (r.locations.length) {
    ld.jobLocation = r.locations.map((l) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(l.city ? { addressLocality: l.city } : {}),
        ...(l.region ? { addressRegion: l.region } : {}),
        ...(l.country ? { addressCountry: l.country } : {}),
      },
    }));
  }
  if (r.workplaceType === 'remote') {
    ld.jobLocationType = 'TELECOMMUTE';
    if (r.applicantLocations.length) {
      ld.applicantLocationRequirements = r.applicantLocations.map((name) => ({ '@type': /^[A-Z]{2}$/.test(name) ? 'Country' : 'AdministrativeArea', name }));
    }
  }
  if (r.employmentType) ld.employmentType = EMPLOYMENT[r.employmentType];
  if (r.salary && r.salary.currency) {
    const value: Record<string, unknown> = { '@type': 'QuantitativeValue' };
    if (r.salary.min !== null && r.salary.min === r.salary.max) value.value = r.salary.min;
    else {
      if (r.salary.min !== null) value.minValue = r.salary.min;
      if (r.salary.max !== null) value.maxValue = r.salary.max;
    }
    if (r.salary.period) value.unitText = UNIT[r.salary.period];
    ld.baseSalary = { '@type': 'MonetaryAmount', currency: r.salary.currency, value };
  }
  if (r.experience?.minYears !== null && r.experience?.minYears !== undefined) {
    ld.experienceRequirements = { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: Math.round(r.experience.minYears * 12) };
  }
  if (r.education?.level) ld.educationRequirements = { '@type': 'EducationalOccupationalCredential', credentialCategory: CREDENTIAL[r.education.level] };
  if (r.url) ld.url = r.url;
  ld.identifier = { '@type': 'PropertyValue', name: 'jobnorm', value: r.id };
  return ld;
}
