/**
 * Location candidates: where the job is, from the embedded JobPosting (`jobLocation`,
 * `jobLocationType`), front matter, a location label (with a country label beside it), a header
 * line's place parts, a job board's header, a place in the title, a sentence naming the office
 * ("unser Büro liegt in Hamburg", "notre équipe travaille à Ottawa et Montréal"), cities with their state
 * in prose ("in New York, NY … and in Glendale/Santa Monica, CA"), a remote role limited to a
 * country, and — weakest — a city named after a preposition. Each place gets a city, a region
 * and an ISO 3166-1 alpha-2 country, from states, provinces, country names (any language), the
 * gazetteer and the lexicons' native names ("Питер", "東京都"). "Remote (US)" is not an office:
 * the role is remote, and the country is where applicants must be.
 */
import { fold, LEXICONS, lexiconOf, workplaceWordsOfEveryLanguage, type Lexicon, type Vocabulary } from '../lexicons/index.js';
import { isMonthName } from '../patterns/dates.js';
import { headingMatch, wholePhrase } from '../patterns/headings.js';
import { PAY_FIGURE } from '../patterns/money.js';
import { hasRoleWord } from '../patterns/roles.js';
import { alternation, LEADING_PICTOGRAPHS, matchesOf } from '../patterns/matches.js';
import { cityOf, countryOf, foldPlace, NATIVE_PLACES, provinceIn, regionOf } from '../patterns/places.js';
import type { Location, WorkplaceType } from '../schema/record.js';
import { decide, type Candidate } from './candidates.js';
import { asText, fmValue, labelled, leadSentence, shownText, structured, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';
import { proseLines } from './prose.js';
import { denied } from './stated.js';
import { WEIGHTS } from './weights.js';

export interface Locations {
  locations: Location[];
  applicantLocations: string[];
  /** What the location text says about the workplace: "(On-Site)", "Remote", "Hybrid/…". */
  workplace: WorkplaceType;
}

/** Parts that are not places: postcodes, building words, neighbourhood markers. */
const NOT_PLACE = /\b(campus|office|building|floor|suite|school|hq|headquarters|district|street|st\.|road|avenue|ave|station|zone|time ?zone|utc|gmt|est|pst|cet|hours?|days?|week|team|job|role|experience|salary)\b|\d/i;

/** The smallest city a country of its own name is taken to be ("Singapore", "Hong Kong"; not Luxembourg's or Andorra's town). */
const CITY_STATE_POPULATION = 1_000_000;

/** The smallest town whose country outweighs a territory's name written after it. */
const COUNTY_TOWN = 50_000;

/** A UK postcode (`SW8 2LX`) and a US ZIP code, as pattern sources: alone in a part, or written after the town or state. */
const GB_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}`;
const US_ZIP = String.raw`\d{5}(?:-\d{4})?`;

/** A postcode written with the town or state in one part: "London W1U 3BW", "Leeds LS1", "IL 62704", "ON M5V 2T6", "10115 Berlin", "00-950 Warszawa", "1012 AB Amsterdam". */
const POSTCODE_AFTER: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(String.raw`(?<=\p{L})\s+${GB_POSTCODE}$`, 'u'), 'GB'],
  // Its first half alone, as job boards print a UK town: "Chelmsford CM1", "London EC2A".
  [/(?<=\p{Ll})\s+[A-Z]{1,2}\d[A-Z\d]?$/u, 'GB'],
  [new RegExp(String.raw`(?<=^[A-Z]{2})\s+${US_ZIP}$`), 'US'],
  [/(?<=^[A-Z]{2})\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$/, 'CA'],
];
/** A postcode written before the town, which names no one country: "10115 Berlin", "00-950 Warszawa", "1012 AB Amsterdam". */
const POSTCODE_BEFORE = /^(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5})\s+(?=\p{Lu})/u;

/** A part of an address that is only a postcode and its town: "24103 Kiel", "00-950 Warszawa", "1012 AB Amsterdam". */
const POSTCODE_TOWN = /^(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5})\s+\p{Lu}[\p{L}'’.-]*(?:[ -]\p{L}[\p{L}'’.-]*){0,3}$/u;
const POSTCODE_TOWN_MARK = /(?:^|[\s,·|•–—])\d{4,5}\s+\p{Lu}/u;
/** The parts of an address line: "Hafenstraße 4 · 24103 Kiel", "Hafenstraße 4, 24103 Kiel", "Hafenstraße 4 | 24103 Kiel". */
const ADDRESS_PARTS = /\s+[·|•–—]\s+|,\s+/u;
/** The longest line read as an address: a letterhead of a few parts. */
const ADDRESS_LINE = 200;

/**
 * True when a code that is a state's and a country's ("DE" is Delaware and Germany) names the
 * country: the town before it is larger there ("Berlin, DE") than in the state's country.
 */
function countryTownFirst(code: string, town: string | undefined, stateCountry: string): boolean {
  const country = /^[A-Z]{2}$/.test(code) ? countryOf(code, true) : null;
  if (!country || country === stateCountry || !town) return false;
  const there = cityOf(town, [country]);
  const here = cityOf(town, [stateCountry]);
  return there?.country === country && (here?.country !== stateCountry || there.population > here.population);
}

/** A town and a state's code written without a comma, maybe with the postcode: "Austin TX", "Sydney NSW 2000". */
const TOWN_CODE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+([A-Z]{2,3}(?:\s+\d{4,5})?)$/u;

/** The last part split into its town and its state when it is written "Town CODE": the code is a part of its own, as after a comma. */
function townAndCode(parts: string[]): string[] {
  const last = parts[parts.length - 1]?.trim() ?? '';
  const m = TOWN_CODE.exec(last);
  if (!m?.[1] || !m[2] || !regionOf(m[2].split(/\s+/)[0] as string)) return parts;
  return [...parts.slice(0, -1), m[1], m[2]];
}

/** A part of a place without the postcode written in it, and the country the postcode's shape names. */
function withoutPostcode(part: string): { part: string; country: string | null } {
  for (const [re, country] of POSTCODE_AFTER) {
    const m = re.exec(part);
    if (m) return { part: part.slice(0, m.index), country };
  }
  // A city's district by number ("Praha 8", "Paris 15e", "Wien 3", "Budapest XIII."): the city.
  const district = CITY_DISTRICT.exec(part);
  if (district?.[1] && (cityOf(district[1])?.population ?? 0) >= DISTRICT_CITY) return { part: district[1], country: null };
  return { part: part.replace(POSTCODE_BEFORE, ''), country: null };
}

/** A city and the number of one of its districts, arabic or roman, with the word for a district or not. */
const CITY_DISTRICT = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?)\s+(?:\d{1,2}(?:e|er|ème|eme|\.)?|[IVX]{1,5}\.?)(?:\s+(?:kerület|ker\.|Bezirk|arrondissement|arr\.|district|obvod))?$/u;
/** The smallest city whose districts are numbered in a posting's place ("Praha 8"), as only great cities' are. */
const DISTRICT_CITY = 200_000;
/** Countries whose places are written "Town, State", some states bearing a great city's name. */
const STATE_COUNTRIES: ReadonlySet<string> = new Set(['US', 'CA', 'AU']);
/** How many times larger than the town before it a city named after it is, to be the city that town is a district of. */
const DISTRICT_RATIO = 5;

/** A part that is only a postcode, which tells the country. */
const POSTCODE: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`^${GB_POSTCODE}$`, 'i'), 'GB'],
  [new RegExp(`^${US_ZIP}$`), 'US'],
];

/** Regions that remote roles name as applicant locations. */
const APPLICANT_REGIONS = /\b(europe|eu|emea|apac|latam|north america|south america|americas|asia|africa|oceania|worldwide|global|anywhere|european union|nordics|dach|benelux)\b/i;

/**
 * The workplace word in a location value ("Remote (US)", "Питер, офис", "Lyon · Hybride"), in any
 * language: a field's value is short, and a workplace word there is not a word of another sense.
 */
function workplaceWord(text: string): { key: NonNullable<WorkplaceType>; index: number; text: string } | null {
  const f = fold(text);
  const hit = workplaceWordsOfEveryLanguage().leftmost(f);
  return hit && !denied(f, hit) ? hit : null;
}

function workplaceOf(text: string): WorkplaceType {
  return workplaceWord(text)?.key ?? null;
}

/** Place names written without spaces (Chinese, Japanese, Korean, Thai) that a text contains, as canonical names. */
function nativePlacesIn(text: string): string[] {
  if (!/[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text)) return [];
  const out: string[] = [];
  // Longest names first, so "東京都" is read before "東京".
  for (let i = 0; i < text.length && out.length < 4; i++) {
    if (text.charCodeAt(i) < 0x0e00) continue;
    for (let len = Math.min(8, text.length - i); len >= 2; len--) {
      const alias = NATIVE_PLACES.get(text.slice(i, i + len));
      if (alias) {
        if (!out.includes(alias)) out.push(alias);
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/** A word for a kind of place before its name: city, district, province, in the languages of the tables. */
const ADMIN_WORD = /^(?:tp\.|thành phố|tỉnh|quận|huyện|kota|kabupaten|kab\.|provinsi|prov\.|city of|ciudad de|cidade de|comune di|gemeente|stadt|г\.|м\.|місто|город|jangwat|จังหวัด|อำเภอ)\s*/iu;

/**
 * Reads one place: "Los Angeles, CA", "Tucson, Arizona, United States", "Bangkok, TH",
 * "Vauxhall, London, SW8 2LX", "Horsham (West Sussex)", "Питер". Returns null when nothing in it
 * is a known place. `prefer` lists countries the posting names, to choose between cities of one name.
 */
/** A city and the side of it a district lies on, in several languages, before or after the name. */
const COMPASS = /^(?:(.{2,40}?)[\s-]+(?:barat|timur|utara|selatan|pusat|nord|sud|süd|ost|est|ouest|west|east|north|south|norte|sur|oeste|centro|centre|center|mitte)|(?:west|east|north|south|nord|süd|ost|central)[\s-]+(.{2,40}))$/iu;

/** A German town told from its namesakes by its river or region: "Freiburg im Breisgau", "Frankfurt am Main", "Mülheim an der Ruhr". */
const RIVER_TOWN = /^(\S+(?:\s\S+)?)\s+(?:am|im|an der|in der|ob der|auf der|an)\s+\S.{0,30}$/u;

const GERMAN_SPEAKING = ['DE', 'AT', 'CH'];

/**
 * A town the index knows under a shorter name, written as given: a city's district named by its
 * side ("Jakarta Barat", "West Jakarta", "Berlin-Mitte"), or a German town told by its river
 * ("Freiburg im Breisgau"), looked for in the German-speaking countries first. Only asked when
 * the name itself is unknown: parsePlace runs on every part of every candidate.
 */
function cityBesideItsName(part: string, order: readonly string[]): ReturnType<typeof cityOf> {
  const side = COMPASS.exec(part);
  const river = side ? null : RIVER_TOWN.exec(part);
  const known = side ? cityOf((side[1] ?? side[2] ?? '').trim(), order) : river?.[1] ? cityOf(river[1], [...GERMAN_SPEAKING, ...order]) : null;
  return known ? { ...known, city: part } : null;
}

/** "Town near City" in the words of several languages. */
const NEAR_TOWN = /^\s*([^,]{2,40}?)\s+(?:bei|b\.|nahe|near|nr\.?|pr[eè]s de|cerca de|vicino a|perto de|nära|nær|ved|k\.)\s+([^,]{2,40}?)\s*$/iu;

/** A town and a two-letter code in brackets: "Milano (MI)". */
const PROVINCE_IN_BRACKETS = /^\s*(\p{Lu}[\p{L}'’. -]{1,40}?)\s*[(（]([A-Z]{2})[)）]\s*$/u;
/** A town and a French département's number in brackets: "Saint-Aubin (35)", "Ajaccio (2A)", "Saint-Denis (974)". */
const DEPARTMENT_IN_BRACKETS = /^\s*(\p{Lu}[\p{L}'’ -]{1,40}?)\s*[(（](?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])[)）]\s*$/u;
/** How many times larger a town elsewhere must be than its namesake in a state's country to be the one meant. */
const HAMLET_RATIO = 100;

/** A state's or province's code ending the last part of a place, after the area's words: "Maitland & Hunter NSW". */
const AREA_CODE_END = /\s([A-Z]{2,3})$/;

export function parsePlace(written: string, prefer: readonly string[] = [], lenient = false): Location | null {
  // A template's blank ("[City, State]", "<City, ST>", "{city}") names no place.
  if (TEMPLATE_MARK.test(written)) return null;
  // A pin before the place ("📍 Lisbon") marks the field; it is no part of the name.
  const raw = written.replace(LEADING_PICTOGRAPHS, '');
  const path = countryFirst(raw);
  if (path) {
    const inner = parsePlace(path.rest, [path.country, ...prefer], lenient);
    return inner && inner.country === path.country ? { ...inner, raw: raw.trim() } : { raw: raw.trim(), city: null, region: null, country: path.country };
  }
  // A site of the employer's named by its town ("Canterbury Campus", "Leeds Office", "Büro Hamburg"):
  // the town, when it is a town of some size ("Pacific Plant" is a plant's name, not a village's site).
  const site = SITE_OF_TOWN.exec(raw.trim());
  const siteTown = site?.[1] ?? site?.[2];
  if (siteTown && (cityOf(siteTown, prefer)?.population ?? 0) >= LONE_TOWN) {
    const town = parsePlace(siteTown, prefer, lenient);
    if (town?.city) return { ...town, raw: raw.trim() };
  }
  // A town named by a larger one near it ("Talheim bei Heilbronn", "Neuilly près de Paris"): the town, in the larger one's country.
  const near = NEAR_TOWN.exec(raw);
  if (near?.[1] && near[2]) {
    const landmark = parsePlace(near[2], prefer, lenient);
    const town = parsePlace(near[1], landmark?.country ? [landmark.country, ...prefer] : prefer, lenient);
    if (town?.city) return { ...town, raw: raw.trim() };
  }
  // A province's code in brackets after its town ("Milano (MI)", "Treviglio (BG)") is not the US
  // state of that code when the town is a city elsewhere and a hamlet or nothing in the state's country.
  const coded = PROVINCE_IN_BRACKETS.exec(raw);
  const state = coded ? regionOf(coded[2] as string) : null;
  if (coded && state) {
    const elsewhere = cityOf(coded[1] as string);
    const here = cityOf(coded[1] as string, [state.country]);
    if (elsewhere && elsewhere.country !== state.country && (here?.country !== state.country || here.population * HAMLET_RATIO < elsewhere.population)) {
      return { raw: raw.trim(), city: elsewhere.city, region: coded[2] as string, country: elsewhere.country };
    }
  }
  // A French town with its département's number ("Saint-Aubin (35)", "Ajaccio (2A)"): known in
  // France, or unknown in a posting about France.
  const department = DEPARTMENT_IN_BRACKETS.exec(raw);
  if (department?.[1] && !NOT_PLACE.test(department[1])) {
    const town = cityOf(department[1], ['FR']);
    if (town?.country === 'FR' || (!town && prefer.includes('FR'))) return { raw: raw.trim(), city: town?.city ?? department[1].trim(), region: null, country: 'FR' };
  }
  const text = raw.replace(/[（(]([^()（）]{2,40})[)）]/g, ', $1').replace(/^[\s,]+|[\s,.]+$/g, '');
  // Parts apart by commas, by a spaced dash ("Belo Horizonte - MG", "Lyon – France") or by a slash before a state's code ("Porto Alegre/RS"), each
  // without the word for its kind of place ("TP. Hồ Chí Minh", "Kota Surabaya", "г. Казань").
  const split = townAndCode(text.split(/\s*[,，、،]\s*|\s+[-–—]\s+|\/(?=[A-Z]{2}$)/)).map((p) => withoutPostcode(p.trim().replace(ADMIN_WORD, '')));
  const parts = split.map((p) => p.part).filter(Boolean);
  let country: string | null = split.find((p) => p.country)?.country ?? null;
  let region: string | null = null;
  /** A two-letter code read as a country or a US state: it may be another country's region ("Belo Horizonte - MG" is Minas Gerais, not Madagascar; "Curitiba - PR" Paraná, not Puerto Rico). */
  let code: string | null = null;
  /** An address names its town right before its postcode: "Riverside Hospital, Mill Lane, Westbridge, WB2 4QT". */
  let beforePostcode: string | null = null;
  /** The part that named the country in words, not as a code. */
  let named: string | null = null;
  const rest: string[] = [];
  for (const [i, part] of parts.entries()) {
    const postcode = POSTCODE.find(([re]) => re.test(part));
    if (postcode) {
      country ??= postcode[1];
      beforePostcode ??= parts[i - 1] ?? null;
      continue;
    }
    if (workplaceWord(part) && part.split(/\s+/).length <= 3) continue;
    const r = i > 0 ? regionOf(part) : null;
    if (r && !region && !countryTownFirst(part, rest[0], r.country)) {
      region = r.code;
      country ??= r.country;
      if (/^[A-Z]{2}$/.test(part)) code = part;
      continue;
    }
    const c = i > 0 || parts.length === 1 ? countryOf(part, i > 0) : null;
    if (c) {
      country = c;
      if (/^[A-Z]{2}$/.test(part)) code = part;
      else named = part;
      continue;
    }
    rest.push(part);
  }
  // "Newcastle, Newcastle, Maitland & Hunter NSW": a board's area ends with its state's code, which says the country.
  const areaCode = !country && parts.length > 1 ? AREA_CODE_END.exec(parts[parts.length - 1] as string)?.[1] : undefined;
  const area = areaCode ? regionOf(areaCode) : null;
  if (area) {
    country = area.country;
    region ??= area.code;
  }
  let city: string | null = null;
  // A province named after the town says which country's town it is ("Guadalajara, Jalisco" is in
  // Mexico, not Spain). Only a province after the part looked up: in "Las Condes, Santiago" the
  // great city is not the Dominican province of its name.
  const hintAfter = (at: number) => (country ? null : (rest.slice(at + 1).map((p) => provinceIn(p, null)).find((c): c is string => !!c) ?? null));
  for (const [at, part] of rest.entries()) {
    const hinted = hintAfter(at);
    const order = country ? [country, ...prefer] : hinted ? [hinted, ...prefer] : prefer;
    const known = cityOf(part, order) ?? cityBesideItsName(part, order);
    // A known city, none of that name in a two-letter code's country (the lookup prefers it): the code is the city's region.
    if (known && code && country && known.country !== country) {
      country = known.country;
      region = code;
    }
    // A town of some size, none of that name in the country named after it: the name is the
    // town's county that a territory shares ("Norwich, Norfolk" is not Norfolk Island).
    if (known && named && country && known.country !== country && (known.population ?? 0) >= COUNTY_TOWN) {
      country = known.country;
      region = named;
    }
    if (known && (!country || known.country === country)) {
      // "Đống Đa, Hà Nội", "Neukölln, Berlin": an address names its district before its city, a city
      // of the same country many times its size. Where a state follows the town and may bear a great
      // city's name ("Brooklyn, New York"), the town stands.
      const larger = STATE_COUNTRIES.has(known.country) ? undefined : rest.slice(at + 1).map((p) => cityOf(p, [known.country])).find((c) => c && c.country === known.country && c.population >= DISTRICT_CITY && c.population > known.population * DISTRICT_RATIO);
      if (larger) {
        city = larger.city;
        country ??= larger.country;
        break;
      }
      city = known.city;
      country ??= known.country;
      if (!region && /^[A-Z]{2,3}$/.test(known.province) && (known.country === 'US' || known.country === 'CA' || known.country === 'AU')) region = known.province;
      break;
    }
  }
  if (!city && beforePostcode && rest.includes(beforePostcode) && /^\p{Lu}/u.test(beforePostcode) && beforePostcode.split(/\s+/).length <= 3 && !NOT_PLACE.test(beforePostcode)) city = beforePostcode;
  if (!city && rest.length) {
    // A province named where a city would be ("Karnataka") or an unknown town with a known region/country.
    for (const part of rest) {
      const p = provinceIn(part, country);
      if (p && !region) {
        region = part;
        country ??= p;
        continue;
      }
      if (!city && (country || lenient) && !NOT_PLACE.test(part) && /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 3 && (country || cityOf(part))) city = part;
    }
  }
  if (!city && !country) {
    const native = nativePlacesIn(raw)[0];
    const known = native ? cityOf(native) : null;
    if (known) return { raw: raw.trim(), city: known.city, region: null, country: known.country };
  }
  // A city that is its country ("Singapore", "Hong Kong"): the country named in words is the city too.
  if (!city && !region && named && country && !rest.length) {
    const state = cityOf(named, [country]);
    if (state && state.country === country && foldPlace(state.city) === foldPlace(named) && state.population >= CITY_STATE_POPULATION) city = state.city;
  }
  if (city && !region) region = rest.find((p) => p !== city && provinceIn(p, country)) ?? null;
  if (region && !/^[A-Z]{2,3}$/.test(region)) region = regionOf(region)?.code ?? region;
  if (!city && !country) return null;
  return { raw: raw.trim(), city, region, country };
}

/**
 * A place written as an applicant-tracking system's path, country first and joined by hyphens
 * ("Canada-Alberta-Fort McMurray", "US-IL-Springfield", "DE-Berlin"): its country, and the rest
 * in the usual order ("Fort McMurray, Alberta"). Null for any other text.
 */
function countryFirst(raw: string): { country: string; rest: string } | null {
  const t = raw.trim();
  if (t.length > 80 || !/^[\p{L}][\p{L} .'’]*(?:-[\p{L}][\p{L} .'’]*){1,3}$/u.test(t)) return null;
  const [first = '', ...rest] = t.split('-').map((p) => p.trim());
  const code = /^[A-Z]{2,3}$/.test(first);
  const country = countryOf(first, code);
  if (!country || (rest.length < 2 && !code)) return null;
  return { country, rest: rest.reverse().join(', ') };
}

/** A piece that can stand on its own as a place: a known town of some size, a country, or a workplace word. */
function standsAlone(piece: string): boolean {
  const p = piece.replace(/^[\s,]+|[\s,]+$/g, '');
  return !!workplaceWord(p) || !!countryOf(p) || (cityOf(p)?.population ?? 0) >= 50_000 || /,/.test(p) || !!regionOf(p);
}

/**
 * Splits a location value naming several places: "Ottawa; Toronto", "Berlin | Remote", "NYC or
 * SF", "Leipzig, München oder Remote". A conjunction parts places only when both sides stand alone:
 * "Toronto, Yonge and Eglinton" is one place.
 */
function splitPlaces(value: string): string[] {
  const out: string[] = [];
  for (const hard of value.split(/\s*(?:;|\||\/|\n|·|•)\s*/)) {
    const soft = hard.split(/\s+(?:or|oder|ou|o|и|или|and|und|et|y|e|&)\s+/i);
    let current = soft[0] ?? '';
    for (const next of soft.slice(1)) {
      if (standsAlone(current.split(',').pop() ?? current) && standsAlone(next) && !/,/.test(current.split(/\s+(?:or|oder|ou|and|und|et|y)\s+/i).pop()?.replace(/^[^,]*,/, '') ?? '')) {
        out.push(current);
        current = next;
      } else current = `${current} and ${next}`;
    }
    out.push(current);
  }
  return out.map((s) => s.replace(/\((on[- ]?site|remote|hybrid)[^)]*\)/gi, '').trim()).filter(Boolean);
}

/** "Winterthur, Tägerwilen, Schaffhausen": a comma list whose every part is a city is several places. */
function cityList(piece: string, prefer: readonly string[]): Location[] | null {
  const parts = piece.split(/\s*,\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  let country: string | null = null;
  const last = parts[parts.length - 1] as string;
  const trailing = countryOf(last, true);
  const names = trailing ? parts.slice(0, -1) : parts;
  if (names.length < 2) return null;
  const cities = names.map((n) => cityOf(n, trailing ? [trailing, ...prefer] : prefer));
  if (cities.some((c) => !c || regionOf(names[cities.indexOf(c)] ?? '') !== null)) return null;
  // "Ibadan, Oyo", "Cebu City, Cebu": a town and the province it lies in, which is a town too, is one
  // place. Where the gazetteer does not say the town's province, one of that name in its country is taken for it.
  const town = cities[0];
  const province = names[1] as string;
  if (names.length === 2 && town && (town.province ? foldPlace(town.province) === foldPlace(province) : provinceIn(province, town.country) !== null)) return null;
  for (const c of cities) {
    if (!c) return null;
    if (country && c.country !== country) return null;
    country = c.country;
  }
  return cities.map((c) => ({ raw: c?.city ?? '', city: c?.city ?? null, region: null, country: c?.country ?? null }));
}

/** After a workplace word, "in" and the town the role is tied to (a second workplace word may stand between: "hybrid remote in"). */
const WORKPLACE_IN = /^\s*(?:[\p{L}-]+\s+)?(?:in|à|en|em|im|near)\s+(\p{Lu}.{1,80})$/u;

/** Places, applicant regions and workplace read from a location value. */
export function fromValue(value: string, prefer: readonly string[]): Locations {
  const out: Locations = { locations: [], applicantLocations: [], workplace: workplaceOf(value) };
  const pieces = splitPlaces(value);
  pieces.forEach((piece, i) => {
    const word = workplaceWord(piece);
    // "Hybrid remote in Austin, TX 78701", "Remote in Leeds": the way of working, then the town it is tied to.
    const tied = word ? WORKPLACE_IN.exec(piece.slice(word.index + word.text.length)) : null;
    const town = tied?.[1] ? parsePlace(tied[1], prefer) : null;
    if (town?.city) {
      out.locations.push(town);
      return;
    }
    if (word?.key === 'remote') {
      // "Remote (US)", "Remote – Europe": a region applicants must be in; "San Francisco, Remote": a place too.
      const without = `${piece.slice(0, word.index)} ${piece.slice(word.index + word.text.length)}`;
      const rest = without.replace(/100\s?%|[()（）–—:：]|\s-\s/g, ' ').replace(/\s*,\s*(,\s*)*/g, ', ').replace(/^[\s,]+|[\s,]+$/g, '').replace(/^(?:in|within|from)\s+/i, '').trim();
      const place = rest ? parsePlace(rest, prefer) : null;
      if (place?.city) out.locations.push(place);
      else if (place?.country) out.applicantLocations.push(place.country);
      else if (rest && APPLICANT_REGIONS.test(rest)) out.applicantLocations.push(rest);
      return;
    }
    const several = cityList(piece, prefer);
    if (several) {
      out.locations.push(...several);
      return;
    }
    let place = parsePlace(piece, prefer, true);
    // In a remote role, a country alone is where applicants must be ("Remote (US or Canada)").
    if (place && !place.city && place.country && out.workplace === 'remote') {
      out.applicantLocations.push(place.country);
      return;
    }
    // "Glendale/Santa Monica, CA": the region of the last piece holds for the ones before it.
    const next = pieces[i + 1];
    if (place?.city && !place.region && next) {
      const after = parsePlace(next, prefer, true);
      const shared = after?.region && after.country && cityOf(piece, [after.country])?.country === after.country;
      if (shared && after) place = { ...place, region: after.region, country: after.country };
    }
    if (place) out.locations.push(place);
    else if (APPLICANT_REGIONS.test(piece) && out.workplace === 'remote') out.applicantLocations.push(piece);
  });
  // A country a remote role is limited to is where applicants must be, and where the job is.
  for (const a of out.applicantLocations) {
    if (/^[A-Z]{2}$/.test(a) && countryOf(a) === a && !out.locations.some((l) => l.country === a)) out.locations.push({ raw: a, city: null, region: null, country: a });
  }
  return out;
}

/** Front-matter keys that hold the place of work. */
export const LOCATION_KEYS = ['location', 'locations', 'joblocation', 'city', 'place', 'office', 'offices', 'ort', 'standort', 'lieu', 'ubicacion', 'worklocation'];
export const REGION_KEYS = ['state', 'region', 'province', 'addressregion', 'bundesland', 'estado', 'provincia'];
export const COUNTRY_KEYS = ['country', 'addresscountry', 'land', 'pays', 'pais'];

/**
 * Words that say a sentence names the office: "our office is in Hamburg", "bureaux situés à
 * Ottawa", "oficina ubicada en Valparaíso", "Jobs in Hamburg".
 * Then a preposition, after which the place names stand.
 */
interface PlacePatterns {
  office: RegExp;
  /** Capitalised place names joined by commas and conjunctions: "Lyon, à Lille et à Nantes". Case-sensitive. */
  list: RegExp;
  /** What parts the names of a list. */
  separator: RegExp;
  /** A preposition before a place name. */
  preposition: RegExp;
  /** How a name's ending changes after a preposition, as [written, base] pairs ("в Москве" → Москва). */
  cases: Array<[string, string]>;
  /** A place name with a case ending after an apostrophe ("İzmir'deki"), in languages that write one; null elsewhere. */
  suffixed: RegExp | null;
  /** A town of the tables' `places` with a preposition written onto it ("בתל אביב"), matched in folded text; null where no language writes one. */
  prefixed: RegExp | null;
}

const placePatterns = new WeakMap<Vocabulary, PlacePatterns>();


/**
 * The place patterns of a vocabulary's languages, compiled once: an office word, a preposition,
 * then place names ("our offices are in Ottawa, Montréal and Toronto", "Travailler sur Toulouse"),
 * and a preposition before a place. The words are lexicon groups `offices`, `placePrepositions`,
 * `officePrepositions` and `conjunctions`.
 */
function patternsOf(vocab: Vocabulary): PlacePatterns {
  const hit = placePatterns.get(vocab);
  if (hit) return hit;
  const own = vocab.langs.map(lexiconOf).filter((l): l is Lexicon => !!l);
  const lexicons = own.length ? own : LEXICONS;
  const offices = alternation(lexicons.flatMap((l) => l.offices));
  const preps = alternation(lexicons.flatMap((l) => l.placePrepositions));
  const and = alternation(lexicons.flatMap((l) => l.conjunctions));
  const officePreps = alternation(lexicons.flatMap((l) => [...l.placePrepositions, ...l.officePrepositions]));
  const suffixes = lexicons.some((l) => l.placeSuffixes.length) ? alternation(lexicons.flatMap((l) => l.placeSuffixes)) : null;
  const prefixers = lexicons.filter((l) => l.placePrefixes.length);
  const prefixes = alternation(prefixers.flatMap((l) => l.placePrefixes));
  const towns = alternation(prefixers.flatMap((l) => Object.keys(l.places).map(fold)));
  const name = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
  const joint = String.raw`\s*(?:,|\s(?:${and})\s)\s*(?:(?:${preps})\s+)?`;
  const patterns: PlacePatterns = {
    office: new RegExp(String.raw`(?<![\p{L}])(?:${offices})(?![\p{L}])[^.!?]{0,30}?(?<![\p{L}])(?:${officePreps})\s+(?=\p{Lu})`, 'giu'),
    list: new RegExp(String.raw`^${name}(?:${joint}${name}){0,6}`, 'u'),
    separator: new RegExp(joint, 'u'),
    preposition: new RegExp(String.raw`(?<![\p{L}])(?:${preps})\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})`, 'gu'),
    cases: lexicons.flatMap((l) => l.placeCases).map((c) => c.split('>') as [string, string]),
    prefixed: prefixers.length ? new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${prefixes})?(${towns})(?![\p{L}\p{M}])`, 'gu') : null,
    suffixed: suffixes ? new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)['’](?:${suffixes})(?![\p{L}])`, 'gu') : null,
  };
  placePatterns.set(vocab, patterns);
  return patterns;
}

/** Countries a text names, to choose between cities of one name ("Los Ángeles" in Chile). */
export function countriesNamed(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?/gu)) {
    const c = countryOf(m[0], false);
    if (c) out.add(c);
    if (out.size > 8) break;
  }
  return [...out];
}

/** How much of the start of a posting is read for the countries it names. */
const COUNTRY_REACH = 4_000;
const named = new WeakMap<Context, string[]>();
/** Currency signs only one country writes. */
const CURRENCY_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/£/, 'GB'], [/₹/, 'IN'], [/₽/, 'RU'], [/₴/, 'UA'], [/₺/, 'TR'], [/₩/, 'KR'], [/R\$/, 'BR'], [/zł/, 'PL'], [/₱/, 'PH'], [/₦/, 'NG'],
  [/\bA\$|\bAU\$/, 'AU'], [/\bC\$|\bCA\$/, 'CA'], [/\bNZ\$/, 'NZ'], [/\bS\$/, 'SG'],
];

/** A mail address's or a web address's host, to its last label: "hello@crumb.ie", "www.acme.co.uk". */
const HOST_END = /(?:@|:\/\/|(?<![\w.-])www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2})(?![\w-])/gi;
/** Country domains sold worldwide for their letters (.io, .ai, .co, .me…): they say nothing of where. */
const VANITY_DOMAINS = new Set(['io', 'ai', 'co', 'me', 'tv', 'ly', 'fm', 'gg', 'sh', 'to', 'cc', 'ws', 'vc', 'so', 'am', 'la', 'ms', 'nu', 'st', 'tk', 'ac', 'cx', 'im', 'li', 'pw', 'dj', 'ag', 'gl', 'sc', 'bz', 'cd', 'hn']);

/** The countries of the country domains the posting's mail and web addresses are under ("@crumbandco.ie": IE; ".co.uk": GB). */
export function domainCountries(text: string): string[] {
  const out = new Set<string>();
  if (!/@|:\/\/|www\./.test(text)) return [];
  for (const m of matchesOf(HOST_END, text)) {
    const tld = (m[1] ?? '').toLowerCase();
    if (VANITY_DOMAINS.has(tld)) continue;
    const country = tld === 'uk' ? 'GB' : countryOf(tld.toUpperCase());
    if (country) out.add(country);
  }
  return [...out];
}

/**
 * The countries the start of a posting names, in order, read once per document: from the words
 * a reader sees (a page's markup, such as `lang="en-US"`, names no country).
 */
export function postingCountries(ctx: Context): string[] {
  let out = named.get(ctx);
  if (!out) {
    const text = shownText(ctx);
    const start = text.slice(0, COUNTRY_REACH);
    // After the countries named, those whose currency the pay is written in ("£32,000": a Wakefield in England).
    out = [...new Set([...countriesNamed(start), ...CURRENCY_COUNTRIES.filter(([re]) => re.test(start)).map(([, c]) => c), ...domainCountries(start)])];
    named.set(ctx, out);
  }
  return out;
}

/** The cheap test before CITY_STATE: a comma, then a state code or name. */
const STATE_AFTER_COMMA = /,\s\p{Lu}/u;
/**
 * "in Pittsburgh, PA", "Toronto, ON", "Glendale/Santa Monica, CA", "in Fairhaven, Massachusetts":
 * cities with a state or province, by code or name, anywhere in prose (the second part is checked to be a region;
 * it is looked ahead to, so that "Front Ave, Portland, OR" finds Portland after refusing "Front Ave").
 */
const CITY_STATE = /(?<![\p{L}])(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}(?:\/\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})*)(?=,\s([A-Z]{2}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?![\p{L}]))/gu;

type LocationCandidate = Candidate<Locations>;

function dedupe(list: Location[]): Location[] {
  const seen = new Set<string>();
  // A country alone beside a town of that country ("Kiel, Germany" and "Remote (Germany)") adds no place.
  const towns = new Set(list.filter((l) => l.city && l.country).map((l) => l.country));
  return list.filter((l) => {
    if (!l.city && !l.region && l.country && towns.has(l.country)) return false;
    const key = `${foldPlace(l.city ?? '')}|${l.country ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A schema.org place (`{ address: { addressLocality, addressRegion, addressCountry } }`) as text. */
function schemaPlace(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const a = (o.address && typeof o.address === 'object' ? o.address : o) as Record<string, unknown>;
  const country = typeof a.addressCountry === 'object' && a.addressCountry ? (a.addressCountry as Record<string, unknown>).name : a.addressCountry;
  const parts = [a.addressLocality ?? a.city, a.addressRegion ?? a.region ?? a.state, country ?? a.country].filter((x): x is string => typeof x === 'string' && !!x.trim());
  return parts.length ? parts.join(', ') : typeof o.name === 'string' ? o.name : null;
}

/**
 * Where a language is written, most postings first: a place name shared by several countries is
 * read in these ("Valencia" in a Spanish posting is in Spain). The countries after the first rank
 * alike (one entry of several codes), so the greatest town of the name among them wins: "Santiago"
 * in a Spanish posting is Chile's capital, not a Mexican town. English, written everywhere, has none.
 */
const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  de: ['DE', 'AT CH'], fr: ['FR', 'BE CH CA'], es: ['ES', 'MX AR CO CL PE'], pt: ['BR', 'PT'], it: ['IT', 'CH'],
  nl: ['NL', 'BE'], pl: ['PL'], ru: ['RU'], uk: ['UA'], tr: ['TR'], sv: ['SE', 'FI'], da: ['DK'], nb: ['NO'], ja: ['JP'], ko: ['KR'], zh: ['CN', 'TW'], id: ['ID'], vi: ['VN'], th: ['TH'],
};

/** The longest title line whose place is read from its end, and the longest line read as only a place. */
const TITLE_LINE = 120;
const PLACE_LINE = 60;
/** The least population of a city named in passing after a preposition ("a team in Berlin") read as the place. */
const MENTIONED_CITY = 100_000;
/** The same for a town in a country the posting names or pays in ("out of Felixstowe" in a posting paying pounds). */
const MENTIONED_HOME_TOWN = 15_000;
/**
 * A workplace's noun after a town, as English writes it: "Leeds office", "Felixstowe depot",
 * "London-based"; or the part of town or the area around it ("Leeds city centre", "the Bristol area").
 */
const WORKPLACE_AFTER = String.raw`(?:\s+(?:office|offices|depot|branch|store|shop|site|plant|warehouse|clinic|studio|hq|headquarters|campus|factory|hub|location|(?:city|town)\s+cent(?:re|er)|(?:metro(?:politan)?\s+)?area)|-based)(?![\p{L}])`;
const TOWN_BEFORE_WORKPLACE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}'’]+(?:\s\p{Lu}[\p{L}'’]+)?)${WORKPLACE_AFTER}`, 'gu');
/** The cheap test before TOWN_BEFORE_WORKPLACE. */
const TOWN_BEFORE_WORKPLACE_MARK = new RegExp(String.raw`\p{Lu}[\p{L}'’]+${WORKPLACE_AFTER}`, 'u');
/** A template's blank: a bracket opening the text, or angle or curly brackets anywhere ("London [Hybrid]" is a place). */
const TEMPLATE_MARK = /^\s*\[|[<>{}]/;
/** A label of one to three words before a colon, at a line's start: "Mahali:", "Darbo vieta:". */
const UNREAD_LABEL = /^[\p{L}][\p{L}.'’-]*(?:\s[\p{L}.'’-]+){0,2}\s?[:：]\s+(?=\S)/u;

/**
 * A town and the word for a site of the employer's there, after it ("Canterbury Campus", "Bristol HQ",
 * "Leeds Office") or before it ("Büro Hamburg", "Standort Köln", "Campus Lyon").
 */
const SITE_OF_TOWN = /^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?)\s+(?:[Oo]ffices?|[Cc]ampus|[Ss]ite|[Dd]epot|HQ|[Hh]eadquarters|[Bb]ranch|[Pp]lant|[Ww]arehouse|[Hh]ub|[Ss]tudio|[Ss]tore|[Ff]acility|[Ss]urgery|[Pp]ractice)$|^(?:Büro|Standort|Niederlassung|Filiale|Werk|Campus|Bureau|Agence|Sede|Oficina|Kantoor|Vestiging)\s+(?:de\s+|di\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?)$/u;

/** The town a site of the employer is named by ("Kendal Surgery", "Büro Hamburg"), or null. */
export function townOfSite(text: string, prefer: readonly string[] = []): ReturnType<typeof cityOf> {
  const site = SITE_OF_TOWN.exec(text.trim());
  const town = site?.[1] ?? site?.[2];
  return town ? cityOf(town, prefer) : null;
}

/** What parts a title or header line: "Role — City", "Acme | Role", "Name · Place". */
export const LINE_PARTS = /\s+[-–—|·•]\s+/u;

/**
 * A first line of role, employer and place parted by commas ("Bookkeeper (part-time), Alder &
 * Finch Accountants, Shrewsbury"): its parts, or null. Only with a role first and a place last,
 * so a title with commas of its own ("Sales, Marketing and Events Manager") is none.
 */
export function commaHeadline(text: string, vocab: Vocabulary, prefer: readonly string[] = []): { role: string; middle: string[]; place: string } | null {
  if (text.length > 120) return null;
  const parts = text.split(/,\s+/).map((p) => p.trim());
  if (parts.length < 3 || parts.length > 4) return null;
  const role = parts[0] as string;
  let place = parts[parts.length - 1] as string;
  if (!hasRoleWord(role, vocab) || !placePart(place, prefer)) return null;
  const middle = parts.slice(1, -1);
  // "Night Porter, Galway, Ireland": a town before its country is part of the place.
  const town = middle[middle.length - 1];
  if (town && parsePlace(`${town}, ${place}`, prefer)?.city === town) {
    place = `${town}, ${place}`;
    middle.pop();
  }
  return { role, middle, place };
}

/** The smallest town a single word names on its own, beside a role ("Senior Engineer - Java" is no village in Georgia). */
const LONE_TOWN = 15_000;

/**
 * True when a part of a line is a place by itself: a place with its region or country, or a town of
 * some size — not a team's name that is a town's too ("Software Engineer - Mobile", "(Web)").
 */
function placePart(part: string, prefer: readonly string[], vocab?: Vocabulary): boolean {
  if (vocab && wholePhrase(fold(part), vocab.departments)) return false;
  const place = parsePlace(part, prefer);
  if (!place) return false;
  if (!place.city || /[,(]/.test(part) || place.region) return true;
  return (cityOf(part, prefer)?.population ?? LONE_TOWN) >= LONE_TOWN;
}

/** An aside in brackets closing a title: "Warehouse Operative (Leeds)", "Raktári munkatárs (Győr)". */
export const CLOSING_ASIDE = /\s*[(（]([^()（）]{2,60})[)）]\s*$/u;

/** The words of the aside in brackets closing a line after a role ("Barista (Leeds)", "Editor (Remote)"), or null. */
export function roleAside(text: string, vocab: Vocabulary): string | null {
  const aside = CLOSING_ASIDE.exec(text);
  const inner = aside?.[1]?.trim();
  return aside && inner && hasRoleWord(text.slice(0, aside.index), vocab) ? inner : null;
}

/** The place in brackets closing a title after a role ("Warehouse Operative (Leeds)"), or null. */
export function placeAside(title: string, vocab: Vocabulary, prefer: readonly string[] = []): string | null {
  const inner = roleAside(title, vocab);
  return inner && placePart(inner, prefer, vocab) ? inner : null;
}

/**
 * The place a title names after its role: a later part ("Role — City", "Role | City, Country"), an
 * aside in brackets ("Role (City)") or words after "in" in any of several languages ("i", "på", "w", "v"). Read with a vocabulary, a part that names a
 * team ("– Mobile") is no place.
 */
export function trailingPlace(title: string, prefer: readonly string[], vocab?: Vocabulary): string | null {
  if (title.length > 300) return null;
  for (const part of title.split(LINE_PARTS).slice(1)) if (placePart(part.trim(), prefer, vocab)) return part.trim();
  const aside = vocab ? placeAside(title, vocab, prefer) : null;
  if (aside) return aside;
  // "Role, City" and "Role, City, Country": the place is all after the first comma whose part is a place.
  const parts = title.split(/,\s*/);
  for (let i = 1; i < parts.length && parts.length <= 4; i++) {
    const rest = parts.slice(i).join(', ');
    if (parsePlace(parts[i] as string, prefer) && placePart(rest, prefer)) return rest;
  }
  const placed = /\s(?:in|à|en|em|in der|im|bei|i|på|w|we|v|ve)\s+([^|–—]+?)\s*(?:[|–—]|\s-\s|$)/u.exec(title);
  return placed?.[1] && parsePlace(placed[1], prefer) ? placed[1] : null;
}

/**
 * Names of a list with each state or province joined to the town before it: "Bellingham" and
 * "Washington" are one place, "Bellingham, Washington", when the town is in that state's country.
 */
function townsWithStates(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const town = out[out.length - 1];
    const state = town ? regionOf(n, true) : null;
    if (town && state && !town.includes(',') && cityOf(town, [state.country])?.country === state.country) out[out.length - 1] = `${town}, ${n}`;
    else out.push(n);
  }
  return out;
}

export function locationCandidates(ctx: Context): LocationCandidate[] {
  // Of two places of one name, the one in a country the text names, else in a country of its language.
  const prefer = [...postingCountries(ctx), ...(LANGUAGE_COUNTRIES[ctx.doc.language ?? ''] ?? [])];
  const out: LocationCandidate[] = [];
  const add = (found: Locations, line: number | null, from: LocationCandidate['from'], via: string, evidence: string, extra: Record<string, number> = {}) => {
    const locations = dedupe(found.locations);
    if (!locations.length && !found.applicantLocations.length && !found.workplace) return;
    const kind = line !== null ? ctx.kinds.get(line, evidence) : undefined;
    const known = locations.filter((l) => l.city && cityOf(l.city, l.country ? [l.country] : [])).length;
    out.push({
      value: { ...found, locations },
      line,
      from,
      via,
      evidence: evidence.slice(0, 160),
      features: {
        places: locations.length ? 1 : 0,
        knownCity: known ? 1 : 0,
        countryOnly: locations.length && locations.every((l) => !l.city) ? 1 : 0,
        onlyWorkplace: !locations.length ? 1 : 0,
        inRequirements: kind === 'qualifications' || kind === 'preferred' || kind === 'skills' ? 1 : 0,
        ...extra,
      },
    });
  };
  const values = (list: unknown[]): string[] => list.map(schemaPlace).filter((x): x is string => !!x);

  // Embedded data and front matter: schema.org places, strings or lists of them.
  const sLoc = structured(ctx, 'jobLocation');
  const sType = structured(ctx, 'jobLocationType');
  if (sLoc || sType) {
    const texts = values(Array.isArray(sLoc) ? sLoc : sLoc ? [sLoc] : []);
    const found: Locations = { locations: [], applicantLocations: [], workplace: typeof sType === 'string' && /telecommute/i.test(sType) ? 'remote' : null };
    for (const t of texts) found.locations.push(...fromValue(t, prefer).locations);
    const req = structured(ctx, 'applicantLocationRequirements');
    for (const r of values(Array.isArray(req) ? req : req ? [req] : [])) {
      const c = countryOf(r) ?? r;
      found.applicantLocations.push(c);
      if (found.workplace === 'remote' && /^[A-Z]{2}$/.test(c)) found.locations.push({ raw: r, city: null, region: null, country: c });
    }
    add(found, null, 'jsonld', 'structured', texts.join('; '));
  }
  const fm = fmValue(ctx, LOCATION_KEYS);
  if (fm) {
    let texts = values(Array.isArray(fm.value) ? fm.value : [fm.value]);
    // A place written in keys of its own ("city: Millbrook", "state: NY", "country: US"): one place.
    const region = asText(fmValue(ctx, REGION_KEYS)?.value);
    const nation = asText(fmValue(ctx, COUNTRY_KEYS)?.value);
    const only = texts.length === 1 ? (texts[0] as string) : null;
    if (only !== null && (region || nation)) texts = [[only, ...[region, nation].filter((x): x is string => !!x && !only.includes(x))].join(', ')];
    const found: Locations = { locations: [], applicantLocations: [], workplace: null };
    for (const t of texts) {
      const r = fromValue(t, prefer);
      found.locations.push(...r.locations);
      found.applicantLocations.push(...r.applicantLocations);
      found.workplace ??= r.workplace;
    }
    add(found, fm.line, 'front-matter', 'front-matter', texts.join('; '));
  }
  const country = labelled(ctx, 'country')[0]?.value;
  // A workplace label may hold the place too ("LOCATION_TYPE: Bangalore, Karnataka").
  const placeLabels = [...labelled(ctx, 'location'), ...labelled(ctx, 'workplace').filter((f) => parsePlace(f.value, prefer))].sort((a, b) => a.line - b.line);
  for (const f of placeLabels) {
    if (f.value.length > 160) continue;
    // A value that names the places after words of its own ("1 vacancy in the following location: Moab, UT").
    const named = /[:：]\s/.test(f.value) ? f.value.replace(/^.*[:：]\s+/u, '') : f.value;
    const own = named !== f.value && parsePlace(named, prefer) ? named : f.value;
    const value = country && !countriesNamed(own).length && countryOf(country) ? `${own}, ${country}` : own;
    add(fromValue(value, prefer), f.line, 'body', 'label', value);
  }
  for (const h of ctx.doc.headers) {
    const found: Locations = { locations: [], applicantLocations: [], workplace: null };
    for (const p of h.parts) {
      const place = parsePlace(p, prefer);
      // A lone word that is only a small town's name ("English", "Hope") is not a place in a header.
      const lone = place && place.city && !/[,(]/.test(p) && !NEAR_TOWN.test(p) && (cityOf(p, prefer)?.population ?? 0) < 15_000;
      // Places a part offers as alternatives ("Berlin or Lisbon", "Oslo / Bergen"), each one a place.
      const alternatives = place ? [] : splitPlaces(p);
      const several = alternatives.length > 1 && alternatives.every((a) => parsePlace(a, prefer) || workplaceWord(a));
      if ((!place || lone) && !several && !workplaceWord(p) && !nativePlacesIn(p).length) continue;
      const r = fromValue(p, prefer);
      found.locations.push(...r.locations);
      found.applicantLocations.push(...r.applicantLocations);
      found.workplace ??= r.workplace;
    }
    add(found, h.line, 'body', 'header', h.parts.join(' | '), { fromHeading: h.from === 'heading' ? 1 : 0 });
  }
  // A page title that says where: "Acme hiring Technician in Dayton, Ohio, United States | Site".
  const pageTitle = ctx.doc.meta['og:title'] ?? ctx.doc.meta.title;
  const placed = pageTitle ? trailingPlace(pageTitle, prefer) : null;
  if (placed) add(fromValue(placed, prefer), null, 'meta', 'meta', pageTitle ?? '');
  // The posting's first heading, when it says where after the role ("Data Engineer — Valencia (hybrid)").
  const first = ctx.sections.find((s) => s.heading)?.heading;
  const headed = first && (headingMatch(first.text, ctx.vocab)?.coverage ?? 0) < 0.6 ? trailingPlace(first.text, prefer, ctx.vocab) : null;
  if (first && headed) add(fromValue(headed, prefer), first.line, 'body', 'heading', first.text);
  // A title label opening a flattened paragraph, whose first sentence says where after the role ("Stellenangebot: Koch (m/w/d) – Gasthaus Zur Linde, Bamberg. Wir …").
  for (const f of labelled(ctx, 'title')) {
    const sentence = leadSentence(f.value);
    const where = sentence ? trailingPlace(sentence, prefer, ctx.vocab) : null;
    if (where) add(fromValue(where, prefer), f.line, 'body', 'heading', f.value);
  }
  const board = jobBoardHeader(ctx);
  if (board?.location) add(fromValue(board.location.value, prefer), board.location.line, 'body', 'board', board.location.value);
  // A line near the top that is only a place ("Portland, OR", "Lisbon, Portugal"), as job pages print it under the title.
  ctx.lines.slice(0, 10).forEach((l, i) => {
    const headline = i < 2 ? commaHeadline(l.text, ctx.vocab, prefer) : null;
    if (headline) {
      add(fromValue(headline.place, prefer), l.line, 'body', 'line', l.text);
      return;
    }
    if (l.text.length > TITLE_LINE || /[.!?:]$/.test(l.text)) return;
    // A line naming a role is a title: its place is a part that stands as one ("Barista - Lyon", "Barista, Lyon"; not "Engineer - Java").
    if (hasRoleWord(l.text, ctx.vocab)) {
      const trailing = trailingPlace(l.text, prefer, ctx.vocab);
      if (trailing) add(fromValue(trailing, prefer), l.line, 'body', 'line', l.text);
      return;
    }
    // Past a label no table reads ("Mahali: Arusha, Tanzania"), the line's value.
    let text = l.text.replace(UNREAD_LABEL, '');
    // Words that are no place before a town and its district in brackets ("Ege Tekstil A.Ş. İzmir (Bornova)",
    // a page's company and town run together): the town and its district, else nothing.
    const aside = /^(.+?)\s*[(（]([^()（）]{2,40})[)）]$/u.exec(text.trim());
    if (aside?.[1] && /\s/.test(aside[1]) && !parsePlace(aside[1], prefer) && !workplaceWord(aside[1])) {
      const words = aside[1].split(/\s+/);
      const n = [3, 2, 1].find((k) => k < words.length && /^\p{Lu}/u.test(words[words.length - k] as string) && cityOf(words.slice(-k).join(' '), prefer));
      if (!n) return;
      text = `${words.slice(-n).join(' ')} (${aside[2]})`;
    }
    if (text.length > PLACE_LINE) return;
    const place = parsePlace(text, prefer);
    // A lone word is a place only when it names a city of some size ("Baker" is a job, and a town in Louisiana).
    if (!place?.city || !(/[,(]/.test(text) || place.country !== cityOf(text)?.country || (cityOf(place.city)?.population ?? 0) >= 50_000)) return;
    // Nothing else on the line but a workplace word ("Питер, офис", "Lyon · Hybrid").
    const word = workplaceWord(text);
    const rest = word ? `${text.slice(0, word.index)} ${text.slice(word.index + word.text.length)}` : text;
    if (rest.replace(/[^\p{L}]/gu, '').length > place.raw.replace(/[^\p{L}]/gu, '').length + 2) return;
    add(fromValue(text, prefer), l.line, 'body', 'line', l.text);
  });
  // An address's last part, its postcode and town, wherever it stands: the contact block or the
  // letterhead at a posting's foot ("Stadtwerke Nord · Personal · Hafenstraße 4 · 24103 Kiel").
  // A remote role's employer writes its address too; that is not where the work is (asked only of a
  // posting with an address, as every line is read for it).
  const addresses: Array<{ town: string; line: (typeof ctx.lines)[number] }> = [];
  for (const l of ctx.lines) {
    if (!POSTCODE_TOWN_MARK.test(l.text) || l.text.length > ADDRESS_LINE) continue;
    const town = l.text.split(ADDRESS_PARTS).map((p) => p.trim()).find((p) => POSTCODE_TOWN.test(p));
    const place = town ? parsePlace(town, prefer) : null;
    if (town && place?.city && cityOf(place.city, place.country ? [place.country] : prefer)) addresses.push({ town, line: l });
  }
  const remote = ctx.vocab.workplace.set('remote');
  const hybrid = ctx.vocab.workplace.set('hybrid');
  const remoteRole = () => !!remote && ctx.lines.some((l) => remote.test(l.folded)) && !ctx.lines.some((l) => hybrid?.test(l.folded));
  if (addresses.length && !remoteRole()) for (const { town, line: l } of addresses) add(fromValue(town, prefer), l.line, 'body', 'address', l.text);
  const patterns = patternsOf(ctx.vocab);
  // A town named in passing is the place when it is large, or of some size in a country the posting
  // names or pays in (not only one where its language is spoken: "Guadalajara" is in Spain and Mexico).
  const home = postingCountries(ctx);
  const mentioned = (c: { country: string; population: number }) => c.population >= (home.includes(c.country) ? MENTIONED_HOME_TOWN : MENTIONED_CITY);
  for (const l of proseLines(ctx)) {
    const kind = l.line !== null && l.from === 'body' ? ctx.kinds.get(l.line, l.text) : 'overview';
    // Places in a sentence about pay ("The hiring range in New York, NY is $99,900 …") are where the job is.
    const withPay = PAY_FIGURE.test(l.text) ? 1 : 0;
    // Cities with their state: every one in the line.
    const stated: Location[] = [];
    if (STATE_AFTER_COMMA.test(l.text)) for (const m of matchesOf(CITY_STATE, l.text)) {
      // Or with its country: "Northfield University (Leeds, UK)", "our studio in Porto, Portugal".
      const region = regionOf(m[2] ?? '');
      const country = region?.country ?? countryOf(m[2] ?? '', true);
      if (!country) continue;
      for (const name of (m[1] ?? '').split('/')) {
        const city = cityOf(name, [country]);
        if (city && city.country === country) stated.push({ raw: `${name}, ${m[2]}`, city: name.trim(), region: region?.code ?? null, country });
      }
    }
    if (stated.length) add({ locations: stated, applicantLocations: [], workplace: null }, l.line, l.from, 'citystate', l.text, { withPay });
    if (kind === 'qualifications' || kind === 'preferred' || kind === 'skills') continue;
    if (ctx.vocab.offices.test(fold(l.text))) for (const m of matchesOf(patterns.office, l.text)) {
      const list = patterns.list.exec(l.text.slice(m.index + m[0].length))?.[0] ?? '';
      const names = townsWithStates(list.split(patterns.separator).map((n) => n.trim()).filter(Boolean));
      // "in July and August" says when ("August" is a town in California too).
      if (names.some(isMonthName)) continue;
      // A country in the list says where its cities are ("Gdańsk, Poland"); it is not a town of that name elsewhere.
      const named = names.map((n) => countryOf(n, false)).filter((c): c is string => !!c);
      const places = names.filter((n) => !countryOf(n, false)).map((n): Location | null => {
        // A town with its state ("Bellingham, Washington"), joined above.
        if (n.includes(',')) return parsePlace(n, prefer);
        const c = cityOf(n, [...named, ...prefer]);
        return c ? { raw: c.city, city: c.city, region: null, country: c.country } : null;
      }).filter((c): c is Location => !!c);
      if (places.length) add({ locations: places, applicantLocations: [], workplace: null }, l.line, l.from, 'office', l.text);
    }
    // A remote role limited to a country: "Fully remote, open to candidates in Canada."
    const f = fold(l.text);
    if (kind !== 'benefits' && ctx.vocab.workplace.set('remote')?.test(f)) {
      const countries = countriesNamed(l.text).filter((c) => c !== 'EU');
      if (countries.length === 1) {
        const c = countries[0] as string;
        add({ locations: [{ raw: c, city: null, region: null, country: c }], applicantLocations: [c], workplace: 'remote' }, l.line, l.from, 'remote-country', l.text);
      }
    }
    // Weakest: a city named after a preposition ("ein Arbeitsumfeld in Berlin", "à Liège") or before a case ending ("İzmir'deki").
    const suffixed = patterns.suffixed && /['’]/.test(l.text) ? matchesOf(patterns.suffixed, l.text) : [];
    for (const m of [...matchesOf(patterns.preposition, l.text), ...suffixed]) {
      const name = m[1] ?? '';
      const city = cityOf(name, prefer) ?? baseForm(name, patterns.cases, prefer);
      // A district or small town, then the city it belongs to ("in Chorlton, Manchester,"): that city.
      // Not the second of a list ("in Marketing, Mobile and Web", "in Python, Java, Go").
      const tail = /^,\s*(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}])(.{0,12})/u.exec(l.text.slice(m.index + m[0].length));
      const listed = !!tail && (/^\s*(?:,\s*\p{Lu}|[&/+])/u.test(tail[2] ?? '') || ctx.vocab.conjunctions.find(fold((tail[2] ?? '').trim()))?.index === 0);
      const larger = listed ? undefined : tail?.[1];
      const around = larger && !(city && mentioned(city)) ? cityOf(larger, prefer) : null;
      if (around && mentioned(around)) add(townNamed(`${name}, ${larger}`, around), l.line, l.from, 'mention', l.text);
      else if (city && mentioned(city)) add(townNamed(name, city), l.line, l.from, 'mention', l.text);
      else if (!city && countryOf(name, false) && l.from === 'body') {
        const c = countryOf(name, false) as string;
        add({ locations: [{ raw: name, city: null, region: null, country: c }], applicantLocations: [], workplace: null }, l.line, l.from, 'mention', l.text, { countryMention: 1 });
      }
    }
    // English puts the town before the workplace's noun: "our Leeds office", "Kestrel Haulage – Felixstowe depot", "a London-based team".
    if (TOWN_BEFORE_WORKPLACE_MARK.test(l.text)) for (const m of matchesOf(TOWN_BEFORE_WORKPLACE, l.text)) {
      const city = cityOf(m[1] ?? '', prefer);
      if (city && mentioned(city)) add(townNamed(m[1] as string, city), l.line, l.from, 'mention', l.text);
    }
    // "משרדינו בתל אביב", "مقرها بالرياض": a town of the tables with a preposition written onto it.
    if (patterns.prefixed) for (const m of matchesOf(patterns.prefixed, fold(l.text))) {
      const city = cityOf(l.text.slice(m.index + m[0].length - (m[1] ?? '').length, m.index + m[0].length), prefer);
      if (city) add(townNamed(city.city, city), l.line, l.from, 'mention', l.text);
    }
    const native = nativePlacesIn(l.text);
    if (native.length === 1) {
      const city = cityOf(native[0] as string);
      if (city) add(townNamed(native[0] as string, city), l.line, l.from, 'mention', l.text);
    }
  }
  return out;
}

/** The town a name in a case other than its own stands for ("Екатеринбурге" → Yekaterinburg), by the language's endings. */
function baseForm(name: string, cases: ReadonlyArray<[string, string]>, prefer: readonly string[]): ReturnType<typeof cityOf> {
  for (const [written, base] of cases) {
    if (!name.endsWith(written) || name.length <= written.length + 2) continue;
    const town = cityOf(name.slice(0, name.length - written.length) + base, prefer);
    if (town) return town;
  }
  return null;
}

/** The place of a town the gazetteer knows, named in a sentence as `raw`. */
function townNamed(raw: string, town: NonNullable<ReturnType<typeof cityOf>>): Locations {
  return { locations: [{ raw, city: town.city, region: null, country: town.country }], applicantLocations: [], workplace: null };
}

/** Institutions that are often private and named after anything, not after their town. */
const PRIVATE_BODIES = /^(?:clinic|laboratory|academy|association|society|foundation|charity|cooperative|co-operative|institute|agency|medical cent(?:er|re)|health cent(?:er|re)|health system)$/;

/** The least population of a town an institution's name gives as the place of the job. */
const INSTITUTION_TOWN = 5_000;

/**
 * The town an employer that is a public institution is named after ("Darien Library", "Leeds
 * City Council", "Stadtbibliothek Köln" → its town), for a posting that names no place of its
 * own: such an employer works where its name says. Null for any other employer.
 */
export function placeOfInstitution(ctx: Context, company: string): Location | null {
  if (company.length > 80 || !ctx.vocab.institutions.test(fold(company))) return null;
  const words = company.split(/[\s,]+/).filter(Boolean);
  const prefer = postingCountries(ctx);
  // The institution's own words ("City of", "University") are not the town.
  const own = new Set(ctx.vocab.institutions.findAll(fold(company)).flatMap((m) => m.text.split(/\s+/)));
  // Where a town stands in such a name: first ("Darien Library"), after "of" ("City of Leeds",
  // "Ville de Lyon"), or last after the institution's word ("Stadtbibliothek Köln"); a person's
  // name elsewhere ("Johns Hopkins University") is no town.
  // A private body's name opens with anything ("Brookside Veterinary Clinic"): only a public one's first word is its town.
  const publicBody = ctx.vocab.institutions.findAll(fold(company)).some((m) => !PRIVATE_BODIES.test(m.text));
  const at = (i: number, size: number) =>
    (i === 0 && publicBody) || /^(?:of|de|di|du|der|des|von|do|da)$/i.test(words[i - 1] ?? '') || (i + size === words.length && ctx.vocab.institutions.test(fold(words[i - 1] ?? '')));
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const name = words.slice(i, i + size).join(' ');
      if (!/^\p{Lu}/u.test(name) || !at(i, size) || name.split(' ').some((w) => own.has(fold(w)))) continue;
      const city = cityOf(name, prefer);
      // A town abroad is a coincidence of names ("Riverside University Hospitals" paying in pounds is not in California).
      if (city && city.population >= INSTITUTION_TOWN && (!prefer.length || prefer.includes(city.country))) {
        return { raw: company, city: city.city, region: /^[A-Z]{2,3}$/.test(city.province) ? city.province : null, country: city.country };
      }
    }
  }
  return null;
}

/** Candidates agree when they name the same places. */
function locationKey(v: Locations): string {
  return v.locations.map((l) => `${foldPlace(l.city ?? '')}|${l.country ?? ''}`).sort().join(';') || `~${v.workplace ?? ''}`;
}

export function extractLocations(ctx: Context): (Found<Locations> & { inPassing: boolean }) | null {
  const candidates = locationCandidates(ctx);
  const decision = decide('locations', candidates, WEIGHTS.locations, locationKey);
  ctx.decisions?.set('locations', decision);
  const w = decision.winner;
  if (!w) return null;
  // A town named in passing only ("a Berlin-based fintech"), which a remote role does not work in.
  return { value: w.value, line: w.line, from: w.from, inPassing: w.via === 'mention' };
}
