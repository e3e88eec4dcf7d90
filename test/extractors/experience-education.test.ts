import { describe, expect, it } from 'vitest';
import { degreeIn } from '../../src/extractors/education.js';
import { experienceIn } from '../../src/extractors/experience.js';
import { recordOf } from '../helpers.js';

describe('experienceIn', () => {
  it.each([
    ['4-6 years of experience in marketing', 4, 6],
    ['3 to 5 years of relevant experience', 3, 5],
    ['5+ years of product management experience', 5, null],
    ['At least 3 years of experience', 3, null],
    ['Minimum of two years of experience', 2, null],
    ['Over 5 years experience in sales', 5, null],
    ['five years of experience with Go', 5, 5],
    ['8+ of marketing account management and creative production experience', 8, null],
    ['Mindestens 5 Jahre Berufserfahrung', 5, null],
    ['Al menos 6 meses de experiencia en retail', 0.5, null],
    ['6+ years’ experience in software development', 6, null],
  ])('%s → %s..%s', (text, min, max) => {
    expect(experienceIn(text, true)).toEqual({ minYears: min, maxYears: max });
  });
  it('needs a word for experience outside the requirements', () => {
    expect(experienceIn('Founded more than 35 years ago', true)).toBeNull();
    expect(experienceIn('a 6 months internship', false)).toBeNull();
    expect(experienceIn('We have 10 years of history', true)).toBeNull();
  });
});

describe('experience extraction', () => {
  it('takes the first figure among the requirements, not the company history', () => {
    const r = recordOf('# Engineer\n\nAcme has been around for 40 years of experience-driven growth.\n\n## Requirements\n\n- 3+ years with Python\n- 10 years of anything else\n');
    expect(r.experience).toMatchObject({ minYears: 3, maxYears: null });
    expect(r.provenance.experience?.line).toBe(7);
  });
});

describe('degreeIn', () => {
  it.each([
    ["Bachelor's degree in Marketing", 'bachelor'],
    ['BS/MS in Computer Science', 'bachelor'],
    ['B.Sc. or equivalent', 'bachelor'],
    ["Master's degree required", 'master'],
    ['MBA', 'master'],
    ['PhD in Physics', 'doctorate'],
    ["Associate's degree", 'associate'],
    ['High school diploma or GED', 'high-school'],
    ['Enseñanza media completa', 'high-school'],
    ['Abitur oder Fachabitur', 'high-school'],
  ])('%s → %s', (text, level) => expect(degreeIn(text)).toBe(level));
  it('does not read words as degrees', () => {
    expect(degreeIn('Proficiency in MS Excel')).toBeNull();
    expect(degreeIn('Must be able to work nights')).toBeNull();
    expect(degreeIn('Certified Scrum Master')).toBeNull();
    expect(degreeIn('Microsoft MS-900 certification')).toBeNull();
  });
  it('leaves out a degree that is only preferred', () => {
    expect(degreeIn("Master's degree preferred")).toBeNull();
  });
});

describe('education extraction', () => {
  it('takes the degree required, not the one preferred, with fields and equivalent experience', () => {
    const r = recordOf("# Analyst\n\n## Requirements\n\n- Bachelor's degree in Economics, Statistics, or related field, or equivalent experience\n\n## Preferred Qualifications\n\n- Master's degree in Analytics\n");
    expect(r.education).toMatchObject({ level: 'bachelor', equivalentExperience: true });
    expect(r.education?.fields).toEqual(['Economics', 'Statistics']);
  });
  it('is null when only a preferred section names a degree', () => {
    const r = recordOf("# Intern\n\n## Requirements\n\n- Python\n\n## Nice to have\n\n- BSc/MSc/PhD in Robotics\n");
    expect(r.education).toBeNull();
  });
});
