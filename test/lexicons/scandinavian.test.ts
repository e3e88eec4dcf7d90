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

describe('Danish and Norwegian postings', () => {
  it('reads Danish sections, type and pay in kroner', () => {
    const text = 'Tømrer til Fjordhus Byg\n\nFjordhus Byg A/S søger en erfaren tømrer til vores byggepladser i Odense.\n\nArbejdsopgaver\n- Opsætning af spær\n- Montering af vinduer\n\nVi tilbyder\n- Overenskomst\n- Firmabil\n\nLøn: 38.000 kr. om måneden\nAnsættelsesform: Fuldtid\n';
    const r = recordOf(text, 'tomrer.txt');
    expect(r.responsibilities).toEqual(['Opsætning af spær', 'Montering af vinduer']);
    expect(r.benefits).toHaveLength(2);
    expect([r.employmentType, r.salary?.min, r.salary?.currency]).toEqual(['full-time', 38000, 'DKK']);
    expect(r.title).toBe('Tømrer');
  });
  it('reads Norwegian sections whichever of the three languages the detector names', () => {
    const text = 'Sveiser til Vestkyst Verft\n\nVestkyst Verft AS søker sveiser til verftet i Stavanger.\n\nArbeidsoppgaver\n- Sveising av skrog\n- Kontroll av sveiser\n\nKvalifikasjoner\n- Sveisesertifikat\n- Minst 3 års erfaring\n\nVi tilbyr\n- Gode pensjonsordninger\n- Fast stilling\n';
    const r = recordOf(text, 'sveiser.txt');
    expect(['nb', 'da', 'sv']).toContain(r.language);
    expect([r.responsibilities?.length, r.qualifications?.required?.length, r.benefits?.length, r.experience?.minYears]).toEqual([2, 2, 2, 3]);
  });
});
