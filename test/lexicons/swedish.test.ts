import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

describe('Swedish postings', () => {
  const posting = [
    'Svetsare till Brovik Stål',
    '',
    'Brovik Stål AB',
    '',
    'Om tjänsten',
    'Vi söker en erfaren svetsare till vår verkstad i Västerås.',
    '',
    'Arbetsuppgifter',
    '- Svetsning av balkar och pelare',
    '- Kontroll av egna svetsfogar',
    '',
    'Kvalifikationer',
    '- Svetscertifikat enligt EN ISO 9606',
    '- Minst 3 års erfarenhet av MIG-svetsning',
    '',
    'Meriterande',
    '- Truckkort',
    '',
    'Vi erbjuder',
    '- Kollektivavtal',
    '- Friskvårdsbidrag',
    '',
    'Anställningsform: Tillsvidareanställning, heltid',
    'Lön: Fast månadslön, 33 000 kr',
    'Ort: Västerås',
  ].join('\n');

  it('reads the sections, the terms and the pay in the words of the language', () => {
    const r = recordOf(`${posting}\n`, 'svetsare.txt');
    expect(r.language).toBe('sv');
    expect(r.responsibilities).toEqual(['Svetsning av balkar och pelare', 'Kontroll av egna svetsfogar']);
    expect(r.qualifications?.required).toHaveLength(2);
    expect(r.qualifications?.preferred).toEqual(['Truckkort']);
    expect(r.benefits).toHaveLength(2);
    expect([r.employmentType, r.salary?.min, r.salary?.currency, r.salary?.period]).toEqual(['full-time', 33000, 'SEK', 'month']);
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Västerås', 'SE']]);
    expect(r.experience?.minYears).toBe(3);
  });
  it('takes the role before "till <employer>" as the title', () => {
    expect(recordOf(`${posting}\n`, 'svetsare.txt').title).toBe('Svetsare');
  });
});
