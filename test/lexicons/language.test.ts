/**
 * The language of a posting: told from its prose (not from names, addresses or headings), plain
 * English without the detector, everything else by franc limited to the languages of the tables.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lexicons/language.js';
import { LEXICONS } from '../../src/lexicons/index.js';
import { recordOf } from '../helpers.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'We are looking for a warehouse lead who will plan the shifts of our team and keep the loading bays safe for everyone.'],
    ['de', 'Wir suchen eine Lagerleitung, die die Schichten unseres Teams plant und die Laderampen für alle sicher hält.'],
    ['fr', 'Nous recherchons un responsable d’entrepôt qui planifiera les équipes et gardera les quais de chargement sûrs pour tous.'],
    ['es', 'Buscamos un responsable de almacén que planifique los turnos del equipo y mantenga seguros los muelles de carga.'],
    ['pt', 'Procuramos um responsável de armazém que planeie os turnos da equipa e mantenha as docas de carga seguras para todos.'],
    ['nl', 'Wij zoeken een magazijnleider die de diensten van ons team plant en de laadperrons voor iedereen veilig houdt.'],
    ['pl', 'Szukamy kierownika magazynu, który zaplanuje zmiany naszego zespołu i zadba o bezpieczeństwo ramp załadunkowych.'],
    ['ru', 'Мы ищем руководителя склада, который будет планировать смены нашей команды и следить за безопасностью погрузки.'],
    ['ja', '倉庫のリーダーを募集しています。チームのシフトを計画し、荷積み場の安全を守っていただきます。'],
    ['zh', '我们正在招聘仓库主管，负责安排团队的班次，并确保装卸区域对所有人都安全。'],
  ])('tells %s', (lang, text) => expect(detectLanguage(text)).toBe(lang));

  it('tells Estonian and Latvian, which the detector names by their standard forms, and Swahili, written in ASCII of its own', () => {
    expect(detectLanguage('Otsime klienditeenindajat, kes vastab klientide kõnedele ja kirjadele ning aitab tellimusi vormistada meie Tartu kontoris.')).toBe('et');
    expect(detectLanguage('Mēs meklējam noliktavas darbinieku, kurš pieņems un izsniegs preces un palīdzēs komplektēt pasūtījumus mūsu Rīgas noliktavā.')).toBe('lv');
    expect(detectLanguage('Kampuni yetu inatafuta dereva mwenye uzoefu wa miaka mitatu kwa ajili ya kusafirisha mizigo kati ya miji ya pwani.')).toBe('sw');
    // Terse English that trigrams give to a neighbour is still English.
    expect(detectLanguage('Hiring: Senior SRE (remote, EU). DM me.')).toBe('en');
  });
  it('tells Norwegian from Danish by the common words each writes and the other does not', () => {
    const nb = 'Vi søker en kokk til vårt kjøkken i Bergen. Du får ansvar for menyen og jobber tett med resten av teamet. Vi tilbyr deg fast stilling og gode arbeidsforhold.';
    const da = 'Vi søger en kok til vores køkken i Aarhus. Du får ansvar for menuen og arbejder tæt sammen med resten af holdet. Vi tilbyder dig fast ansættelse og gode vilkår.';
    expect([detectLanguage(nb), detectLanguage(da)]).toEqual(['nb', 'da']);
    const nbLexicon = LEXICONS.find((l) => l.lang === 'nb');
    const daLexicon = LEXICONS.find((l) => l.lang === 'da');
    // No word is one language's own and the other's too.
    expect(nbLexicon?.ownWords.filter((w) => daLexicon?.ownWords.includes(w))).toEqual([]);
  });

  it('tells the language from the prose, not from a name and contact block above it', () => {
    const text = ['MARTA LINDGREN', 'marta@example.org', '+46 70 000 00 00', 'Göteborg', '', 'Wir suchen eine Lagerleitung, die die Schichten unseres Teams plant und die Laderampen sicher hält.'].join('\n');
    expect(detectLanguage(text)).toBe('de');
  });

  it('does not take German with English words in it for plain English', () => {
    expect(detectLanguage('Als Data Engineer baust du mit uns die Pipelines für unsere Kunden, mit Python, SQL und Airflow in der Cloud, im Team und remote.')).toBe('de');
  });

  it('takes terse ASCII text in the words of English postings for English whatever its trigrams say', () => {
    const flat = 'Position: Line Mechanic Location: Reno, NV Pay: $31-$36 per hour Shift: Sunday to Thursday, 6am-4pm Requirements: 2 years diesel experience, CDL preferred, own tools a plus. Duties: service trucks, log repairs, order parts. Benefits: paid holidays, 401k. Company: Basin Fleet Services. Email your resume to shop@basinfleet.example.';
    expect(detectLanguage(flat)).toBe('en');
    // French written without its accents keeps its own words, and stays French.
    expect(detectLanguage('Nous recherchons un technicien de maintenance pour notre usine de Lyon. Vous serez charge de la maintenance preventive et corrective des lignes de production, en lien avec le responsable de site.')).toBe('fr');
  });
  it('takes short ASCII prose on which trigrams barely prefer another language for English', () => {
    expect(detectLanguage("Gameplay Programmer We're a 35-person studio in Bristol making cozy games. Duties Write gameplay code Fix bugs")).toBe('en');
    // Spanish and Italian written without accents are far from English, and stay themselves.
    expect(detectLanguage('Buscamos un cocinero para nuestro restaurante en el centro de Valencia, con experiencia en cocina mediterranea y ganas de aprender.')).toBe('es');
    expect(detectLanguage('Cerchiamo un cuoco per il nostro ristorante nel centro di Bologna, con esperienza nella cucina tradizionale e voglia di crescere.')).toBe('it');
  });
  it('tells Estonian from Finnish by ü and õ, which Finnish never writes', () => {
    expect(detectLanguage('Otsime oma kohvikusse rõõmsameelset teenindajat, kes tunneb huvi kohvi vastu ja suhtleb hästi klientidega üle päeva.')).toBe('et');
    expect(detectLanguage('Etsimme kahvilaamme iloista asiakaspalvelijaa, joka on kiinnostunut kahvista ja tulee hyvin toimeen asiakkaiden kanssa.')).toBe('fi');
  });
  it('answers null for text too short to tell', () => {
    expect(detectLanguage('Baker')).toBeNull();
  });

  it('answers only languages the tables hold, or their close neighbours', () => {
    const ours = new Set(LEXICONS.map((l) => l.lang));
    expect(ours.has(detectLanguage('Hľadáme vedúceho skladu, ktorý bude plánovať zmeny nášho tímu a dbať na bezpečnosť všetkých ľudí.') ?? 'en')).toBe(false);
    expect(detectLanguage('Ieškome sandėlio vadovo, kuris planuos mūsų komandos pamainas ir rūpinsis saugumu.')).toBe('lt');
  });

  it('tells Turkish and Vietnamese by their own letters when the text is a list of short items', () => {
    const tr = 'Depo Sorumlusu\n\nŞirket: Ege Lojistik\nKonum: İzmir\n\nİş Tanımı\n- Günlük sayım yapmak\n- Sevkiyatları takip etmek\n- Raporları hazırlamak\n';
    expect(recordOf(tr, 'a.txt').language).toBe('tr');
    expect(recordOf('Nhân viên kho\n\nYêu cầu:\n- Có sức khỏe tốt\n- Làm việc theo ca\n- Trung thực\n', 'a.txt').language).toBe('vi');
  });

  it('tells Russian from Bulgarian by ы, э and ё, and Ukrainian by ї, є and ґ, in a post of short emoji lines', () => {
    // Short lines full of Latin tech words: trigrams alone said Bulgarian.
    const ru = '🔥 Вакансия: Frontend-разработчик (React)\n🏢 Компания: Лесной Ключ\n📍 Локация: Москва / гибрид\n💰 Зарплата: 200 000 – 260 000 ₽\n\nЧем предстоит заниматься:\n▫️ верстать интерфейсы на React\n▫️ писать тесты на Jest\n▫️ участвовать в планировании\n\nЧто мы ждём:\n▫️ опыт с TypeScript от 2 лет\n▫️ знание Redux\n';
    expect(recordOf(ru, 'a.txt').language).toBe('ru');
    const uk = '🔥 Вакансія: Кур\'єр\n📍 Місто: Львів\n\nЩо потрібно:\n▫️ їздити на велосипеді\n▫️ мати смартфон\n▫️ бути ґречним з клієнтами\n▫️ єдиний графік\n▫️ їжа за рахунок компанії\n';
    expect(recordOf(uk, 'a.txt').language).toBe('uk');
    // Fewer than five of those letters: trigrams say Bulgarian, but Bulgarian never writes ы.
    const few = 'Специалист по продажам\nООО «Вега»\nПермь\nот 60 000 ₽ на руки\nПолная занятость, полный день\n\nОбязанности:\n- поиск и привлечение новых клиентов\n- ведение переговоров\n- заключение договоров\n\nТребования:\n- опыт продаж от 1 года\n\nУсловия:\n- оформление по ТК РФ\n- офис в центре города\n';
    expect(recordOf(few, 'a.txt').language).toBe('ru');
  });

  it('reads terse text in ASCII letters as English rather than a neighbour without tables', () => {
    expect(recordOf('Hiring: Senior SRE (remote, EU) at Cobalt Systems. €90-110k. DM me.\n', 'a.txt').language).toBe('en');
    // A neighbour's own letters still tell it.
    expect(recordOf('Vi söker en lagerarbetare till vårt lager i Umeå. Du arbetar i skift och trivs i ett högt tempo.\n', 'a.txt').language).not.toBe('en');
  });

  it('does not give Swahili to Indonesian, whose tables would read its figures as rupiah', () => {
    const sw = 'Majukumu: kufanya matengenezo ya mashine za kiwanda na kukagua nyaya za umeme kila siku. Sifa za mwombaji: cheti cha ufundi umeme na uzoefu wa angalau miaka mitatu.';
    expect(detectLanguage(sw)).not.toBe('id');
  });
});

describe('Malay, read with the Indonesian tables', () => {
  it('reads its own words for the sections, the employer, the terms and the least experience', () => {
    const ms = 'Jawatan Kosong: Juruteknik Elektrik\n\nSyarikat: Sinar Jaya Kejuruteraan Sdn Bhd\nLokasi: Ipoh, Perak\nGaji: RM2,500 - RM3,000 sebulan\nJenis pekerjaan: Sepenuh masa\n\nTanggungjawab:\n- Menyelenggara pendawaian bangunan\n- Membaiki kerosakan elektrik\n\nKelayakan:\n- Sijil kemahiran elektrik\n- Sekurang-kurangnya 3 tahun pengalaman\n\nFaedah:\n- Elaun perjalanan\n- Insurans kesihatan\n';
    const r = recordOf(ms, 'a.txt');
    expect([r.company, r.employmentType, r.experience?.minYears]).toEqual(['Sinar Jaya Kejuruteraan Sdn Bhd', 'full-time', 3]);
    expect([r.responsibilities.length, r.qualifications.required.length, r.benefits.length]).toEqual([2, 2, 2]);
    expect(r.salary?.period).toBe('month');
  });
});
