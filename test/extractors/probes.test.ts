/** Shapes found by reading new postings written for the project, each a general rule. */
import { describe, expect, it } from 'vitest';
import { degreeIn } from '../../src/extractors/education.js';
import { headingKind } from '../../src/patterns/headings.js';
import { recordOf, vocab } from '../helpers.js';

describe('French and Spanish degrees and headings', () => {
  it('reads Bac+N by its years of study, and Grado as a bachelor', () => {
    expect(degreeIn('Bac+5 en informatique', vocab('fr'))).toBe('master');
    expect(degreeIn('Bac + 3 minimum', vocab('fr'))).toBe('bachelor');
    expect(degreeIn('Bac+2 (BTS, DUT)', vocab('fr'))).toBe('associate');
    expect(degreeIn('Titulaire du Bac', vocab('fr'))).toBe('high-school');
    expect(degreeIn('Grado en Ingeniería Informática o similar', vocab('es'))).toBe('bachelor');
  });
  it('reads "Se valorará" as a preferred heading', () => {
    expect(headingKind('Se valorará', vocab('es'))).toBe('preferred');
  });
  it('keeps a requirement with "or" in its list, not as a heading', () => {
    const r = recordOf('Requisitos\nMínimo 2 años de experiencia con Python y SQL\nGrado en Ingeniería Informática o similar\nInglés nivel B2\n', 'a.txt');
    expect(r.qualifications.required).toHaveLength(3);
  });
});

describe('pay with something on top', () => {
  it('reads "$95k - $120k + equity" as the pay', () => {
    expect(recordOf('# Engineer\n\nSalary: $95k - $120k + equity\n').salary).toMatchObject({ min: 95000, max: 120000, currency: 'USD', period: 'year' });
    expect(recordOf('# Engineer\n\n- Up to $20,000 in equity\n').salary).toBeNull();
  });
});

describe('introductions', () => {
  it('reads "Join <Company> as a <role> in <City, ST>"', () => {
    const r = recordOf("We're hiring! Join Acme Robotics as a Mechanical Engineer in Pittsburgh, PA.\n\nResponsibilities:\n* Design robots\n", 'a.txt');
    expect([r.title, r.company]).toEqual(['Mechanical Engineer', 'Acme Robotics']);
    expect(r.locations.map((l) => [l.city, l.region, l.country])).toEqual([['Pittsburgh', 'PA', 'US']]);
  });
  it('reads "We\'re <Company>, a …"', () => {
    expect(recordOf("Hey! We're **Loopwise**, a small remote-first team building a calendar app.\n").company).toBe('Loopwise');
  });
  it('does not take "City, XX" when XX is not a state of that city', () => {
    expect(recordOf('# Engineer\n\nOur founders met in Smallvale, TX and moved on.\n').locations).toEqual([]);
  });
});
