/**
 * Golden tests: every fixtures/<case>/input.* against its expected.json (regenerate with
 * `npx vitest -u` and read the diff), plus the facts a reader checked by hand for each case.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBytes, type JobPosting } from '../src/index.js';
import { FIXTURES, ROOT, fixtureCases, fixtureInput } from './helpers.js';

function recordFor(name: string): JobPosting {
  const file = fixtureInput(name);
  const r = normalizeBytes(readFileSync(file), { path: relative(ROOT, file).replace(/\\/g, '/') });
  if (!r.record) throw new Error(`${name}: ${r.error?.message}`);
  return r.record;
}

/** What each fixture must say, written by hand from reading the input. */
const FACTS: Record<string, (r: JobPosting) => void> = {
  'markdown-front-matter': (r) => {
    expect(r.source.format).toBe('markdown');
    expect(r.title).toBe('Senior Backend Engineer');
    expect(r.company).toBe('Larkspur Analytics');
    expect(r.locations).toEqual([{ raw: 'Denver, CO', city: 'Denver', region: 'CO', country: 'US' }]);
    expect(r.datePosted).toBe('2025-03-14');
    expect(r.url).toBe('https://careers.larkspur.example/jobs/senior-backend-engineer');
    expect(r.salary).toMatchObject({ min: 150000, max: 180000, currency: 'USD', period: 'year' });
    expect(r.experience).toMatchObject({ minYears: 6, maxYears: null });
    expect(r.education).toMatchObject({ level: 'bachelor', equivalentExperience: true });
    expect(r.responsibilities).toHaveLength(4);
    expect(r.qualifications.preferred).toEqual(['Experience with Terraform is a plus']);
    expect(r.provenance.title).toEqual({ line: 2, column: 8, from: 'front-matter' });
  },
  'bold-labels': (r) => {
    expect(r.title).toBe('Data Analyst, Supply Chain');
    expect(r.company).toBe('Brightwater Foods');
    expect(r.datePosted).toBe('2024');
    // Base pay only: the bonus and the wellness stipend are not the salary.
    expect(r.salary).toMatchObject({ min: 70000, max: 85000, currency: 'USD', period: 'year' });
    expect(r.experience).toMatchObject({ minYears: 2, maxYears: 4 });
    // A master's degree that is only preferred does not raise the level.
    expect(r.education?.level).toBe('bachelor');
    expect(r.qualifications.required[1]).toMatch(/^Experience: 2-4 years/);
    expect(r.provenance.salary?.line).toBe(32);
  },
  'plain-text-headings': (r) => {
    expect(r.source.format).toBe('text');
    expect(r.title).toBe('Patient Access Coordinator');
    expect(r.company).toBe('Harbor Health');
    expect(r.responsibilities).toHaveLength(4);
    expect(r.qualifications.required).toHaveLength(3);
    expect(r.qualifications.preferred).toEqual(['Bilingual English and Spanish a plus']);
    expect(r.education?.level).toBe('high-school');
    expect(r.reportsTo).toBe('Clinic Operations Manager');
    expect(r.sections.map((s) => s.heading)).toEqual([null, 'The Role', 'Responsibilities Include', 'Qualifications', 'Schedule']);
  },
  'article-not-posting': (r) => {
    expect(r.isJobPosting).toBe(false);
    expect(r.classification.reasons.join(' ')).toMatch(/first-person|blog post/);
  },
  'double-encoded': (r) => {
    expect(r.source.repairs).toContain('mojibake');
    expect(r.sections[0]?.text).toContain('clients’ brands');
    expect(r.title).toBe('Junior Copywriter');
    // A bare $ in Canada is Canadian dollars.
    expect(r.salary).toMatchObject({ min: 48000, max: 55000, currency: 'CAD', period: 'year' });
  },
  utf16: (r) => {
    expect(r.source.encoding).toBe('utf-16le');
    expect(r.title).toBe('Warehouse Associate');
    expect(r.employmentType).toBe('part-time');
    expect(r.salary).toMatchObject({ min: 19.5, max: 22, currency: 'USD', period: 'hour' });
    expect(r.salary?.annualized).toEqual({ min: 40560, max: 45760, multiplier: 2080 });
  },
  crlf: (r) => {
    expect(r.sections.every((s) => !s.text.includes('\r'))).toBe(true);
    expect(r.locations[0]).toMatchObject({ city: 'Galway', country: 'IE' });
    expect(r.salary).toMatchObject({ min: 38000, max: 52000, currency: 'EUR', period: 'year' });
    expect(r.experience).toMatchObject({ minYears: 2, maxYears: null });
  },
  'front-matter-lists': (r) => {
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Berlin', 'DE'], ['Amsterdam', 'NL'], ['Lisbon', 'PT']]);
    expect(r.validThrough).toBe('2025-01-31');
    expect(r.salary).toMatchObject({ min: 75000, max: 90000, currency: 'EUR', period: 'year' });
    expect(r.experience).toMatchObject({ minYears: 4, maxYears: 6 });
    expect(r.qualifications.preferred).toHaveLength(2);
  },
  'german-posting': (r) => {
    // The gender mark is not part of the title.
    expect(r.title).toBe('Werkstudent Softwareentwicklung');
    expect(r.locations[0]).toMatchObject({ city: 'Freiburg im Breisgau', country: 'DE' });
    expect(r.responsibilities).toHaveLength(3);
    expect(r.qualifications.preferred).toEqual(['Erfahrung mit Docker ist von Vorteil']);
    expect(r.salary).toMatchObject({ min: 18, max: 18, currency: 'EUR', period: 'hour' });
    expect(r.validThrough).toBe('2025-05-15');
  },
  'hourly-contract': (r) => {
    expect(r.employmentType).toBe('contract');
    expect(r.salary).toMatchObject({ min: 55, max: 70, currency: 'USD', period: 'hour' });
    expect(r.responsibilities).toHaveLength(3);
    expect(r.experience).toMatchObject({ minYears: 5, maxYears: null });
  },
  'remote-applicant-regions': (r) => {
    expect(r.workplaceType).toBe('remote');
    expect(r.locations).toEqual([]);
    expect(r.applicantLocations).toEqual(['Europe']);
    expect(r.salary).toMatchObject({ min: 55000, max: 70000, currency: 'EUR', period: 'year' });
  },
  'html-jsonld-page': (r) => {
    // The page's own JobPosting data is the strongest source; the chrome (nav, cookie banner, form) is not text.
    expect(r.source.format).toBe('html');
    expect(r).toMatchObject({ title: 'Senior Data Engineer', company: 'Lumen Harbor', employmentType: 'full-time', datePosted: '2025-05-02', validThrough: '2025-07-01' });
    expect(r.provenance.title).toEqual({ line: null, from: 'jsonld' });
    expect(r.locations).toMatchObject([{ city: 'Lisbon', country: 'PT' }]);
    expect(r.salary).toMatchObject({ min: 60000, max: 75000, currency: 'EUR', period: 'year' });
    expect(r.url).toBe('https://boards.example-ats.io/lumenharbor/jobs/4410021');
    expect(r.workplaceType).toBe('hybrid');
    expect(r.responsibilities).toHaveLength(3);
    expect(r.qualifications.preferred).toEqual(['Experience with Kafka is a plus']);
    expect(JSON.stringify(r.sections)).not.toMatch(/Sign in|We use cookies|First Name|Submit Application|\.x\{color/);
  },
  'html-ats-page': (r) => {
    expect(r).toMatchObject({ title: 'Line Cook', company: 'Northwind Kitchens', employmentType: 'part-time' });
    expect(r.locations).toMatchObject([{ city: 'Portland', region: 'OR', country: 'US' }]);
    expect(r.salary).toMatchObject({ min: 19, max: 23, currency: 'USD', period: 'hour' });
    expect(r.qualifications.required).toEqual(['1 year of line experience', 'Food handler card']);
    // Lines point into the page as saved.
    expect(r.provenance.title).toEqual({ line: 5, column: 35, from: 'body' });
  },
  'html-aggregator-page': (r) => {
    // An aggregator's saved page: the posting's facts in a header and a details box, then its text.
    expect(r).toMatchObject({ title: 'Dental Assistant', company: 'Bright Smiles Family Dentistry', employmentType: 'full-time', workplaceType: 'onsite' });
    expect(r.locations).toMatchObject([{ city: 'Tacoma', region: 'WA', country: 'US' }]);
    expect(r.salary).toMatchObject({ min: 24, max: 30, currency: 'USD', period: 'hour' });
    expect(r.responsibilities).toHaveLength(3);
    expect(r.benefits).toEqual(['401(k)', 'Dental insurance', 'Paid time off']);
    expect(JSON.stringify(r.sections)).not.toMatch(/Find jobs|Sign in|Report job|Dental Receptionist/);
  },
  'html-board-page': (r) => {
    // A job board's page: the posting among sign-in links, criteria, similar jobs and a footer.
    expect(r).toMatchObject({ title: 'Field Service Technician', company: 'Acme Robotics', employmentType: 'full-time' });
    expect(r.locations).toMatchObject([{ city: 'Dayton', region: 'OH', country: 'US' }]);
    expect(r.salary).toMatchObject({ min: 68000, max: 82000, currency: 'USD', period: 'year' });
    expect(r.experience).toMatchObject({ minYears: 3 });
    expect(r.education?.level).toBe('associate');
    expect(r.responsibilities).toHaveLength(3);
    expect(r.qualifications.required).toHaveLength(3);
    expect(JSON.stringify(r.sections)).not.toMatch(/Sign in|Join now|Robot Technician|Privacy Policy|Show more/);
  },
  'html-career-page': (r) => {
    expect(r.language).toBe('de');
    expect(r).toMatchObject({ title: 'Werkstudent Vertrieb', company: 'Fahrradwerk Kiel GmbH', employmentType: 'part-time', validThrough: '2025-08-15' });
    expect(r.locations).toMatchObject([{ city: 'Kiel', country: 'DE' }]);
    expect(r.salary).toMatchObject({ min: 15, max: 15, currency: 'EUR', period: 'hour' });
    expect(r.qualifications.preferred).toEqual(['Erste Erfahrung im Vertrieb ist von Vorteil']);
    expect(JSON.stringify(r.sections)).not.toMatch(/Impressum|Datenschutz|cookie/i);
  },
  'template-not-posting': (r) => {
    expect(r.isJobPosting).toBe(false);
    expect(r.classification.reasons.join(' ')).toMatch(/template/);
  },
};

describe('golden fixtures', () => {
  it('has hand-checked facts for every fixture', () => {
    expect(fixtureCases()).toEqual(Object.keys(FACTS).sort());
  });
  for (const name of fixtureCases()) {
    it(`${name}: facts`, () => {
      FACTS[name]?.(recordFor(name));
    });
    it(`${name}: whole record matches expected.json`, async () => {
      const json = `${JSON.stringify(recordFor(name), null, 2)}\n`;
      await expect(json).toMatchFileSnapshot(join(FIXTURES, name, 'expected.json'));
    });
  }
});
