import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parsers/index.js';
import { headerParts } from '../../src/parsers/structure.js';
import type { List } from '../../src/parsers/document.js';
import { recordOf } from '../helpers.js';

const parse = (text: string) => parseDocument(text, 'p.txt').document;
const headings = (text: string) => parse(text).sections.map((s) => s.heading?.text ?? null);
const items = (text: string, section: number) => {
  const s = parse(text).sections[section];
  return (s?.blocks.filter((b): b is List => b.type === 'list') ?? []).flatMap((b) => b.items.map((i) => i.text));
};

describe('text parser', () => {
  it('reads the Symbol and Wingdings fonts\' bullets a Word file or a PDF leaves in copied text (U+F0B7, U+F0A7) as bullets', () => {
    const text = 'Caretaker\n\nMain duties\n\uF0B7\tOpen and lock the building\n\uF0B7\tReport repairs to the\n\tbursar\n\nPerson specification\n\uF0A7 A clean driving licence\n\uF0A7 Flexible hours\n';
    const r = recordOf(text, 'spec.txt');
    expect([r.responsibilities, r.qualifications.required]).toEqual([['Open and lock the building', 'Report repairs to the bursar'], ['A clean driving licence', 'Flexible hours']]);
  });
  it('finds headings without markup: vocabulary, title case, a colon after a blank line', () => {
    const text = 'We are hiring a long sentence here that is a paragraph.\nThe Role\nYou will do things.\nResponsibilities Include\nBuild\nShip\n\nRequisitos:\nUno\nDos\n';
    expect(headings(text)).toEqual([null, 'The Role', 'Responsibilities Include', 'Requisitos']);
  });

  it('reads a label alone and the line under it as a field, not a heading or a list item', () => {
    const text = 'Benefits\nCONTRACT TYPE\nPermanent / Full-time\n\nWORK LOCATION\nLeeds\n';
    const doc = parse(text);
    expect(doc.sections.map((s) => s.heading?.text ?? null)).not.toContain('Permanent / Full-time');
    expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.type === 'list')).toBe(false);
    expect(doc.fields.map((f) => [f.label, f.value])).toContainEqual(['CONTRACT TYPE', 'Permanent / Full-time']);
  });

  it('does not take a sentence that merely contains a section word for a heading', () => {
    const text = 'What You Will Do\n\nBuilding payment features from idea to implementation\nReviewing code with care\nMentoring two juniors\n';
    expect(headings(text)).toEqual(['What You Will Do']);
    expect(items(text, 0)).toHaveLength(3);
  });

  it('reads one item per line under a heading', () => {
    expect(items('Qualifications\nFirst thing\nSecond thing\nThird thing a plus\n', 0)).toEqual(['First thing', 'Second thing', 'Third thing a plus']);
  });

  it('reads bullets written as •, -, *, numbers and nests them by indentation', () => {
    const doc = parse('Duties\n• One\n  - Sub\n* Two\n3) Three\n');
    const list = doc.sections[0]?.blocks[0] as List;
    expect(list.items.map((i) => i.text)).toEqual(['One', 'Two', 'Three']);
    expect(list.items[0]?.items.map((i) => i.text)).toEqual(['Sub']);
  });

  it('does not count a name with a capital inside it as a title-case word ("… of MySQL" is an item)', () => {
    const text = 'WHAT WE NEED\n4 years of frontend work\nDeep understanding of TypeScript\nComfort with pair programming\n';
    expect(headings(text)).toEqual(['WHAT WE NEED']);
    expect(items(text, 0)).toEqual(['4 years of frontend work', 'Deep understanding of TypeScript', 'Comfort with pair programming']);
  });

  it('reads a line that names no section inside a run under a list\'s heading as an item, unless every word is capitalised', () => {
    const text = 'Requisitos:\nTítulo de técnico en administración\nDominio de Excel\nCarné de conducir\n\nOfrecemos:\nContrato indefinido\nHorario de mañana\n';
    expect(headings(text)).toEqual(['Requisitos', 'Ofrecemos']);
    expect(items(text, 0)).toEqual(['Título de técnico en administración', 'Dominio de Excel', 'Carné de conducir']);
    const en = 'Requirements\nFive years in retail\nA driving licence\nPersonal Qualities\nCalm under pressure\nFriendly\n';
    expect(headings(en)).toEqual(['Requirements', 'Personal Qualities']);
  });

  it('reads numbered lines in sequence under a heading as items, the first one too, though it names a section\'s words', () => {
    const text = 'MAIN TASKS\n1. Open the shop day to day\n2. Cash up\n3. Train new staff\n';
    expect(headings(text)).toEqual(['MAIN TASKS']);
    expect(items(text, 0)).toEqual(['Open the shop day to day', 'Cash up', 'Train new staff']);
  });

  it('reads labels alone with their values on the next lines as facts, not as headings over lists', () => {
    const text = 'Position title\nStore Supervisor\nDepartment\nRetail\nLocation\nDunedin, New Zealand\n\nAbout the role\nYou will run the evening shift.\n';
    const doc = parse(text);
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual(expect.arrayContaining([['Position title', 'Store Supervisor'], ['Department', 'Retail']]));
    expect(doc.sections.flatMap((s) => s.blocks).some((b) => b.type === 'list')).toBe(false);
  });

  it('reads Word\'s second-level bullet, an "o" before a tab, as a bullet', () => {
    const text = 'Duties:\no\tSweep the yard\no\tLoad the van\n\nWe are a family firm. Our office is open o 9 to 5.\n';
    expect(items(text, 0)).toEqual(['Sweep the yard', 'Load the van']);
  });

  it('does not take a short item line for a heading', () => {
    expect(headings('What you bring\nPython and SQL\nHTML and CSS\nGIT version control\n')).toEqual(['What you bring']);
  });

  it('nests the short lines after a lead-in ending in a colon', () => {
    const text = 'Requirements\n3+ years of experience\nKnowledge of the following:\nReact\nNode.js\nExperience with Docker\n';
    const list = parse(text).sections[0]?.blocks[0] as List;
    expect(list.items.map((i) => [i.text, i.items.map((c) => c.text)])).toEqual([
      ['3+ years of experience', []],
      ['Knowledge of the following:', ['React', 'Node.js']],
      ['Experience with Docker', []],
    ]);
  });

  it('joins indented lines separated by blank lines into one list', () => {
    expect(items('Duties\n\n    First duty\n\n    Second duty\n', 0)).toEqual(['First duty', 'Second duty']);
  });

  it('keeps a block of short Label: value lines as facts, not a list', () => {
    const doc = parse('About the job\nTitle: Engineer\nSalary: $1\nLocation: Paris\n');
    expect(doc.sections[0]?.blocks[0]?.type).toBe('paragraph');
    expect(doc.fields.map((f) => f.label)).toEqual(['Title', 'Salary', 'Location']);
  });

  it('reads no label before a colon inside a word, as Swedish and Finnish inflect abbreviations', () => {
    const doc = parse('Om jobbet\nDu bygger våra API:er och sköter USA:s kunder.\nSpråk: en\n');
    expect(doc.fields.map((f) => [f.label, f.value])).toEqual([['Språk', 'en']]);
  });

  it('reads "Title: description" paragraphs under a list heading as items', () => {
    const text = 'Deine Aufgaben\n\nKonzeption: Entwerfen von Lösungen.\n\nIntegration: Zusammenarbeit mit dem Team.\n';
    expect(items(text, 0)).toEqual(['Konzeption: Entwerfen von Lösungen.', 'Integration: Zusammenarbeit mit dem Team.']);
  });
});

describe('a posting flattened into one line', () => {
  const line = [
    'We run night buses across the region and keep them clean.', 'About Us', 'Responsibilities', 'Plan the cleaning rounds for twelve depots',
    'Minimum Qualifications', 'Care for detail 3+ years experience in facility cleaning', 'Preferred Qualifications', 'A driving licence',
    'More About Us', 'Founded in 1990, we had 12 years of growth',
  ].join('   ');
  it('is cut at its section names, a name that starts after a gap kept whole', () => {
    const text = `${line} ${'and more words about the company and its buses '.repeat(20)}\n`;
    expect(headings(text)).toEqual([null, 'About Us', 'Responsibilities', 'Minimum Qualifications', 'Preferred Qualifications', 'More About Us']);
  });
  it('gives each piece its own section kind although they share one line', () => {
    const r = recordOf(`${line} ${'and more words about the company and its buses '.repeat(20)}\n`, 'a.txt');
    // The line's last piece is about the company; the figure among the requirements is still read as one.
    expect(r.experience).toMatchObject({ minYears: 3 });
    expect(r.sections.map((s) => s.kind)).toEqual(['overview', 'company', 'responsibilities', 'qualifications', 'preferred', 'company']);
  });
});

describe('a flattened posting whose fields are parted by bars', () => {
  it('gives no field the bar that parts it from the next', () => {
    const text = 'Cargo: Camarero de sala | Empresa: Bodega La Parra | Ubicación: Logroño | Jornada: completa | Salario: 1.380 € brutos/mes | Funciones: servir mesas, montar la sala, cobrar. Requisitos: experiencia de 1 año, buen trato con el cliente.\n';
    const r = recordOf(text, 'a.txt');
    expect([r.company, r.title]).toEqual(['Bodega La Parra', 'Camarero de sala']);
  });
});

describe('a flattened posting that lists with commas', () => {
  const line = 'Stellenangebot: Gärtner (m/w/d) in Teilzeit bei der Baumschule Hollerbusch in Celle. Ihre Aufgaben: Pflege der Beete, Verkauf an Kunden, Annahme von Lieferungen. Ihr Profil: Ausbildung im Gartenbau, Freude am Verkauf, Führerschein B. Bewerbung an: jobs@hollerbusch.example';
  it('reads a section\'s name and the items it lists with commas as a heading over a list, the sentence after it apart', () => {
    expect(headings(`${line}\n`)).toEqual([null, 'Ihre Aufgaben', 'Ihr Profil']);
    expect(items(`${line}\n`, 2)).toEqual(['Ausbildung im Gartenbau', 'Freude am Verkauf', 'Führerschein B']);
    const r = recordOf(`${line}\n`, 'a.txt');
    expect([r.responsibilities.length, r.qualifications.required.length]).toEqual([3, 3]);
  });
  it('reads two items parted by a comma as a list, but a Chinese sentence whose "、" joins two words as a sentence', () => {
    const two = 'Stellenangebot: Maler (m/w/d) in Vollzeit bei Farbwerk Sander in Goslar. Ihre Aufgaben: Innenanstriche, Tapezierarbeiten in Wohnungen. Ihr Profil: abgeschlossene Ausbildung als Maler, Führerschein Klasse B. Bewerbung an: jobs@farbwerk.example';
    expect(items(`${two}\n`, 2)).toEqual(['abgeschlossene Ausbildung als Maler', 'Führerschein Klasse B']);
    const zh = '行政助理\t     3k-4k#杭州# 经验不限 # 大专及以上# 全职# 福利待遇 : 下午茶、周末双休都很开心哦！       发布时间：2026-01-05职位描述我们是一家做茶叶电商的小团队，想找一位细心的行政助理，和我们一起把办公室打理得井井有条。 我们希望你做的是：1、接待来访的客人；2、收发快递和信件；3、整理合同与文件。 我们希望你是：1、大专以上学历；2、熟练使用办公软件。';
    const listed = parse(`${zh}\n`).sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'list' ? b.items.map((it) => it.text) : []));
    expect(listed).toContain('接待来访的客人；');
    expect(listed).not.toContain('下午茶');
  });
  it('keeps a name over prose, and a line that is not flattened, as they are', () => {
    const prose = `Stellenangebot: Gärtner (m/w/d) in Celle, wir pflegen seit 1950 Gärten in der ganzen Region und freuen uns auf Verstärkung. Ihre Aufgaben: Sie pflegen unsere Beete und beraten unsere Kundschaft bei der Auswahl der Pflanzen für ihren Garten zu Hause, und Sie nehmen Lieferungen an.\n`;
    expect(headings(prose)).not.toContain('Ihre Aufgaben');
    expect(parse('# Gärtner\n\nIhre Aufgaben: Pflege der Beete, Verkauf, Annahme von Lieferungen.\n').sections.flatMap((s) => s.blocks).map((b) => b.type)).toEqual(['paragraph']);
  });
});

describe('a posting hard-wrapped by a mail program', () => {
  const lines = [
    'Warehouse Team Leader',
    'Location: Harlow Distribution Park, Unit 4, Edinburgh Way, Harlow, near',
    'junction 7',
    '',
    'We are a family-run wholesaler of garden furniture and we need a team',
    'leader for our night shift, starting in January.',
    '',
    'Duties',
    'Lead a team of twelve pickers and packers across two loading bays and',
    'keep the shift on plan.',
    'Check the stock counts at the end of each night.',
    'Train new starters on the scanners and the forklift safety rules of the',
    'site.',
  ];
  it('joins each line the wrap cut to the line it was cut from, keeping the first line\'s number', () => {
    const doc = parse(`${lines.join('\n')}\n`);
    expect(doc.fields.find((f) => f.label === 'Location')?.value).toBe('Harlow Distribution Park, Unit 4, Edinburgh Way, Harlow, near junction 7');
    expect(items(`${lines.join('\n')}\n`, 1)).toEqual([
      'Lead a team of twelve pickers and packers across two loading bays and keep the shift on plan.',
      'Check the stock counts at the end of each night.',
      'Train new starters on the scanners and the forklift safety rules of the site.',
    ]);
  });
  it('does not join a line to one that ends a label with a full-width colon', () => {
    const body = `${lines.join('\n')}\n\nPlease send the following documents to our office in Harlow：\nphotocopies of your licences and two references from past employers.\n`;
    const read = JSON.stringify(parse(body).sections);
    expect(read).toContain('photocopies of your licences');
    expect(read).not.toContain('Harlow： photocopies');
  });
  it('leaves a body with lines longer than a mail\'s wrap as it is', () => {
    const long = `Warehouse Team Leader\n\n${'We need a team leader for the night shift of our warehouse in Harlow, '.repeat(2)}and\nyou will lead twelve people.\n`;
    expect(parse(long).sections[0]?.blocks.flatMap((b) => (b.type === 'paragraph' ? b.lines.map((l) => l.line) : []))).toEqual([3, 4]);
  });
});

describe('a form that aligns its values with spaces', () => {
  it('reads a label and its value parted by an ideographic space, a tab, or two spaces and more as a field', () => {
    const ja = '求人票\n会社名　　有限会社みどり製菓\n職種　　　製造スタッフ\n勤務地　　静岡県\n\n仕事内容\n・和菓子の製造\n・包装\n';
    expect(parse(ja).fields.map((f) => [f.label, f.value])).toEqual([['会社名', '有限会社みどり製菓'], ['職種', '製造スタッフ'], ['勤務地', '静岡県']]);
    expect([recordOf(ja, 'a.txt').title, recordOf(ja, 'a.txt').company]).toEqual(['製造スタッフ', '有限会社みどり製菓']);
    const en = 'Position Description\n\nPosition title      Groundskeeper\nLocation            Wagga Wagga, NSW\n\nMow and water the sports fields.\n';
    expect(parse(en).fields.map((f) => [f.label, f.value])).toEqual([['Position title', 'Groundskeeper'], ['Location', 'Wagga Wagga, NSW']]);
    // Two words that are no label, with two spaces between them, stay a line of text.
    expect(parse('Bake bread  every morning.\n').fields).toEqual([]);
    // A table's cells copied as text, parted by one tab.
    const tabbed = parse('Line Mechanic\n\nJob Locations\tUS-OK-Tulsa\nType\tRegular Full-Time\n\nKeep the presses running.\n');
    expect(tabbed.fields.map((f) => [f.label, f.value])).toEqual([['Job Locations', 'US-OK-Tulsa'], ['Type', 'Regular Full-Time']]);
    expect(parse('Bake bread\tevery morning.\n').fields).toEqual([]);
  });
});

describe('format detection', () => {
  it('reads a .txt file written in markdown as markdown', () => {
    expect(parseDocument('# Engineer\n\n**Company:** Acme\n', 'a.txt').document.format).toBe('markdown');
    expect(parseDocument('Engineer\nCompany: Acme\n- one\n', 'a.txt').document.format).toBe('text');
    // A .md file without any markdown is a copied posting: its line shapes say more than one paragraph would.
    expect(parseDocument('Engineer\nCompany: Acme\nRequirements\nPython\n', 'a.md').document.format).toBe('text');
    expect(parseDocument('Engineer\n\n**Company:** Acme\n', 'a.md').document.format).toBe('markdown');
  });
});

describe('runs of short capitalised lines', () => {
  it('are list items, not headings', () => {
    const text = 'Requirements\nExperience with the following:\nReact Native\nGoogle Cloud Platform\nAmazon Web Services\nStrong communication skills\n';
    expect(headings(text)).toEqual(['Requirements']);
  });
  it('still let a lone title-case line between items open a section', () => {
    expect(headings('Qualifications\nFluent in SQL\nInternational experience a plus\nPersonality Attributes\nYou are curious about data.\n')).toEqual(['Qualifications', 'Personality Attributes']);
  });

  it('reads a section name ending in a colon as a heading when bullets follow it, even inside a run of lines', () => {
    const text = 'Kühlhaus Nord sucht Verstärkung\nDeine Aufgaben:\n• Waren annehmen\n• Bestände zählen\nDein Profil:\n• Staplerschein\n• Zuverlässigkeit\nWir bieten:\n• Jahreskarte für den Bus\n';
    expect(headings(text).slice(1)).toEqual(['Deine Aufgaben', 'Dein Profil', 'Wir bieten']);
    expect(items(text, 2)).toEqual(['Staplerschein', 'Zuverlässigkeit']);
  });

  it('ends a bulleted list at a label line or a new sentence, and keeps what follows as prose', () => {
    const text = 'Requirements\n- Patience with customers;\n- A driving licence.\nPAY: 19 euros an hour\nPlease write to the office and mention where you saw\nthis notice, with your earliest start date.\n';
    const doc = parse(text);
    expect(items(text, 0)).toEqual(['Patience with customers;', 'A driving licence.']);
    expect(doc.fields.map((f) => [f.label, f.value])).toContainEqual(['PAY', '19 euros an hour']);
  });

  it('does not add a later block without bullets to a section whose items its writer bulleted', () => {
    const text = 'Skills\n- Sewing by hand\n- Reading patterns\n\n$22 - $30\nHourly\n2 to 4 weeks\nDuration\n';
    expect(items(text, 0)).toEqual(['Sewing by hand', 'Reading patterns']);
    // Without bullets anywhere in the section, short lines are still its items.
    expect(items('Skills\nSewing by hand\nReading patterns\nCutting cloth\n', 0)).toEqual(['Sewing by hand', 'Reading patterns', 'Cutting cloth']);
  });

  it('reads an unbulleted section name between bullets as a heading that parts the list', () => {
    const text = 'Person specification\nMust have\n- A forklift licence\n- Two years in a warehouse\nBonus points\n- First aid training\n';
    expect(headings(text)).toEqual(['Person specification', 'Must have', 'Bonus points']);
    expect(recordOf(`Warehouse Operative\n\n${text}`, 'a.txt').qualifications?.preferred).toHaveLength(1);
  });

  it('reads a marked section name over a plain line of text as a heading ("■給与" / "月給…")', () => {
    const text = '倉庫スタッフ\n\n■仕事内容\n・商品の検品\n・ピッキング\n\n■給与\n月給22万円～28万円\n\n■勤務地\n神奈川県横浜市\n';
    expect(headings(text)).toEqual([null, '仕事内容', '給与', '勤務地']);
    const r = recordOf(text, 'a.txt');
    expect([r.salary?.min, r.salary?.max, r.locations[0]?.country]).toEqual([220000, 280000, 'JP']);
  });
  it('reads a section name marked with a symbol of its own over items marked with another as a heading ("■仕事内容" / "・…")', () => {
    const text = '倉庫スタッフ\n\n■仕事内容\n・商品の検品\n・ピッキング\n\n■応募資格\n・フォークリフト免許\n';
    expect(headings(text)).toEqual([null, '仕事内容', '応募資格']);
    const r = recordOf(text, 'a.txt');
    expect([r.responsibilities, r.qualifications?.required]).toEqual([['商品の検品', 'ピッキング'], ['フォークリフト免許']]);
    // The same symbol on the name and its items: all items; nor is a list's last item a heading.
    expect(headings('Warehouse Operative\n\n- Duties\n- Pick orders\n- Pack boxes\n')).toEqual(['Warehouse Operative']);
    expect(items('Perks\n• Free parking\n• Annual bonus\n\nPosted 3d ago\n', 0)).toEqual(['Free parking', 'Annual bonus']);
  });
  it('keeps a range of figures whole in a header line: its dash is no separator', () => {
    expect(headerParts('💰 $90k - $110k', true)).toBeNull();
    expect(headerParts('Acme | Baker | Leeds | £24k - £28k | Full-time', true)).toEqual(['Acme', 'Baker', 'Leeds', '£24k–£28k', 'Full-time']);
    // A middle dot parts two facts; dashes that part the line finer win; a title's "Role - Company" is no header.
    expect(headerParts('Kestrel Bikes · Remote (EU)', true)).toEqual(['Kestrel Bikes', 'Remote (EU)']);
    expect(headerParts('Line Cook - Nights - $19/hr · (Leeds)', true)).toEqual(['Line Cook', 'Nights', '$19/hr · (Leeds)']);
    expect(headerParts('Line Cook - Kestrel Bistro', true)).toBeNull();
    expect(headerParts('Acme - Baker - Leeds', true)).toEqual(['Acme', 'Baker', 'Leeds']);
    const r = recordOf('Night Baker\nAcme Bakery\n💰 $45k - $52k\n\nDuties\n- Bake\n- Clean\n', 'a.txt');
    expect([r.salary?.min, r.salary?.max]).toEqual([45000, 52000]);
  });

  it('reads lines wrapped at a width under a heading as one paragraph, not as items', () => {
    const text = 'About the shop\nWe are a family bakery with three shops in the old town and a\nsmall café that opens on weekends for breakfast and lunch.\n';
    expect(headings(text)).toEqual(['About the shop']);
    expect(items(text, 0)).toEqual([]);
  });

  it('reads a label in East Asian brackets and katakana middle-dot bullets', () => {
    const text = '【募集職種】品質管理スタッフ\n【勤務地】大阪府大阪市\n【仕事内容】\n・製品の検査\n・記録の作成\n';
    const doc = parse(text);
    expect(doc.fields.map((f) => [f.label, f.value])).toContainEqual(['募集職種', '品質管理スタッフ']);
    expect(recordOf(text, 'a.txt').title).toBe('品質管理スタッフ');
    expect(recordOf(text, 'a.txt').responsibilities).toEqual(['製品の検査', '記録の作成']);
  });

  it('reads a page copied as text: buttons part blocks, labels over values are facts, the list of other jobs ends the posting', () => {
    const text = [
      'Sign in', 'Pastry Cook', 'Copper Kettle Bakeries', 'Leeds, United Kingdom', 'Apply', 'Save', '',
      'Copper Kettle Bakeries bakes for forty cafés and is hiring a Pastry Cook.', '',
      'Requirements:', 'Two years in a pastry kitchen', 'Food hygiene certificate', 'Early Morning Starts', '',
      'Show more', 'Seniority level', 'Associate', 'Employment type', 'Full-time', 'Industries', 'Food Production',
      'Similar jobs', 'Head Baker', 'Flour Mill Ltd', 'York',
    ].join('\n');
    const r = recordOf(text, 'copied.txt');
    expect(r.company).toBe('Copper Kettle Bakeries');
    // The run's last line ("Early Morning Starts") is its last item, not a heading; nothing after it is a requirement.
    expect(r.qualifications.required).toEqual(['Two years in a pastry kitchen', 'Food hygiene certificate', 'Early Morning Starts']);
    expect(r.employmentType).toBe('full-time');
    expect(JSON.stringify(r)).not.toContain('Head Baker');
  });

  it('takes a firm named after its trade from the line under the title, and ends a run of lines at its last line', () => {
    const text = 'Window Cleaner\nBrightpane Cleaners\nLeeds, United Kingdom\n\nBrightpane Cleaners is hiring window cleaners for offices in Leeds.\n\nBenefits:\nPaid holiday\nA company van\nWeekly pay\n\nReport job\n';
    const r = recordOf(text, 'board.txt');
    expect(r.company).toBe('Brightpane Cleaners');
    expect(r.benefits).toEqual(['Paid holiday', 'A company van', 'Weekly pay']);
  });

  it('reads numbered lines that name sections as headings, their lettered lines as items', () => {
    const text = 'VACANCY: STOREKEEPER\n\n1. Background\nThe depot serves twelve clinics.\n\n2. Duties and responsibilities\na) Receive deliveries\nb) Keep the stock card\n\n3. Qualifications and experience\na) A diploma in stores management\nb) Two years in a warehouse\n';
    expect(headings(text).filter(Boolean)).toEqual(['Background', 'Duties and responsibilities', 'Qualifications and experience']);
    const r = recordOf(text, 'v.txt');
    expect(r.responsibilities).toEqual(['Receive deliveries', 'Keep the stock card']);
    expect(r.qualifications.required).toEqual(['A diploma in stores management', 'Two years in a warehouse']);
    // A numbered line that is an item stays an item.
    expect(items('Duties\n1. Receive deliveries from suppliers\n2. Count the stock\n', 0)).toHaveLength(2);
  });

  it('reads a job description saved from a PDF: page numbers are not items, the authority at the top is the employer', () => {
    const text = '          HOLLOWAY HARBOUR AUTHORITY\n\nJob Title:   Marine Electrician\nLocation:    Holloway Docks\n\nKEY DUTIES\n\n●   Maintain crane electrics.\n●   Test shore power units.\n\n                                  Page 1 of 2\nESSENTIAL REQUIREMENTS\n\n●   Electrical apprenticeship.\n●   Night shift availability.\n\n                                  Seite 2 von 2\n';
    const r = recordOf(text, 'jd.txt');
    expect(r.responsibilities).toEqual(['Maintain crane electrics.', 'Test shore power units.']);
    expect(r.qualifications.required).toEqual(['Electrical apprenticeship.', 'Night shift availability.']);
    expect(r.company).toBe('HOLLOWAY HARBOUR AUTHORITY');
  });
  it('reads a section\'s name or a lead-in and items numbered or parted by semicolons in one line', () => {
    const numbered = recordOf('Job Title: Porter\n\nResponsibilities: 1) Carry luggage 2) Greet guests 3) Call taxis\n\nRequirements: 1) Good English 2) Early starts\n', 'a.txt');
    expect([numbered.responsibilities, numbered.qualifications?.required]).toEqual([['Carry luggage', 'Greet guests', 'Call taxis'], ['Good English', 'Early starts']]);
    const semis = recordOf('Porter\n\nDuties: carrying luggage; greeting guests; calling taxis.\n\nYou will need: good English; early starts; a smile.\n', 'a.txt');
    expect([semis.responsibilities, semis.qualifications?.required]).toEqual([['carrying luggage', 'greeting guests', 'calling taxis'], ['good English', 'early starts', 'a smile']]);
    // One semicolon in a sentence is no list.
    expect(recordOf('Porter\n\nDuties: you will carry luggage; guests come first.\n', 'a.txt').responsibilities).toEqual([]);
  });
  it('reads a section\'s name and its items written in one line ("Requirements: • A • B")', () => {
    const r = recordOf('Night Baker\n\nDuties: • Bake bread • Clean ovens • Order flour\nWe offer: free bread\n', 'a.txt');
    expect(r.responsibilities).toEqual(['Bake bread', 'Clean ovens', 'Order flour']);
    // A label that names no section keeps its value, bullets and all.
    expect(recordOf('Night Baker\n\nShifts: • Mon • Tue\n', 'a.txt').responsibilities).toEqual([]);
  });
  it('reads a section\'s name in capitals opening a line, with a sentence after it, as a heading', () => {
    const text = 'Shift Lead\n\nESSENTIAL DUTIES AND RESPONSIBILITIES include the following. Other duties may be assigned.\nOpens the store.\nCounts the till.\n';
    expect(headings(text)).toContain('ESSENTIAL DUTIES AND RESPONSIBILITIES');
    expect(recordOf(text, 'a.txt').responsibilities).toEqual(['Opens the store.', 'Counts the till.']);
    // Capitals that name no section stay a line of text.
    expect(headings('Shift Lead\n\nNYC HQ is our main office.\nWe open at nine.\n')).not.toContain('NYC HQ');
  });

  it('reads a label after an emoji as a field ("🏢 Company: …", "📍 Location: …")', () => {
    const r = recordOf('🚀 Role: Night Courier\n🏢 Company: Swiftline Parcels\n📍 Location: Bristol\n\nDuties:\n- Deliver parcels\n- Scan each drop\n', 'a.txt');
    expect([r.title, r.company, r.locations[0]?.city]).toEqual(['Night Courier', 'Swiftline Parcels', 'Bristol']);
  });
  it('reads lines in a row that open with one emoji as a list, and an emoji before one line as a field\'s mark', () => {
    const doc = parse('Barista wanted!\n\n📍 Galway\n🕒 Part-time\n\nWhat you need:\n✅ A year behind a coffee bar\n✅ Latte art\n✅ Weekend availability\n');
    const lists = doc.sections.flatMap((x) => x.blocks).filter((b): b is List => b.type === 'list');
    expect(lists.map((l) => l.items.map((it) => it.text))).toEqual([['A year behind a coffee bar', 'Latte art', 'Weekend availability']]);
    const r = recordOf('Barista wanted!\n\n📍 Galway\n🕒 Part-time\n\nWhat you need:\n✔️ A year behind a coffee bar\n✔️ Latte art\n✔️ Weekend availability\n', 'a.txt');
    expect([r.locations[0]?.city, r.qualifications.required.length]).toEqual(['Galway', 3]);
    // A check mark with its emoji presentation selector is a bullet, the selector no part of the item.
    const checked = parse('Duties:\n✔️ Pull shots\n✔️ Steam milk\n').sections.flatMap((x) => x.blocks).filter((b): b is List => b.type === 'list');
    expect(checked.map((l) => l.items.map((it) => it.text))).toEqual([['Pull shots', 'Steam milk']]);
  });
});
