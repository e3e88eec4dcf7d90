import { describe, expect, it } from 'vitest';
import { employmentIn, employmentInSentence } from '../../src/extractors/employment.js';
import { isJobPageUrl } from '../../src/extractors/url.js';
import { workplaceIn, workplaceInSentence } from '../../src/extractors/workplace.js';
import { parseDate } from '../../src/patterns/dates.js';
import { recordOf } from '../helpers.js';

describe('employment type', () => {
  it.each([
    ['Full-time', 'full-time'], ['Permanent (On site)', 'full-time'], ['Vollzeit', 'full-time'], ['CDI', 'full-time'],
    ['temps plein', 'full-time'], ['Part time', 'part-time'], ['Teilzeit', 'part-time'], ['Contract', 'contract'],
    ['contract-to-hire', 'contract'], ['CDD ou Freelance', 'contract'], ['Internship', 'internship'], ['Praktikum', 'internship'],
    ['INTERN', 'internship'], ['Temporary', 'temporary'], ['fixed-term', 'temporary'],
  ])('%s → %s', (text, type) => expect(employmentIn(text)).toBe(type));
  it('reads a sentence only when it says it of the role', () => {
    expect(employmentInSentence('This is a full-time, salaried role.')).toBe('full-time');
    expect(employmentInSentence('um contrato de estágio de 6 meses')).toBe('internship');
    expect(employmentInSentence('Teilzeit ist grundsätzlich möglich')).toBeNull();
    expect(employmentInSentence('Internship or co-op in software engineering')).toBeNull();
  });
  it('reads "(stage)" and "Intern" in titles', () => {
    expect(recordOf('---\nroles: chargé de développement (stage)\n---\nTexte\n').employmentType).toBe('internship');
    expect(recordOf('## Fullstack Engineer Intern\n\nText\n').employmentType).toBe('internship');
  });
});

describe('workplace type', () => {
  it.each([
    ['Remote', 'remote'], ['Hybrid/Campus', 'hybrid'], ['On-Site', 'onsite'], ['on site', 'onsite'], ['télétravail', 'remote'],
  ])('%s → %s', (text, type) => expect(workplaceIn(text)).toBe(type));
  it('reads sentences that state the workplace', () => {
    expect(workplaceInSentence('The position is 100% remote.')).toBe('remote');
    expect(workplaceInSentence('We are a remote-first company.')).toBe('remote');
    expect(workplaceInSentence('Hybrid (3 days in office)')).toBe('hybrid');
    expect(workplaceInSentence('You will spend 3 days a week in the office')).toBe('hybrid');
    expect(workplaceInSentence('This job is on-site only.')).toBe('onsite');
    expect(workplaceInSentence('Le travail s’effectue à distance.')).toBe('remote');
    expect(workplaceInSentence('Experience with remote sensing')).toBeNull();
  });
  it('reads remote: true in front matter', () => {
    expect(recordOf('---\ntitle: Dev\nremote: true\n---\nText\n').workplaceType).toBe('remote');
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-05', '2024-03-05'], ['March 5, 2024', '2024-03-05'], ['5 March 2024', '2024-03-05'], ['05.03.2024', '2024-03-05'],
    ['Posted: 2024', '2024'], ['2024-03', '2024-03'], ['le 5 mars 2024', '2024-03-05'], ['5 de marzo de 2024', '2024-03-05'],
    ['April 17, 2024 at 5:00pm', '2024-04-17'], ['31.02.2024', null],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));
  it('keeps the precision written in front matter', () => {
    const r = recordOf("---\ntitle: Dev\ncreated: !!timestamp '2019-01-09'\nexpirydate: 2022-03-02\n---\nText\n");
    expect([r.datePosted, r.validThrough]).toEqual(['2019-01-09', '2022-03-02']);
  });
  it('finds validThrough in "apply by" sentences', () => {
    expect(recordOf('# Dev\n\nPlease submit your application by April 17, 2024 at 5pm.\n').validThrough).toBe('2024-04-17');
    expect(recordOf('# Dev\n\nClosing date: 30/06/2025\n').validThrough).toBe('2025-06-30');
  });
});

describe('url', () => {
  it('knows a job page from a home page', () => {
    expect(isJobPageUrl('https://jobs.example.com/careers/marketing')).toBe(true);
    expect(isJobPageUrl('https://acme.breezy.hr/p/123-accountant/apply')).toBe(true);
    expect(isJobPageUrl('https://tutorcruncher.com')).toBe(false);
    expect(isJobPageUrl('https://www.example.org/about/work-at-example')).toBe(false);
  });
  it('takes a labelled URL, a markdown link target, or an apply link; not a home page', () => {
    expect(recordOf('# Dev\n\nSource URL: https://jobs.acme.example/careers/dev\n').url).toBe('https://jobs.acme.example/careers/dev');
    expect(recordOf('LINK_TO_ORIGINAL_JOB_POSTING: [Click Here](https://hire.example.com/jobs/123)\n').url).toBe('https://hire.example.com/jobs/123');
    expect(recordOf('# Dev\n\nPlease apply via the form (at <https://acme.example/careers/dev-2024>).\n').url).toBe('https://acme.example/careers/dev-2024');
    expect(recordOf('---\ntitle: Dev\nurl: https://acme.example/\n---\nText\n').url).toBeNull();
  });
});

describe('workplace words in other senses', () => {
  it('does not read "hybrid cloud" as a hybrid workplace', () => {
    expect(workplaceInSentence('Experience with hybrid cloud infrastructure and hybrid apps')).toBeNull();
    expect(workplaceInSentence('This is a hybrid role: two days a week in the office')).toBe('hybrid');
  });
});
