import { describe, expect, it } from 'vitest';
import { cleanCompany, pageTitleCompanies } from '../../src/extractors/company.js';
import { cleanTitle, splitTitleHeading } from '../../src/extractors/title.js';
import { endsWithRoleWord, hasRoleWord, startsWithRoleWord } from '../../src/patterns/roles.js';
import { recordOf, vocab } from '../helpers.js';

describe('title', () => {
  it('splits "Title - Company - Place - Year" headings', () => {
    expect(splitTitleHeading('Data Engineer - Acme - Austin, TX - 2024', 'Acme', vocab())).toBe('Data Engineer');
    expect(splitTitleHeading('Product Manager - Consumer Experience', null, vocab())).toBe('Product Manager - Consumer Experience');
    expect(splitTitleHeading('Junior Copywriter at Maple & Finch', 'Maple & Finch', vocab())).toBe('Junior Copywriter');
    expect(splitTitleHeading('Backend Engineer | Remote | Full-time', null, vocab())).toBe('Backend Engineer');
  });
  it('drops the employer written after the role ("… at Cobalt Systems", "… @ Inkpot") and the aside it left at the end', () => {
    expect(cleanTitle('Senior SRE (remote, EU) at Cobalt Systems', vocab())).toBe('Senior SRE');
    expect(cleanTitle('Junior Designer @ Inkpot', vocab())).toBe('Junior Designer');
    // Without a role before it, "at" is part of the name.
    expect(cleanTitle('Life at Sea', vocab())).toBe('Life at Sea');
    // An aside of several items goes whole, the hours inside it with it.
    expect(cleanTitle('Learning Support Assistant (Term Time Only, 30 Hours)', vocab())).toBe('Learning Support Assistant');
    // A headcount written after the title without brackets.
    expect(cleanTitle('仓库管理员 2名', vocab('zh'))).toBe('仓库管理员');
  });
  it('reads a title line of employer and role in either order when another line names the employer, and leaves a specialism in the title', () => {
    const body = (top: string) => `${top}\n\nAt Quillmoor we print art books for galleries.\n\nWhat you will do:\n- Run the presses\n- Check proofs\n\nWhat you bring:\n- Two years in a print shop\n`;
    for (const top of ['# Quillmoor Press — Print Technician', 'Print Technician | Quillmoor Press', '**Quillmoor Press** - Print Technician']) {
      const r = recordOf(body(top), 'a.md');
      expect([r.title, r.company]).toEqual(['Print Technician', 'Quillmoor Press']);
    }
    // Named by the address to apply to, as well.
    const mailed = '# Saltgrass Studio – Junior Animator\n\nWe make short films for museums.\n\n## Duties\n\n- Animate scenes\n\nSend your reel to jobs@saltgrass.example\n';
    expect([recordOf(mailed, 'b.md').title, recordOf(mailed, 'b.md').company]).toEqual(['Junior Animator', 'Saltgrass Studio']);
    // A specialism or a team named nowhere else as the employer stays in the title.
    for (const top of ['# Registered Nurse - ICU', '# Senior Engineer - Core Banking', '# Teacher - Mathematics']) {
      const r = recordOf(body(top), 'c.md');
      expect([r.title, r.company]).toEqual([top.slice(2), 'Quillmoor']);
    }
  });
  it('reads the headline under a shout that only announces a posting, as it reads a first line', () => {
    const post = "WE'RE HIRING!!\n\nBarista wanted at the Copper Kettle Café, Whitby. Weekend shifts, £11.50 an hour. Pop in with your CV and ask for Sam.\n";
    expect(recordOf(post, 'a.txt').title).toBe('Barista');
    const nl = 'Vacature!\n\nKok gezocht bij Eetcafé De Molen in Zwolle. 32 uur per week, start per direct. Mail je cv naar werk@demolen.example.\n';
    expect(recordOf(nl, 'b.txt').title).toBe('Kok');
  });
  it('drops what a role is for after it, and a figure with a dash that is no range of pay, but keeps the employer\'s own team', () => {
    const post = '[HIRING] Illustrator for a 12-week picture book project - $40-55/hr, remote\n\nWe are a small press making a picture book about tides.\n\n- Draw 14 spreads\n- Work with our editor\n';
    expect(recordOf(post, 'a.txt').title).toBe('Illustrator');
    const de = '# Aushilfe für unsere Poststelle\n\nWir suchen Unterstützung an zwei Tagen pro Woche.\n\n## Aufgaben\n\n- Post sortieren\n';
    expect(recordOf(de, 'b.md').title).toBe('Aushilfe für unsere Poststelle');
    // A role whose purpose names another role stays whole.
    expect(recordOf('# Personal Assistant for a Managing Director\n\nWe are a family office in Leeds.\n\n## Duties\n\n- Keep the diary\n', 'c.md').title).toBe('Personal Assistant for a Managing Director');
  });
  it('drops a reference number closing the title, in several ways of writing it, and keeps a figure that is the role\'s own', () => {
    expect(cleanTitle('Radiographer (Ref: RG-1187)', vocab())).toBe('Radiographer');
    expect(cleanTitle('Store Manager - Req #20931', vocab())).toBe('Store Manager');
    expect(cleanTitle('Sachbearbeiter Lohn (Kennziffer 2026/41)', vocab('de'))).toBe('Sachbearbeiter Lohn');
    expect(cleanTitle('Data Analyst [Job ID 88-102]', vocab())).toBe('Data Analyst');
    expect(cleanTitle('C# Developer', vocab())).toBe('C# Developer');
    expect(cleanTitle('Software Engineer II', vocab())).toBe('Software Engineer II');
  });
  it('drops a city after the role, but a word after a bare space only when it names a city, not a hamlet', () => {
    expect(cleanTitle('Barista in Utrecht', vocab())).toBe('Barista');
    expect(cleanTitle('Barista Utrecht', vocab())).toBe('Barista');
    // "Gudang" is a warehouse, and a hamlet of that name is no reason to drop it.
    expect(cleanTitle('Admin Gudang', vocab('id'))).toBe('Admin Gudang');
  });
  it('reads an announced role: the noise word after it ends the title, pictographs before it are decoration', () => {
    expect(cleanTitle('WordPress plugin developer needed for a booking site', vocab())).toBe('WordPress plugin developer');
    expect(cleanTitle('Koch gesucht für unser Bistro', vocab('de'))).toBe('Koch');
    expect(cleanTitle('🚀✨ Data Engineer (Senior)', vocab())).toBe('Data Engineer (Senior)');
    // "needed" after a word that is not a role is not cut.
    expect(cleanTitle('Help Needed Desk Technician', vocab())).toBe('Help Needed Desk Technician');
    // The announcing line is the title over a shorter role named in the prose.
    const r = recordOf('WordPress plugin developer needed for a booking site\n\nWe are a small hotel looking for an experienced WordPress developer to build a booking plugin.\n\nRequirements:\n- 3 years of plugin work\n- Good English\n', 'a.txt');
    expect(r.title).toBe('WordPress plugin developer');
  });
  it('reads a title that names a programme in place of a role, in several languages', () => {
    expect(recordOf('Social Media Internship\nHarbour Press\nRemote\n\nDuties\n- Plan posts\n- Answer comments\n', 'a.txt').title).toBe('Social Media Internship');
    expect(recordOf('Praktikum Marketing (m/w/d)\n\nAufgaben\n- Kampagnen planen\n- Texte schreiben\n', 'a.txt').title).toBe('Praktikum Marketing');
    // A long heading that only mentions an internship is no title.
    const r = recordOf('# Frontend developers wanted\n\n## Qualification for full-time & part-time & paid internship\n\n- React\n- CSS\n');
    expect(r.title).not.toMatch(/Qualification/);
  });
  it('reads a line that announces its role before a colon as the title ("招聘：UI设计师", "Vacature: Monteur")', () => {
    expect(recordOf('招聘：平面设计师\n\n公司名称：杭州青木文化有限公司\n\n岗位职责：\n1. 设计海报；\n2. 制作画册。\n', 'a.txt').title).toBe('平面设计师');
    expect(recordOf('Vacature: Monteur\n\nWat ga je doen?\n- Ketels onderhouden\n- Storingen oplossen\n', 'a.txt').title).toBe('Monteur');
  });
  it('takes no part of pay from a header line for the title, though it ends like a role ("$30/hr")', () => {
    const r = recordOf('[HIRING] Part-time bookkeeper for a flower shop - $30/hr - Remote\n\nWhat you\'d do:\n- Reconcile the accounts\n- Run payroll\n', 'a.txt');
    expect(r.title ?? '').not.toMatch(/\$/);
    expect(r.title?.toLowerCase()).toContain('bookkeeper');
    expect(r.responsibilities).toEqual(['Reconcile the accounts', 'Run payroll']);
  });
  it('reads a title label\'s value without the employer and the place written after the role as parts of their own', () => {
    const r = recordOf('Vaga: Farmacêutico - Drogaria Bom Jesus - Curitiba/PR\n\nA Drogaria Bom Jesus está contratando farmacêutico para a loja do centro.\n\nAtividades:\n- Dispensar medicamentos\n- Orientar clientes\n', 'a.txt');
    expect([r.title, r.company, r.locations.map((l) => [l.city, l.country])]).toEqual(['Farmacêutico', 'Drogaria Bom Jesus', [['Curitiba', 'BR']]]);
    // Parts that are neither stay: "- 6 Months" says what the job is.
    expect(recordOf('Job title: Data Engineer - Contract - 6 Months\n\nWe are hiring a data engineer.\n', 'a.txt').title).toBe('Data Engineer - Contract - 6 Months');

    // Pay and terms after the place are parts of the same header line, whatever label opens it.
    const hn = recordOf('Now hiring: Dishwasher | Taverna Lume | Bangor, ME | $17/hr | Part-time\n\nSmall family kitchen, evenings and weekends.\n', 'a.txt');
    expect([hn.title, hn.company, hn.employmentType]).toEqual(['Dishwasher', 'Taverna Lume', 'part-time']);
  });
  it('drops a closing aside that says who is welcome ("（未経験歓迎）", "(German a plus)"), and keeps one that is part of the role', () => {
    expect(cleanTitle('倉庫スタッフ（未経験歓迎）', vocab('ja'))).toBe('倉庫スタッフ');
    expect(cleanTitle('Support Engineer (German a plus)', vocab())).toBe('Support Engineer');
    expect(cleanTitle('Software Engineer (Payments)', vocab())).toBe('Software Engineer (Payments)');
  });
  it('reads the role of a title written with its selling points after full-width slashes, and keeps a slash between roles', () => {
    const at = (line: string) => recordOf(`${line}\n\n■仕事内容\n・商品の検品\n・在庫の管理\n`, 'a.txt').title;
    expect(at('【正社員】倉庫スタッフ／月給24万円～／残業少なめ')).toBe('倉庫スタッフ');
    expect(at('営業スタッフ／事務スタッフ')).toBe('営業スタッフ／事務スタッフ');
  });
  it('reads the role a hiring sentence names after an article written for both genders', () => {
    expect(recordOf('Sobre el empleo\n\nBuscamos un/a Técnico/a de mantenimiento para nuestra planta de Zaragoza, con contrato indefinido y jornada completa.\n\nFunciones:\n- revisar las máquinas de la línea\n- registrar las averías\n', 'a.txt').title).toBe('Técnico/a de mantenimiento');
    expect(recordOf('À propos\n\nNous recherchons un·e Chargé·e de clientèle pour notre agence de Lyon.\n\nMissions :\n- accueillir les clients\n- suivre les dossiers\n', 'a.txt').title).toBe('Chargé·e de clientèle');
  });
  it('reads a first-line headline that announces its role, and a title opened by a hiring phrase', () => {
    expect(recordOf("Dishwasher wanted at Marco's Grill, Reno. Evenings, $15/hr. Call 775-555-0100.\n", 'a.txt').title).toBe('Dishwasher');
    expect(recordOf('[Hiring] Animator for a short film — $4,000 flat fee\n\nI am making a short film and need an animator for 12 scenes.\n', 'a.md').title).toBe('Animator');
    expect(recordOf('# Looking for a freelance bookkeeper\n\nI run a bakery and need help with my books.\n').title).toBe('bookkeeper');
    // What the role is for may take a few more words, and the closing aside says the way of working.
    const tagged = recordOf('[Hiring] Sound Editor for a weekly history podcast series - $60/episode (Remote)\n\nI host a history podcast and need an editor.\n\nWhat you would do:\n- Cut each episode\n- Level the audio\n', 'a.txt');
    expect([tagged.title, tagged.workplaceType]).toEqual(['Sound Editor', 'remote']);
  });
  it('reads the role a sentence announces up to its end, without the word for the job itself or its length of term', () => {
    expect(recordOf("We're hiring a barista! Part-time, $17/hr + tips. Apply in store at 9 Elm St, Bend OR.\n", 'a.txt').title).toBe('barista');
    const prose = 'The School of Music at Eastfield College invites applications for a two-year lecturer position in music theory, starting in September 2027. Duties include teaching four courses a term. A master\'s degree in music is required.\n';
    expect(recordOf(prose, 'a.txt').title).toBe('lecturer');
  });
  it('takes the name under a pasted title for the employer when the board\'s facts follow it, past the board\'s own words', () => {
    const r = recordOf('Baker\nMill Lane Loaves\n\nJob details\nPay: $17 an hour\nJob type: Full-time\n\nFull job description\nEarly shifts in a small bakery.\n\nDuties:\n- Shape loaves\n- Clean the ovens\n', 'a.txt');
    expect(r.company).toBe('Mill Lane Loaves');
  });
  it('takes the team that signs the posting\'s last lines for the employer, in several languages, never a department', () => {
    const text = (signature: string) => `Night Porter\n\nDuties:\n- Greet late guests\n- Walk the floors at night\n\nRequirements:\n- A calm manner\n\nThanks for reading!\n${signature}\n`;
    expect(recordOf(text('— The Saltmarsh Inn team'), 'a.txt').company).toBe('Saltmarsh Inn');
    expect(recordOf(text('Euer Seeblick-Team'), 'a.txt').company).toBe('Seeblick');
    expect(recordOf(text("L'équipe Bellerive"), 'a.txt').company).toBe('Bellerive');
    expect(recordOf(text('The Talent Acquisition Team'), 'a.txt').company).toBeNull();
  });
  it('takes the agency that states its part ("… is acting as an employment agency") for the employer of a client it does not name', () => {
    const text = (agency: string) => `Pipe Fitter\nHull\n£17 per hour\n\nOur client, a shipyard on the Humber, is looking for pipe fitters.\n\nDuties:\n- Fit pipework\n- Read isometric drawings\n\n${agency} is acting as an Employment Business in relation to this vacancy.\n`;
    expect(recordOf(text('Keel Recruitment'), 'a.txt').company).toBe('Keel Recruitment');
    expect(recordOf(text('The agency'), 'a.txt').company).toBeNull();
  });
  it('takes no greeting, first person or opening word of a sentence before a hiring phrase for the employer', () => {
    expect(recordOf("Hi all! I'm an author looking for an illustrator for my first book.\n\nWhat I need:\n- 14 spreads\n- A cover\n", 'a.txt').company).toBeNull();
    expect(recordOf("# Developer Advocate\n\nBig news: our team is growing! We're looking for a Developer Advocate.\n\n## What you'll do\n\n- Write tutorials\n- Give talks\n").company).toBeNull();
  });
  it('reads a first line of role, employer and place parted by commas as the three of them', () => {
    expect(splitTitleHeading('Dental Nurse, Brightwater Clinic, Cardiff', null, vocab())).toBe('Dental Nurse');
    expect(splitTitleHeading('Sales, Marketing and Events Manager', null, vocab())).toBe('Sales, Marketing and Events Manager');
    const r = recordOf('Dental Nurse, Brightwater Clinic, Cardiff\n\nWe are a busy family practice.\n\nDuties: sterilising tools; preparing rooms; greeting patients.\n', 'a.txt');
    expect([r.title, r.company, r.locations.map((l) => l.city)]).toEqual(['Dental Nurse', 'Brightwater Clinic', ['Cardiff']]);
  });
  it('drops a lead-in before a colon that names no role ("New role for you: Electrician")', () => {
    expect(cleanTitle('New role for you: Plumber (Maintenance)', vocab())).toBe('Plumber (Maintenance)');
    expect(cleanTitle('Engineering Manager: Payments', vocab())).toBe('Engineering Manager: Payments');
  });
  it('tidies a title: gender marks, headcounts, weekly hours, noise words, a trailing place or pay', () => {
    expect(cleanTitle('Exam. Pflegefachkraft (m/w/d)', vocab('de'))).toBe('Exam. Pflegefachkraft');
    expect(cleanTitle('Chargé·e de mission Achats (H/F/X)', vocab('fr'))).toBe('Chargé·e de mission Achats');
    // Pay cut off the end takes the word it left dangling.
    expect(cleanTitle('Aushilfe für unser Lager auf 520-Euro-Basis', vocab('de'))).toBe('Aushilfe für unser Lager');
    expect(cleanTitle('Engineer for Payments', vocab('en'))).toBe('Engineer for Payments');
    // A note in parentheses is not part of the title; a short qualifier is.
    expect(cleanTitle('仓库管理员（长期岗位，需要周末轮班工作）', vocab('zh'))).toBe('仓库管理员');
    expect(cleanTitle('Payroll Clerk (fixed term, 12 months)', vocab('en'))).toBe('Payroll Clerk');
    expect(cleanTitle('Payments Engineer (Kotlin)', vocab('en'))).toBe('Payments Engineer (Kotlin)');
    expect(cleanTitle('サーバーサイドエンジニア（2名）', vocab('ja'))).toBe('サーバーサイドエンジニア');
    expect(cleanTitle('Vacature Front-end webdeveloper 32 - 40 uur p/w Utrecht', vocab('nl'))).toBe('Front-end webdeveloper');
    expect(cleanTitle('Museum Attendant (16 hours/week)', vocab())).toBe('Museum Attendant');
    expect(cleanTitle('Aushilfe für unser Lager gesucht', vocab('de'))).toBe('Aushilfe für unser Lager');
    expect(cleanTitle('前端开发工程师 12K-20K，13薪', vocab('zh'))).toBe('前端开发工程师');
  });
  it('prefers a title label over the heading', () => {
    expect(recordOf('# Content Manager - Acme - 2024\n\n**Position:** Content Manager, Series\n').title).toBe('Content Manager, Series');
    expect(recordOf('POSITION_NAME: Deep Learning Intern\n\nABOUT:\nText').title).toBe('Deep Learning Intern');
    expect(recordOf('ตำแหน่ง: AI & Data Solution Intern\n\nResponsibilities\nงานหนึ่ง\nงานสอง\n', 'a.txt').title).toBe('AI & Data Solution Intern');
  });
  it('ignores a front-matter title that names the page', () => {
    expect(recordOf('---\ntitle: Jobs\n---\n\n# Senior Cloud Consultant (m/w/d)\n\nText\n').title).toBe('Senior Cloud Consultant');
  });
  it('reads the role a front-matter title announces ("X is hiring a Y")', () => {
    expect(recordOf('---\ntitle: "Job Posting: Acme is Hiring a Support Specialist"\n---\n\nText about the role.\n').title).toBe('Support Specialist');
  });
  it('reads the role from a hiring sentence, without adjectives or articles, in several languages', () => {
    expect(recordOf('Acme is growing.\nWe are looking for an experienced Fleet Operations Manager to run our depots.\n', 'a.txt').title).toBe('Fleet Operations Manager');
    expect(recordOf('We are always looking for curious and kind mobile developers.\n', 'a.txt').title).toBe('mobile developers');
    expect(recordOf('Necesitamos contratar un bodeguero asistente para el almacén.\n', 'a.txt').title).toBe('bodeguero asistente');
    expect(recordOf('Nous recherchons un.e stagiaire développeur.se pour notre équipe.\n', 'a.txt').title).toBe('stagiaire développeur.se');
    expect(recordOf('Looking for a seasoned Rust Platform Lead with 8+ years of experience.\n', 'a.txt').title).toBe('Rust Platform Lead');
  });
  it('reads "As a <role>, you will …"', () => {
    expect(recordOf('About the job\n\nAs a Payments Engineer (Kotlin), you will design ledger services.\n', 'a.txt').title).toBe('Payments Engineer (Kotlin)');
  });
  it('reads the title after the labels notices give it ("Position Available:", "Job Opportunity:")', () => {
    expect(recordOf('Position Available: Grounds Worker\n\nThe Harlow Cemetery Trust needs a grounds worker for mowing and upkeep.\n', 'a.txt').title).toBe('Grounds Worker');
    expect(recordOf('Job Opportunity: Night Porter\n\nThe Quayside Hotel is looking for a night porter.\n', 'a.txt').title).toBe('Night Porter');
  });
  it('reads the role after the job\'s type written as a label ("Contract: …")', () => {
    const r = recordOf('Contract: Lead QA Engineer\nRate: £450 per day\nLocation: Remote (UK)\n\nOur client, a regional bank, needs a QA lead for a payments project.\n', 'a.txt');
    expect([r.title, r.employmentType]).toEqual(['Lead QA Engineer', 'contract']);
  });
  it('does not make a title of a sentence without a role', () => {
    expect(recordOf('Sobre a vaga\nProcuramos pessoas curiosas e organizadas.\n', 'a.txt').title).toBeNull();
  });
  it('writes a role read in lower case from a sentence as a capitalised candidate writes it at its start', () => {
    const r = recordOf('Cuoco con esperienza in cucina di pesce\n\nSede di lavoro: Rimini (RN)\n\nPer ristorante sul lungomare ricerchiamo un cuoco.\n\nMansioni:\n- preparazione dei piatti\n- gestione degli ordini\n', 'a.txt');
    expect(r.title).toBe('Cuoco');
    // No capitalised candidate opens with the role: it stays as the sentence writes it.
    expect(recordOf('We are looking for a barista to join our café.\n\nDuties:\n- Make coffee\n- Clean up\n', 'a.txt').title).toBe('barista');
  });
  it('leaves an aside that only says how many years are asked, or how long the job lasts, out of the title, in any language', () => {
    const body = '\n\nWe are looking for a developer.\n\nDuties:\n- Build services\n- Review code\n';
    expect(recordOf(`Data Engineer (5+ years)${body}`, 'a.txt').title).toBe('Data Engineer');
    expect(recordOf(`Entwickler (min. 3 Jahre)${body}`, 'a.txt').title).toBe('Entwickler');
    expect(recordOf('# Stagiaire développeur (6 mois)\n\nÉquipe produit, Nantes.\n\n## Missions\n\n- Développer des API\n- Écrire des tests\n', 'a.md').title).toBe('Stagiaire développeur');
    expect(recordOf(`Research Assistant (12 months)${body}`, 'a.txt').title).toBe('Research Assistant');
    expect(recordOf(`Graduate Engineer (2027 intake)${body}`, 'a.txt').title).toBe('Graduate Engineer (2027 intake)');
  });
  it('drops an aside that a sentence\'s comma cut before it closed', () => {
    const r = recordOf('# tinyqueue\n\nA small job queue.\n\n## We are hiring\n\nWe are looking for a **Go developer** (remote, EU) to work on the scheduler. Email jobs@tinyqueue.example.\n');
    expect(r.title).toBe('Go developer');
  });
  it('leaves the terms run on after the role with spaces or slashes out of it, but keeps a role word there ("… Intern")', () => {
    const de = recordOf('Verkäufer (m/w/d) Vollzeit / Teilzeit\n\nBäckerei Sonnenkorn sucht Verstärkung.\n\nAufgaben:\n- Verkauf\n- Kasse\n', 'a.txt');
    expect(de.title).toBe('Verkäufer');
    expect(recordOf('# Line Cook Full Time\n\nWe need a cook for our grill.\n\n## Duties\n- Grill\n- Prep\n').title).toBe('Line Cook');
    expect(recordOf('# Software Engineer Intern\n\nA summer internship on our payments team.\n\n## Duties\n- Write code\n- Review code\n').title).toBe('Software Engineer Intern');
  });
  it('leaves the terms after a comma closing a title out of the role, in any language ("Barista, Part-Time", "Kokki, osa-aikainen")', () => {
    const en = recordOf('Barista, Part-Time\n\nHarbour Beans is looking for a barista for weekend shifts.\n\nDuties:\n- Make coffee\n- Serve customers\n', 'a.txt');
    expect([en.title, en.employmentType]).toEqual(['Barista', 'part-time']);
    const fi = recordOf('Kokki, osa-aikainen\n\nRavintola Satama etsii kokkia keittiöönsä viikonloppuisin.\n\nTehtäväsi:\n- ruoanlaitto\n- keittiön siisteys\n', 'a.txt');
    expect([fi.title, fi.employmentType]).toEqual(['Kokki', 'part-time']);
    // A part after a comma that is not only terms stays: "Nurse, Intensive Care".
    expect(recordOf('Nurse, Intensive Care\n\nWe are looking for a nurse.\n\nDuties:\n- Care for patients\n- Keep records\n', 'a.txt').title).toBe('Nurse, Intensive Care');
  });
  it('reads the title under a "Role Title" heading, from a one-line header, and from a job-board header', () => {
    // A last part after a dash that is only terms ("– Contract") is the job's type, not the role's name.
    const labelled = recordOf('Role Title\n\nML Ops Engineer – Contract\n\nSummary\nText here.\n', 'a.txt');
    expect([labelled.title, labelled.employmentType]).toEqual(['ML Ops Engineer', 'contract']);
    const hn = recordOf('Acme Robotics | Senior Firmware Engineer | Berlin, Germany | ONSITE | Full-time\n\nWe build robots.\n', 'a.txt');
    expect([hn.title, hn.company, hn.workplaceType, hn.employmentType]).toEqual(['Senior Firmware Engineer', 'Acme Robotics', 'onsite', 'full-time']);
    expect(hn.locations.map((l) => [l.city, l.country])).toEqual([['Berlin', 'DE']]);
    const board = 'Acme Bank\nShare\nData Scientist (w/m/d)\nZurich, Switzerland · Reposted 3 weeks ago · 100 applicants\nHybrid\nFull-time\n';
    const r = recordOf(board, 'a.txt');
    expect([r.title, r.company, r.workplaceType, r.employmentType]).toEqual(['Data Scientist', 'Acme Bank', 'hybrid', 'full-time']);
    expect(r.locations.map((l) => l.country)).toEqual(['CH']);
  });
  it('does not take the last requirements over a page-foot "Posted 3 days ago · …" line for a job-board header', () => {
    const page = ['# Dock Hand', '', 'Harbourline Freight is hiring dock hands for its ten ports.', '', '## Requirements', '', '- Able to lift 25 kg', '- A forklift licence is a plus', '', 'Job activity · Posted 3 days ago · 40 applicants', ''].join('\n');
    const r = recordOf(page, 'a.md');
    expect([r.title, r.company]).toEqual(['Dock Hand', 'Harbourline Freight']);
    expect(r.locations).toEqual([]);
  });
  it('knows role words, compounds and plurals, in several languages', () => {
    const v = vocab();
    expect(hasRoleWord('Senior Copywriter', v)).toBe(true);
    expect(hasRoleWord('Softwareentwickler', vocab('de'))).toBe(true);
    expect(hasRoleWord('The Role', v)).toBe(false);
    // Trades, care, public service and science by the noun a posting names them with.
    for (const role of ['Park Ranger', 'Museum Curator', 'Glazier', 'Solicitor', 'Hairdresser', 'Fitness Trainer', 'Sommelier', 'Court Interpreter']) expect(hasRoleWord(role, v)).toBe(true);
    const ranger = recordOf('Skip to main content\nJOBSITE\nSign In\n\nForest Ranger (Recreation)\nState Parks Agency\n\nDuties\n- Patrol trails\n- Lead guided walks\n', 'a.txt');
    expect(ranger.title).toBe('Forest Ranger (Recreation)');
    // Trades, care and office work in the languages written without spaces or with Hangul.
    expect(recordOf('[미래식품] 생산라인 관리자 채용 (정규직)\n\n근무지: 충청남도 천안시\n\n주요업무\n- 생산 일정 관리\n- 품질 점검\n', 'a.txt').title).toBe('생산라인 관리자');
    expect(hasRoleWord('訪問介護士', vocab('ja'))).toBe(true);
    expect(hasRoleWord('仓库收银员', vocab('zh'))).toBe(true);
    // Trades named with "hand", and a hand that is no trade.
    expect([hasRoleWord('Seasonal Farm Hand', v), hasRoleWord('Deckhand', v), hasRoleWord('Hands-on support', v)]).toEqual([true, true, false]);
    // German roles written as a compound of a field and "-kraft" or "-hilfe".
    expect(['Reinigungskraft', 'Pflegekraft', 'Küchenhilfe', 'Hilfe'].map((w) => hasRoleWord(w, vocab('de')))).toEqual([true, true, true, false]);
    expect(endsWithRoleWord('Software Developer 2', v)).toBe(true);
    expect(endsWithRoleWord('Analytics Engineer SR', v)).toBe(true);
    expect(endsWithRoleWord('Associate Development Program', v)).toBe(false);
    expect(endsWithRoleWord('数据开发工程师', vocab('zh'))).toBe(true);
  });
});

describe('a title that shares a word with a section\'s name', () => {
  it('reads a heading ending in a role noun as the title though a section\'s word begins it ("Logistics Coordinator")', () => {
    expect(recordOf('<h1>Logistics Coordinator</h1><p>Rotterdam · Full-time</p><h2>Job Description</h2><ul><li>Plan containers</li><li>Book trucks</li></ul>', 'p.html').title).toBe('Logistics Coordinator');
    // A later heading of that shape is a section's name: "Competencias técnicas" (técnica is also a role).
    const later = recordOf('## Descripción del puesto\n\nUna empresa de logística busca apoyo en su equipo de datos.\n\n## Competencias Técnicas\n\n- SQL\n- Python\n');
    expect(later.title).not.toBe('Competencias técnicas');
  });
  it('drops a job board\'s name from a page title, though it ends in a role\'s word ("SmartRecruiters")', () => {
    const page = '<html><head><title>Dispatch Planner | Corvino Freight | SmartRecruiters</title></head><body><p>We plan routes for 40 trucks.</p><ul><li>Plan routes</li><li>Call drivers</li></ul></body></html>';
    expect(recordOf(page, 'p.html').title).toBe('Dispatch Planner');
  });
});

describe('a minified page', () => {
  it('reads the letterhead right above the title though the whole page stands on one source line', () => {
    const page = '<html><body><p>Harbourside Community Trust</p><h1>Finance Officer</h1><p>Location: Hull</p><h2>Main duties</h2><ul><li>Pay suppliers</li><li>Run payroll</li></ul><p>Send your CV to jobs@hct-hull.example</p></body></html>';
    expect(recordOf(page, 'p.html').company).toBe('Harbourside Community Trust');
  });
});

describe('a title after a hiring shout', () => {
  it('drops the exclamation mark left by "HIRING!" before the role', () => {
    expect(recordOf('HIRING! Warehouse Picker\n\nParcelhub is hiring pickers for its Cebu warehouse.\n', 'a.txt').title).toBe('Warehouse Picker');
  });
});

describe('a title as the subject of a sentence', () => {
  it('reads "The <Role> is a …" and not a capitalised subject that is no role', () => {
    expect(recordOf('Overview\n\nThe Regional Logistics Manager is a hands-on leader who runs our depots.\n', 'a.txt').title).toBe('Regional Logistics Manager');
    expect(recordOf('Overview\n\nThe Harbour Museum is a place for families.\n', 'a.txt').title).toBeNull();
  });
});

describe('a role written in both its forms', () => {
  it('names it once, by the shorter form (the first of two as long), with the articles before each form gone', () => {
    const fm = (title: string, body: string) => recordOf(`---\ntitle: ${title}\n---\n\n${body}\n`).title;
    expect(fm('une boulangère ou un boulanger de nuit', 'Nous cuisons le pain chaque matin pour les habitants du quartier.')).toBe('boulanger de nuit');
    expect(fm('Erzieherin oder Erzieher in Teilzeit', 'Wir betreuen die Kinder in unserer Kita am Stadtpark mit viel Geduld.')).toBe('Erzieher');
    expect(fm('Enfermera o enfermero de quirófano', 'Buscamos a una persona para nuestro bloque quirúrgico en el hospital.')).toBe('Enfermera de quirófano');
  });
  it('leaves two roles joined by "or" as they are', () => {
    expect(recordOf('---\ntitle: Cook or Kitchen Porter\n---\n\nWe cook lunch for the village.\n').title).toBe('Cook or Kitchen Porter');
    expect(recordOf('---\ntitle: Sales and Marketing Manager\n---\n\nWe sell boots.\n').title).toBe('Sales and Marketing Manager');
  });
});

describe('a title after a word for the notice itself', () => {
  it('cuts "채용공고" and "招聘启事" before the role, not only their first half', () => {
    expect(recordOf('채용공고 | 물류센터 관리자\n\n회사명: 바다물류\n\n주요업무\n• 입출고 관리\n• 재고 관리\n', 'a.txt').title).toBe('물류센터 관리자');
    expect(recordOf('招聘启事：仓库主管\n\n公司：海川物流\n\n岗位职责\n1. 管理库存\n2. 安排发货\n', 'a.txt').title).toBe('仓库主管');
  });
});

describe('a title after a shout', () => {
  it('takes no title from a shout with only an emoji left, and reads the role the first sentence hires for', () => {
    const r = recordOf('# We are hiring! 🎉\n\nHi all, **Inkpot** (a tiny font foundry) is looking for our first **Type Designer**. Remote within Europe.\n\nYou would:\n\n* draw new weights\n* space and kern fonts\n');
    expect(r.title).toBe('Type Designer');
  });
});

describe('a title written twice', () => {
  it('takes the labelled title when it says more of the heading\'s', () => {
    expect(recordOf('# Buyer - Fernhill Foods - Leeds\n\n**Position:** Buyer, Fresh Produce\n\nText about buying.\n').title).toBe('Buyer, Fresh Produce');
  });
});

describe('company', () => {
  it('reads a label written as two alternatives with a slash ("Organisation/Company", "City / Town")', () => {
    const r = recordOf('# Research Technician\n\nOrganisation/Company: Halden Institute of Marine Science\nCity / Town: Bergen\n\nYou will keep our sea-water tanks running.\n');
    expect([r.company, r.locations.map((l) => l.city)]).toEqual(['Halden Institute of Marine Science', ['Bergen']]);
  });
  it('reads labels and front matter first', () => {
    expect(recordOf('# Engineer\n\n**Company:** Acme Corp\n').company).toBe('Acme Corp');
    expect(recordOf('---\ntitle: Dev\nstartup: perspectives\n---\nText\n').company).toBe('perspectives');
    expect(recordOf('---\ntitle: Dev\nhiringOrganization:\n  name: Tidewater Labs\n---\nText\n').company).toBe('Tidewater Labs');
    expect(recordOf('Entity: Quarry Systems, Inc.\n\nJob Duties: Build software.\n', 'a.txt').company).toBe('Quarry Systems, Inc');
  });
  it('does not take a town and its region for the company, whatever legal form the region\'s code spells', () => {
    // "NV" is Nevada here, not a naamloze vennootschap.
    const page = '<head><meta property="og:site_name" content="Juniper Freight Careers"></head><h1>Dispatcher</h1><div class="meta"><span>Elko, NV</span> <span>Full-time</span> <span>Req #12</span></div><p>Plan the routes of our trucks across the state.</p>';
    expect(recordOf(page, 'p.html').company).toBe('Juniper Freight');
  });
  it('reads the employer from either page title, and never the department a header line names', () => {
    const page = '<head><title>Rigger - Fjordlyft AB</title><meta property="og:title" content="Rigger"></head><h1>Rigger</h1>'
      + '<div class="meta"><span>Lifting</span> · <span>Luleå</span> · <span>On-site</span></div><p>Rig loads for the cranes of our harbour.</p>'
      + '<aside><dl><dt>Department</dt><dd>Lifting</dd></dl></aside>';
    expect(recordOf(page, 'p.html').company).toBe('Fjordlyft AB');
  });
  it('takes a medical or health centre named above the title as the employer, as it takes a hospital', () => {
    const r = recordOf('LAKESIDE HEALTH CENTRE\n\nPRACTICE NURSE\nPart Time | Days | Kendal\n\nDUTIES\nRun the asthma clinic\nGive vaccinations\n', 'a.txt');
    expect(r.company).toBe('LAKESIDE HEALTH CENTRE');
  });
  it('takes the body named under a part of an institution below the title', () => {
    const page = '<head><title>Lock Keeper | CareersHub</title></head><h1>Lock Keeper</h1><p>Department of Waterways</p><p>Canal and River Board</p><h2>Duties</h2><ul><li>Work the locks</li><li>Keep the towpath clear</li></ul>';
    expect(recordOf(page, 'p.html').company).toBe('Canal and River Board');
  });
  it('reads a name joined by the small words of its language and abbreviations with their dots', () => {
    const at = (name: string) => recordOf(`Soldador\n${name}\nBraga\n\nFunções:\n- soldar estruturas\n- ler desenhos técnicos\n`, 'a.txt').company;
    expect(at('Metalúrgica do Cávado, S.A.')).toBe('Metalúrgica do Cávado, S.A.');
    expect(at('Kuzey Metal San. ve Tic. A.Ş.')).toBe('Kuzey Metal San. ve Tic. A.Ş.');
  });
  it('gives a Korean employer without the form written before its name, and reads no navigation bar ("gnb")', () => {
    const page = '<div class="gnb"><a>구인마당</a> <a>채용정보</a> <a>로그인</a></div><p>(주)바른물산</p><h1>영업 관리자</h1><h3>담당업무</h3><ul><li>거래처 관리</li><li>매출 분석</li></ul>';
    expect(recordOf(page, 'p.html').company).toBe('바른물산');
  });
  it('reads the legal forms of Italian, Czech, Hungarian and Danish companies as the end of a name', () => {
    const at = (name: string) => recordOf(`Carpentiere\n${name}\nVerona\n\nMansioni:\n- montaggio serramenti\n- manutenzione\n`, 'a.txt').company;
    expect(at('Legnami Adige S.r.l.')).toBe('Legnami Adige S.r.l.');
    expect(at('Tesařství Dub s.r.o.')).toBe('Tesařství Dub s.r.o.');
    expect(at('Fa Mester Kft.')).toBe('Fa Mester Kft');
    expect(at('Skov Byg A/S')).toBe('Skov Byg A/S');
  });
  it('reads the Korean legal form written out before or after the name, and no place from a header line', () => {
    const r = recordOf('물류 관리자\n주식회사 한빛로지스\n부산 해운대구 · 경력 2년 이상 · 정규직\n\n주요업무\n• 입출고 관리\n• 재고 관리\n', 'a.txt');
    expect(r.company).toBe('한빛로지스');
  });
  it('takes no type of contract for the employer from a header line, and reads a site title opened by "Vagas"', () => {
    const page = '<head><title>Auxiliar de Cozinha | Vagas Sabor Mineiro</title></head><h1>Auxiliar de Cozinha</h1><p>Efetivo (CLT) · Presencial · Uberlândia - MG</p><h2>Responsabilidades</h2><ul><li>Preparar os alimentos</li><li>Manter a cozinha limpa</li></ul>';
    expect(recordOf(page, 'p.html').company).toBe('Sabor Mineiro');
  });
  it('reads the employer from a header line past a word for the kind of document and a role standing first', () => {
    const r = recordOf('Offre d\'emploi – Chauffeur livreur H/F – Transports Morvan Frères – Poste basé à Dijon\n\nVous livrez nos clients en Côte-d\'Or.\n', 'a.txt');
    expect(r.company).toBe('Transports Morvan Frères');
    // After the role, a single word is a shift or a term, not the employer.
    expect(recordOf('Line Cook | Evenings | $22/hr\n\nCook on the line at night.\n', 'a.txt').company).toBeNull();
  });
  it('takes no pronoun for the company, in any language ("Wir sind eine Kanzlei …")', () => {
    const r = recordOf('# Bürokauffrau (m/w/d)\n\n## Über uns\n\nWir sind eine Steuerkanzlei mit zwölf Mitarbeitenden in Kassel.\n\n## Ihre Aufgaben\n\n- Post bearbeiten\n- Termine planen\n');
    expect(r.company).toBeNull();
  });
  it('reads the first of a title given in two languages', () => {
    expect(recordOf('Warehouse Shift Supervisor / Superviseur(e) de quart à l\'entrepôt\nNorthern Freight Inc.\nLaval, QC\n\nResponsibilities\n- Lead the night shift\n- Check the loads\n', 'a.txt').title).toBe('Warehouse Shift Supervisor');
  });
  it('knows Polish trade and service roles', () => {
    expect(recordOf('Kucharz z doświadczeniem\nRestauracja Pod Lipą Sp. z o.o.\nKraków\n\nTwój zakres obowiązków\n• przygotowywanie dań\n• dbanie o porządek\n', 'a.txt').title).toBe('Kucharz z doświadczeniem');
  });
  it('reads the role of a page title whose later part names no role (the employer or the site)', () => {
    const r = recordOf('<html><head><title>Pool Attendant – Seaside Lodge Monterey</title></head><body><h2>Overview</h2><p>Keep our pool area safe and clean.</p><h2>Responsibilities</h2><ul><li>Check the water</li><li>Hand out towels</li></ul></body></html>', 'p.html');
    expect(r.title).toBe('Pool Attendant');
  });
  it('does not take a label among the requirements for the company', () => {
    expect(recordOf('# Assistant\n\n## Requirements\n\n* Organisation: disciplined, reliable\n* English\n').company).toBeNull();
  });
  it('reads "About <Company>" headings and "<Company> is hiring"', () => {
    expect(recordOf('# Engineer\n\n## About Quillfeather\n\nWe build things.\n').company).toBe('Quillfeather');
    expect(recordOf('### Quillmark is always hiring\n\nText\n').company).toBe('Quillmark');
    expect(recordOf('Meadow Library seeks a full-time Custodian to keep our rooms clean.\n', 'a.txt').company).toBe('Meadow Library');
  });
  it('reads a first heading that opens with a role noun as the title, though a section\'s word follows ("Chargé de recrutement")', () => {
    const fr = recordOf('Chargée de recrutement H/F\nMaison Ferrand\nCDI\nNantes\n\nVos missions :\n- Publier les annonces\n- Conduire les entretiens\n', 'a.txt');
    expect(fr.title).toBe('Chargée de recrutement');
    expect(startsWithRoleWord('Técnico de mantenimiento', vocab('es'))).toBe(true);
    expect(startsWithRoleWord('Processus de recrutement', vocab('fr'))).toBe(false);
  });
  it('reads the name after an article before a hiring phrase, and writes it with its legal form when a line of its own does', () => {
    const pt = recordOf('Analista Financeiro\nTrabalho presencial\nEfetivo\n\nDescrição da vaga\nA Serra Azul Cerâmicas está contratando um analista financeiro para a fábrica.\n\nResponsabilidades:\n- Fechar o mês\n- Conciliar contas\n', 'a.txt');
    expect(pt.company).toBe('Serra Azul Cerâmicas');
    const formal = recordOf('Operador de Armazém\nFábrica de Louça do Vale, S.A.\nLeiria\n\nA Fábrica de Louça do Vale procura um operador de armazém para a sua unidade.\n\nFunções:\n- Cargas e descargas\n- Inventários\n', 'a.txt');
    expect(formal.company).toBe('Fábrica de Louça do Vale, S.A.');
  });
  it('takes no time of day for a name ("start at 6am"), and spells a mail domain with "&" as "and" as the text writes the name', () => {
    const r = recordOf('Kitchen Porter\n\nWe are a small restaurant looking for a kitchen porter. You would start at 6am on weekdays. Pay is £12 an hour.\n\nCall in at Salt & Vine on Harbour Row or mail jobs@saltandvine.co.uk.\n', 'a.txt');
    expect(r.company).toBe('Salt & Vine');
  });
  it('reads an institution that opens an early sentence, whatever it does there, as the employer', () => {
    const r = recordOf('Job title: Parks Officer\nGrade: Grade 5\nHours: 37 per week\n\nWestmere Borough Council looks after 40 parks and two cemeteries.\n\nMain duties\n1. Inspect play areas\n2. Manage contractors\n', 'a.txt');
    expect(r.company).toBe('Westmere Borough Council');
    // A firm's name doing something in its first sentence is not read that way: too many subjects are not employers.
    expect(recordOf('Job title: Parks Officer\nGrade: Grade 5\n\nGreen Flag Award winners look after 40 parks.\n\nMain duties\n1. Inspect play areas\n2. Manage contractors\n', 'a.txt').company).toBeNull();
  });
  it('takes no "we" before a hiring phrase in a language written without spaces for the name', () => {
    const we = recordOf('# 前端工程师\n\n我们正在招聘前端工程师，工作地点：杭州。\n\n岗位职责：\n- 开发网页\n- 优化性能\n', 'a.md');
    expect(we.company).toBeNull();
    // A Japanese sentence's topic, before its particle, hires; "we" there does not name anyone.
    expect(recordOf('パン製造スタッフ募集\n\n麦の穂ベーカリーでは、早朝に働けるパン製造スタッフを募集しています。勤務地は札幌市です。\n', 'a.txt').company).toBe('麦の穂ベーカリー');
    expect(recordOf('パン製造スタッフ募集\n\n私たちは、早朝に働けるパン製造スタッフを募集しています。勤務地は札幌市です。\n', 'a.txt').company).toBeNull();
    const named = recordOf('# 前端工程师\n\n青禾科技 招聘 前端工程师，工作地点：杭州。\n\n岗位职责：\n- 开发网页\n- 优化性能\n', 'a.md');
    expect(named.company).toBe('青禾科技');
  });
  it('drops a noun for "the firm" that opens a sentence before the firm\'s name, and keeps one that opens a name', () => {
    const de = recordOf('Lagerist (m/w/d)\n\nDie Firma Brandauer Logistik GmbH sucht ab sofort einen Lageristen in Vollzeit.\n', 'a.txt');
    expect(de.company).toBe('Brandauer Logistik GmbH');
    const cs = recordOf('Skladník\n\nSpolečnost Lipnice Sklady s.r.o. hledá skladníka na plný úvazek do skladu v Brně.\n', 'a.txt');
    expect(cs.company).toBe('Lipnice Sklady s.r.o.');
    expect(cleanCompany('Empresa Municipal de Limpieza S.A.')).toBe('Empresa Municipal de Limpieza S.A.');
    // A legal form's mark in brackets opening the name stays whole; any other opening bracket goes.
    expect(cleanCompany('(주)바다물산')).toBe('(주)바다물산');
    expect(cleanCompany('(Harbour Tools')).toBe('Harbour Tools');
  });
  it('takes no measure written as one word ("a 35-person studio") for a name, and keeps a name that starts with a figure', () => {
    expect(recordOf("# Level Designer\n\nWe're a 40-person studio in Dundee making puzzle games.\n\n## Duties\n- Build levels\n- Test them\n").company).toBeNull();
    expect(recordOf('Level Designer\n\n37Ravens is hiring a level designer for its puzzle games.\n', 'a.txt').company).toBe('37Ravens');
  });
  it('reads a name before a hiring verb across an aside between commas, without an article', () => {
    expect(recordOf('La maison Verlaine & Fils, torréfacteur installé à Dijon depuis 1975, recrute un barista.\n\nVos missions :\n- Préparer les cafés\n', 'a.txt').company).toBe('Verlaine & Fils');
    expect(recordOf('Harbour Glass, family-run since 1962, is hiring a glazier.\n', 'a.txt').company).toBe('Harbour Glass');
  });
  it('takes the name opening the overview or the section about the company, with a verb after it, and not a team\'s name', () => {
    const firm = recordOf('# Process Engineer\n\n## Overview\n\nMarlow Glass Works designs bottles for craft breweries.\n\n## Duties\n- Tune the furnaces\n');
    expect(firm.company).toBe('Marlow Glass Works');
    const team = recordOf('# Process Engineer\n\n## Overview\n\nThe Furnace Control team runs our melting line.\n\n## Duties\n- Tune the furnaces\n');
    expect(team.company).toBeNull();
  });
  it('takes the name on the line under a title given by a label, in Polish', () => {
    const r = recordOf('Oferta pracy: Magazynier / Magazynierka\nHurtownia Zielony Koszyk, Lublin\n\nDo Twoich zadań będzie należało:\n- przyjmowanie towaru\n- kompletacja zamówień\n\nWymagania:\n- doświadczenie w pracy na magazynie\n', 'a.txt');
    expect([r.title, r.company, r.responsibilities.length]).toEqual(['Magazynier / Magazynierka', 'Hurtownia Zielony Koszyk', 2]);
  });
  it('takes a school named under the title, without its town and past an aside the title was cleaned of', () => {
    const r = recordOf('## Learning Support Assistant (Term Time Only, 30 Hours)\n\n**Larkfield Infant School, Taunton**\n\nWe need a patient assistant for our reception classes.\n\n## Duties\n- Support reading groups\n');
    expect(r.company).toBe('Larkfield Infant School');
  });
  it('takes the institution a unit is written with for the unit that hires ("The School of … seeks")', () => {
    const r = recordOf('Lecturer in Nursing\nRiverbend University - School of Health\n\nLocation: Riverbend\nSalary: £41,000\n\nThe School of Health seeks a Lecturer in adult nursing.\n\nDuties:\n- Teach undergraduate modules\n- Supervise placements\n', 'a.txt');
    expect(r.company).toBe('Riverbend University');
  });
  it('takes the institution a unit belongs to, after "at the Department of …,"', () => {
    const r = recordOf('# Research Assistant\n\nWe seek a research assistant to join the Okoro group at the School of Chemistry, Eastbrook University, from March.\n\n## Duties\n- Run the spectrometer\n');
    expect(r.company).toBe('Eastbrook University');
  });
  it('reads a firm of partners joined by "&" as a name, whatever trade word it holds, and a role so joined as a role', () => {
    expect(recordOf('Offerta: Geometra\n\nStudio Tecnico Bianchi & Associati, con sede a Lecco, ricerca un geometra da inserire nel proprio organico.\n\nRequisiti:\n- diploma di geometra\n- esperienza nella gestione delle pratiche edilizie\n', 'a.txt').company).toBe('Studio Tecnico Bianchi & Associati');
    expect(recordOf('Health & Safety Officer\n\nHealth & Safety Officer is hiring for our depot.\n', 'a.txt').company).toBeNull();
  });
  it('reads "<Company> is a …" in any language, and "Somos <Company>,"', () => {
    expect(recordOf('Bright Widgets is a place where teams build hardware.\n\n## Role\n\nText.\n').company).toBe('Bright Widgets');
    expect(recordOf('Somos Ventoforte, uma equipe de produto da Ventoforte Educação.\n\nTexto.\n', 'a.txt').company).toBe('Ventoforte');
    expect(recordOf('Die Offene Daten Stiftung (e.V.) ist eine gemeinnützige Organisation.\n\nText.\n', 'a.txt').company).toBe('Offene Daten Stiftung (e.V.)');
  });
  it('reads a name with its legal form, in any script', () => {
    expect(recordOf('Klara Systems Inc. builds billing software for clinics.\n', 'a.txt').company).toBe('Klara Systems Inc');
    expect(recordOf('青禾数据（杭州青禾信息技术有限公司）是一家物流软件公司。\n\n岗位职责\n• 开发\n• 测试\n', 'a.txt').company).toBe('杭州青禾信息技术有限公司');
  });
  it('reads "at <Company>" in prose, not in requirements', () => {
    expect(recordOf('Researchers at Northbridge Institute of Technology conduct trials.\n', 'a.txt').company).toBe('Northbridge Institute of Technology');
    expect(recordOf('A postdoc position is open in the Department of Genetics at the University of Northbridge Medical School.\n', 'a.txt').company).toBe('University of Northbridge Medical School');
    expect(recordOf('# Engineer\n\n## Requirements\n\n- 5 years at Google\n').company).toBeNull();
    expect(recordOf('# Engineer\n\nHolidays starting at 25 days a year.\n').company).toBeNull();
  });
  it('reads "Name (ACRONYM)" at the start and "Name — what it does" on the first line', () => {
    expect(recordOf('Le Bureau des archives régionales (BAR) modernise ses services.\n\nSuite.\n', 'a.txt').company).toBe('Bureau des archives régionales');
    expect(recordOf('Lumo Works — студия мобильных игр.\n\nИщем: developer\n', 'a.txt').company).toBe('Lumo Works');
  });
  it('takes the role off "Role at Company" titles', () => {
    expect(recordOf('POSITION_NAME: Payroll Manager At Veltrix\n\nText.\n').company).toBe('Veltrix');
  });
  it('reads the subject of an opening sentence that hires, not a capitalised common word', () => {
    expect(recordOf('Lindqvist Dental is opening a second clinic and we are looking for a Dental Hygienist.\n\nDuties\nClean teeth\n', 'a.txt').company).toBe('Lindqvist Dental');
    expect(recordOf('To grow our clinics we are looking for a Dental Hygienist.\n\nWe care about teeth and want to help.\n', 'a.txt').company).toBeNull();
  });
  it('does not take a university mail domain for its name', () => {
    expect(recordOf('# Research Assistant\n\nSend your CV to lab-jobs@nbu.edu\n').company).toBeNull();
  });
  it('spells the name an application address stands for as the text writes it, with its legal form or institution\'s word', () => {
    expect(recordOf('Barista\n\nThe Salt Yard, a café by the harbour, wants a barista for weekends. Write to jobs@saltyard.example\n', 'a.txt').company).toBe('The Salt Yard');
    expect(recordOf('Archivist\n\nOrmsby Foundation keeps the letters of the town. Apply to work@ormsby.example\n', 'a.txt').company).toBe('Ormsby Foundation');
    // Capitalised words on two lines are no one name.
    expect(recordOf('Archivist\n\nWe keep letters at Ormsby\nTrust us with yours. Apply to work@ormsbytrust.example\n', 'a.txt').company).not.toBe('Ormsby Trust');
  });
  it('falls back to the domain of an application address', () => {
    expect(recordOf('# Berater\n\nBewerbung an jobs@lumenfold.io\n').company).toBe('lumenfold');
    expect(recordOf('# Berater\n\nBewerbung an someone@gmail.com\n').company).toBeNull();
  });
  it('writes the domain\'s name as the text spells it, with the article the text writes before it', () => {
    const text = 'We are hiring a Barman for The Salty Dog, a harbour bar in Falmouth. Evenings and weekends, £12 an hour plus tips. Email jobs@saltydog.example.\n';
    expect(recordOf(text, 'a.txt').company).toBe('The Salty Dog');
  });
});

describe('company from possessives', () => {
  it('reads "<Company>\'s mission" and "<Company>’s engineering team"', () => {
    expect(recordOf('We build maps.\n\nJoin Kestrel Labs’ growth: Kestrel Labs’s mission is open data.\n', 'a.txt').company).toBe('Kestrel Labs');
    expect(recordOf("Our people make Brightline's engineering team strong.\n", 'a.txt').company).toBe('Brightline');
  });
});

describe('company from an e-mail address', () => {
  it('ignores applicant-tracking and mail hosts', () => {
    expect(recordOf('# Engineer\n\nApply at jobs@greenhouse.io or careers@lever.co\n').company).toBeNull();
  });

  it('reads a title from a heading that only mentions a section word, and the place after it', () => {
    const md = '## Programador/a Full Stack — Sevilla (híbrido)\n\n**Jornada:** completa\n\n### Requisitos\n\n- Dos años con PHP\n- Ganas de aprender\n';
    const r = recordOf(md);
    expect(r.title).toBe('Programador/a Full Stack');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Sevilla', 'ES']]);
    expect(r.employmentType).toBe('full-time');
  });
  it('takes the title from a job-offer label ("Offre d\'emploi : …") and drops an aside that only gives the terms', () => {
    expect(recordOf("Offre d'emploi : Soudeur H/F\n\nEntreprise : Forges Morel\n", 'a.txt').title).toBe('Soudeur');
    const r = recordOf('# Museum Guide (Part-time)\n\nGuide visitors through the collection.\n');
    expect(r.title).toBe('Museum Guide');
    expect(r.employmentType).toBe('part-time');
    expect(cleanTitle('Webデザイナー（正社員）', vocab('ja'))).toBe('Webデザイナー');
  });
  it('keeps the last dot of a legal form written with dots', () => {
    expect(recordOf('# Camarero/a\n\n**Empresa:** Olivares Hostelería S.L.\n').company).toBe('Olivares Hostelería S.L.');
  });
  it('reads the employer from a page title split around the posting\'s title, never a job board\'s name', () => {
    expect(pageTitleCompanies('Kestrel Freight - Dispatcher', 'Dispatcher')).toEqual(['Kestrel Freight']);
    expect(pageTitleCompanies('Dispatcher | Kestrel Freight Careers', 'Dispatcher')).toEqual(['Kestrel Freight']);
    expect(pageTitleCompanies('Dispatcher at Kestrel Freight | LinkedIn', 'Dispatcher')).toEqual(['Kestrel Freight']);
    expect(pageTitleCompanies('Welcome to our site', 'Dispatcher')).toEqual([]);
    // Past a word announcing a posting before the role.
    expect(pageTitleCompanies('Stellenangebot Koch (m/w/d) - Gasthof zur Post', 'Koch', vocab('de'))).toEqual(['Gasthof zur Post']);
  });

  it('reads the employer from an apposition or past an aside ("Acme, a …, is hiring", "Acme (City) is hiring")', () => {
    expect(recordOf('Marsh Lane Cooperative, a bakery co-op in Bristol, is looking for a part-time baker to join us.\n', 'a.txt').company).toBe('Marsh Lane Cooperative');
    expect(recordOf('Heron Optics (Tucson, AZ) is hiring a Lens Technician. Onsite, full-time.\n', 'a.txt').company).toBe('Heron Optics');
  });
  it('drops the recruiting words, the article and a board\'s tag before a title', () => {
    expect(recordOf("# We're hiring a gardener\n\nLook after our park.\n").title?.toLowerCase()).toBe('gardener');
    expect(cleanTitle('[채용] 프론트엔드 개발자', vocab('ko'))).toBe('프론트엔드 개발자');
    expect(cleanTitle('【急募】介護スタッフ', vocab('ja'))).toBe('介護スタッフ');
  });
  it('does not take a word that only starts like a role\'s compound ("Co|operative") for a role', () => {
    expect(hasRoleWord('Fernbrook Cooperative', vocab())).toBe(false);
    expect(hasRoleWord('Softwareentwickler', vocab('de'))).toBe(true);
    expect(hasRoleWord('Frontend developers', vocab())).toBe(true);
  });

  it('reads recruiting labels before a title, and legal forms written before the name, in several languages', () => {
    const id = recordOf('Lowongan Kerja: Kasir Toko\nPT Maju Bersama Sentosa\nLokasi: Medan\n\nTanggung jawab:\n- Melayani pembeli\n- Menghitung kas\n', 'a.txt');
    expect([id.title, id.company]).toEqual(['Kasir Toko', 'PT Maju Bersama Sentosa']);
    const th = recordOf('รับสมัครงาน: พนักงานขาย\nบริษัท ทะเลทอง จำกัด\nสถานที่ทำงาน: เชียงใหม่\n', 'a.txt');
    expect([th.title, th.company]).toEqual(['พนักงานขาย', 'บริษัท ทะเลทอง จำกัด']);
    expect(recordOf('TUYỂN DỤNG: KẾ TOÁN VIÊN\nCông ty TNHH Hoa Sen Xanh\nĐịa điểm: Quận 1, TP. Hồ Chí Minh\n', 'a.txt').company).toBe('Công ty TNHH Hoa Sen Xanh');
  });

  it('does not take a street address for the employer ("at 12 Market St")', () => {
    expect(recordOf("We're hiring a part-time barista! Weekends, $28/hr. Drop your CV in at 12 Harbour St.\n", 'a.txt').company).toBeNull();
  });
});

describe('public and academic postings', () => {
  it('reads a Nordic municipality or hospital under the title as the employer, named once', () => {
    const sv = recordOf('Lärare i matematik\nTorsby kommun\nOmfattning: Heltid\n\nOm jobbet\nDu undervisar i matematik på högstadiet och samarbetar med ditt arbetslag.\n\nKvalifikationer\n- Lärarlegitimation\n', 'a.txt');
    expect(sv.company).toBe('Torsby kommun');
    const nb = recordOf('Sykepleier\nNordfjord sykehus\nSted: Eid\n\nOm stillingen\nDu jobber i et travelt team på medisinsk avdeling og har ansvar for pasientene dine.\n\nKvalifikasjoner\n- Norsk autorisasjon\n', 'a.txt');
    expect(nb.company).toBe('Nordfjord sykehus');
  });
  it('reads a role noun by its ending when no list holds it ("hydrologist", "Soziologin")', () => {
    expect(hasRoleWord('Senior Glaciologist', vocab())).toBe(true);
    expect(hasRoleWord('Soziologin', vocab('de'))).toBe(true);
    expect(hasRoleWord('Oceanógrafo', vocab('es'))).toBe(true);
    // An ending alone, or a word that only ends in its letters, is not a role.
    expect(hasRoleWord('Checklist', vocab())).toBe(false);
    expect(recordOf('Senior Glaciologist\n\nDuties\n- Survey ice sheets\n- Write reports\n\nQualifications\n- PhD in glaciology\n', 'a.txt').title).toBe('Senior Glaciologist');
  });
  it('takes the institution under a title as the employer, past the school or department named first', () => {
    const r = recordOf('Research Fellow in Marine Ecology\n\nDepartment of Zoology\nUniversity of Northmoor\n\nSalary: £38,000 per annum\nLocation: Bristol\n\nResponsibilities:\n- Run field surveys\n- Publish results\n', 'a.txt');
    expect(r.company).toBe('University of Northmoor');
    // A line under the title that is neither an institution nor named again is not taken.
    expect(recordOf('Research Fellow in Marine Ecology\n\nCoastal Surveys\n\nResponsibilities:\n- Run field surveys\n- Publish results\n', 'a.txt').company).toBeNull();
  });
  it('takes a ministry or a health trust under the title as the employer, past a pay grade printed with the title', () => {
    const gov = recordOf('Data Analyst\n\nDepartment for Coastal Affairs\nApply before 5pm on 3 March 2027\n\nJob description\n- Build dashboards\n- Answer questions\n', 'a.txt');
    expect(gov.company).toBe('Department for Coastal Affairs');
    const nhs = recordOf('Physiotherapist\nBand 6\n\nRiverdale Community NHS Trust\n\nMain duties of the job\n- Assess patients\n- Plan treatment\n', 'a.txt');
    expect(nhs.company).toBe('Riverdale Community NHS Trust');
  });
  it('reads a board\'s page: the role label under the lists is its category, not the title; "Pvt. Ltd." is a legal form', () => {
    const page = 'Payroll Analyst - SAP\nOrchard Ledger Pvt. Ltd.\n3.9 | 120 Reviews\n2 - 5 years\nPune\n\nJob description\nWe need a payroll analyst for our SAP team.\n\nRoles and Responsibilities\n- Run the monthly payroll\n- Check statutory deductions\n\nDesired Candidate Profile\n- 2+ years of SAP payroll\n- B.Com\n\nRole: Accounts Executive\nIndustry Type: Accounting\n';
    const r = recordOf(page, 'a.txt');
    expect([r.title, r.company, r.locations.map((l) => l.city)]).toEqual(['Payroll Analyst - SAP', 'Orchard Ledger Pvt. Ltd', ['Pune']]);
  });
  it('takes no department printed beside the title ("Sales · Boise, Idaho") for the employer', () => {
    expect(recordOf('Account Manager\nSales · Boise, Idaho\n\nWe sell tractors.\n\nDuties\n- Visit farms\n- Close deals\n', 'a.txt').company).toBeNull();
    expect(recordOf('Comptable\nRessources humaines · Lyon\n\nMissions\n- Tenir les comptes\n- Payer\n', 'a.txt').company).toBeNull();
    // A firm whose name holds a department's word is still a firm.
    expect(recordOf('Account Manager\nSales Harbor · Boise, Idaho\n\nWe sell tractors.\n\nDuties\n- Visit farms\n- Close deals\n', 'a.txt').company).toBe('Sales Harbor');
  });
  it('reads Turkish legal forms ("A.Ş.", "Ltd. Şti.") as the end of a company\'s name', () => {
    const r = recordOf('Depo Sorumlusu\n\nMavi Liman Taşımacılık A.Ş.\nİzmir\n\nİş Tanımı:\n- Stok takibi\n- Sevkiyat planlama\n', 'a.txt');
    expect(r.company).toBe('Mavi Liman Taşımacılık A.Ş.');
  });
  it('reads "(Pvt.) Ltd." as a legal form, and keeps "The" that an organisation of several words writes before its name', () => {
    expect(recordOf('Store Keeper\nIndus Looms (Pvt.) Ltd.\nSialkot, Pakistan\n\nDuties:\n- Keep the stock registers\n- Issue material\n', 'a.txt').company).toBe('Indus Looms (Pvt.) Ltd');
    expect(recordOf('# Night Porter\n\nCompany: The Harbour View Hotel\n\nWe need a night porter for our front desk.\n').company).toBe('The Harbour View Hotel');
    // In a sentence, the article is the sentence's: "We are the Acme team".
    expect(recordOf('# Night Porter\n\nCompany: the Quayside\n\nWe need a night porter for our front desk.\n').company).toBe('Quayside');
  });
  it('reads Mexican legal forms ("S.A. de C.V.", "S. de R.L. de C.V.") whole as the end of a company\'s name', () => {
    const at = (name: string) => recordOf(`Almacenista\n${name}\nMonterrey, Nuevo León\n\nFunciones:\n- Recibir mercancía\n- Control de inventario\n`, 'a.txt').company;
    expect(at('Transportes Cerro Azul S.A. de C.V.')).toBe('Transportes Cerro Azul S.A. de C.V.');
    expect(at('Comercial Nopal S. de R.L. de C.V.')).toBe('Comercial Nopal S. de R.L. de C.V.');
  });
  it('keeps the prepositions of a town inside a company\'s name ("an der", "am", "upon")', () => {
    const at = (name: string) => recordOf(`Gärtner (m/w/d)\n${name}\n\nIhre Aufgaben:\n- Pflege der Grünanlagen\n- Baumschnitt\n`, 'a.txt').company;
    expect(at('Stadtwerke Weil am Rhein GmbH')).toBe('Stadtwerke Weil am Rhein GmbH');
    expect(at('Gartenbau Lindau an der Ache GmbH')).toBe('Gartenbau Lindau an der Ache GmbH');
    expect(recordOf('Groundskeeper\n\nEstates of Kingston upon Hull Ltd\n\nDuties:\n- Mow lawns\n- Trim hedges\n', 'a.txt').company).toBe('Estates of Kingston upon Hull Ltd');
  });
  it('reads a legal form before a quoted name as Russian and Ukrainian write it, and gives the name', () => {
    const ru = recordOf('Кладовщик\n\nООО «Тихая Гавань»\nКазань\n\nОбязанности:\n- приемка товара\n- учет остатков\n', 'a.txt');
    expect(ru.company).toBe('Тихая Гавань');
    // Unquoted, the name is the capitalised words after the form.
    const bare = recordOf('Грузчик\n\nзарплата от 60 000 ₽\nТОВ СвітлоТранс\nОдеса\n\nОбов\'язки:\n- розвантаження машин\n- облік товару\n', 'a.txt');
    expect(bare.company).toBe('СвітлоТранс');
  });
  it('takes the employer from its pledge of equal opportunity, in whatever section it stands', () => {
    const r = recordOf('Shift Lead\n\nDuties\n- Open the store\n- Count the till\n\nREQUIREMENTS\nTo do this job you must be able to lift 40 pounds.\nMapleford Outfitters is an Equal Opportunity Employer.\n', 'a.txt');
    expect(r.company).toBe('Mapleford Outfitters');
    // A pledge to equality and diversity, as British and European employers write it.
    const uk = recordOf('Lab Technician\n\nDuties\n- Prepare practical classes\n- Order chemicals\n\nTallow & Wick Candles is committed to equality, diversity and inclusion.\n', 'a.txt');
    expect(uk.company).toBe('Tallow & Wick Candles');
  });

  it('reads a headline "<employer> <hiring word> <role>" as both, in a language written without spaces too', () => {
    const zh = recordOf('## [杭州] 蓝鲸物流 招聘 数据分析师 15-25K\n\n**岗位职责**：\n1. 分析运输数据；\n2. 制作周报。\n', 'a.md');
    expect([zh.title, zh.company]).toEqual(['数据分析师', '蓝鲸物流']);
    expect(recordOf('# Fernleaf Games is hiring a Gameplay Programmer\n\n## Responsibilities\n\n- Build combat systems\n- Fix bugs\n').title).toBe('Gameplay Programmer');
  });

  it('takes the line under the title as the employer when the board\'s facts of the job follow it (contract, place)', () => {
    const r = recordOf('Comptable H/F\nAtelier Mirabeau\nCDI\nNantes\n\nMissions\n- Tenir la comptabilité\n- Préparer la paie\n', 'a.txt');
    expect([r.title, r.company]).toEqual(['Comptable', 'Atelier Mirabeau']);
    // The place under it written with its country in brackets; a firm named by its trade in the plural.
    const es = recordOf('Técnico de nóminas\nOrtega Consultores\nBurgos (España)\n\nFunciones:\n- Calcular nóminas\n- Preparar seguros sociales\n', 'a.txt');
    expect(es.company).toBe('Ortega Consultores');
    // A line followed by prose is not taken on its own.
    expect(recordOf('Comptable H/F\nAtelier Mirabeau\nNous cherchons une personne rigoureuse pour notre équipe.\n\nMissions\n- Tenir la comptabilité\n', 'a.txt').company).toBeNull();
  });

  it('takes the line under the board\'s facts of the job as the employer, over a site named in the page title', () => {
    const page = '<html><head><title>Magasinier H/F - Rennes | Jobcove</title></head><body><h1>Magasinier H/F</h1><ul><li>CDI</li><li>Rennes</li><li>Expérience : 1 an</li></ul><p>Quincaillerie Bastide</p><h2>Missions</h2><ul><li>Réceptionner les livraisons</li><li>Préparer les commandes</li></ul></body></html>';
    expect(recordOf(page, 'p.html').company).toBe('Quincaillerie Bastide');
    // Text under the title with no fact of the job before it is still not taken on its own.
    expect(recordOf('Magasinier H/F\nQuincaillerie Bastide\n\nMissions\n- Réceptionner les livraisons\n', 'a.txt').company).toBeNull();
  });

  it('takes a letterhead, the name on the line right above the title, over a mail domain', () => {
    const r = recordOf('Brookfield Housing Trust\nMaintenance Coordinator\n\nHours: 30 per week\n\nDuties\n- Book repairs with contractors\n- Inspect empty homes\n\nApply to hiring@brookfield-trust.example\n', 'a.txt');
    expect(r.company).toBe('Brookfield Housing Trust');
  });
  it('does not take a company\'s legal form from a labelled place ("Location: Quay Offices, Mount Barker SA")', () => {
    const r = recordOf('WESTGATE SHIRE COUNCIL\n\nPosition Title: Payroll Officer\nLocation: Quay Offices, Mount Barker SA\n\nKey Responsibilities\n- Run the fortnightly pay\n- Answer pay queries\n', 'a.txt');
    expect(r.company?.toLowerCase()).toBe('westgate shire council');
  });
});

describe('names that are also places', () => {
  it('takes a one-word name that is only a small town\'s for the employer, and never a state\'s or a city\'s', () => {
    // "Halfway" is a small town somewhere; as a page title's other part it is the employer.
    const page = '<html><head><title>Halfway - Support Engineer</title></head><body><h1>Support Engineer</h1><p>Halfway makes booking software for dentists.</p><h2>Duties</h2><ul><li>Answer tickets</li><li>Fix small bugs</li></ul></body></html>';
    expect(recordOf(page, 'a.html').company).toBe('Halfway');
    // A state's name before "is hiring" is where, not who.
    const state = recordOf('Line Cook\n\nOregon is hiring cooks all summer, and so are we.\n\nDuties\n- Prep vegetables\n- Work the grill\n', 'a.txt');
    expect(state.company).toBeNull();
  });
});

describe('a job board\'s saved page', () => {
  const page = (title: string, employer: string) =>
    `<html><head><title>${title}</title></head><body><h1>Kiln Operator</h1><div><a href="/c">${employer}</a></div><div>Stoke-on-Trent ST4</div>` +
    '<p>We fire tiles for restorations and need a second kiln operator.</p><h2>Duties</h2><ul><li>Load and fire the kilns</li><li>Log firing curves</li></ul></body></html>';
  it('does not take the town and postcode of the page title\'s parts for the employer', () => {
    const r = recordOf(page('Kiln Operator - Marlow Tileworks - Stoke-on-Trent ST4 | Jobsboard.example', 'Apply now'), 'a.html');
    expect(r.company).toBe('Marlow Tileworks');
    expect(r.locations.map((l) => l.city)).toEqual(['Stoke-on-Trent']);
  });
  it('does not take the shift printed after the title for the employer', () => {
    const html = '<html><head><title>Packer - Second Shift | Ridgeway Foods Careers</title></head><body><h1>Packer - Second Shift</h1><p>Leeds, UK</p><p>We pack ready meals for supermarkets.</p><h2>Duties</h2><ul><li>Pack trays</li><li>Label boxes</li></ul></body></html>';
    expect(recordOf(html, 'a.html').company).toBe('Ridgeway Foods');
    // The title alone in the heading, the shift a part of the page title of its own.
    expect(recordOf(html.replace('<h1>Packer - Second Shift</h1>', '<h1>Packer</h1>'), 'a.html').company).toBe('Ridgeway Foods');
  });
  it('takes the employer\'s name apart from the rating the board prints after it', () => {
    expect(recordOf(page('Kiln Operator | Jobsboard.example', 'Marlow Tileworks4.1 out of 5 stars'), 'a.html').company).toBe('Marlow Tileworks');
    expect(recordOf(page('Kiln Operator | Jobsboard.example', 'Marlow Tileworks 3,9/5'), 'a.html').company).toBe('Marlow Tileworks');
  });
  it('takes a proper name before a word that also heads sections for an employer, and never a heading', () => {
    const named = 'Forklift Driver\nHale Logistics\nLeeds\n\nWe move pallets across the north.\n\nDuties\n- Load trailers\n- Check stock\n';
    expect(recordOf(named, 'a.txt').company).toBe('Hale Logistics');
    const heading = 'Forklift Driver\nAdditional Information\nLeeds\n\nWe move pallets across the north.\n\nDuties\n- Load trailers\n- Check stock\n';
    expect(recordOf(heading, 'a.txt').company).toBeNull();
  });
});

describe('a job page copied as text, past its navigation', () => {
  it('takes a site\'s menu for no header, and the employer from the line under a title with a mark and terms after it', () => {
    const page = '<html><body><header>Jobwise · Jobs · Companies · Login</header><h1>Pharmacist (m/f/d) Full-time / Part-time</h1><p>Löwen-Apotheke Talheim</p><ul><li>Talheim</li><li>Permanent</li><li>Full-time, Part-time</li></ul><h4>Your tasks</h4><ul><li>Advise customers</li><li>Check prescriptions</li></ul></body></html>';
    const r = recordOf(page, 'p.html');
    expect([r.title, r.company]).toEqual(['Pharmacist', 'Löwen-Apotheke Talheim']);
  });
  it('finds the title past a navigation list, and the employer on the line above it when the terms follow it', () => {
    const page = 'Jobboard Nord\nFind a job\nCompanies\nBlog\n\nKestrel Ceramics\nKiln Technician\nPermanent\nStoke-on-Trent\n\nThe role\nYou will load, fire and maintain our six kilns.\n';
    const r = recordOf(page, 'a.txt');
    expect([r.title, r.company]).toEqual(['Kiln Technician', 'Kestrel Ceramics']);
  });
  it('takes the employer\'s line under the title though the board\'s facts under it read like requirements', () => {
    // Pasted from a board: the name is read as the heading of the facts under it, which read as requirements ("5 - 9 Years").
    const page = 'Senior Java Developer\nQuantiva Technologies Pvt Ltd\n4.1 | 212 Reviews\n5 - 9 Years\n12-20 Lacs P.A.\nPune, Bengaluru\nPosted: 3 days ago | Openings: 4 | Applicants: 100+\nApply   Save\n\nJob description\nWe are hiring Java developers for our payments platform team.\n\nRoles and Responsibilities\n- Design and build microservices in Java 17 and Spring Boot\n- Work with product owners to refine user stories\n- Mentor junior developers\n\nDesired Candidate Profile\n- 5+ years in Java development\n- Strong knowledge of Kafka and PostgreSQL\n- B.Tech/B.E. in any specialization\n\nRole: Back End Developer\nIndustry Type: IT Services & Consulting\nDepartment: Engineering - Software & QA\nEmployment Type: Full Time, Permanent\nRole Category: Software Development\nEducation\nUG: B.Tech/B.E. in Any Specialization\nKey Skills\nJava, Spring Boot, Microservices, Kafka, PostgreSQL\n\nAbout company\nQuantiva Technologies builds payment software for banks across Asia.\n';
    expect(recordOf(page, 'a.txt').company).toBe('Quantiva Technologies Pvt Ltd');
  });
  it('never takes a type of contract, a job board or a board\'s rating for the employer', () => {
    const under = recordOf('Chef de rang H/F\nCDI\nNantes\n\nMissions\n- Accueillir les clients\n- Servir en salle\n', 'a.txt');
    expect(under.company).toBeNull();
    const board = recordOf('Glassdoor\nKiln Technician\nPermanent\nStoke-on-Trent\n\nThe role\nYou will load, fire and maintain our six kilns.\n', 'a.txt');
    expect(board.company).toBeNull();
    const rated = '<html><body><div><a href="/o/1">Pellucid Optics</a><span>4.1 ★</span></div><h1>Lens Polisher</h1><p>Full-time</p><h2>Duties</h2><ul><li>Polish lenses</li><li>Check tolerances</li></ul></body></html>';
    expect(recordOf(rated, 'a.html').company).toBe('Pellucid Optics');
  });
});

describe('a posting forwarded by mail', () => {
  it('takes the role from the subject line, past replies, forwards and the list\'s tag, without the employer after it', () => {
    const mail = 'Subject: Fwd: [marine-jobs] PhD position in coral reef genomics, Bayside Institute\n\nDear all,\n\nThe Bayside Institute invites applications for a three-year doctoral project on coral heat tolerance. Applicants need a master\'s degree in biology.\n';
    expect(recordOf(mail, 'a.txt').title).toBe('PhD position in coral reef genomics');
    const de = 'Betreff: AW: Studentship in Hydrology - Seeland Universität\n\nLiebe Kolleginnen und Kollegen,\n\nwir besetzen eine Stelle im Bereich Hydrologie.\n';
    expect(recordOf(de, 'a.txt').title).toBe('Studentship in Hydrology');
  });
});

describe('an employer named by its address', () => {
  it('takes the name before a street and a town with its postcode, as a posting signs off', () => {
    const de = 'Für unser Café am Markt suchen wir ab sofort eine Servicekraft in Teilzeit. Sie bedienen unsere Gäste und kassieren.\n\nCafé Lindenblatt, Marktgasse 3, 88212 Ravensburg\n';
    expect(recordOf(de, 'a.txt').company).toBe('Café Lindenblatt');
    const en = 'We need a part-time shop assistant for Saturdays. You will serve customers and keep the shelves tidy.\n\nHollins Hardware, 14 Castle Street, Leeds LS1 4AB\n';
    expect(recordOf(en, 'a.txt').company).toBe('Hollins Hardware');
  });
});

describe('a flattened posting opened by a title label', () => {
  it('reads the employer and the town its first sentence names after the role, as a page title does', () => {
    const text = `Offre d'emploi : Boulanger (H/F) en CDI – Fournil des Quais, Avignon. Nous recherchons un boulanger pour notre fournil du centre-ville, ouvert du mardi au dimanche. ${'Vous travaillez en équipe de quatre personnes. '.repeat(3)}\n`;
    const r = recordOf(text, 'a.txt');
    expect([r.title, r.company, r.locations.map((l) => l.city)]).toEqual(['Boulanger', 'Fournil des Quais', ['Avignon']]);
  });
  it('drops the terms after a preposition closing a title ("in Vollzeit", "en CDI", "a jornada completa"), and never takes them for the employer', () => {
    expect(recordOf('# Koch (m/w/d) in Vollzeit\n\nWir suchen ab sofort Verstärkung für unsere Küche und freuen uns auf Ihre Bewerbung.\n').title).toBe('Koch');
    expect(recordOf('# Camarero a jornada completa\n\nBuscamos un camarero para nuestro restaurante en el centro de la ciudad.\n').title).toBe('Camarero');
    const fr = recordOf('# Boulanger (H/F) en CDI\n\nNous recherchons un boulanger pour notre fournil et nous attendons votre candidature.\n');
    expect([fr.title, fr.company]).toEqual(['Boulanger', null]);
    // A field of the role's own is not a term: "Specialist in Remote Sensing".
    expect(recordOf('# Specialist in Remote Sensing\n\nWe map forests from satellite images.\n').title).toBe('Specialist in Remote Sensing');
    expect(recordOf('# Engineer in Hybrid Cloud\n\nWe run servers for banks.\n').title).toBe('Engineer in Hybrid Cloud');
    expect(recordOf('# Head of a Remote Team\n\nWe support customers in twelve languages.\n').title).toBe('Head of a Remote Team');
  });
  it('does not take the part after the role of a title label alone on its line for the employer', () => {
    expect(recordOf('# Hiring\n\nJob title: Data Engineer - Platform\n\nBuild the pipelines of our warehouse.\n').company).toBeNull();
  });
});

describe('a careers site\'s navigation', () => {
  it('does not take a page\'s link back to all its openings ("Alle Stellen") for the employer', () => {
    const de = recordOf('<header><a href="/">Alle Stellen</a></header><main><h1>Lagerist (m/w/d)</h1><p>Vollzeit · Bremen</p><h2>Deine Aufgaben</h2><ul><li>Wareneingang</li><li>Kommissionierung</li></ul></main>', 'a.html');
    expect(de.company).toBeNull();
  });
  it('reads a Swiss role ending in -fachperson, -fachfrau or -fachmann as a role', () => {
    expect(hasRoleWord('Pflegefachperson HF', vocab('de'))).toBe(true);
    expect(hasRoleWord('Logistikfachmann EFZ', vocab('de'))).toBe(true);
  });
});

describe('an employer named in full once and short after', () => {
  it('takes the full name from the line beside the title when the text calls the employer by its first words', () => {
    const text = 'Roofer\nHollins & Sons Roofing\nBallarat VIC\nFull time\n\nAbout the business\nHollins is a family firm that has fixed roofs in Ballarat since 1988. Hollins trains its own crews.\n\nWhat you will do\n- Replace tiles\n- Fit gutters\n';
    expect(recordOf(text, 'a.txt').company).toBe('Hollins & Sons Roofing');
  });
  it('does not take a team, a department or a careers site of the employer for its full name', () => {
    const team = 'Data Engineer\nBrightfold Data Team\n\nBrightfold is a payments company. Brightfold helps shops get paid.\n\nWhat you will do\n- Build pipelines\n- Own the warehouse\n';
    expect(recordOf(team, 'a.txt').company).toBe('Brightfold');
    const office = 'Data Engineer\nBrightfold Leeds Office\n\nBrightfold is a payments company. Brightfold helps shops get paid.\n\nWhat you will do\n- Build pipelines\n- Own the warehouse\n';
    expect(recordOf(office, 'a.txt').company).toBe('Brightfold');
  });
  it('reads a label naming the kind of workplace ("Clinic:", "Restaurant:") as the employer\'s, without the town after its name', () => {
    const r = recordOf('**Job Title:** Dental Nurse\n**Clinic:** Brightbay Dental, Swansea\n\n**What you\'ll be doing:**\n\n- Assist the dentist\n- Sterilise instruments\n');
    expect([r.company, r.locations.map((l) => l.city)]).toEqual(['Brightbay Dental', ['Swansea']]);
  });
  it('takes no German noun after "bei der" for the employer, as German capitalises every noun', () => {
    const text = 'Tierarzthelfer (m/w/d)\n\nFür unsere Kleintierpraxis suchen wir Unterstützung.\n\nAufgaben:\n- Assistenz bei der Operation\n- Empfang und Telefon\n';
    expect(recordOf(text, 'a.txt').company).toBeNull();
  });
  it('takes no section\'s name under the title for the employer', () => {
    const text = 'JOB DESCRIPTION\n\nJob title:   Plant Fitter\nReports to:  Workshop Manager\n\nPURPOSE OF THE ROLE\nTo keep the depot\'s plant running.\n\nKEY DUTIES\n1. Service excavators\n2. Keep the service log\n';
    expect(recordOf(text, 'a.txt').company).toBeNull();
  });
  it('takes the full name a page\'s title or an "at …" line gives when the text calls the employer by its first word', () => {
    const page = '<html><head><title>Apply for Lab Technician at Quarrystone Genomics</title></head><body><h1>Lab Technician</h1><p>Quarrystone is a sequencing lab in Leeds.</p><h3>Duties</h3><ul><li>Run samples</li><li>Keep the lab log</li></ul></body></html>';
    expect(recordOf(page, 'p.html').company).toBe('Quarrystone Genomics');
    const at = '<html><body><div><h1>Lab Technician</h1><span>at Quarrystone Genomics</span></div><p>Quarrystone is a sequencing lab in Leeds.</p><h3>Duties</h3><ul><li>Run samples</li><li>Keep the lab log</li></ul></body></html>';
    expect(recordOf(at, 'p.html').company).toBe('Quarrystone Genomics');
  });
  it('drops "Careers" after a name of several words, as a careers site writes its owner\'s name', () => {
    expect(recordOf('# Baker\n\nCompany: Larkspur Bakehouse Careers\n\nWe bake bread.\n').company).toBe('Larkspur Bakehouse');
  });
});

describe('a copyright line', () => {
  it('names the employer without its copyright mark and year', () => {
    const r = recordOf('STOCK CONTROLLER\n\nDuties\n- Count stock\n- Order parts\n\n© 2026 Larkspur Outdoor Supply, Inc. All rights reserved.\n', 'a.txt');
    expect(r.company).toBe('Larkspur Outdoor Supply, Inc');
  });
});

describe('a line of facts under the title', () => {
  it('reads "Employer · Remote (EU)" for the employer and the way of working, and never a byline for the employer', () => {
    const r = recordOf('# Platform Engineer\n\nKestrel Bikes · Remote (EU)\n\n## Duties\n\n- Run our clusters\n- Automate releases\n');
    expect([r.company, r.workplaceType]).toEqual(['Kestrel Bikes', 'remote']);
    expect(recordOf('# Why we hire slowly\n\nBy Mara Quint · 3 March 2026\n\nWe hire slowly because we want people to stay.\n').company).toBeNull();
  });
});

describe('an employer named in passing', () => {
  it('takes the name after the year it was founded, before its stock ticker, and under the signer\'s role', () => {
    expect(recordOf('# Dispatcher\n\nFounded in 2004, Marram Haulage runs forty trucks out of Dundee.\n\n## Duties\n\n- Plan routes\n- Talk to drivers\n').company).toBe('Marram Haulage');
    expect(recordOf('# Field Engineer\n\nTernwave (NYSE: TRNW) builds tidal turbines.\n\n## Duties\n\n- Service turbines\n- Log faults\n').company).toBe('Ternwave');
    expect(recordOf('Job posted by: Alderbank Opticians\n\nOptical Assistant\n\nDuties\n- Fit frames\n- Book eye tests\n', 'a.txt').company).toBe('Alderbank Opticians');
    const signed = recordOf('Receptionist\n\nWe need a friendly receptionist for our busy practice.\n\nDuties\n- Greet clients\n- Book appointments\n\nKind regards,\nOwen Hale\nPractice Manager\nWillowmere Dental Surgery\n', 'a.txt');
    expect([signed.isJobPosting, signed.company]).toEqual([true, 'Willowmere Dental Surgery']);
    // The closing words come from each language's table.
    const de = recordOf('Lagerhelfer\n\nWir suchen Verstärkung für unser Lager.\n\nAufgaben\n- Ware annehmen\n- Kommissionieren\n\nMit freundlichen Grüßen\nAnna Berg\nPersonalleiterin\nKüstenwerft Lübeck\n', 'a.txt');
    expect(de.company).toBe('Küstenwerft Lübeck');
  });
  it('reads a private body\'s first word as no town, and a city with its state written out in prose as the place', () => {
    expect(recordOf('Veterinary Nurse\n\nWe are a small animal practice. Our clinic is at 4 Mill Row, Fairhaven, Massachusetts, by the harbour.\n\nDuties\n- Assist in surgery\n', 'a.txt').locations.map((l) => [l.city, l.region])).toEqual([['Fairhaven', 'MA']]);
    const r = recordOf('# Veterinary Nurse\n\nFairhaven Veterinary Clinic is a small animal practice in Fairhaven, Massachusetts.\n\n## Duties\n\n- Assist in surgery\n- Care for patients\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Fairhaven', 'US']]);
    const named = recordOf('# Veterinary Nurse\n\nBrookside Veterinary Clinic is a small animal practice.\n\n## Duties\n\n- Assist in surgery\n- Care for patients\n');
    expect(named.locations).toEqual([]);
  });
});

describe('employers and titles in languages without tables', () => {
  it('reads the legal forms of Estonia, Bulgaria, Slovakia, Hungary and Greece after a name', () => {
    const company = (name: string) => recordOf(`Kassapidaja\n\n${name}\nTartu\n\nKirjeldus\n- Teenindada kliente\n- Hoida kassat korras\n`, 'a.txt').company;
    expect(company('Virmalise Pagar OÜ')).toBe('Virmalise Pagar OÜ');
    expect(company('Дъбова Гора ЕООД')).toBe('Дъбова Гора ЕООД');
    expect(company('Kovo Senec a.s.')).toBe('Kovo Senec a.s.');
    expect(company('Tisza Malom Bt.')).toBe('Tisza Malom Bt');
  });
  it('takes a line of a name and its legal form whole, lower-case words and all', () => {
    const r = recordOf('Skladník\n\nPodunajská pekáreň s.r.o.\nNitra\n\nNáplň práce\n- vychystávanie tovaru\n- balenie\n', 'a.txt');
    expect(r.company).toBe('Podunajská pekáreň s.r.o.');
  });
  it('takes the quoted name after a Baltic or Romanian legal form written first', () => {
    const r = recordOf('Sandėlininkas\n\nUAB „Medaus korys“\nVilnius\n\nDarbo pobūdis\n- prekių priėmimas\n- inventorizacija\n', 'a.txt');
    expect(r.company).toBe('Medaus korys');
  });
  it('takes no employer from a line of two parts whose other part is only the pay', () => {
    // "Täiskohaga" (full-time) is a word no table holds; beside the pay alone it is no employer's name.
    const r = recordOf('Kokk\n\nKohvik Sinilind OÜ\nPärnu\n\nTäiskohaga · Palk 1300 € kuus\n\nTööülesanded\n- toidu valmistamine\n- köögi korrashoid\n', 'a.txt');
    expect(r.company).toBe('Kohvik Sinilind OÜ');
  });
  it('takes the first line of a posting in a language without tables for its title, never a name with a legal form', () => {
    const r = recordOf('Teenindaja (eesti ja vene keel)\n\nKohvik Sinilind OÜ\n\nPärnu\n\nTööülesanded\n- toidu valmistamine\n- köögi korrashoid\n\nOotame\n- kogemust köögis\n- täpsust\n', 'a.txt');
    expect(r.title).toMatch(/^Teenindaja/);
    expect(r.company).toBe('Kohvik Sinilind OÜ');
  });
  it('keeps the zero-width non-joiner Persian words are spelled with', () => {
    const r = recordOf('# طراح رابط‌کاربری\n\nشرکت نمونه در تهران به یک طراح با تجربه نیاز دارد.\n\n## شرح شغل\n- طراحی صفحه‌ها\n- همکاری با تیم\n');
    expect(r.title).toBe('طراح رابط‌کاربری');
  });
});

describe('a first line of a label no table reads and a name', () => {
  it('takes the name after the label for the title', () => {
    const sw = 'Nafasi: Fundi Seremala\nKampuni: Mbao Bora Ltd\nMahali: Moshi, Tanzania\n\nMajukumu\n- Kutengeneza samani\n- Kupima mbao\n';
    expect(recordOf(sw, 'a.txt').title).toBe('Fundi Seremala');
  });
  it('takes the name in a script without capitals', () => {
    const fa = 'آگهی: حسابدار ارشد\nشرکت: پارس نوین\n\nشرح وظایف:\n- تهیه گزارش‌های ماهانه\n- پیگیری پرداخت‌ها\n\nشرایط:\n- مدرک حسابداری\n';
    expect(recordOf(fa, 'a.txt').title).toBe('حسابدار ارشد');
    const hi = 'पद: लेखाकार\nकंपनी: सूर्या एग्रो\n\nजिम्मेदारियाँ:\n- मासिक हिसाब तैयार करना\n- भुगतान का रिकॉर्ड रखना\n\nयोग्यता:\n- वाणिज्य में स्नातक\n';
    expect(recordOf(hi, 'b.txt').title).toBe('लेखाकार');
  });
  it('takes no title from a label the tables know, a place or a sentence after a label', () => {
    const known = 'Company: Mbao Bora Ltd\n\nWe make furniture.\n\nDuties\n- Cut timber\n- Sand tables\n';
    expect(recordOf(known, 'a.txt').title).not.toBe('Mbao Bora Ltd');
    const place = 'Mahali: Moshi, Tanzania\n\nMajukumu\n- Kutengeneza samani\n';
    expect(recordOf(place, 'a.txt').title).toBeNull();
  });
});

describe('names joined by two small words', () => {
  it('reads "de la", "de los" and "van der" inside an organisation\'s name', () => {
    const fr = recordOf('# Animateur·rice\n\nLes Ateliers de la Rivière sont une association d\'éducation populaire à Namur.\n\n## Missions\n\n- Animer des ateliers\n- Accueillir le public\n');
    expect(fr.company).toBe('Ateliers de la Rivière');
    const es = recordOf('# Cajero\n\nCooperativa de los Valles es una cooperativa de ahorro en Cuenca.\n\n## Funciones\n\n- Atender a los socios\n- Cuadrar la caja\n');
    expect(es.company).toBe('Cooperativa de los Valles');
    const nl = recordOf('# Bakker\n\nBakkerij van der Berg is een familiebedrijf in Utrecht.\n\n## Taken\n\n- Brood bakken\n- Deeg maken\n');
    expect(nl.company).toBe('Bakkerij van der Berg');
  });
});

describe('a form under its letterhead', () => {
  it('takes the name on the first line, right above a block of labels, for the employer, quotes and all', () => {
    const form = 'Atelier "Sirun"\nJOB TITLE: Tailor\nLOCATION: Gyumri, Armenia\nWORK HOURS: 9:00 - 18:00\nJOB DESCRIPTION: The tailor will alter and repair garments.\nREQUIRED QUALIFICATIONS:\n- Two years of tailoring\n- Own tools\n';
    expect(recordOf(form, 'a.txt').company).toBe('Atelier "Sirun"');
  });
});

describe('the employer under the labels of hospitals and public bodies', () => {
  it('reads "Facility:" and "Agency:" as the employer\'s label', () => {
    const hospital = 'Respiratory Therapist\n\nFacility: Larchmont Valley Hospital\nLocation: Yakima, WA\nShift: Days\n\nEssential Functions\n1. Give breathing treatments\n2. Manage ventilators\n';
    expect(recordOf(hospital, 'a.txt').company).toBe('Larchmont Valley Hospital');
    const agency = 'Park Ranger\n\nAgency: Office of Coastal Parks\nLocation: Newport, OR\n\nDuties\n- Patrol the beaches\n- Lead guided walks\n';
    expect(recordOf(agency, 'a.txt').company).toBe('Office of Coastal Parks');
  });
});

describe('a label no table reads before a name', () => {
  it('never takes a label and its value together for the employer', () => {
    // "Werkplaats" is a label word of no table; the line is a form's, not a name.
    const r = recordOf('Elektricien\n\nWerkplaats: Brouwer Installatie\nRotterdam\n\nTaken\n- Storingen verhelpen\n- Installaties aanleggen\n', 'a.txt');
    expect(r.company ?? '').not.toContain(':');
  });
});

describe('employers a careers page, a street and a signature name', () => {
  it('reads the employer from a page title opened by a word for the page and closed by a careers phrase', () => {
    const html = '<html><head><title>Vaga: Recepcionista - Clínica Sabiá | Trabalhe Conosco</title></head><body><h1>Recepcionista</h1><p>Recife - PE · Efetivo</p><h2>Atividades</h2><ul><li>Atender pacientes</li><li>Agendar consultas</li></ul></body></html>';
    expect(recordOf(html, 'a.html').company).toBe('Clínica Sabiá');
  });
  it('takes no street named without its number for the employer, and the organisation under the signer\'s name', () => {
    const mail = 'Subject: Vacancy - Receptionist (Dental Practice)\n\nHi all,\n\nOur practice on Quay Street is looking for a receptionist, 3 days a week.\n\nPay is €14 per hour. Please email frontdesk@harbourdental.example.\n\nThanks,\nNiamh\nHarbour Dental Care\n';
    expect(recordOf(mail, 'a.txt').company).toBe('Harbour Dental Care');
  });
  it('reads the organisation written beside the signer\'s role on one line, an agency\'s trade word and all', () => {
    const mail = 'Subject: Vacancy - Forklift Driver\n\nMy client, a timber merchant near Hull, needs a forklift driver for days.\n\nDuties:\n- Load lorries\n- Stack timber\n\n£13 per hour.\n\nBest regards,\nOwen Price\nRecruitment Consultant | Eastgate Staffing\n';
    expect(recordOf(mail, 'a.txt').company).toBe('Eastgate Staffing');
    // A department beside the role names no organisation.
    expect(recordOf(mail.replace('| Eastgate Staffing', '| Sales'), 'a.txt').company).toBeNull();
  });
});

describe('a role named in its two genders', () => {
  it('knows a word and its feminine form as a role, whatever the word', () => {
    const v = vocab('fr');
    expect(hasRoleWord('Tonnelier / Tonnelière', v)).toBe(true);
    expect(hasRoleWord('Zimmerer/in', vocab('de'))).toBe(true);
    expect(hasRoleWord('Kuhar/ica', v)).toBe(true);
    // Pairs that are not a person's two forms.
    expect(hasRoleWord('Input/Output', v)).toBe(false);
    expect(hasRoleWord('Vollzeit/Teilzeit', vocab('de'))).toBe(false);
    expect(hasRoleWord('60 km/h', v)).toBe(false);
  });
  it('takes such a first line for the title', () => {
    const r = recordOf('Tonnelier / Tonnelière\n\nLa tonnellerie Duret, à Cognac, cherche un artisan pour fabriquer et réparer des fûts. CDI, 2 100 € brut par mois.\n', 'a.txt');
    expect(r.title).toBe('Tonnelier / Tonnelière');
  });
});

describe('Japanese names written with the long-vowel mark', () => {
  it('reads a company name whole through "ー" and "・", and a page title\'s "…の求人情報" as its name', () => {
    const html = '<html><head><title>株式会社ソーラー・ブリッジの求人情報 - 経理スタッフ | 転職サイト</title></head><body><h1>経理スタッフ</h1><p>株式会社ソーラー・ブリッジ</p><table><tr><th>仕事内容</th><td>伝票処理、月次決算の補助をお任せします。</td></tr><tr><th>勤務地</th><td>東京都港区</td></tr></table></body></html>';
    expect(recordOf(html, 'a.html').company).toBe('株式会社ソーラー・ブリッジ');
  });
});
