import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces } from '../../src/extractors/classify.js';
import { headingKind, leadInKind, markedPreferred } from '../../src/patterns/headings.js';
import { FC_SEED, recordOf, vocab } from '../helpers.js';
import { normalize } from '../../src/index.js';

describe('section headings, in every language the lexicons hold', () => {
  it.each([
    ["What you'll do", 'responsibilities'], ['Your mission', 'responsibilities'], ['Aufgaben', 'responsibilities'],
    ['Vos missions', 'responsibilities'], ['Must have', 'qualifications'], ['Dein Profil', 'qualifications'],
    ['Requisitos', 'qualifications'], ['Nice to have', 'preferred'], ['Bonus points', 'preferred'], ['Preferred Qualifications', 'preferred'],
    ['Perks', 'benefits'], ['What we offer', 'benefits'], ['Unser Angebot', 'benefits'], ['Ce que nous offrons', 'benefits'],
    ['How to apply', 'application'], ['About Acme', 'company'], ['Who we are', 'company'], ['Job Overview', 'overview'],
    ['Required Skills & Experience', 'qualifications'], ['Compensation & Benefits', 'benefits'], ['Salary & Bonus', 'compensation'],
    ['Das erwartet dich', 'responsibilities'], ['Das bringst du mit', 'qualifications'], ['Deine Vorteile bei uns', 'benefits'],
    ['Wij bieden', 'benefits'], ['Heb jij...', 'qualifications'], ['👉 Quais serão os seus desafios?', 'responsibilities'],
    ['Diferenciais:', 'preferred'], ['что предстоит делать:', 'responsibilities'], ['Wymagania', 'qualifications'],
    ['Aranan Nitelikler', 'qualifications'], ['仕事内容', 'responsibilities'], ['必須条件', 'qualifications'], ['歓迎条件', 'preferred'],
    ['岗位职责', 'responsibilities'], ['任职要求', 'qualifications'], ['담당업무', 'responsibilities'], ['우대사항', 'preferred'],
    ['Yêu cầu công việc', 'qualifications'], ['Kualifikasi', 'qualifications'], ['คุณสมบัติ', 'qualifications'], ['Requisiti', 'qualifications'],
    ['Offer', 'benefits'], ['Profile', 'qualifications'], ['The person:', 'qualifications'], ['The right person', 'qualifications'], ['Se ofrece:', 'benefits'], ['La empresa ofrece', 'benefits'], ['Essential skills', 'qualifications'],
    // A condition on the reader names who fits; "bonus" still marks what is only preferred.
    ["We'd be glad to meet you if you", 'qualifications'], ['Bonus points if you', 'preferred'],
    ['What we ask', 'qualifications'], ['What we expect from you', 'qualifications'], ['We give', 'benefits'], ['What you get', 'benefits'], ['Purpose of the role', 'overview'], ['JOB PURPOSE', 'overview'],
  ])('%s → %s', (heading, kind) => expect(headingKind(heading, vocab())).toBe(kind));
  it('does not classify sentences', () => {
    expect(headingKind('This sentence mentions responsibilities but is far too long to be a heading at all', vocab())).toBeNull();
  });
  it('classifies lead-ins by their last sentence', () => {
    expect(leadInKind('The ideal candidate brings:', vocab())).toBe('qualifications');
    expect(leadInKind("We're a small team. You'll get:", vocab())).toBe('benefits');
    expect(leadInKind("You'll get to try out:", vocab())).toBeNull();
    // Who fits, and what would make a candidate stand out.
    expect(leadInKind('You could be a great fit if you:', vocab())).toBe('qualifications');
    expect(leadInKind('Strong applicants may also:', vocab())).toBe('preferred');
    expect(leadInKind("It's even better if you:", vocab())).toBe('preferred');
    expect(leadInKind('Get in touch if you:', vocab())).toBe('qualifications');
    expect(leadInKind('No colon here', vocab())).toBeNull();
    // The duties in the conditional, and who would fit in it.
    expect(leadInKind("Day to day, you'd be:", vocab())).toBe('responsibilities');
    expect(leadInKind('In this job you would be:', vocab())).toBe('responsibilities');
    expect(leadInKind("You'd be a strong fit if you:", vocab())).toBe('qualifications');
    const r = recordOf("Junior Illustrator wanted at a small print studio\n\nYou'd be:\n- drawing book covers\n- preparing files for print\n\nYou have:\n- a portfolio\n- some Procreate experience\n", 'a.txt');
    expect(r.responsibilities).toEqual(['drawing book covers', 'preparing files for print']);
    // Whoever holds the job, then what they will do.
    expect(leadInKind('The technician will:', vocab())).toBe('responsibilities');
    expect(leadInKind('The ideal candidate will:', vocab())).toBe('qualifications');
    // A person specification's first list; "Essential duties" are duties.
    expect(leadInKind('Essential:', vocab())).toBe('qualifications');
    expect(headingKind('ESSENTIAL DUTIES', vocab())).toBe('responsibilities');
    expect(headingKind('Ce que nous attendons', vocab('fr'))).toBe('qualifications');
    expect(leadInKind('Le/la candidat·e devra impérativement :', vocab('fr'))).toBe('qualifications');
    expect(leadInKind('Position requires:', vocab())).toBe('qualifications');
    // A founder's warm voice, and an agency's third person for its client.
    expect(leadInKind("We'd love it if you:", vocab())).toBe('qualifications');
    expect(leadInKind('What they need:', vocab())).toBe('qualifications');
    expect(leadInKind("This role requires a commitment to our values:", vocab())).toBeNull();
  });
  it('marks items that are only preferred, but not for a detail in parentheses or a mild "preferred"', () => {
    expect(markedPreferred('Fluency in Dutch a plus', vocab())).toBe(true);
    expect(markedPreferred('Bonus: Rust', vocab())).toBe(true);
    expect(markedPreferred('Kotlin von Vorteil', vocab('de'))).toBe(true);
    expect(markedPreferred('有冷链物流工作经验优先', vocab('zh'))).toBe(true);
    expect(markedPreferred('Python (von Vorteil: Go)', vocab('de'))).toBe(false);
    expect(markedPreferred('Experience with C/C++ preferred', vocab())).toBe(false);
  });
});

describe('record lists', () => {
  it('leaves a job board\'s note under a list\'s heading out of the list ("Pulled from the full job description")', () => {
    const pasted = 'Bakery Assistant\nCrumbs & Co.\nYork\n\nBenefits\nPulled from the full job description\nStaff discount\nFree parking\n\nFull job description\nWe are hiring a bakery assistant for early shifts.\n\nDuties:\n- Bake bread\n- Serve customers\n';
    expect(recordOf(pasted, 'a.txt').benefits).toEqual(['Staff discount', 'Free parking']);
  });
  it('reads a label that names a list and its short items on one line, in any language, but not prose under such a label', () => {
    const en = recordOf('Stock Controller\n\nBrindle Foods is hiring a stock controller in Hull.\nDuties: Count stock, log deliveries, order supplies\nRequirements: Excel; a forklift licence; early starts\nPerks: Pension, free lunch\n', 'a.txt');
    expect([en.responsibilities, en.qualifications.required, en.benefits]).toEqual([['Count stock', 'log deliveries', 'order supplies'], ['Excel', 'a forklift licence', 'early starts'], ['Pension', 'free lunch']]);
    const ja = recordOf('<html><body><h1>倉庫スタッフ</h1><table><tr><th>仕事内容</th><td>入出荷作業、在庫管理、梱包</td></tr><tr><th>応募資格</th><td>フォークリフト免許、倉庫経験1年以上</td></tr></table></body></html>', 'a.html');
    expect([ja.responsibilities, ja.qualifications.required]).toEqual([['入出荷作業', '在庫管理', '梱包'], ['フォークリフト免許', '倉庫経験1年以上']]);
    const prose = recordOf('Stock Controller\n\nBrindle Foods is hiring a stock controller in Hull.\nRequirements: You should be able to count stock accurately, and you will need a forklift licence.\n', 'a.txt');
    expect(prose.qualifications.required).toEqual([]);
  });
  it('does not read a list of the forms of employment on offer as requirements', () => {
    const r = recordOf('# Tester\n\n## Requirements\n\n- Full-time staff\n- Freelance contractors\n- Part-time students\n\n## Must have\n\n- Three years of testing\n');
    expect(r.qualifications.required).toEqual(['Three years of testing']);
  });
  it('reads a list whose items a form closes with "(Required)" or "(Preferred)" as requirements, whatever its heading', () => {
    const text = 'Line Cook\n\nPine Street Diner\n\nDuties:\n- Prep vegetables\n- Work the grill\n\nExperience:\n- Cooking: 2 years (Required)\n- Breakfast service: 1 year (Preferred)\n\nLicense/Certification:\n- Food Handler Certification (Required)\n- ServSafe (Preferred)\n';
    const r = recordOf(text, 'a.txt');
    expect(r.qualifications.required).toEqual(['Cooking: 2 years (Required)', 'Breakfast service: 1 year (Preferred)', 'Food Handler Certification (Required)', 'ServSafe (Preferred)']);
    expect(r.experience?.minYears).toBe(2);
    // A list of facts without such marks stays facts.
    expect(recordOf('Line Cook\n\nSchedule:\n- Shift: Nights\n- Days: Monday to Friday\n', 'a.txt').qualifications.required).toEqual([]);
  });
  it('files headings of one level under an empty list heading before them as its parts', () => {
    const text = [
      'Key Responsibilities', '', 'Route Planning:', '', '   Plan the daily delivery routes.', '   Balance loads across vans.', '',
      'Driver Support:', '', '   Answer drivers on the radio.', '   Log incidents.', '', 'Qualifications', '', 'A forklift licence.', 'Shift work.',
    ].join('\n');
    const r = recordOf(text, 'a.txt');
    expect(r.responsibilities).toEqual(['Plan the daily delivery routes.', 'Balance loads across vans.', 'Answer drivers on the radio.', 'Log incidents.']);
    expect(r.sections.map((s) => s.kind)).toEqual(['responsibilities', 'responsibilities', 'responsibilities', 'qualifications']);
    expect(r.qualifications.required).toEqual(['A forklift licence.', 'Shift work.']);
  });
  it('files a heading of facts right under an empty requirements heading as a part of the requirements', () => {
    const text = [
      'Harbour Pilot', '', 'Duties', '- Board ships at the outer buoy', '- Steer them to their berth', '',
      'Requirements', 'Conditions of Employment', '- A master mariner certificate', '- A clean medical', '', 'Benefits', '- A boat to work',
    ].join('\n');
    const r = recordOf(text, 'a.txt');
    expect(r.qualifications.required).toEqual(['A master mariner certificate', 'A clean medical']);
    // With an item of its own, the requirements heading is not the facts' parent.
    const own = recordOf(text.replace('Requirements\n', 'Requirements\n- Ten years at sea\n\n'), 'a.txt');
    expect(own.qualifications.required).toEqual(['Ten years at sea']);
  });
  it('reads a long heading by its parts', () => {
    expect(headingKind('About You - What experience you will need for this job', vocab())).toBe('qualifications');
    expect(headingKind('About You - Other skills that will be useful but not required', vocab())).toBe('preferred');
  });
  it('does not read a heading that names the role as a requirements section', () => {
    const r = recordOf('# Ward Care\n\n## We are looking for a Night Nurse\n\n- Pay from £18 an hour\n- Four nights a week\n\n## What we look for\n\n- A nursing registration\n');
    expect(r.qualifications.required).toEqual(['A nursing registration']);
  });
  it('parts a run of lines at a lead-in, when the lines after it are full requirements', () => {
    const text = [
      'Data Engineer', '', 'What we expect:',
      'Deep knowledge of SQL and of tuning queries on warehouses with billions of rows',
      'Several years building batch pipelines with dbt, Airflow or a similar orchestrator',
      'It is a plus if you have:',
      'Experience running a cloud warehouse such as BigQuery or Redshift in production for a team',
      'Familiarity with dashboards in Looker or Metabase and with the people who read them',
      'Curiosity about logistics',
    ].join('\n');
    const r = recordOf(text, 'a.txt');
    expect(r.qualifications.required).toHaveLength(2);
    expect(r.qualifications.preferred).toHaveLength(3);
  });
  it('files items by their section, inherits the kind into sub-headings, and moves marked items to preferred', () => {
    const r = recordOf([
      '# Engineer', '', '## What you will do', '', '- Build', '- Ship', '',
      '## We are looking for', '', '**Core skills:**', '', '* Go', '* SQL', '* Kafka is a plus', '',
      '**Nice to have:**', '', '* Rust', '', '## Perks', '', '- Lunch', '', '## How to apply', '', '1. Send CV', '2. Interview',
    ].join('\n'));
    expect(r.responsibilities).toEqual(['Build', 'Ship']);
    expect(r.qualifications.required).toEqual(['Go', 'SQL']);
    expect(r.qualifications.preferred).toEqual(['Kafka is a plus', 'Rust']);
    expect(r.benefits).toEqual(['Lunch']);
    expect(r.applicationProcess).toEqual(['Send CV', 'Interview']);
  });
  it('keeps every section, including unknown ones, with nested items', () => {
    const r = recordOf('# T\n\n## Culture\n\n- **Candor:** honest\n  - always\n\nClosing words.\n');
    const culture = r.sections.find((s) => s.heading === 'Culture');
    expect(culture?.kind).toBe('other');
    expect(culture?.entries[0]?.items[0]?.text).toBe('always');
    expect(culture?.text).toContain('Closing words.');
  });
  it('reads the list under a "Job Description" heading as duties when there is no duties section', () => {
    const r = recordOf('Senior Engineer\n\nJob Description:\n\nDesign data pipelines for our platform\nReview code and mentor engineers\nShip features every week\n\nRequirements:\n\n5 years of Python\nStrong SQL\n', 'a.txt');
    expect(r.responsibilities).toHaveLength(3);
    expect(r.qualifications.required).toEqual(['5 years of Python', 'Strong SQL']);
  });
  it('files a list under a section name standing as the last line of a paragraph ("…Sunday.<br>Duties:")', () => {
    const html = '<h1>Prep Cook</h1><p>Dockside Diner hires a prep cook for weekend mornings.<br><br>Duties:<br>- Chop vegetables<br>- Portion sauces<br><br>Requirements:<br>- Food hygiene card</p>';
    const r = recordOf(html, 'a.html');
    expect(r.responsibilities).toEqual(['Chop vegetables', 'Portion sauces']);
    expect(r.qualifications.required).toEqual(['Food hygiene card']);
  });
  it('reads "you can expect:" as a lead-in to benefits', () => {
    const r = recordOf('Porter\n\nNice to have:\n- A forklift licence\n\nAs part of the crew you can expect:\n- Free meals\n- A pension\n', 'a.txt');
    expect(r.benefits).toEqual(['Free meals', 'A pension']);
    expect(r.qualifications.preferred).toEqual(['A forklift licence']);
  });
  it('does not read the closing of a letter under the last heading as items', () => {
    const r = recordOf('Hi everyone,\n\nOur shop hires a sales assistant.\n\nYou will need:\n- Retail experience\n- Weekend availability\n\nThanks for sharing,\nMaren Holt\n', 'a.txt');
    expect(r.qualifications.required).toEqual(['Retail experience', 'Weekend availability']);
  });
});

describe('isJobPosting', () => {
  it('knows a form to fill in by lists of placeholders, in any language', () => {
    const form = ['# [職種名]', '', '## 仕事内容', '', '- [業務1]', '- [業務2]', '- [業務3]', '', '## 応募資格', '', '- [必須条件1]', '- [必須条件2]', '', '## 福利厚生', '', '- [福利厚生1]', ''].join('\n');
    expect(recordOf(form).isJobPosting).toBe(false);
    // A posting with one bracketed note in a list stays a posting.
    const posting = ['# Cook', '', '## Duties', '', '- Prepare breakfast', '- Clean the kitchen', '- [optional] Bake bread', '', '## Requirements', '', '- A food hygiene certificate', ''].join('\n');
    expect(recordOf(posting).isJobPosting).toBe(true);
    // Blanks for pay and place hold currency signs and full stops: "[£X per hour]", "[No. of hours]".
    const jd = 'Job description: Kitchen Porter\n\nMain duties\n1. Wash pots and pans\n2. Keep the kitchen floor clean\n3. Take in deliveries\n\n[Employer name] pays [£X per hour] for [No. of hours] a week.\n';
    expect(recordOf(jd, 'a.txt').isJobPosting).toBe(false);
  });
  it('does not take a heading over nothing for a posting, but a few words that offer a job are one', () => {
    for (const bare of ['# Notes\n', '# Quarterly planning\n\nDraft.\n', '# Gärtner\n']) expect(recordOf(bare).isJobPosting).toBe(false);
    for (const short of ['# Gardener wanted\n\nTwo days a week in our allotments.\n', 'Brightwell | Gardener | Leeds | £12/hour\n', '# Gärtner (m/w/d)\n']) expect(recordOf(short).isJobPosting).toBe(true);
  });
  it('knows a careers page by the roles it lists by name and place, without links', () => {
    const page = '# Work at Tidewater\n\nWe build ferries and the software that runs them.\n\n## Open roles\n\n- Naval Architect — Bergen, Norway\n- Embedded Engineer — Remote\n- Welding Inspector (Night Shift) — Bergen, Norway\n\nWrite to jobs@tidewater.example.\n';
    const r = normalize(page, { path: 'careers.md' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'careers-page']);
    // A posting whose team list names roles is still a posting: it has duties and requirements.
    const posting = '# Naval Architect\n\n## You will work with\n\n- Embedded Engineer\n- Welding Inspector\n- Project Manager\n\n## Duties\n\n- Draw hulls\n- Check stability\n\n## Requirements\n\n- A degree in naval architecture\n';
    expect(recordOf(posting).isJobPosting).toBe(true);
  });
  it('knows a page of openings by a table whose rows are roles with their place and terms', () => {
    const page = '<html><body><h1>Vacancies</h1><table><tr><th>Role</th><th>Town</th><th>Hours</th></tr><tr><td>Night Porter</td><td>Keswick</td><td>Full-time</td></tr><tr><td>Housekeeper</td><td>Keswick</td><td>Part-time</td></tr><tr><td>Sous Chef</td><td>Ambleside</td><td>Full-time</td></tr></table><p>Send your CV to jobs@fellsidehotels.example.</p></body></html>';
    const r = normalize(page, { path: 'vacancies.html' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'careers-page']);
    // A posting whose table gives its own facts is still one.
    const posting = '<html><body><h1>Night Porter</h1><table><tr><th>Town</th><td>Keswick</td></tr><tr><th>Hours</th><td>Full-time</td></tr></table><h2>Duties</h2><ul><li>Check guests in late</li><li>Walk the fire rounds</li></ul></body></html>';
    expect(recordOf(posting, 'p.html').isJobPosting).toBe(true);
  });
  it('knows a careers page or a job alert by roles headed by name, each with a few short lines of facts at most', () => {
    const page = '# Join Saltmarsh Ferries\n\nWe run the island ferries and are growing.\n\n### Deck Officer\n\nPortree · Full-time\n\n### Marine Engineer\n\nPortree or Oban · Full-time\n\n### Booking Assistant (Summer)\n\nOban · Seasonal\n\n## Why sail with us\n\n- Free travel for your family\n- A pension\n';
    const r = normalize(page, { path: 'careers.md' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'careers-page']);
    // A job alert: each role headed by its name, its employer, place and pay on short lines under it.
    const alert = 'Your job alert: 4 new jobs for "welder"\n\nPipe Welder\nNorthfleet Fabrication · Gravesend\n£17 an hour\n\nMIG Welder\nKentish Steel · Dartford\n£32,000 a year · Full-time\n\nWelder Fabricator\nMedway Gates · Rochester\n£16.50 an hour\n\nTrainee Welder\nThames Works · Erith\n£24,000 a year\n';
    expect(recordOf(alert, 'a.txt').isJobPosting).toBe(false);
    // A posting whose sections a role's name heads, with prose under each, is a posting of several roles' duties.
    const posting = '# Deck Officer\n\n## Duties\n\n- Keep watch\n- Moor the ferry\n\n## Requirements\n\n- A watchkeeping certificate\n\n### Second Officer\n\nYou will stand in for the first officer.\n';
    expect(recordOf(posting).isJobPosting).toBe(true);
  });
  it('takes the headed lists of a posting in a language no table reads in the order postings give them', () => {
    // Romanian: no lexicon. Duties, then requirements, then what is offered.
    const ro = 'Sudor\nFirma: Oțelăria Nord SRL\n\nSarcini:\n- sudarea structurilor metalice în hala de producție\n- verificarea cusăturilor și completarea fișelor de control\n\nCerințe:\n- atestat de sudor valabil și experiență în domeniu\n\nOferim:\n- bonuri de masă pentru fiecare zi lucrată\n- transport gratuit până la locul de muncă\n';
    const r = recordOf(ro, 'a.txt');
    expect(r.language).toBe('ro');
    expect([r.responsibilities.length, r.qualifications.required.length, r.benefits.length]).toEqual([2, 1, 2]);
    // A posting whose sections a table reads keeps them as read.
    const en = recordOf('# Welder\n\n## Benefits\n\n- Meals\n- Transport\n\n## Duties\n\n- Weld frames\n');
    expect([en.responsibilities, en.benefits]).toEqual([['Weld frames'], ['Meals', 'Transport']]);
  });
  it('leaves the facts listed under the name at the top out of that order', () => {
    // Bulgarian: the name, then its employer and town as a list, then three headed lists.
    const bg = 'Готвач\n\nКухня Бор ЕООД\nПловдив\n\nЗадачи\n- приготвяне на ястия по рецепти\n- поддържане на чистотата в кухнята\n\nИзисквания\n- опит в кухня на ресторант\n\nПредлагаме\n- храна на работното място\n- транспорт до обекта\n';
    const r = recordOf(bg, 'a.txt');
    expect(r.language).toBe('bg');
    expect([r.responsibilities.length, r.qualifications.required.length, r.benefits.length]).toEqual([2, 1, 2]);
  });
  it('gives unread lists the places of the order left before a list a table reads', () => {
    // Slovak: duties and requirements under words no table holds, then benefits under one a table knows ("benefity").
    const sk = 'Kuchár\n\nNáplň práce, zodpovednosti:\n- príprava jedál podľa receptúr\n- udržiavanie poriadku v kuchyni\n\nPožiadavky na zamestnanca\n- prax v kuchyni reštaurácie\n\nBenefity\n- strava na pracovisku\n- doprava do práce\n';
    const r = recordOf(sk, 'a.txt');
    expect([r.responsibilities.length, r.qualifications.required.length, r.benefits.length]).toEqual([2, 1, 2]);
  });
  it('gives an unread list after the last read one the place that follows it', () => {
    // Croatian: "Opis posla" is read as the duties; the list after it, under a word no table holds, is the requirements.
    const hr = 'Vozač\n\nOpis posla\n- dostava robe kupcima\n- utovar i istovar vozila\n\nOčekujemo\n- vozačka dozvola B kategorije\n- točnost i pouzdanost\n';
    const r = recordOf(hr, 'a.txt');
    expect([r.responsibilities.length, r.qualifications.required.length, r.benefits.length]).toEqual([2, 2, 0]);
  });
  it('counts a list under the description, read as the duties, as the first of that order', () => {
    // Croatian: "Opis posla" is read as the description; the two lists after it are unread.
    const hr = 'Kuhar\n\nOpis posla\n- priprema jela prema recepturi\n- održavanje čistoće kuhinje\n\nOčekujemo\n- iskustvo u kuhinji restorana\n\nNudimo\n- topli obrok\n- prijevoz do posla\n';
    const r = recordOf(hr, 'a.txt');
    expect([r.responsibilities.length, r.qualifications.required.length, r.benefits.length]).toEqual([2, 1, 2]);
  });
  it('takes a list whose items ask for experience or a degree, under a heading no table names, for the requirements', () => {
    const posting = '# Ferry Deckhand\n\n## What makes you a fit?\n\n- Two years of experience on passenger vessels\n- A bachelor\'s degree or a seafarer\'s certificate\n- Calm in rough weather\n\n## Duties\n\n- Moor the ferry\n- Help passengers aboard\n';
    expect(recordOf(posting).qualifications.required).toHaveLength(3);
    // Beside a requirements section the tables name, such a list is left as it stands.
    const named = posting.replace('## Duties', '## Requirements\n\n- A first-aid certificate\n- Able to swim\n\n## Duties');
    expect(recordOf(named).qualifications.required).toEqual(['A first-aid certificate', 'Able to swim']);
  });
  it('knows a careers index by many roles linked to their own pages, whatever requirements it lists', () => {
    const roles = ['Welder', 'Rigger', 'Crane Operator', 'Site Engineer', 'Safety Officer', 'Planner'].map((r, i) => `- [${r}](jobs/role-${i}.md)`).join('\n');
    const page = `# Careers at Hullworks\n\nWe build ships.\n\n## Open roles\n\n${roles}\n\n## What we look for\n\n- Experience in shipbuilding\n- A trade certificate\n\n## How to apply\n\nSend your CV to jobs@hullworks.example.\n`;
    expect(recordOf(page).isJobPosting).toBe(false);
  });
  it('knows a board\'s search results by roles listed each with its own pay or terms', () => {
    const cards = (n: number) => ['<h1>Cook jobs near Dover</h1><ul>',
      '<li><h2>Line Cook</h2><p>Harbour Grill · Dover</p><p>£12 an hour · Full-time</p></li>',
      '<li><h2>Pastry Cook - Mornings</h2><p>Cliff Bakery · Deal</p><p>£13 an hour · Part-time</p></li>',
      '<li><h2>Head Chef</h2><p>The Anchor · Folkestone</p><p>£34,000 a year · Full-time</p></li>',
      '<li><h2>Kitchen Porter</h2><p>Seaview Hotel · Dover</p><p>£11.50 an hour · Part-time</p></li>'].slice(0, n + 1).join('\n') + '</ul>';
    const r = normalize(cards(4), { path: 'results.html' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'careers-page']);
    // One card alone is one posting's header, not a list of openings.
    expect(recordOf(cards(1), 'one.html').isJobPosting).toBe(true);
  });
  it('knows a letter to one named person (an offer, a reply) by its salutation and its closing', () => {
    const letter = 'Dear Mr. Haddad,\n\nWe are pleased to offer you the role of Store Manager at Pinecrest Outfitters, starting on 3 March 2027, at a salary of £38,000 a year.\n\nThis is a full-time role in our York shop.\n\nKind regards,\nJane Ellis\n';
    const r = normalize(letter, { path: 'offer.txt' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'letter']);
    // Under a subject line too.
    const headed = normalize(`Offer of Employment\n\n${letter}`, { path: 'offer.txt' });
    expect([headed.record?.isJobPosting, headed.record?.classification.kind]).toEqual([false, 'letter']);
    // A posting written to candidates in general stays a posting.
    const call = 'Dear candidates,\n\nPinecrest Outfitters is hiring a Store Manager for our York shop.\n\nResponsibilities:\n- Run the shop\n- Lead a team of six\n\nRequirements:\n- Two years in retail management\n\nKind regards,\nJane Ellis\n';
    expect(recordOf(call, 'call.txt').isJobPosting).toBe(true);
  });
  it('knows a CV by its dated entries, months written before the years', () => {
    const cv = 'Tomasz Wrona\nWarehouse Supervisor at Baltic Freight · Gdynia\n\nWarehouse Supervisor\nBaltic Freight\nMar 2020 - Present\n- Run a shift of 20 people\n\nForklift Operator\nPort Logistics\nJun 2016 - Feb 2020\n\nTechnical School of Logistics, Sep 2012 - Jun 2016\n';
    const r = normalize(cv, { path: 'profile.txt' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'cv']);
  });
  it('knows a course and a report on jobs by phrases of their own, and a newsletter of roles each with its pay', () => {
    const course = '# Learn to be a UX Designer\n\nOur 10-week bootcamp prepares you for your first design job.\n\n## Curriculum\n\n- Research\n- Wireframes\n- Prototypes\n\n## Requirements\n\n- No experience needed\n\n## Tuition\n\n$3,500. The next cohort starts in May.\n';
    expect(recordOf(course).isJobPosting).toBe(false);
    const report = '# Nurse pay in Ireland, 2027\n\nAccording to our survey of 900 nurses, the median salary is €48,000.\n\n## What hospitals ask for\n\n- A nursing degree\n- Two years of experience\n\n## Methodology\n\nRespondents were recruited online.\n';
    expect(recordOf(report).isJobPosting).toBe(false);
    const digest = 'Picks of the week\n\n1. Pastry Chef — Bramble Bakery — Bristol — £29k\nLaminated doughs.\n\n2. Sous Chef — The Quay — Cardiff — £34k\nBusy seafood kitchen.\n\n3. Line Cook — Ember — Bath — £12/hr\nWood-fired grill.\n';
    expect(recordOf(digest, 'digest.txt').isJobPosting).toBe(false);
  });
  it('knows a thread of several employers\' postings, each under its own header line, from one posting of several roles', () => {
    const thread = ['Who is hiring? (March 2027)', '', 'Pebblebank | Data Engineer | Leeds | ONSITE | £55k', 'We build savings apps for credit unions.', '', 'Orchard Grid | Firmware Engineer | Remote (EU) | Full-time', 'Smart meters for allotments. Email jobs@example.org.', '', 'Lumen Tiles | Frontend Developer | Porto | Hybrid', 'Ceramics marketplace, 9 people.', ''].join('\n');
    const r = normalize(thread, { path: 'thread.txt' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'careers-page']);
    // One employer's posting with a header line per role is still a posting.
    const roles = ['Pebblebank is hiring', '', 'Data Engineer | Leeds | £55k', 'Analytics Engineer | Leeds | £50k', 'Platform Engineer | Remote (UK) | £60k', '', 'We build savings apps for credit unions and are looking for engineers who like data.', '', 'Requirements:', '- Python', '- SQL', ''].join('\n');
    expect(recordOf(roles, 'roles.txt').classification.reasons.join(' ')).not.toMatch(/header line of its own/);
  });
  it('knows a hiring guide\'s sample job description by its opening words about itself, whatever lists it holds', () => {
    const sample = '# Barista job description\n\nUse this barista job description sample for your café. Customize it to fit your needs.\n\n## Barista responsibilities\n\n- Prepare coffee drinks\n- Keep the counter clean\n\n## Requirements\n\n- Experience in a busy café\n- Friendly manner\n\nThe average barista earns $15 an hour.\n';
    const r = normalize(sample, { path: 'sample.md' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'template']);
    // A posting that asks its reader to tailor an application is no sample.
    expect(recordOf('# Barista\n\nBean Street Café, Leeds\n\nSend us a CV and tailor it to our café.\n\n## Duties\n\n- Make coffee\n- Serve customers\n', 'a.md').isJobPosting).toBe(true);
  });
  it('knows a job description template by the blank where the employer\'s name goes', () => {
    const template = 'Job description: Kitchen Porter\n\nMain duties\n- Wash pots and pans\n- Keep the kitchen clean\n\nPerson specification\nEssential: reliability; a good work ethic\n\n[Company name] welcomes applications from everyone. Pay: [£X an hour]. Place of work: [Town].\n';
    const r = normalize(template, { path: 'template.txt' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'template']);
  });
  it('knows a news story by the byline under its headline', () => {
    const story = '# Shipyards struggle to find welders\n\nBy Ana Ferreira · 3 March 2027\n\nYards on the coast say they cannot fill openings for welders and fitters, with pay rising to €48,000 a year.\n\nOne foreman said the shortage would last for years.\n';
    const r = normalize(story, { path: 'news.md' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'article']);
  });
  it('knows a company blog post by the byline and reading time under its headline, in any language, whatever lists and hiring line it holds', () => {
    const post = '# How our bakers plan a week of bread\n\nBy Tom Reed · 12 May 2027 · 5 min read\n\nEvery Sunday the bakers sit down with the week\'s orders.\n\n## What we check\n\n- The orders from cafés\n- The flour in stock\n- Who is on leave\n\n## What we look for in a baker\n\n- Patience with sourdough\n- An early start\n- Care for the team\n\nWe are hiring a Night Baker; see our careers page.\n';
    const r = normalize(post, { path: 'blog.md' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'article']);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/reading time/);
    const de = normalize(post.replace('5 min read', 'Lesezeit: 5 Min.'), { path: 'blog.md' });
    expect(de.record?.classification.reasons.join(' ')).toMatch(/reading time/);
    expect(de.record?.isJobPosting).toBe(false);
    // A posting saying how long a shift lasts is no article.
    const shift = '# Night Baker\n\nCrumb & Co. · Leeds\n\nShifts start at 4 am with a 30 min break.\n\n## Duties\n\n- Mix and shape dough\n- Run the ovens\n\n## Requirements\n\n- An early start\n';
    expect(recordOf(shift, 'job.md').isJobPosting).toBe(true);
  });
  it('knows an article by its numbered points, in any language, and keeps a posting that numbers its parts', () => {
    const post = '---\ntitle: "Hiring at a small bakery: three things we learned"\nauthor: Tom Reed\n---\n\nLast year we hired six bakers, and we are hiring again this spring. This is what we learned.\n\n## 1. Say what the day looks like\n\nAn advert should tell a baker when the shift starts and who they will work with.\n\n## 2. Answer everyone\n\nEveryone who applies hears back within a week.\n\n## 3. Put the pay in the advert\n\nWe started printing the hourly rate and got more applications from bakers.\n';
    const r = normalize(post, { path: 'blog.md' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'article']);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/numbered as the points/);
    const de = '# Fünf Tipps für Ihr Vorstellungsgespräch\n\n## 1. Pünktlich sein\n\nKommen Sie zehn Minuten früher.\n\n## 2. Die Firma kennen\n\nLesen Sie die Webseite der Firma.\n\n## 3. Fragen stellen\n\nFragen Sie nach dem Team und den nächsten Schritten.\n';
    expect(normalize(de, { path: 'tipps.md' }).record?.classification.reasons.join(' ')).toMatch(/numbered as the points/);
    // A posting numbering its parts: its parts are a posting's.
    const posting = '# Night Baker\n\nCrumb & Co., Leeds. We are looking for a night baker.\n\n## 1. Your tasks\n\n- Mix and shape dough\n\n## 2. Your profile\n\n- Two years in a bakery\n\n## 3. What we offer\n\n- A shift bonus\n';
    const p = normalize(posting, { path: 'job.md' }).record;
    expect(p?.isJobPosting).toBe(true);
    expect(p?.classification.reasons.join(' ')).not.toMatch(/numbered as the points/);
  });
  it('knows a press release on an appointment by its dateline, in any language, and by its wording', () => {
    const release = '# Brightwater Foods names Karl Mendes Head of Supply Chain\n\nLISBON, 14 February 2027 — Brightwater Foods has named Karl Mendes as its Head of Supply Chain. He joins from a dairy cooperative in Porto.\n\nMendes will be based in Lisbon.\n';
    const r = normalize(release, { path: 'release.md' });
    expect([r.record?.isJobPosting, r.record?.classification.kind]).toEqual([false, 'article']);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/dateline/);
    const de = '# Nordwerk beruft neue Personalchefin\n\nMÜNCHEN, 2. März 2027 – Die Nordwerk AG hat Jana Vogt zur Leiterin Personal berufen. Sie kommt von einem Maschinenbauer aus Augsburg.\n';
    expect(recordOf(de, 'meldung.md').isJobPosting).toBe(false);
    const wording = '# Copperfield Bank names a new Chief Risk Officer\n\nCopperfield Bank today announced that Mira Osei will join as Chief Risk Officer in Leeds from April.\n\nMedia contact: desk@example.org\n';
    expect(recordOf(wording, 'news.md').isJobPosting).toBe(false);
    // A posting whose first line names its city in capitals and its start date keeps its verdict: no dash after the date.
    const posting = '# Warehouse Operative\n\nLEEDS, from March 2027. We are looking for warehouse operatives for our night shift.\n\n## Responsibilities\n\n- Pick orders\n';
    expect(recordOf(posting, 'job.md').isJobPosting).toBe(true);
  });
  it('knows a team page by the people it lists with their roles', () => {
    const team = '# Our people\n\nWe are nine people making route-planning software for couriers.\n\n- **Jonas Berg** — Founder and CEO\n- **Amira Saleh** — Backend Engineer\n- **Luca Romano** — Product Designer\n- **Hana Sato** — Support Specialist\n';
    const r = normalize(team, { path: 'team.md' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/team page: 4 people/);
    // A posting naming the people the hire will work with keeps its verdict.
    const posting = '# Backend Engineer\n\nWe are looking for a backend engineer.\n\n## Responsibilities\n\n- Build our routing API\n\n## Your team\n\n- Jonas Berg — Founder and CEO\n- Amira Saleh — Backend Engineer\n- Luca Romano — Product Designer\n';
    expect(recordOf(posting).isJobPosting).toBe(true);
  });
  it('counts every person of a roster once two of their roles are known, and a first name that is also a role word', () => {
    // "Founder and head weaver" names no role the tables know; "Dev" is a first name here, not a developer.
    const page = '# About Loomwright Textiles\n\nLoomwright is a weaving mill in the Borders, founded in 1998.\n\n## Our team\n\n- Ruth Hale — Founder and head weaver\n- Dev Marsh — Loom technician\n- Ana Silva — Studio manager\n\n## What we value\n\n- Wool from local farms\n- Fair pay for everyone in the mill\n';
    const r = normalize(page, { path: 'about.md' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/team page: 3 people/);
  });
  it('does not call prose a posting when it names a role and nothing else a posting has', () => {
    const welcome = '# Say hello to our new Head of Design\n\nWe are delighted to welcome Tomas Varga as Head of Design at Brightwell. Tomas spent eight years at an agency in Lisbon, where he led the redesign of two banking apps and a national rail timetable.\n\nAt Brightwell he will lead our team of nine designers and shape the look of everything we ship. Outside work he restores old bicycles.\n';
    const r = normalize(welcome, { path: 'news.md' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/nothing a posting has/);
    const product = '<html><head><title>Rotaly - Rotas for cafés</title></head><body><h1>Rotas your team will actually read</h1><p>Rotaly builds weekly rotas in minutes, tracks hours and reminds every barista of their next shift by text message. Managers approve swaps in one tap and export hours to payroll at the end of the month.</p><p>Plans start at $4 per user per month, and teams under five use it free.</p></body></html>';
    const p = recordOf(product, 'a.html');
    expect(p.isJobPosting).toBe(false);
    expect(p.salary).toBeNull();
  });
  it('keeps prose that offers a position, and a form of facts in a language without tables, as postings', () => {
    const academic = '# Research Fellow in Soil Ecology\n\nA research fellow position is available in the soil ecology group at the Northfield Institute. The fellow will run field trials on cover crops and analyse microbial communities in the lab. Experience with amplicon sequencing and R is expected, and a PhD in ecology or a related field is required.\n';
    expect(recordOf(academic).isJobPosting).toBe(true);
    // Nor a phrase of recruiting, terms or pay: what the candidate must bring says it.
    const lab = '# Research Software Engineer\n\nThe Marine Acoustics Lab at Eastfield University builds open-source tools for listening to whales. We would like to bring on an engineer to maintain our Python packages and help students use them. Experience with scientific Python and packaging is essential; familiarity with signal processing would help. The appointment is for two years.\n';
    expect(recordOf(lab).isJobPosting).toBe(true);
    const sw = 'Nafasi: Fundi Seremala\nKampuni: Mbao Bora Ltd\nMahali: Moshi, Tanzania\nAina ya Kazi: Muda wote\n\nMajukumu:\nKutengeneza samani za ofisi na nyumbani kwa wateja wetu wa mjini na vijijini, kwa kutumia mashine na zana za mkono. Kupima, kukata na kuunganisha mbao kwa usahihi kulingana na michoro iliyotolewa na msimamizi wa karakana.\n';
    expect(recordOf(sw, 'a.txt').isJobPosting).toBe(true);
  });
  it('knows a career guide\'s page on an occupation by its phrases of pay and outlook', () => {
    const page = '# Plumber\n\nPlumbers install and repair pipes in homes and businesses.\n\n## What plumbers do\n\n- Read blueprints\n- Install pipes and fixtures\n- Repair leaks\n\n## How to become a plumber\n\nMost plumbers learn through a four-year apprenticeship.\n\n## Pay\n\nThe median annual wage for plumbers was $61,550.\n\n## Job outlook\n\nEmployment of plumbers is projected to grow 6 percent.\n';
    expect(recordOf(page).isJobPosting).toBe(false);
  });
  it('knows a guide that speaks of itself as a post, whatever example lists it shows', () => {
    const guide = '---\ntitle: How to write a bakery job ad that gets answers\ndate: 2025-03-01\n---\n\nIn this post we go through the parts a good ad needs.\n\n## 1. Duties\n\nList the work, starting with verbs:\n\n- Bake bread before dawn\n- Keep the ovens clean\n\n## 2. Requirements\n\n- 2+ years in a bakery\n- A food hygiene certificate\n\n## 3. Pay\n\nSay the pay, such as $19 an hour.\n';
    const r = normalize(guide, { path: 'guide.md' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/article wording/);
  });
  it('knows a salary aggregator\'s page on a job title by its phrases', () => {
    const page = '# Welder salary in Australia\n\nThe average welder earns A$78,000 a year. Entry level positions start at A$65,000 while most experienced workers make up to A$98,000.\n\n## Salary by city\n\n- Perth: A$84,000\n- Brisbane: A$76,000\n';
    const r = normalize(page, { path: 'welder.md' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/a report on jobs/);
  });
  it('takes a company page that says it hires now and then, naming no role and listing nothing, for no posting', () => {
    const page = '# About Millbrook\n\nMillbrook repairs bicycles for delivery firms. We started in 2019 in Cork and now have 12 mechanics.\n\nWe work a four-day week, and we are hiring from time to time; roles appear on our jobs page when they open.\n';
    const r = normalize(page, { path: 'about.md' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/names no role/);
    // A short note that names the role it hires for is one.
    expect(recordOf('Bike mechanic wanted - Cork\n\nMillbrook is hiring a bike mechanic, four days a week, €16 an hour. Call Aoife.\n', 'a.txt').isJobPosting).toBe(true);
  });
  it('knows a labour-market bulletin by its counts of advertised jobs, whatever roles and pay it names', () => {
    const page = 'Jobs bulletin: March\n\nAdvertised pay for care workers rose 2% month on month, and job postings fell in retail.\n\nMost advertised roles\n1. Care worker\n2. Warehouse operative\n\nThe median advertised wage for a care worker was £12.40 an hour.\n';
    const r = normalize(page, { path: 'bulletin.txt' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/a report on jobs/);
  });
  it('knows a CV by its dated entries of a career, even when its headings are a posting\'s words', () => {
    const cv = '# Ola Berg\n\nLogistics Planner · Oslo\n\n## Experience\n\n**Planner, Fjord Freight** (2020–present)\n- Planned routes for 40 trucks\n\n**Clerk, Harbour Stores** (2015 - 2020)\n- Kept stock records\n\n## Education\n\nBSc Logistics\n\n## Skills\n\nSAP, Excel\n';
    const r = normalize(cv, { path: 'cv.md' });
    expect(r.record?.isJobPosting).toBe(false);
    expect(r.record?.classification.reasons.join(' ')).toMatch(/dated entries of a career/);
  });
  it('knows a CV by three of its section names, underlined with dots, even beside posting-like headings', () => {
    const rule = '.'.repeat(60);
    const cv = [
      'MARTA LINDGREN', 'Backend Developer', '', 'CONTACT', rule, 'marta@example.org', '', 'PERSONAL STATEMENT', rule,
      'I build payment systems and I like clean code. I have led my own small team.', '', 'EDUCATION', rule, 'MSc Computer Science 2012',
      '', 'WORK EXPERIENCE', rule, '* 5 years as Developer at Northwind', '* 3 years as Tester at Fabrikam', '', 'INTERESTS', rule, 'Climbing, chess',
    ].join('\n');
    expect(recordOf(cv, 'cv.txt').isJobPosting).toBe(false);
  });
  it('keeps a posting without salary or apply link', () => {
    const r = recordOf('# Data Engineer\n\nWe are looking for a Data Engineer.\n\n## Responsibilities\n\n- Build pipelines\n\n## Requirements\n\n- SQL\n');
    expect(r.isJobPosting).toBe(true);
    expect(r.classification.postingProbability).toBeGreaterThan(0.5);
  });
  it('keeps a posting in a language without English cues: recall first', () => {
    const r = recordOf('# データアナリスト\n\n## 仕事内容\n\n- データ分析\n- レポート作成\n\n## 必須条件\n\n- SQL\n', 'a.md');
    expect(r.isJobPosting).toBe(true);
    expect(r.language).toBe('ja');
  });
  it('does not read the short words of a language without a lexicon as English pronouns ("i" is Croatian "and")', () => {
    const text = 'Skladištar u Zagrebu\n\nTvrtka Lučki Terminal d.o.o. traži skladištara za naše skladište u Zagrebu. Radit ćeš u timu i u dvije smjene, i to od ponedjeljka do petka.\n\nPosao\n- prijem i otprema robe\n- slaganje i pakiranje\n- vožnja viličara i utovar\n\nNudimo\n- stalni posao\n- topli obrok\n';
    const r = recordOf(text, 'a.txt');
    expect([r.language, r.isJobPosting]).toEqual(['hr', true]);
    // Its first heading, over prose, stands for the title.
    expect(r.title).toBe('Skladištar u Zagrebu');
  });
  it('takes the heading at the very top of a posting in a language without a lexicon for its title, though short lines under it were read as a list', () => {
    const r = recordOf('Skladník\n\nLogistika Dvořák s.r.o.\nPlzeň\n\nNáplň práce\n- příjem zboží\n- vychystávání objednávek\n', 'a.txt');
    expect([r.language, r.title]).toEqual(['cs', 'Skladník']);
  });
  it('gives postingProbability the same meaning whatever the verdict', () => {
    const posting = recordOf('# Data Engineer\n\n## Responsibilities\n\n- Build pipelines\n\n## Requirements\n\n- SQL\n');
    const article = recordOf("---\ntitle: Why I left my job\nauthor: Sam\n---\n\nI quit my job last year. My manager was great, but I wanted more. I think I was right, and my friends told me I was.\n");
    expect(posting.classification.postingProbability).toBeGreaterThan(0.5);
    expect(article.classification.postingProbability).toBeLessThan(0.5);
  });
  it('leaves out articles, templates, handbooks, CVs, cover letters and error pages, with reasons', () => {
    const article = recordOf("---\ntitle: Why I left my job\nauthor: Sam\n---\n\nI quit my job last year. My manager was great, but I wanted more. I think I was right, and my friends told me I was.\n");
    expect(article.isJobPosting).toBe(false);
    const template = recordOf('# Job Description Template\n\n## Responsibilities\n\n- [Responsibility 1]\n- [Responsibility 2]\n- [Responsibility 3]\n');
    expect(template.isJobPosting).toBe(false);
    expect(template.classification.reasons.some((x) => x.includes('template'))).toBe(true);
    const handbook = recordOf('# Interviewing for an Android role\n\n## Structure\n\n- Introduce yourself\n\n## Technical Questions\n\n- What is a closure?\n');
    expect(handbook.isJobPosting).toBe(false);
    expect(handbook.diagnostics.map((d) => d.code)).toContain('not-a-posting');
    const cv = recordOf('JANE ROE\nData Engineer\n\nPERSONAL STATEMENT\nI build data systems. I have led teams and I love my work.\n\nWORK EXPERIENCE\n* 2019-2024 Data Engineer at Acme\n\nHOBBIES\nClimbing\n', 'cv.txt');
    expect(cv.isJobPosting).toBe(false);
    const letter = recordOf('Dear Hiring Manager,\n\nI am excited to apply for the Data Engineer position at Acme. I have built pipelines for ten years and I led my team well.\n\nSincerely,\nJane Roe\n', 'letter.txt');
    expect(letter.isJobPosting).toBe(false);
    expect(recordOf('Acme Careers\nOops!\nWe could not find that page. Please reload and try again.\n', 'e.txt').isJobPosting).toBe(false);
  });
  it('leaves out a job seeker\'s post, in several languages, and keeps a posting that asks whether the reader is looking', () => {
    const seeker = recordOf('Open to work!\n\nAfter four years at a bakery chain I am looking for my next role as a Pastry Chef in Leeds.\n\nWhat I bring:\n- Lamination\n- Team lead of 3\n\nIf your kitchen is hiring, let me know.\n', 'a.txt');
    expect(seeker.isJobPosting).toBe(false);
    expect(seeker.classification.reasons.some((x) => x.includes('job seeker'))).toBe(true);
    expect(recordOf('Cocinero con 8 años de experiencia. Busco empleo en Valencia o alrededores, jornada completa. Disponible de inmediato.\n', 'a.txt').isJobPosting).toBe(false);
    const posting = recordOf('# Pastry Chef\n\nAre you looking for a new role in a kitchen that bakes from scratch? We are hiring a Pastry Chef in Leeds.\n\n## Duties\n- Laminate doughs\n- Plan the menu\n', 'a.md');
    expect(posting.isJobPosting).toBe(true);
  });
  it('does not call markdown link text a placeholder', () => {
    const r = recordOf('# Data Engineer\n\n## Responsibilities\n\n- Build [pipelines](https://a.example/p) and [dashboards](https://a.example/d)\n- Read the [handbook](https://a.example/h)\n\n## Requirements\n\n- SQL\n');
    expect(r.isJobPosting).toBe(true);
  });
});

describe('pieces (the classifier word count)', () => {
  it('counts what text.split(/\\s+/) would, for every kind of white space', () => {
    const unit = fc.constantFrom('a', 'é', 'я', ' ', '\t', '\n', '\r', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', 'x');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }).map((xs) => xs.join('')), (s) => {
      expect(pieces(s)).toBe(s.split(/\s+/).length);
    }), { numRuns: 2000, seed: FC_SEED });
  });
});
