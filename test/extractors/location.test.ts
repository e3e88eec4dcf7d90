import { describe, expect, it } from 'vitest';
import { parsePlace } from '../../src/extractors/location.js';
import { isMonthName } from '../../src/patterns/dates.js';
import { cityOf, countryOf, regionOf } from '../../src/patterns/places.js';
import { recordOf } from '../helpers.js';

const place = (raw: string) => {
  const p = parsePlace(raw);
  return p && [p.city, p.region, p.country];
};

describe('places', () => {
  it('reads the town after the word for "in" closing a title line in Scandinavian languages', () => {
    const sv = recordOf('Elektriker till fastighetsbolag i Luleå\n\nVi söker en elektriker med B-körkort.\n\nArbetsuppgifter\nService av fastigheter\nFelsökning\n', 'a.txt');
    expect(sv.locations.map((l) => [l.city, l.country])).toEqual([['Luleå', 'SE']]);
    const nb = recordOf('Lagermedarbeider i Trondheim\n\nVi søker en lagermedarbeider til vårt lager.\n\nArbeidsoppgaver\nPlukk og pakk\nVaremottak\n', 'a.txt');
    expect(nb.locations.map((l) => [l.city, l.country])).toEqual([['Trondheim', 'NO']]);
  });
  it('writes a place without the brackets its remote-work mark stood in, full-width ones too', () => {
    const r = recordOf('【職種】経理スタッフ\n【勤務地】大阪府大阪市（リモート可）\n【雇用形態】正社員\n【仕事内容】\n・請求書の発行\n・経費精算\n', 'a.txt');
    expect([r.workplaceType, r.locations.map((l) => [l.raw, l.country])]).toEqual(['remote', [['大阪府大阪市', 'JP']]]);
  });
  it('reads City, ST and City, Region, Country', () => {
    expect(place('Los Angeles, CA')).toEqual(['Los Angeles', 'CA', 'US']);
    expect(place('Tucson, Arizona, United States')).toEqual(['Tucson', 'AZ', 'US']);
    expect(place('Toronto, ON')).toEqual(['Toronto', 'ON', 'CA']);
    expect(place('Sydney, NSW')).toEqual(['Sydney', 'NSW', 'AU']);
  });
  it('reads a town and its state\'s code written without a comma, with the postcode after it', () => {
    expect(place('Tulsa OK')).toEqual(['Tulsa', 'OK', 'US']);
    expect(place('Brisbane QLD 4000')).toEqual(['Brisbane', 'QLD', 'AU']);
    expect(place('Head Office, Halifax NS')).toEqual(['Halifax', 'NS', 'CA']);
    // Capitalised words before a code that is no state's are left alone.
    expect(place('Data Team QA')).toBeNull();
  });
  it('reads a code that is a state\'s and a country\'s as the country when the town is larger there', () => {
    expect(place('Hamburg, DE')).toEqual(['Hamburg', null, 'DE']);
    expect(place('Dover, DE')).toEqual(['Dover', 'DE', 'US']);
  });
  it('reads City, Country in English and local forms, and ISO codes', () => {
    expect(place('Bangkok, TH')).toEqual(['Bangkok', null, 'TH']);
    expect(place('Zürich, Schweiz')).toEqual(['Zürich', null, 'CH']);
    expect(place('Sheung Wan, Hong Kong')).toEqual(['Sheung Wan', null, 'HK']);
    expect(place('München, Deutschland')).toEqual(['München', null, 'DE']);
  });
  it('reads a city\'s district named by its side as a place in the city\'s country, written as given', () => {
    expect(place('Surabaya Timur, Jawa Timur')).toEqual(['Surabaya Timur', 'Jawa Timur', 'ID']);
    expect(place('Jakarta Utara')).toEqual(['Jakarta Utara', null, 'ID']);
  });
  it('reads a German town told by its river or region, with its postcode, as written', () => {
    expect(place('79098 Freiburg im Breisgau')).toEqual(['Freiburg im Breisgau', null, 'DE']);
    expect(place('Halle an der Saale')).toEqual(['Halle an der Saale', null, 'DE']);
  });
  it('reads "Town near City" as the town, in any of several languages', () => {
    expect(place('Hallbergmoos near Munich')).toEqual(['Hallbergmoos', null, 'DE']);
    const r = recordOf('# Lagerist (m/w/d)\n\nSpedition Kranich GmbH · Talheim bei Heilbronn · Vollzeit\n\nWir lagern Waren für Händler der Region.\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Talheim', 'DE']]);
  });
  it('reads a town written with letters no decomposition takes apart as its plain Latin name', () => {
    // "Đ" has no accent to drop: the index knows the town as "Da Nang".
    expect(place('Đà Nẵng')).toEqual(['Đà Nẵng', null, 'VN']);
  });
  it('reads the places a label\'s value names after words of its own', () => {
    const r = recordOf('# Deckhand\n\nLocation: 2 vacancies in the following location: Astoria, OR\n\nWork on the river ferries.\n');
    expect(r.locations.map((l) => [l.city, l.region, l.country])).toEqual([['Astoria', 'OR', 'US']]);
  });
  it('infers the country of a known city alone', () => {
    expect(place('Toronto')).toEqual(['Toronto', 'ON', 'CA']);
    expect(place('Tallinn')).toEqual(['Tallinn', null, 'EE']);
  });
  it('reads a UK town with the first half of its postcode, as job boards print it, but not a code after capitals', () => {
    expect(place('Colchester CO1')).toEqual(['Colchester', null, 'GB']);
    expect(place('Bristol BS1')).toEqual(['Bristol', null, 'GB']);
    expect(place('NO AGENCIES B2B')).toBeNull();
  });
  it('reads a town and its province as one place when the province is a town too ("Ibadan, Oyo"), and two towns of another province as two', () => {
    const r = recordOf('# Accountant\n\nLocation: Ibadan, Oyo\n\nKeep our books.\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Ibadan', 'NG']]);
    expect(recordOf('# Nurse\n\nLocation: Winterthur, Schaffhausen\n\nCare for patients.\n').locations.map((l) => l.city)).toEqual(['Winterthur', 'Schaffhausen']);
  });
  it('reads the place of a minified page\'s header line, though the page\'s last section on that source line is its requirements', () => {
    const page = '<html><body><h1>Backend Engineer</h1><div><span>Leeds</span> <span>Full-time</span> <span>Engineering</span></div><h2>Requirements</h2><ul><li>Go</li><li>SQL</li></ul></body></html>';
    expect(recordOf(page, 'p.html').locations.map((l) => l.city)).toEqual(['Leeds']);
  });
  it('reads the places a header line\'s part offers as alternatives, in any language', () => {
    const post = 'Hybrid | Manchester or Glasgow | Full-time | £48k–£56k\n\nTidewell Energy — Grid Analyst\n\nWe model the grid for wind farms.\n\n- Build load-flow models\n- Write reports for clients\n';
    expect(recordOf(post, 'a.md').locations.map((l) => l.city)).toEqual(['Manchester', 'Glasgow']);
    const de = 'Vollzeit | Hamburg oder Köln | 55.000 € im Jahr\n\nWir suchen eine Buchhalterin.\n\n- Monatsabschlüsse\n';
    expect(recordOf(de, 'b.md').locations.map((l) => l.city)).toEqual(['Hamburg', 'Köln']);
  });
  it('reads the city an address names after its district, a city many times its size, but keeps a US town before its state', () => {
    expect(place('Neukölln, Berlin')).toEqual(['Berlin', null, 'DE']);
    expect(place('Tầng 3, số 7 Phố Huế, Đống Đa, Hà Nội')).toEqual(['Hà Nội', null, 'VN']);
    expect(place('Brooklyn, New York')).toEqual(['Brooklyn', 'NY', 'US']);
  });
  it('uses a postcode and skips a district', () => {
    expect(place('Vauxhall, London, SW8 2LX')).toEqual(['London', null, 'GB']);
  });
  it('reads a postal address: the town beside its postcode, before or after it, in any country\'s shape', () => {
    expect(place('Riverside Infirmary, Mill Lane, Dunmore, DN4 5TT')).toEqual(['Dunmore', null, 'GB']);
    expect(place('4 Quay Street, Bristol BS1 4DJ')).toEqual(['Bristol', null, 'GB']);
    expect(place('Lindenweg 3, 04109 Leipzig')).toEqual(['Leipzig', null, 'DE']);
    expect(place('31000 Toulouse, France')).toEqual(['Toulouse', null, 'FR']);
    expect(place('3511 LN Utrecht')).toEqual(['Utrecht', null, 'NL']);
    expect(place('30-001 Kraków')).toEqual(['Kraków', null, 'PL']);
    expect(place('Madison, WI 53703')).toEqual(['Madison', 'WI', 'US']);
    expect(place('Ottawa, ON K1P 1J1')).toEqual(['Ottawa', 'ON', 'CA']);
  });
  it('reads a county that shares its name with a territory as the town\'s county ("Norwich, Norfolk")', () => {
    expect(place('Norwich, Norfolk')).toEqual(['Norwich', 'Norfolk', 'GB']);
    expect(place('Kingston, Jamaica')).toEqual(['Kingston', null, 'JM']);
  });
  it('chooses between towns of one name by the countries the posting names in words and by its currency, not by its markup', () => {
    const page = (pay: string) => `<html lang="en-US"><body><h1>Forklift Driver</h1><ul><li>Full Time</li><li>Wakefield</li></ul><p>We need a forklift driver for our depot. ${pay}</p><h2>Duties</h2><ul><li>Load lorries</li><li>Check stock</li></ul></body></html>`;
    expect(recordOf(page('Pay: £12.60 an hour.'), 'a.html').locations.map((l) => l.country)).toEqual(['GB']);
    expect(recordOf(page('Pay: $18 an hour at our depot in the United States.'), 'a.html').locations.map((l) => l.country)).toEqual(['US']);
  });
  it('reads no village from a word beside a role ("Senior Engineer - Java"), but a town of some size ("Barista - Lyon")', () => {
    expect(recordOf('Senior Software Engineer - Java\n\nWe build payment systems.\n\nRequirements\n- Java\n- SQL\n', 'a.txt').locations).toEqual([]);
    expect(recordOf('Barista - Lyon\n\nNous servons du café.\n\nMissions\n- Servir\n- Nettoyer\n', 'a.txt').locations.map((l) => l.city)).toEqual(['Lyon']);
  });
  it('reads no country from a short word that is a country\'s name in another language ("My" is Vietnamese for the US)', () => {
    expect(countryOf('My', false)).toBeNull();
    expect(countryOf('Y', false)).toBeNull();
    expect(countryOf('Peru', false)).toBe('PE');
    expect(countryOf('UK', false)).toBe('GB');
    const r = recordOf('My team at Larkspur Labs is looking for a Data Engineer to join us in Amsterdam (hybrid).\n\nWe work on weather data.\n', 'a.txt');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Amsterdam', 'NL']]);
  });
  it('takes the country of the province named after a town over the language\'s first country', () => {
    expect(parsePlace('Guadalajara, Jalisco', ['ES', 'MX'])).toMatchObject({ city: 'Guadalajara', country: 'MX' });
    expect(parsePlace('Guadalajara', ['ES', 'MX'])).toMatchObject({ city: 'Guadalajara', country: 'ES' });
    // A board's area ending with its state's code: that state's town of the name.
    expect(parsePlace('Newcastle, Newcastle, Maitland & Hunter NSW')).toMatchObject({ city: 'Newcastle', region: 'NSW', country: 'AU' });
    // A Brazilian town and its state's code parted by a slash.
    expect(parsePlace('Porto Alegre/RS')).toMatchObject({ city: 'Porto Alegre', region: 'RS', country: 'BR' });
    expect(parsePlace('Geelong, Geelong & Surf Coast VIC')).toMatchObject({ city: 'Geelong', region: 'VIC', country: 'AU' });
  });
  it('reads an applicant-tracking system\'s place path, country first and joined by hyphens', () => {
    expect(place('Canada-Manitoba-Brandon')).toEqual(['Brandon', 'MB', 'CA']);
    expect(place('US-OR-Eugene')).toEqual(['Eugene', 'OR', 'US']);
    expect(place('DE-Leipzig')).toEqual(['Leipzig', null, 'DE']);
    // Hyphenated names are not paths.
    expect(place('Saint-Étienne')).toEqual(['Saint-Étienne', null, 'FR']);
    expect(place('Guinea-Bissau')).toEqual([null, null, 'GW']);
  });
  it('takes the town a public institution is named after when the posting names no place', () => {
    const at = (employer: string) => recordOf(`${employer} seeks a part-time Library Assistant to shelve books and help readers.\n\nDuties\n- Shelve returns\n- Help readers\n`, 'a.txt').locations.map((l) => [l.city, l.country]);
    expect(at('Springfield Public Library')).toEqual([['Springfield', 'US']]);
    expect(at('The City of Leeds Library')).toEqual([['Leeds', 'GB']]);
    // A person's name in an institution's name is no town; a firm is not an institution.
    expect(at('Johns Hopkins University')).toEqual([]);
    expect(at('Denver Robotics Inc.')).toEqual([]);
    // A town of that name abroad, when the posting pays in another country's money, is a coincidence.
    const paid = recordOf('Employer: Lakewood University Hospitals\n\nWe seek a Phlebotomist.\n\nSalary: £24,000 a year\n\nDuties\n- Take blood\n- Label samples\n', 'a.txt');
    expect(paid.locations).toEqual([]);
  });
  it('drops a country alone beside a town of that country ("Kiel, Germany" and "Remote (Germany)")', () => {
    const r = recordOf('---\ntitle: Data Steward\nlocation:\n  - Graz, Austria\n  - Remote (Austria)\n---\n\nWe keep research data tidy.\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Graz', 'AT']]);
    // A country alone with a town of another country stays.
    const two = recordOf('---\ntitle: Data Steward\nlocation:\n  - Graz, Austria\n  - Remote (Slovenia)\n---\n\nWe keep research data tidy.\n');
    expect(two.locations.map((l) => [l.city, l.country])).toEqual([['Graz', 'AT'], [null, 'SI']]);
  });
  it('reads country names in the languages of the neighbours the detector names', () => {
    expect(place('Πάτρα, Ελλάδα')?.[2]).toBe('GR');
    expect(place('Tampere, Suomi')).toEqual(['Tampere', null, 'FI']);
    expect(place('Malmö, Sverige')).toEqual(['Malmö', null, 'SE']);
  });
  it('reads a province where the city would stand', () => {
    expect(place('Bangalore, Karnataka, India')).toEqual(['Bangalore', 'Karnataka', 'IN']);
  });
  it('gives up on text that names no place', () => {
    expect(parsePlace('Hybrid/North Riverside Campus')).toBeNull();
  });
  it('prefers the country a posting names when a city name is in several', () => {
    expect(cityOf('Los Ángeles', ['CL'])?.country).toBe('CL');
    expect(cityOf('Los Angeles')?.country).toBe('US');
  });
  it('knows states, provinces and countries', () => {
    expect(regionOf('California')).toEqual({ code: 'CA', country: 'US' });
    expect(regionOf('QC')).toEqual({ code: 'QC', country: 'CA' });
    expect(countryOf('Brasil')).toBe('BR');
    expect(countryOf('USA')).toBe('US');
  });
});

describe('location extraction', () => {
  it('reads several places from a front-matter list', () => {
    const r = recordOf('---\ntitle: Engineer\nlocations: ["Paris, France", "Lyon, France"]\n---\nText\n');
    expect(r.locations.map((l) => l.city)).toEqual(['Paris', 'Lyon']);
  });
  it('reads "Remote (US)" as a remote role limited to the US: the country, with no city', () => {
    const r = recordOf('# Engineer\n\n**Location:** Remote (US)\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([[null, 'US']]);
    expect(r.applicantLocations).toEqual(['US']);
    expect(r.workplaceType).toBe('remote');
  });
  it('reads "Remote (US or Canada)" as remote with two applicant countries, not a Canadian office', () => {
    const r = recordOf('# Engineer\n\n**Location:** Remote (US or Canada)\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([[null, 'US'], [null, 'CA']]);
    expect(r.applicantLocations).toEqual(['US', 'CA']);
    expect(r.workplaceType).toBe('remote');
  });
  it('keeps a region of remote applicants, such as Europe, out of the places', () => {
    const r = recordOf('# Designer\n\n**Location:** Remote – Europe\n');
    expect(r.locations).toEqual([]);
    expect(r.applicantLocations).toEqual(['Europe']);
  });
  it('keeps the place of "San Francisco, Remote"', () => {
    const r = recordOf('# Engineer\n\nLOCATION: San Francisco, REMOTE\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['San Francisco', 'US']]);
    expect(r.workplaceType).toBe('remote');
  });
  it('reads (On-Site) in a location as the workplace type', () => {
    const r = recordOf('---\ntitle: Intern\nlocation: "Tallinn, Estonia (On-Site)"\n---\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Tallinn', 'EE']]);
    expect(r.workplaceType).toBe('onsite');
  });
  it('reads a line under the title that is only a place and a workplace word, even when it stands as a heading', () => {
    const r = recordOf('Бариста\n\nКазань, офис\n\n40 000₽ в месяц\n\nЧто делать:\nварить кофе\n', 'a.txt');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Kazan', 'RU']]);
  });
  it('reads a country in an office sentence as the country of its city, not as a town', () => {
    const r = recordOf('# Księgowa\n\nOur office is in Poznań, Poland, next to the old market.\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Poznań', 'PL']]);
  });
  it('reads a district after its city as the city', () => {
    expect(cityOf('Berlin-Mitte')?.city).toBe('Berlin');
    expect(cityOf('Winston-Salem')?.country).toBe('US');
    expect(cityOf('Nowhere-Town')).toBeNull();
  });
  it('finds the office named in a sentence, in several languages', () => {
    expect(recordOf('# Berater\n\nUnser Team arbeitet in Hamburg-Altona.\n').locations.map((l) => [l.city, l.country])).toEqual([['Hamburg', 'DE']]);
    const fr = recordOf('# Développeur\n\nNotre équipe travaille à Ottawa, Montréal et Toronto.\n');
    expect(fr.locations.map((l) => l.city)).toEqual(['Ottawa', 'Montréal', 'Toronto']);
  });
  it('reads a town of some size named in passing when it is in the country the posting pays in, and a town before a workplace\'s noun', () => {
    const cities = (text: string) => recordOf(text, 'a.txt').locations.map((l) => [l.city, l.country]);
    // Grantham (some 44,000 people) is large enough in a posting paying pounds, Whitby (13,000) is not.
    expect(cities('Baker\n\nBread is baked fresh each morning in Grantham, six days a week.\n\nPay: £12.60 an hour\n')).toEqual([['Grantham', 'GB']]);
    expect(cities('Baker\n\nBread is baked fresh each morning in Whitby, six days a week.\n\nPay: £12.60 an hour\n')).toEqual([]);
    // Without the pay, a town that size named in passing could be anywhere.
    expect(cities('Baker\n\nBread is baked fresh each morning in Grantham, six days a week.\n')).toEqual([]);
    expect(cities('Forklift Driver\n\nHarrow Freight Ltd – Grantham depot\n\nPay: £13 an hour\n')).toEqual([['Grantham', 'GB']]);
    expect(cities('Analyst\n\nYou will join our Leeds office on a permanent contract.\n')).toEqual([['Leeds', 'GB']]);
    // A town of some size in the country of the posting's mail domain (a currency of many countries says none).
    expect(cities('Baker\n\nOur bakery in Sligo needs an early baker, Tuesday to Saturday. Pay is €14 an hour.\n\nMail hello@loafandladle.ie\n')).toEqual([['Sligo', 'IE']]);
    expect(cities('Baker\n\nOur bakery in Sligo needs an early baker, Tuesday to Saturday. Pay is €14 an hour.\n\nMail hello@loafandladle.io\n')).toEqual([]);
    // The part of town, or the area around it.
    expect(cities('Waiter wanted\n\nSheffield city centre, evenings. £12 an hour plus tips.\n')).toEqual([['Sheffield', 'GB']]);
    expect(cities('Plumber\n\nCovering homes across the Bristol area for a family firm.\n\nPay: £34,000 a year\n')).toEqual([['Bristol', 'GB']]);
  });
  it('finds a place a Nordic posting names after "i", and the role before "søges"', () => {
    const da = recordOf('Tømrer søges til værksted i Odense\n\nVi søger en erfaren tømrer til vores værksted. Du skal bygge køkkener og trapper efter mål.\n\nDine opgaver:\n• Bygge køkkener\n• Montere trapper\n', 'a.txt');
    expect(da.locations.map((l) => [l.city, l.country])).toEqual([['Odense', 'DK']]);
    expect(da.title).toBe('Tømrer');
    const sv = recordOf('Kock\n\nRestaurang Sjöboden söker en kock till vår restaurang i Uppsala. Du lagar lunch och middag i ett litet kök.\n\nArbetsuppgifter:\n- Laga mat\n- Beställa varor\n', 'a.txt');
    expect(sv.locations.map((l) => [l.city, l.country])).toEqual([['Uppsala', 'SE']]);
  });
  it('finds a town a Russian posting names in the prepositional case, and a firm quoted after its noun, in a sentence with a dashed aside', () => {
    const r = recordOf('Вакансия: Кладовщик\n\nКомпания «Северный Склад» — оператор складской логистики — приглашает кладовщика на работу в Новосибирске.\n\nОбязанности:\n— приёмка товара;\n— инвентаризация.\n', 'a.txt');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Novosibirsk', 'RU']]);
    expect(r.company).toBe('Северный Склад');
    const moscow = recordOf('Вакансия: Кладовщик\n\nМы ищем кладовщика в Москве.\n\nОбязанности:\n— приёмка товара;\n— инвентаризация.\n', 'a.txt');
    expect(moscow.locations.map((l) => [l.city, l.country])).toEqual([['Moscow', 'RU']]);
  });
  it('finds a place a Turkish posting names with a case ending after an apostrophe ("Bursa\'daki fabrikamız")', () => {
    const r = recordOf('Kalite Kontrol Uzmanı\n\nOtomotiv yan sanayi firmamız Bursa\'daki fabrikamız için deneyimli bir kalite kontrol uzmanı arıyor. Adayların en az iki yıl deneyimli olması beklenmektedir.\n', 'a.txt');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Bursa', 'TR']]);
  });
  it('finds the office a Romance language names with "of" ("nuestra planta de Sevilla", "la sede di Bologna")', () => {
    const cities = (text: string) => recordOf(text, 'a.txt').locations.map((l) => [l.city, l.country]);
    expect(cities('Soldador/a\n\nBuscamos soldadores con experiencia para trabajar en nuestra planta de Zaragoza. Ofrecemos contrato indefinido y jornada completa.\n')).toEqual([['Zaragoza', 'ES']]);
    expect(cities('Magazziniere\n\nCerchiamo un magazziniere per la sede di Bologna del nostro gruppo.\n')).toEqual([['Bologna', 'IT']]);
    // A department is no place: "el equipo de Ventas".
    expect(cities('Comercial\n\nTe unirás al equipo de Ventas y visitarás clientes.\n')).toEqual([]);
  });
  it('reads every city of a comma list, and places in a pay sentence', () => {
    const list = recordOf('---\ntitle: Elektriker\nlocation: "Winterthur, Tägerwilen, Schaffhausen"\n---\nText\n');
    expect(list.locations.map((l) => [l.city, l.country])).toEqual([['Winterthur', 'CH'], ['Tägerwilen', 'CH'], ['Schaffhausen', 'CH']]);
    const pay = recordOf('Engineer\n\nThe hiring range in New York, NY is $99,900 to $133,900 and in Glendale/Santa Monica, CA is $95,300-$127,800.\n', 'a.txt');
    expect(pay.locations.map((l) => [l.city, l.region])).toEqual([['New York', 'NY'], ['Glendale', 'CA'], ['Santa Monica', 'CA']]);
  });
  it('reads a place in parentheses as its region, and keeps location.raw as written', () => {
    const r = recordOf('Job Title: Nurse\nLocation: Horsham (West Sussex)\n', 'a.txt');
    expect(r.locations.map((l) => [l.raw, l.city, l.country])).toEqual([['Horsham (West Sussex)', 'Horsham', 'GB']]);
  });
  it('reads "Yonge and Eglinton" as one place, not two', () => {
    const r = recordOf('# Developer\n\nLocation: Toronto, Yonge and Eglinton\n');
    expect(r.locations.map((l) => l.city)).toEqual(['Toronto']);
  });
  it('reads place names in other scripts and a small town with its state', () => {
    expect(recordOf('Дизайнер интерфейсов\n\nПитер, офис\n\nЗадачи\n— дизайн\n— макеты\n', 'a.txt').locations.map((l) => [l.city, l.country])).toEqual([['Saint Petersburg', 'RU']]);
    expect(place('Framingham, MA')).toEqual(['Framingham', 'MA', 'US']);
  });
  it('does not take cities from a company history', () => {
    expect(recordOf('# Cajero\n\nTenemos 80 locales desde Tijuana hasta Mérida.\n').locations).toEqual([]);
  });

  it('reads a place name shared by several countries in the country of the posting\'s language', () => {
    const r = recordOf('## Cocinero/a — Valencia\n\nBuscamos un cocinero para nuestro restaurante.\n\n### Requisitos\n\n- Experiencia en cocina\n- Trabajo en equipo\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Valencia', 'ES']]);
  });

  it('ranks alike the countries of a language after its first, so the greatest town of the name among them wins', () => {
    const r = recordOf('## Analista contable — Santiago\n\nBuscamos un analista para nuestra oficina.\n\n### Requisitos\n\n- Excel\n- Contabilidad\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Santiago', 'CL']]);
    expect(cityOf('Santiago', ['ES', 'MX AR CO CL PE'])?.country).toBe('CL');
    expect(cityOf('Santiago', ['MX', 'ES', 'AR CO CL PE'])?.country).toBe('MX');
  });

  it('reads a province after the part looked up only: the city named like a province elsewhere is not that province\'s', () => {
    // "Santiago" is also a Dominican province; the unknown district before it says nothing of that.
    expect(parsePlace('Las Condes, Santiago', ['ES', 'MX AR CO CL PE'])).toMatchObject({ city: 'Santiago', country: 'CL' });
    expect(parsePlace('Las Condes, Santiago')).toMatchObject({ city: 'Santiago', country: 'CL' });
  });

  it('reads a region after a spaced dash ("Campinas - SP")', () => {
    expect(place('Campinas - SP')?.[0]).toBe('Campinas');
    expect(place('Campinas - SP')?.[2]).toBe('BR');
  });

  it('reads a place without the word for its kind ("TP. Hồ Chí Minh", "Kota Surabaya", "г. Казань")', () => {
    expect(place('Quận 3, TP. Hồ Chí Minh')?.[2]).toBe('VN');
    expect(place('Kota Surabaya, Jawa Timur')?.[0]).toBe('Surabaya');
    expect(place('г. Казань')?.[2]).toBe('RU');
  });

  it('joins a place written in front-matter keys of its own (city, state, country) into one place', () => {
    const r = recordOf('---\nrole: Clerk\norg: Town of Ashby Falls\ncity: Springfield\nstate: IL\n---\n\nThe town is hiring a clerk for its records office.\n');
    expect(r.locations.map((l) => [l.city, l.region, l.country])).toEqual([['Springfield', 'IL', 'US']]);
    expect(r.company).toBe('Town of Ashby Falls');
  });

  it('reads a two-letter code after a city it does not hold as that city\'s region ("Belo Horizonte - MG" is not in Madagascar)', () => {
    expect(parsePlace('Belo Horizonte - MG')).toMatchObject({ city: 'Belo Horizonte', region: 'MG', country: 'BR' });
    expect(parsePlace('Curitiba - PR')).toMatchObject({ city: 'Curitiba', region: 'PR', country: 'BR' });
    // A city the code's country holds keeps it.
    expect(parsePlace('Paris, TX')).toMatchObject({ city: 'Paris', region: 'TX', country: 'US' });
    expect(parsePlace('Lagos, NG')).toMatchObject({ city: 'Lagos', country: 'NG' });
  });
});

describe('a place after the title line\'s comma', () => {
  it('reads "Role, City" and "Role, City, Country" on a plain first line as the job\'s place', () => {
    const r = recordOf('Warehouse Lead, Dundee\n\nWe store and ship garden furniture.\n\nDuties\n- Plan the shifts\n- Check deliveries\n', 'a.txt');
    expect([r.title, r.locations.map((l) => [l.city, l.country])]).toEqual(['Warehouse Lead', [['Dundee', 'GB']]]);
    const c = recordOf('Night Porter, Galway, Ireland\n\nA small hotel by the docks.\n\nDuties\n- Greet late guests\n- Lock up\n', 'a.txt');
    expect(c.locations.map((l) => [l.city, l.country])).toEqual([['Galway', 'IE']]);
  });
  it('takes a town set after a title by a comma off the title in a language no table reads', () => {
    const fi = recordOf('Varastotyöntekijä, Jyväskylä\n\nPakkaat tilauksia ja purat kuormia. Työ on vuorotyötä ja vaatii tarkkuutta.\n', 'a.txt');
    expect([fi.title, fi.locations.map((l) => l.city)]).toEqual(['Varastotyöntekijä', ['Jyväskylä']]);
  });
});

describe('a place at the end of a long title line', () => {
  it('reads "Role - Employer (City, Region)" however long the line', () => {
    const r = recordOf('Assistant Store Manager - Lantern & Quill Booksellers (Burlington, Vermont)\n\nWe are an independent bookshop.\n\nDuties\n- Open and close the shop\n- Order stock\n', 'a.txt');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Burlington', 'US']]);
  });
});

describe('a way of working tied to a town', () => {
  it('reads "Hybrid remote in Austin, TX 78701" and "Remote in Leeds" as the town, with the way of working', () => {
    const r = recordOf('Claims Handler\n\nLocation: Hybrid remote in Tulsa, OK 74103\n\nDuties\n- Handle claims\n- Call customers\n', 'a.txt');
    expect([r.locations.map((l) => [l.city, l.region]), r.workplaceType]).toEqual([[['Tulsa', 'OK']], 'hybrid']);
    const leeds = recordOf('Claims Handler\n\nLocation: Remote in Leeds\n\nDuties\n- Handle claims\n- Call customers\n', 'a.txt');
    expect([leeds.locations.map((l) => l.city), leeds.workplaceType]).toEqual([['Leeds'], 'remote']);
    // A region after "in" is where applicants must be, without the "in".
    expect(recordOf('Claims Handler\n\nLocation: Remote in Europe\n\nDuties\n- Handle claims\n', 'a.txt').applicantLocations).toEqual(['Europe']);
  });
});

describe('a place line with a label no table reads', () => {
  it('takes the value past the label as the place, not the label with it', () => {
    // Swahili: "Mahali" (place) is a word no table holds.
    const r = recordOf('Fundi Umeme\nKampuni: Maziwa Bora Ltd\nMahali: Mwanza, Tanzania\n\nMajukumu\n- Kufanya matengenezo\n- Kukagua nyaya\n', 'a.txt');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Mwanza', 'TZ']]);
  });
  it('reads no place in a template\'s blank', () => {
    expect(parsePlace('[City, State]')).toBeNull();
    expect(parsePlace('<City, ST>')).toBeNull();
    expect(parsePlace('{city}, {country}')).toBeNull();
    expect(recordOf('# Welder\n\nWhere: [City, State]\n\nWe weld frames.\n\n## Duties\n\n- Weld\n').locations).toEqual([]);
  });
});

describe('a district named with its city in a sentence', () => {
  it('takes the city after the district or small place a preposition names', () => {
    const r = recordOf('# Bookkeeper\n\nWe are a family-run bakery in Didsbury, Manchester, with 12 staff, and need a bookkeeper.\n\n## Duties\n\n- Run payroll\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Manchester', 'GB']]);
    const diner = recordOf('Grill cook wanted at Mabel\'s Kitchen, Tulsa. Nights, $17/hr. Call 918-555-0101.\n', 'a.txt');
    expect(diner.locations.map((l) => l.city)).toEqual(['Tulsa']);
  });
  it('takes no city that is only the second of a list after a preposition', () => {
    const r = recordOf('# Designer\n\nYou have worked in Marketing, Mobile and Web products, and in Print, Reading & Writing apps.\n\n## Duties\n\n- Design screens\n');
    expect(r.locations).toEqual([]);
  });
  it('reads the town of an address line at a posting\'s foot, unless the role is remote', () => {
    const foot = 'Kassierer (m/w/d)\n\nWir suchen Verstärkung für unser Team.\n\nIhre Aufgaben\n- Kasse führen\n- Kunden beraten\n\nBäckerei Sommer GmbH · Personal · Lindenweg 7 · 79098 Freiburg\n';
    expect(recordOf(foot, 'a.txt').locations.map((l) => [l.city, l.country])).toEqual([['Freiburg', 'DE']]);
    const comma = '# Magasinier\n\nNous recrutons un magasinier.\n\n## Missions\n- Réception\n- Expédition\n\nEntrepôts Morel, 12 rue des Forges, 69007 Lyon\n';
    expect(recordOf(comma).locations.map((l) => l.city)).toEqual(['Lyon']);
    const away = '# Backend Engineer (m/w/d)\n\nDie Stelle ist vollständig remote, in ganz Deutschland.\n\n## Aufgaben\n- APIs bauen\n\nNordlicht Software GmbH · Hafenstraße 4 · 24103 Kiel\n';
    expect(recordOf(away).locations.map((l) => l.city)).not.toContain('Kiel');
  });
  it('reads a town written with its country in a sentence, as a town with its state is', () => {
    const r = recordOf('# Field Assistant\n\nThe Reed Ecology Group at Westmarch College (Aberdeen, UK) needs a field assistant for the summer.\n\n## Duties\n- Count birds\n');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Aberdeen', 'GB']]);
  });
  it('reads a city that is its country as the city too, and a country named like its capital as the country only', () => {
    expect(parsePlace('Singapore')).toMatchObject({ city: 'Singapore', country: 'SG' });
    expect(parsePlace('Hong Kong')).toMatchObject({ city: 'Hong Kong', country: 'HK' });
    expect(parsePlace('Mexico')).toMatchObject({ city: null, country: 'MX' });
  });
  it('reads a province\'s code in brackets after an Italian town as the province, not the US state of that code', () => {
    expect(parsePlace('Milano (MI)')).toMatchObject({ city: 'Milano', region: 'MI', country: 'IT' });
    expect(parsePlace('Napoli (NA)')).toMatchObject({ city: 'Napoli', country: 'IT' });
    // A US town with its state in brackets stays in the state.
    expect(parsePlace('Lansing (MI)')).toMatchObject({ city: 'Lansing', region: 'MI', country: 'US' });
  });
  it('reads a French town with its département\'s number, known or not in a posting about France', () => {
    expect(parsePlace('Vannes (56)')).toMatchObject({ city: 'Vannes', country: 'FR' });
    expect(parsePlace('Plessé-la-Forêt (44)', ['FR'])).toMatchObject({ city: 'Plessé-la-Forêt', country: 'FR' });
    expect(parsePlace('Plessé-la-Forêt (44)')).toBeNull();
    const r = recordOf('Offre d\'emploi : Agent d\'entretien H/F\n\nLieu de travail : Plessé-la-Forêt (44)\nTemps de travail : temps complet\n\nMissions :\n- Entretien des locaux communaux\n- Petits travaux\n', 'a.txt');
    expect(r.locations.map((l) => [l.city, l.country])).toEqual([['Plessé-la-Forêt', 'FR']]);
  });
  it('reads months after a preposition as a time, not a town of that name', () => {
    const r = recordOf('# Gardener\n\nLook after the walled garden of Ashcombe House.\n\n## Duties\n\n- Mow and edge the lawns\n\n## Perks\n\n- A four-day work week in July and August\n');
    expect(r.locations).toEqual([]);
    expect(isMonthName('August')).toBe(true);
    expect(isMonthName('Juillet')).toBe(true);
    expect(isMonthName('Augusta')).toBe(false);
  });
});

describe('a place in brackets closing the title', () => {
  it('is where the job is, and no part of the role: "Warehouse Operative (Leeds)", "Szakács (Pécs)"', () => {
    const en = recordOf('Warehouse Operative (Leeds)\n\nNorthgate Supplies is looking for a warehouse operative for its depot.\n\nDuties:\n- Pick orders\n- Load vans\n', 'a.txt');
    expect([en.title, en.locations.map((l) => [l.city, l.country])]).toEqual(['Warehouse Operative', [['Leeds', 'GB']]]);
    const hu = recordOf('Szakács (Pécs)\n\nA Mecsek Étterem szakácsot keres.\n\nFeladatok:\n- főzés\n- takarítás\n', 'a.txt');
    expect([hu.title, hu.locations.map((l) => l.country)]).toEqual(['Szakács', ['HU']]);
  });
  it('is not a team whose name a town bears, in brackets or after a dash ("(Mobile)", "- Web")', () => {
    for (const title of ['Software Engineer (Mobile)', 'Software Engineer - Mobile']) {
      const r = recordOf(`${title}\n\nFernbank Apps is looking for an engineer to build its apps.\n\nDuties:\n- Build apps\n- Fix bugs\n`, 'a.txt');
      expect([r.title, r.locations]).toEqual([title, []]);
    }
  });
});


describe('a town and its state in a sentence', () => {
  it('is one place, whatever great city bears the state\'s name ("located in Spokane, Washington")', () => {
    const text = (where: string) => `Lab Technician\n\nRiverbend College is hiring a lab technician. Our campus is located in ${where}.\n\nDuties:\n- Prepare lab sessions\n- Order supplies\n`;
    const one = recordOf(text('Spokane, Washington'), 'a.txt');
    expect(one.locations.map((l) => [l.city, l.region, l.country])).toEqual([['Spokane', 'WA', 'US']]);
    const two = recordOf(text('Tacoma, Washington and Portland'), 'a.txt');
    expect(two.locations.map((l) => [l.city, l.country])).toEqual([['Tacoma', 'US'], ['Portland', 'US']]);
    const towns = recordOf(text('Leeds, Bradford and York'), 'a.txt');
    expect(towns.locations.map((l) => l.city)).toEqual(['Leeds', 'Bradford', 'York']);
  });
});

describe('a site of the employer named by its town', () => {
  it('is the town: "Canterbury Campus", "Leeds Office", "Büro Hamburg", "Sede di Torino"; not a village that names a plant', () => {
    expect(parsePlace('Canterbury Campus')).toMatchObject({ city: 'Canterbury', country: 'GB' });
    expect(parsePlace('Leeds Office')).toMatchObject({ city: 'Leeds', country: 'GB' });
    expect(parsePlace('Büro Hamburg')).toMatchObject({ city: 'Hamburg', country: 'DE' });
    expect(parsePlace('Sede di Torino')).toMatchObject({ city: 'Torino', country: 'IT' });
    expect(parsePlace('Pacific Plant')).toBeNull();
  });
  it('is no part of the title it closes after a dash ("Dental Nurse - Harrogate Surgery")', () => {
    const r = recordOf('Dental Nurse - Harrogate Surgery\n\nA friendly NHS practice needs a dental nurse, 4 days a week.\n\nDuties:\n- Chairside support\n- Sterilising instruments\n', 'a.txt');
    expect([r.title, r.locations.map((l) => l.city)]).toEqual(['Dental Nurse', ['Harrogate']]);
  });
});

describe('a great city and the number of one of its districts', () => {
  it('is the city: "Praha 8, Karlín", "Paris 15e", "Wien 3", "Budapest XIII."', () => {
    expect(parsePlace('Praha 8, Karlín')).toMatchObject({ city: 'Praha', country: 'CZ' });
    expect(parsePlace('Paris 15e')).toMatchObject({ city: 'Paris', country: 'FR' });
    expect(parsePlace('Wien 3')).toMatchObject({ city: 'Wien', country: 'AT' });
    expect(parsePlace('Budapest XIII.')).toMatchObject({ city: 'Budapest', country: 'HU' });
  });
});


describe('a town and its district in brackets after other words on one line', () => {
  it('is the town, not the district, when a page runs the company and the town together', () => {
    const page = '<html><body><h1>Satış Temsilcisi</h1><a class="c">Marmara Gıda A.Ş.</a> <span class="t">Bursa (Nilüfer)</span><h2>İş Tanımı</h2><ul><li>Müşteri ziyaretleri</li><li>Sipariş takibi</li></ul></body></html>';
    expect(recordOf(page, 'a.html').locations.map((l) => [l.city, l.country])).toEqual([['Bursa', 'TR']]);
  });
  it('is nothing when no town stands before the brackets', () => {
    const text = 'Line Cook\n\nHarbour Kitchen Group Ltd (Seafood)\n\nDuties:\n- Cook\n- Clean\n';
    expect(recordOf(text, 'a.txt').locations).toEqual([]);
  });
});
