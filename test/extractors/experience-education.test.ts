import { describe, expect, it } from 'vitest';
import { degreeIn } from '../../src/extractors/education.js';
import { experienceIn } from '../../src/extractors/experience.js';
import { recordOf, vocab } from '../helpers.js';

describe('experienceIn', () => {
  it.each([
    ['4-6 years of experience in marketing', 4, 6, 'en'],
    ['3 to 5 years of relevant experience', 3, 5, 'en'],
    ['5+ years of product management experience', 5, null, 'en'],
    ['At least 3 years of experience', 3, null, 'en'],
    ['Minimum of two years of experience', 2, null, 'en'],
    ['esperienza di almeno un anno come cuoco', 1, null, 'it'],
    ['experiencia de un año en almacén', 1, null, 'es'],
    ['vähintään kahden vuoden kokemus myynnistä', 2, null, 'fi'],
    ['Over 5 years experience in sales', 5, null, 'en'],
    // A single figure is a minimum, as the labels read it ("one year of experience" → 1..).
    ['five years of experience with Go', 5, null, 'en'],
    ['8+ of fleet scheduling and depot planning experience', 8, null, 'en'],
    ['Mindestens 5 Jahre Berufserfahrung', 5, null, 'de'],
    ['Berufserfahrene mit 3-5 Jahren Erfahrung', 3, 5, 'de'],
    ['Al menos 6 meses de experiencia en retail', 0.5, null, 'es'],
    ['6+ years’ experience in software development', 6, null, 'en'],
    ['大学本科学历，3年以上仓储管理经验', 3, null, 'zh'],
    ['Minimal pengalaman 3-5 tahun sebagai teknisi listrik', 3, 5, 'id'],
    ['Mínimo 2 ano de experiência em desenvolvimento', 2, null, 'pt'],
    ['опыт работы от 3 лет', 3, null, 'ru'],
  ])('%s → %s..%s', (text, min, max, lang) => {
    expect(experienceIn(text, true, vocab(lang))).toEqual({ minYears: min, maxYears: max });
  });
  it('reads a figure written straight after a word of a language without spaces ("経験3年以上"), never inside a Latin word', () => {
    expect(recordOf('# 経理スタッフ\n\n## 必須条件\n\n- 経理実務経験3年以上\n- 簿記2級\n').experience?.minYears).toBe(3);
    expect(recordOf('# Clerk\n\n## Requirements\n\n- German at level B2 years ago\n').experience).toBeNull();
  });
  it('needs a word for experience outside the requirements', () => {
    expect(experienceIn('Founded more than 35 years ago', true, vocab())).toBeNull();
    expect(experienceIn('a 6 months internship', false, vocab())).toBeNull();
    expect(experienceIn('We have 10 years of history', true, vocab())).toBeNull();
  });
  it('does not read an age as experience', () => {
    expect(recordOf('Saleswoman\n\nREQUIRED QUALIFICATIONS:\n- Candidates should be 20-30 years old;\n- Good English\n', 'a.txt').experience).toBeNull();
    // An abbreviation with its dot between the word for age and the figure ("usia maks. 30 tahun").
    expect(recordOf('Kasir\n\nKualifikasi:\n- Usia maks. 28 tahun\n- Pengalaman minimal 2 tahun sebagai kasir\n', 'a.txt').experience?.minYears).toBe(2);
  });
  it('reads "N+ years in …" among the requirements without the word experience', () => {
    expect(recordOf('# Ops Lead\n\n## Requirements\n\n- 10+ years in warehouse roles at shipping firms\n').experience).toMatchObject({ minYears: 10, maxYears: null });
  });
});

describe('experience extraction', () => {
  it('takes the first figure among the requirements, not the company history', () => {
    const r = recordOf('# Engineer\n\nAcme has been around for 40 years of experience-driven growth.\n\n## Requirements\n\n- 3+ years with Python\n- 10 years of anything else\n');
    expect(r.experience).toMatchObject({ minYears: 3, maxYears: null });
    expect(r.provenance.experience?.line).toBe(7);
  });
  it('reads years followed by what was done in them as experience, outside the requirements too', () => {
    expect(recordOf('Pastry Chef\n\nWe want a cook with 4+ years baking laminated doughs in a busy kitchen.\n', 'a.txt').experience).toMatchObject({ minYears: 4 });
    // Years the company has spent doing something are not the candidate's.
    expect(recordOf('Pastry Chef\n\nFor 30 years the bakery has fed the village.\n', 'a.txt').experience).toBeNull();
  });
  it('reads a sentence of terse prose that opens with years in a field as experience', () => {
    expect(recordOf('Sous Chef wanted\n\nYou will run the pass on busy nights. Fluent English needed. 2+ years in a fine-dining kitchen.\n', 'a.txt').experience).toMatchObject({ minYears: 2 });
    // Not in the middle of a sentence about the firm.
    expect(recordOf('Sous Chef wanted\n\nOur team has grown over 12 years in the old town and now needs a sous chef for busy nights.\n', 'a.txt').experience).toBeNull();
  });
});

describe('degreeIn', () => {
  it.each([
    ["Bachelor's degree in Marketing", 'bachelor', 'en'],
    ['BS/MS in Computer Science', 'bachelor', 'en'],
    ['B.Sc. or equivalent', 'bachelor', 'en'],
    ["Master's degree required", 'master', 'en'],
    // An advanced degree is a master's, whatever other degree it is written beside.
    ['An advanced university degree (a doctorate or equivalent) in public health', 'master', 'en'],
    ['Advanced degree in statistics', 'master', 'en'],
    ["Master's degree in Computer Science", 'master', 'en'],
    ['A degree in computer science or a related field', 'bachelor', 'en'],
    ['MBA', 'master', 'en'],
    ['PhD in Physics', 'doctorate', 'en'],
    ["Associate's degree", 'associate', 'en'],
    ['High school diploma or GED', 'high-school', 'en'],
    ['Secondary (high) school graduation certificate', 'high-school', 'en'],
    ['Completed secondary education', 'high-school', 'en'],
    ['Enseñanza media completa', 'high-school', 'es'],
    ['Abitur oder Fachabitur', 'high-school', 'de'],
    ['本科及以上学历', 'bachelor', 'zh'],
    ['Pendidikan minimal S1 Akuntansi', 'bachelor', 'id'],
    ['Высшее образование', 'bachelor', 'ru'],
    // "bac" inside "Bac+5" is no degree of its own, wherever a degree of the same level stands first on the line.
    ["Étudiant en école d'ingénieur (Bac+5)", 'master', 'fr'],
    ['Licence en droit ou Bac + 3 équivalent', 'bachelor', 'fr'],
  ])('%s → %s', (text, level, lang) => expect(degreeIn(text, vocab(lang))).toBe(level));
  it('does not read words as degrees', () => {
    expect(degreeIn('Fluent with spreadsheets and MS Word', vocab())).toBeNull();
    expect(degreeIn('Must be able to work nights', vocab())).toBeNull();
    expect(degreeIn('Certified Scrum Master', vocab())).toBeNull();
    expect(degreeIn('Microsoft MS-900 certification', vocab())).toBeNull();
    expect(degreeIn('Laufendes Studium der Informatik', vocab('de'))).toBeNull();
  });
  it('reads an American state code after a town or before a ZIP code as a place, not a degree, and a degree later on the line still', () => {
    expect(degreeIn('Harbour Freight | Dispatcher | Worcester, MA | Full-time', vocab())).toBeNull();
    expect(degreeIn('Office: 12 Pine Road, Tupelo, MS 38801', vocab())).toBeNull();
    expect(degreeIn('Based in Springfield, MA; an MS in Chemistry is required', vocab())).toBe('master');
    expect(degreeIn('BA or MA in History', vocab())).toBe('bachelor');
  });
  it('leaves out a degree that is only preferred', () => {
    expect(degreeIn("Master's degree preferred", vocab())).toBeNull();
  });
  it('reads Spain\'s vocational grades: "grado superior" is an associate degree, "grado medio" a secondary one', () => {
    expect(degreeIn('Estudios mínimos: Ciclo Formativo Grado Superior - Electricidad', vocab('es'))).toBe('associate');
    expect(degreeIn('FP Grado Medio en Cocina', vocab('es'))).toBe('high-school');
  });
  it('reads the preferred marker in the degree\'s own clause: the degree in the next clause is still asked for', () => {
    expect(degreeIn("MSc preferred; BSc in Geology required", vocab())).toBe('bachelor');
    expect(degreeIn("An MBA is a plus, a Bachelor's degree is a must", vocab())).toBe('bachelor');
    expect(degreeIn('PhD, preferred', vocab())).toBeNull();
    expect(degreeIn('Master (bevorzugt)', vocab('de'))).toBeNull();
  });
});

describe('education extraction', () => {
  it('reads no degree in a pay grade written like Indonesia\'s degree levels ("SuE S3", "Band S2")', () => {
    const de = recordOf('Erzieher/in\n\nDie Kita Regenbogen in Ulm betreut 40 Kinder. Sie begleiten die Kinder im Alltag.\n\nDie Vergütung erfolgt nach TVöD SuE S3.\n', 'a.txt');
    expect(de.education).toBeNull();
    const id = recordOf('Staf Akuntansi\n\nKualifikasi:\n- Pendidikan minimal S1 Akuntansi\n- Pengalaman 2 tahun\n', 'a.txt');
    expect(id.education?.level).toBe('bachelor');
  });
  it('takes the degree required, not the one preferred, with fields and equivalent experience', () => {
    const r = recordOf("# Analyst\n\n## Requirements\n\n- Bachelor's degree in Economics, Statistics, or related field, or equivalent experience\n\n## Preferred Qualifications\n\n- Master's degree in Analytics\n");
    expect(r.education).toMatchObject({ level: 'bachelor', equivalentExperience: true });
    expect(r.education?.fields).toEqual(['Economics', 'Statistics']);
  });
  it('is null when only a preferred section names a degree', () => {
    const r = recordOf("# Intern\n\n## Requirements\n\n- Python\n\n## Nice to have\n\n- BSc/MSc/PhD in Robotics\n");
    expect(r.education).toBeNull();
  });
  it('reads a degree named in the description when the requirements name none', () => {
    const r = recordOf("Entity: Acme Systems, Inc.\n\nWe also accept a Bachelor's degree in Computer Science. The position requires:\n\n Java;\n SQL.\n", 'a.txt');
    expect(r.education?.level).toBe('bachelor');
  });

  it('reads "0-2 years" as up to two years', () => {
    expect(recordOf('# Clerk\n\n## Requirements\n\n- 0-2 years of office experience\n').experience).toMatchObject({ minYears: 0, maxYears: 2 });
  });
});
