import { describe, expect, it } from 'vitest';
import { employmentIn, employmentInSentence } from '../../src/extractors/employment.js';
import { isJobPageUrl } from '../../src/extractors/url.js';
import { workplaceIn, workplaceInSentence } from '../../src/extractors/workplace.js';
import { parseDate } from '../../src/patterns/dates.js';
import { recordOf, vocab } from '../helpers.js';

describe('employment type', () => {
  it('reads a minified page, its whole posting on one source line, without giving every unit the kind of the line\'s last section', () => {
    const page = '<html><body><h1>Data Analyst</h1><p>This is a full-time role in our Lyon office.</p><h2>Requirements</h2><ul><li>SQL</li><li>Python</li></ul></body></html>';
    expect(recordOf(page, 'p.html').employmentType).toBe('full-time');
  });
  it.each([
    ['Full-time', 'en', 'full-time'], ['Permanent (On site)', 'en', 'full-time'], ['Vollzeit', 'de', 'full-time'], ['CDI', 'fr', 'full-time'],
    ['temps plein', 'fr', 'full-time'], ['Part time', 'en', 'part-time'], ['Teilzeit', 'de', 'part-time'], ['Contract', 'en', 'contract'],
    ['contract-to-hire', 'en', 'contract'], ['CDD ou Freelance', 'fr', 'contract'], ['Internship', 'en', 'internship'], ['Praktikum', 'de', 'internship'],
    ['INTERN', 'en', 'internship'], ['Temporary', 'en', 'temporary'], ['fixed-term', 'en', 'temporary'],
    ['Jornada completa', 'es', 'full-time'], ['Stagiaire', 'fr', 'internship'], ['正社員', 'ja', 'full-time'], ['全职', 'zh', 'full-time'],
    ['Tempo inteiro', 'pt', 'full-time'], ['Contrato a termo certo', 'pt', 'temporary'],
  ])('%s (%s) → %s', (text, lang, type) => expect(employmentIn(text, vocab(lang))).toBe(type));
  it('reads a type the title\'s line gives after the role, and a label whose first word completes the type', () => {
    expect(recordOf('Camarero/a - Media jornada\nBar La Plaza\n\nFunciones:\n- servir mesas\n- atender la barra\n', 'a.txt').employmentType).toBe('part-time');
    expect(recordOf('# Cajero/a\n\nJornada laboral: Parcial - Mañana\n\nAtención en caja de nuestra tienda.\n').employmentType).toBe('part-time');
  });
  it('reads a list item that gives the type with the job\'s own noun as that type alone', () => {
    const text = (offer: string) => `# Store Clerk\n\nShelves and tills at our corner shop.\n\nWe offer:\n- ${offer}\n- A staff discount\n`;
    expect(recordOf(text('Permanent part-time position (20 hours)')).employmentType).toBe('part-time');
    expect(recordOf(text('Part-time role')).employmentType).toBe('part-time');
    const nb = '# Butikkmedarbeider\n\nVi søker en blid medarbeider til vår butikk i Bodø, og du får ansvar for kassen og varemottaket.\n\nVi tilbyr:\n- Deltid i 60 % stilling\n- Personalrabatt\n';
    expect(recordOf(nb).employmentType).toBe('part-time');
    // A type word inside the tenure's own words is the tenure's: "Vast contract" is a permanent contract.
    expect(recordOf('# Verkoper\n\nWij zoeken een verkoper voor onze winkel in Tiel die graag met klanten werkt.\n\nWij bieden:\n- Vast contract\n- Personeelskorting\n').employmentType).toBe('full-time');
  });
  it('reads the hours a short line of facts gives beside a fixed term, and no type from a line listing several', () => {
    const de = 'Die Gemeindewerke Talheim suchen eine/n\n\nAnlagenmechaniker/in (m/w/d)\n\nin Vollzeit, zunächst befristet auf zwei Jahre.\n\nIhre Aufgaben:\n• Wartung der Pumpwerke\n';
    expect(recordOf(de, 'a.txt').employmentType).toBe('full-time');
    const en = 'Lab Technician\n\nPart-time, fixed-term until next summer.\n\nDuties:\n- Prepare samples\n- Keep the lab log\n';
    expect(recordOf(en, 'b.txt').employmentType).toBe('part-time');
    const several = 'Lab Technician\n\nThe lab has staff on full-time, part-time and temporary contracts.\n\nDuties:\n- Prepare samples\n- Keep the lab log\n';
    expect(recordOf(several, 'c.txt').employmentType).toBeNull();
  });
  it('reads a job for the season as temporary', () => {
    expect(recordOf('# Cook\n\nHarbour Café is looking for a cook for the season (May to September).\n\n## Duties\n- Cook breakfasts\n- Clean the grill\n').employmentType).toBe('temporary');
  });
  it('reads the first type a label lists ("Arbeitszeiten: Vollzeit, Teilzeit")', () => {
    expect(recordOf('# Erzieher (m/w/d)\n\nArbeitszeiten: Vollzeit, Teilzeit\n\nWir betreuen Kinder von 1 bis 6 Jahren.\n').employmentType).toBe('full-time');
    expect(recordOf('# Tutor\n\nJob type: Part-time, Full-time\n\nTeach maths to pupils.\n').employmentType).toBe('part-time');
  });
  it('reads the type of contract a workplace label gives beside the workplace', () => {
    expect(recordOf('# Курьер\n\nФормат: полный день, гибкий график\n\nДоставка заказов по городу.\n').employmentType).toBe('full-time');
    expect(recordOf('# Tutor\n\nWork type: Remote, part-time\n\nTeach maths to pupils online.\n').employmentType).toBe('part-time');
  });
  it('reads the hours a header line gives alone as the hours of a week', () => {
    expect(recordOf('Gardener\n\nGreenrow Parks | Utrecht | 38 uur | €2.700 per maand\n\nMow the lawns of the city parks.\n', 'a.txt').employmentType).toBe('full-time');
    expect(recordOf('Gardener\n\nGreenrow Parks | Utrecht | 16 - 20 Std.\n\nMow the lawns of the city parks.\n', 'a.txt').employmentType).toBe('part-time');
  });
  it('reads a line of short facts that opens with the type, as boards print it under the title', () => {
    expect(recordOf('# Упаковщик\n\nЧастичная занятость, сменный график\n\nУпаковка заказов на складе.\n').employmentType).toBe('part-time');
    expect(recordOf('# Porter\n\nFull-time, nights, weekends\n\nMove stock in the warehouse.\n').employmentType).toBe('full-time');
    // A sentence that opens with a type is not a line of facts.
    expect(recordOf('# Porter\n\nPart-time, but you may be asked to stay longer in the busy months of the year.\n').employmentType).toBeNull();
  });
  it('reads a type written beside the pay as the job\'s terms, and a type word far from it as a word in passing', () => {
    const paid = recordOf('# Picture Framer\n\n## Duties\n\n- Cut mounts\n- Fit frames\n\n## Pay\n\n£11.80 an hour, part-time, plus 28 days of holiday.\n');
    expect(paid.employmentType).toBe('part-time');
    const far = recordOf('# Picture Framer\n\n## Duties\n\n- Cut mounts\n- Fit frames\n\nWe are a framing co-op owned by the people who work in it, founded by six friends in a garage in 1998, and we pay £11.80 an hour.\n');
    expect(far.employmentType).toBeNull();
  });
  it('reads a type that is a fact of its own in a terse sentence, not an item of an enumeration', () => {
    expect(recordOf('Se busca cocinero para un restaurante en Sevilla. Jornada completa, contrato indefinido. Salario 1.500 € al mes.\n', 'a.txt').employmentType).toBe('full-time');
    expect(recordOf('Cerchiamo un barista per il nostro locale a Torino, part-time 25 ore settimanali. Inviare CV a lavoro@caffe.example\n', 'a.txt').employmentType).toBe('part-time');
    const listed = recordOf('# Data Engineer\n\n## Duties\n\n- Build pipelines\n\nPrior intern, co-op, or research experience in data is a plus, as is a degree in statistics or anything close to it.\n');
    expect(listed.employmentType).toBeNull();
  });
  it('reads a sentence only when it says it of the role', () => {
    expect(employmentInSentence('This is a full-time, salaried role.', vocab('en'))).toBe('full-time');
    expect(employmentInSentence('oferecemos um contrato de estágio por um ano', vocab('pt'))).toBe('internship');
    expect(employmentInSentence('Teilzeit ist nach Absprache möglich', vocab('de'))).toBeNull();
    // The subject three words before the type ("Tjänsten är en …"): the job.
    expect(employmentInSentence('Tjänsten är en tillsvidareanställning på heltid.', vocab('sv'))).toBe('full-time');
    expect(employmentInSentence('Internship or co-op in software engineering', vocab('en'))).toBeNull();
    // The job is the sentence's subject, the type far after it.
    expect(employmentInSentence('The post is based in our Derby depot (two days a week at home) and is permanent, full-time.', vocab('en'))).toBe('full-time');
    expect(employmentInSentence('Die Stelle ist ab sofort in Vollzeit zu besetzen.', vocab('de'))).toBe('full-time');
    // A hiring verb earlier in the sentence, the job's long name between it and the type.
    expect(employmentInSentence('Die Bäckerei Sonnenkorn sucht zum 1. März eine Konditorin oder einen Konditor (m/w/d) in Teilzeit.', vocab('de'))).toBe('part-time');
    expect(employmentInSentence('Tidy Paws is looking for a dog groomer with a steady hand and two years in a salon, part-time.', vocab('en'))).toBe('part-time');
    // Another sentence's hiring verb says nothing of this one.
    expect(employmentInSentence('Wir suchen Verstärkung. Unsere Teilzeitkräfte schätzen die flexiblen Schichten.', vocab('de'))).toBeNull();
  });
  it('reads a Nordic compound that opens with the type ("heltidsanställning", "deltidsstilling")', () => {
    expect(recordOf('Kock\n\nRestaurang Sjöboden söker en kock för en heltidsanställning i Uppsala. Du lagar lunch och middag.\n', 'a.txt').employmentType).toBe('full-time');
    expect(recordOf('Kokk\n\nKafé Fjellstua søker en kokk til en deltidsstilling i Tromsø. Du lager lunsj og middag til gjestene våre.\n', 'a.txt').employmentType).toBe('part-time');
  });
  it('reads a figure under a label of hours as the hours of a week, the unit in the label', () => {
    const at = (value: string) => recordOf(`Dental Nurse\n\nHours: ${value}\n\nYou will assist our dentists.\n`, 'a.txt').employmentType;
    expect([at('37.5 per week'), at('16 per week, Tuesdays and Thursdays'), at('40'), at('Monday to Friday')]).toEqual(['full-time', 'part-time', 'full-time', null]);
  });
  it('reads "Voll- oder Teilzeit" as one phrase, its second word no type of its own', () => {
    const r = recordOf('# Erzieher (m/w/d) in Voll- oder Teilzeit\n\nUnsere Kita im Grünen sucht Verstärkung.\n\n## Ihre Aufgaben\n- Betreuung der Kinder\n');
    expect([r.title, r.employmentType]).toEqual(['Erzieher', 'full-time']);
  });
  it('reads the terms closing a title\'s line, after a dash with their hours or in an aside', () => {
    const de = recordOf('Technische/r Angestellte/r (m/w/d) – Teilzeit 25 Std.\n\nDas Planungsbüro Weber in Kassel sucht Verstärkung.\n\nAufgaben:\n- Pläne zeichnen\n- Akten führen\n', 'a.txt');
    expect([de.title, de.employmentType]).toEqual(['Technische/r Angestellte/r', 'part-time']);
    const en = recordOf('Dental Nurse – Orthodontic Clinic (Part-Time)\n\nBrightbay Orthodontics needs a dental nurse on Mondays and Fridays.\n', 'a.txt');
    expect(en.employmentType).toBe('part-time');
  });
  it('reads hours in brackets after a title as a week\'s', () => {
    expect(recordOf('Magazijnmedewerker (16-24 uur)\nAmersfoort\n\nWat ga je doen?\n- Orders picken\n', 'a.txt').employmentType).toBe('part-time');
    expect(recordOf('# Kok (38 uur)\n\nWij koken voor 80 gasten.\n').employmentType).toBe('full-time');
  });
  it('reads weekly hours written into the title', () => {
    expect(recordOf('---\ntitle: Kok 36 uur per week Zwolle\n---\nWij koken.\n').employmentType).toBe('full-time');
    expect(recordOf('# Line Cook (20 hours per week)\n\nWe cook.\n').employmentType).toBe('part-time');
  });
  it('reads an open-ended contract as full-time only when nothing states the hours', () => {
    // The contract's tenure comes first, the hours after it: the hours decide.
    expect(recordOf('# Bookkeeper\n\nContract: Permanent\nHours: 18 hours a week, part-time\n\nKeep the books of a small charity.\n').employmentType).toBe('part-time');
    expect(recordOf('Vendeuse\n\nContrat : CDI\nDurée : temps partiel, 24 h par semaine\n\nAccueil des clients en boutique.\n', 'a.txt').employmentType).toBe('part-time');
    expect(recordOf('Verkäuferin\n\nVertrag: unbefristet\nArbeitszeit: Teilzeit\n\nBeratung unserer Kundschaft.\n', 'a.txt').employmentType).toBe('part-time');
    // In one sentence too: the tenure first, the hours after it.
    expect(recordOf('Offerta: Cameriere\n\nLa Trattoria del Ponte di Como cerca un cameriere. Si offre un contratto a tempo indeterminato, part-time 24 ore.\n', 'a.txt').employmentType).toBe('part-time');
    expect(recordOf('# Library Assistant\n\nThis is a permanent, part-time post of 15 hours a week at our branch library.\n').employmentType).toBe('part-time');
    // Alone, the tenure still says full-time.
    expect(recordOf('# Bookkeeper\n\nContract: Permanent\n\nKeep the books of a small charity.\n').employmentType).toBe('full-time');
    // "B2B" in English says whom a business sells to; only a "B2B contract" is one.
    expect(recordOf('# B2B Sales Manager\n\nWe sell packaging to B2B customers across the Midlands.\n').employmentType).toBeNull();
    expect(recordOf('# Java Developer\n\nYou will work on a B2B contract with us.\n').employmentType).toBe('contract');
  });
  it('reads a line made only of type words, as boards print it', () => {
    expect(recordOf('Lagerist\n\nVollzeit / Unbefristet\n\nWir bieten gute Arbeit.\n', 'a.txt').employmentType).toBe('full-time');
    expect(recordOf('Barista\n\nPart-time · Temporary\n\nWe roast coffee.\n', 'a.txt').employmentType).toBe('part-time');
    // A board's pictograph before the type.
    expect(recordOf('Florist wanted!\n\n📍 Ghent\n🕒 Part-time\n\nWe arrange flowers for weddings.\n', 'a.txt').employmentType).toBe('part-time');
    // After a preposition, with the hours in an aside: still only terms.
    expect(recordOf('Die Gemeindewerke Talheim suchen eine\n\nBuchhalterin (m/w/d)\nin Teilzeit (30 Std./Woche), befristet\n\nWir freuen uns auf Sie.\n', 'a.txt').employmentType).toBe('part-time');
    // Without spaces, a short line that names a type, with a note beside it.
    expect(recordOf('# 倉庫スタッフ\n\n## 雇用条件\n\n* 契約社員（更新あり）\n* 時給1200円\n').employmentType).toBe('contract');
    // A sentence that only mentions types is not one.
    expect(recordOf('# 倉庫スタッフ\n\n当社では正社員と契約社員の両方が活躍しており、毎年多くの社員が入社しています。\n').employmentType).toBeNull();
  });
  it('reads "(stage)" and "Intern" in titles', () => {
    expect(recordOf('---\nroles: chargé de développement (stage)\n---\nTexte\n').employmentType).toBe('internship');
    expect(recordOf('## Fullstack Engineer Intern\n\nText\n').employmentType).toBe('internship');
  });
});

describe('workplace type', () => {
  it('reads remote work for some days of the week as hybrid, in any language', () => {
    const at = (line: string, path = 'a.md') => recordOf(`# Payroll Clerk\n\nCopperleaf Ltd, Leeds\n\n${line}\n\nWe run the payroll of 40 clients.\n`, path).workplaceType;
    expect(at('Remote work: 2 days a week')).toBe('hybrid');
    expect(at('Work from home three days per week')).toBe('hybrid');
    expect(recordOf('# Gestionnaire de paie\n\nCabinet Orme, Lyon\n\nTélétravail : 2 jours/semaine\n\nVous gérez la paie de nos clients et répondez à leurs questions.\n').workplaceType).toBe('hybrid');
    // Every day of the week is not some of them.
    expect(at('Fully remote, 5 days a week')).toBe('remote');
    expect(at('Fully remote')).toBe('remote');
  });

  it('reads a workplace word the job\'s name follows as said of the job, and a passing one not', () => {
    const at = (line: string) => recordOf(`Kiln Technician\n\nWe fire stoneware for restaurants.\n\n${line}\n`, 'a.txt').workplaceType;
    expect(at('This is a permanent, on-site position at our pottery.')).toBe('onsite');
    expect(at('We are adding a remote kiln technician to the team.')).toBe('remote');
    expect(at('Our wares are sold in shops worldwide.')).toBeNull();
  });

  it('reads a line that is only a workplace word after an emoji, as boards print it', () => {
    const r = recordOf('<h1>Data Engineer</h1><div>🌏 Worldwide</div><div>💰 $90k</div><h2>Duties</h2><ul><li>Build pipelines</li><li>Fix reports</li></ul>', 'a.html');
    expect(r.workplaceType).toBe('remote');
  });
  it.each([
    ['Remote', 'en', 'remote'], ['Hybrid/Campus', 'en', 'hybrid'], ['On-Site', 'en', 'onsite'], ['on site', 'en', 'onsite'],
    ['télétravail', 'fr', 'remote'], ['Homeoffice', 'de', 'remote'], ['リモートワーク', 'ja', 'remote'], ['Teletrabajo', 'es', 'remote'],
    // Working from home as a possibility, or some days of the week: an office besides.
    ['Home-Office möglich', 'de', 'hybrid'], ['Teletrabajo parcial', 'es', 'hybrid'], ['3 días de teletrabajo', 'es', 'hybrid'], ['2 dias no escritório', 'pt', 'hybrid'],
  ])('%s (%s) → %s', (text, lang, type) => expect(workplaceIn(text, vocab(lang))).toBe(type));
  it('reads some days remote, or some days in the office, as hybrid, the number in digits or in words', () => {
    const en = vocab('en');
    expect(workplaceInSentence('You will spend two days a week in the office.', en)).toBe('hybrid');
    expect(workplaceInSentence('You can work up to 2 days remote per week.', en)).toBe('hybrid');
    expect(workplaceInSentence('Tu travailles deux jours de télétravail par semaine.', vocab('fr'))).toBe('hybrid');
    expect(recordOf('Lab Technician\n\nLocation: Harbour campus, with up to three days remote per week\n\nDuties:\n- Run assays\n- Log samples\n', 'a.txt').workplaceType).toBe('hybrid');
  });
  it('reads "working from home can be done too" in Dutch as hybrid', () => {
    expect(recordOf('# Ontwikkelaar\n\nJe werkt op ons kantoor in Zwolle, maar thuis werken kan ook.\n\n## Taken\n\n- Bouwen\n- Testen\n').workplaceType).toBe('hybrid');
  });
  it('reads sentences that state the workplace', () => {
    const en = vocab('en');
    expect(workplaceInSentence('The position is 100% remote.', en)).toBe('remote');
    expect(workplaceInSentence('We are a remote-first company.', en)).toBe('remote');
    expect(workplaceInSentence('Hybrid (3 days in office)', en)).toBe('hybrid');
    expect(workplaceInSentence('You will spend 3 days a week in the office', en)).toBe('hybrid');
    expect(workplaceInSentence('This job is on-site only.', en)).toBe('onsite');
    expect(workplaceInSentence('Le travail s’effectue à distance.', vocab('fr'))).toBe('remote');
    expect(workplaceInSentence('Experience with remote sensing', en)).toBeNull();
  });
  it('reads nothing from a form\'s field answered "No" ("Remote job" / "No", "Télétravail : Non")', () => {
    expect(recordOf('Survey Technician\n\nLocation\nLeeds\nRemote job\nNo\nWork schedule\nFull-time\n\nDuties\n- Map sites\n- Log data\n', 'a.txt').workplaceType).toBeNull();
    expect(recordOf('Technicien géomètre\n\nLieu : Lyon\nTélétravail : Non\n\nMissions :\n- Relevés\n- Plans\n', 'a.txt').workplaceType).toBeNull();
    expect(recordOf('Survey Technician\n\nRemote: Yes\n\nDuties\n- Map sites\n- Log data\n', 'a.txt').workplaceType).toBe('remote');
    // A label and its value read together: "Télétravail : Fréquent" is partly remote.
    expect(recordOf('Technicien géomètre\n\nLieu : Lyon\nTélétravail : Fréquent\n\nMissions :\n- Relevés\n- Plans\n', 'a.txt').workplaceType).toBe('hybrid');
    // A remote field answered "partial" is partly remote, in front matter as in the text.
    expect(recordOf('---\ntitle: Technicien géomètre\nremote: partiel\n---\n\nMissions :\n- Relevés\n- Plans\n', 'a.md').workplaceType).toBe('hybrid');
    expect(recordOf('Survey Technician\n\nRemote: Partial\n\nDuties\n- Map sites\n- Log data\n', 'a.txt').workplaceType).toBe('hybrid');
  });
  it('reads a part of the title\'s line that is only a workplace, and leaves a remote role no town named in passing', () => {
    const r = recordOf('Senior Go Developer – Remote (EU)\n\nI am recruiting for a Hamburg-based logistics startup of 60 people.\n\n• €70-85k\n• 4+ years of Go\n', 'a.txt');
    expect([r.workplaceType, r.locations]).toEqual(['remote', []]);
    expect(recordOf('Data Engineer\n\nWe are a small team. The role is full remote within Europe.\n', 'a.txt').workplaceType).toBe('remote');
  });
  it('reads a way of working that the posting denies as none', () => {
    expect(recordOf('Schlosser (m/w/d)\n\nAugsburg · Vollzeit · Homeoffice nicht möglich\n\nIhre Aufgaben\n- Schweißen\n', 'a.txt').workplaceType).toBeNull();
    expect(recordOf('Line Cook\n\nNo remote work: this is a kitchen job.\n', 'a.txt').workplaceType).not.toBe('remote');
    // Denied as not allowed, in a board's row of facts.
    expect(recordOf('Aide-soignant H/F\n\nCDI · Lille · Télétravail non autorisé\n\nVos missions\n- Accompagner les résidents\n', 'a.txt').workplaceType).toBeNull();
    expect(recordOf('Forklift Driver\n\nLeeds · Full-time · Remote work not allowed\n\nDuties\n- Load trailers\n', 'a.txt').workplaceType).toBeNull();
  });
  it('reads the way of working under the keys data exports give it', () => {
    for (const key of ['remote_policy', 'work_model', 'workArrangement']) {
      expect(recordOf(`---\ntitle: Data Analyst\n${key}: hybrid\n---\n\nWe analyse data.\n`).workplaceType).toBe('hybrid');
    }
  });
  it('reads remote: true in front matter', () => {
    expect(recordOf('---\ntitle: Dev\nremote: true\n---\nText\n').workplaceType).toBe('remote');
  });
  it('reads a flag per way of working in front matter, the one set true', () => {
    expect(recordOf('---\ntitle: Analyst\nremote: false\nhybrid: true\n---\nWe analyse grain prices.\n').workplaceType).toBe('hybrid');
    expect(recordOf('---\ntitle: Analyst\nremote: false\nhybrid: false\n---\nWe analyse grain prices.\n').workplaceType).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-05', '2024-03-05'], ['March 5, 2024', '2024-03-05'], ['5 March 2024', '2024-03-05'], ['05.03.2024', '2024-03-05'],
    ['Posted: 2024', '2024'], ['2024-03', '2024-03'], ['le 5 mars 2024', '2024-03-05'], ['5 de marzo de 2024', '2024-03-05'],
    ['April 17, 2024 at 5:00pm', '2024-04-17'], ['31.02.2024', null],
    // Hyphens between day, month and year, as Portugal, the Netherlands and India write them.
    ['Data: 27-11-2026', '2026-11-27'], ['30-02-2026', null],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));
  it('reads a hyphenated date month first where the text does, and never mixes two separators', () => {
    expect([parseDate('03-05-2024'), parseDate('03-05-2024', true), parseDate('03-05/2024')]).toEqual(['2024-03-05', '2024-05-03', '2024']);
  });
  it('keeps the precision written in front matter', () => {
    const r = recordOf("---\ntitle: Dev\ncreated: !!timestamp '2019-01-09'\nexpirydate: 2022-03-02\n---\nText\n");
    expect([r.datePosted, r.validThrough]).toEqual(['2019-01-09', '2022-03-02']);
  });
  it('finds the last day to apply in the words of the posting\'s language, before or after the date', () => {
    expect(recordOf('# Kellner\n\nBewerbungen bis spätestens 15.04.2025 an das Team.\n').validThrough).toBe('2025-04-15');
    expect(recordOf('# Serveur\n\nEnvoyez votre candidature au plus tard le 2 mai 2025.\n').validThrough).toBe('2025-05-02');
    expect(recordOf('# 店員\n\n応募は2025年6月30日まで受け付けます。\n').validThrough).toBe('2025-06-30');
    // A figure of experience after "до" is not a date.
    expect(recordOf('# Курьер\n\nОпыт работы от 1 до 3 лет.\n').validThrough).toBeNull();
  });
  it('reads the date a posting was placed or advertised under any of its labels', () => {
    expect(recordOf('# Glazier\n\nPlaced on: 3rd March 2025\n\nFit windows.\n').datePosted).toBe('2025-03-03');
    expect(recordOf('# Glazier\n\nDate advertised: 04/03/2025\n\nFit windows.\n').datePosted).toBe('2025-03-04');
  });
  it('finds validThrough in "apply by" sentences', () => {
    expect(recordOf('# Dev\n\nSend your application by March 3, 2025 at noon.\n').validThrough).toBe('2025-03-03');
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
    expect(workplaceInSentence('Experience with hybrid cloud infrastructure and hybrid apps', vocab('en'))).toBeNull();
    expect(workplaceInSentence('This is a hybrid role: two days a week in the office', vocab('en'))).toBe('hybrid');
  });

  it('reads a slashed date day first outside English, and in English of a day-first country', () => {
    expect(parseDate('03/05/2026', true)).toBe('2026-05-03');
    expect(parseDate('03/05/2026')).toBe('2026-03-05');
    expect(parseDate('13/05/2026')).toBe('2026-05-13');
    expect(recordOf('Poste : Boulanger\nDate de publication : 04/02/2026\n\nNous cherchons un boulanger pour notre boutique.\n', 'a.txt').datePosted).toBe('2026-02-04');
    const gardener = (place: string) => `# Gardener\n\nLocation: ${place}\nPosted: 04/02/2026\n\nYou will look after the gardens of our hotel and the trees along the drive, with a team of three.\n`;
    expect(recordOf(gardener('Leeds, United Kingdom')).datePosted).toBe('2026-02-04');
    expect(recordOf(gardener('Austin, TX')).datePosted).toBe('2026-04-02');
  });

  it('reads a posted date written without a colon, and only when the words before it say posted', () => {
    const body = '\n\nWe roast coffee for cafés across the region and need a hand at the roaster.\n';
    expect(recordOf(`# Roaster\n\nPosted on March 9, 2026 by Hill Coffee${body}`).datePosted).toBe('2026-03-09');
    expect(recordOf(`Torréfacteur\n\nPublié le 9 mars 2026 - référence 55AB\n\nNous torréfions du café pour les cafés de la région.\n`, 'a.txt').datePosted).toBe('2026-03-09');
    expect(recordOf(`Обжарщик кофе\n\nВакансия опубликована 9 марта 2026 в Казани\n\nМы обжариваем кофе для кофеен города.\n`, 'a.txt').datePosted).toBe('2026-03-09');
    // Not a posted date: another date's label, a relative date, a bare year.
    expect(recordOf(`# Roaster\n\nClosing date 20 April 2026${body}`).datePosted).toBeNull();
    expect(recordOf(`# Roaster\n\nStart date 20 April 2026${body}`).datePosted).toBeNull();
    expect(recordOf(`# Roaster\n\nPosted 3 days ago, 2026 edition${body}`).datePosted).toBeNull();
  });

  it('keeps the precision a date was written with, and a written time whole, never moved to UTC', () => {
    const at = (date: string) => recordOf(`---\ntitle: Baker\ndate: ${date}\n---\n\nBake bread at night.\n`);
    expect([at('2018-05-17T00:30:00+02:00').datePosted, at('2018-05-17T00:30:00+02:00').datePostedPrecision, at('2018-05-17T00:30:00+02:00').datePostedAt]).toEqual(['2018-05-17', 'time', '2018-05-17T00:30:00+02:00']);
    expect([at('2018-05-17').datePostedPrecision, at('2018-05-17').datePostedAt]).toEqual(['day', null]);
    expect([at('"2018-05"').datePosted, at('"2018-05"').datePostedPrecision]).toEqual(['2018-05', 'month']);
    expect([at('2018').datePosted, at('2018').datePostedPrecision]).toEqual(['2018', 'year']);
    expect(parseDate('2018-05-17 25:10')).toBeNull();
  });
});
