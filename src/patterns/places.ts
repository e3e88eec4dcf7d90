/**
 * Places: US states, Canadian provinces and Australian states by code and name, country names
 * in several languages, and a gazetteer of about 7,000 cities with their country (gazetteer.ts,
 * loaded on first use, so start-up stays fast).
 */
import { LEXICONS } from '../lexicons/index.js';
import { foldPlace } from './fold.js';
import { gazetteer, type CityEntry } from './gazetteer.js';

export { foldPlace };

export const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia', PR: 'Puerto Rico',
};

export const CA_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador', NS: 'Nova Scotia',
  NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island', QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
};

export const AU_STATES: Readonly<Record<string, string>> = {
  NSW: 'New South Wales', VIC: 'Victoria', QLD: 'Queensland', WA: 'Western Australia', SA: 'South Australia', TAS: 'Tasmania',
  ACT: 'Australian Capital Territory', NT: 'Northern Territory',
};

const byName = (table: Readonly<Record<string, string>>) => new Map(Object.entries(table).map(([code, name]) => [foldPlace(name), code]));
const US_BY_NAME = byName(US_STATES);
const CA_BY_NAME = byName(CA_PROVINCES);
const AU_BY_NAME = byName(AU_STATES);

export interface Region {
  code: string;
  country: string;
}

/**
 * A state or province by code or name: `CA` / `California` → CA, US; `ON` → ON, CA; `NSW` → NSW, AU.
 * Two-letter codes are read as US states first, then Canadian provinces (`CA` is California).
 * The names that are also a great city's (Washington, New York, Victoria) are read as the state's
 * only when `afterTown` says they follow a town ("Bellingham, Washington").
 */
export function regionOf(part: string, afterTown = false): Region | null {
  const p = part.trim().replace(/\.$/, '');
  const up = p.toUpperCase();
  if (/^[A-Z]{2,3}$/.test(p)) {
    if (up in US_STATES) return { code: up, country: 'US' };
    if (up in CA_PROVINCES) return { code: up, country: 'CA' };
    if (up in AU_STATES && up.length === 3) return { code: up, country: 'AU' };
    return null;
  }
  const f = foldPlace(p);
  const us = US_BY_NAME.get(f);
  if (us && (afterTown || (f !== 'washington' && f !== 'new york'))) return { code: us, country: 'US' };
  const ca = CA_BY_NAME.get(f) ?? (f === 'quebec' ? 'QC' : undefined);
  if (ca) return { code: ca, country: 'CA' };
  const au = AU_BY_NAME.get(f);
  if (au && (afterTown || f !== 'victoria')) return { code: au, country: 'AU' };
  return null;
}

/** Country names that the list does not hold in these spellings. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', 'u s': 'US', 'u s a': 'US', us: 'US', america: 'US', uk: 'GB', 'u k': 'GB', 'great britain': 'GB', britain: 'GB',
  england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB', holland: 'NL', brasil: 'BR', korea: 'KR', uae: 'AE',
  czechia: 'CZ', 'hong kong sar': 'HK', россия: 'RU', deutschland: 'DE', schweiz: 'CH', suisse: 'CH', svizzera: 'CH',
  'côte d ivoire': 'CI', turkiye: 'TR', 'türkiye': 'TR',
};

const countryCache = new Map<string, string | null>();

/** A country by name (in several languages), alias or ISO code: `Switzerland`, `Schweiz`, `USA`, `TH` → ISO alpha-2. */
export function countryOf(part: string, allowCode = true): string | null {
  const key = `${allowCode ? 1 : 0}${part}`;
  const hit = countryCache.get(key);
  if (hit !== undefined) return hit;
  const found = lookupCountry(part, allowCode);
  // A bounded memo: postings repeat the same few names.
  if (countryCache.size > 20_000) countryCache.clear();
  countryCache.set(key, found);
  return found;
}

function lookupCountry(part: string, allowCode: boolean): string | null {
  const p = part.trim().replace(/\.$/, '');
  if (!p || p.length > 60) return null;
  const f = foldPlace(p);
  const alias = Object.hasOwn(COUNTRY_ALIASES, f) ? COUNTRY_ALIASES[f] : undefined;
  if (alias) return alias;
  const g = gazetteer();
  if (allowCode && /^[A-Z]{2}$/.test(p) && g.alpha2.has(p)) return p;
  if (/^[A-Z]{3}$/.test(p)) return g.alpha3.get(p) ?? null;
  return g.countries.get(f) ?? null;
}

/**
 * Large cities by their own names in languages no lexicon reads, where the gazetteer knows only the
 * English one (GeoNames names Praha "Prague" and has no Bulgarian or Serbian names).
 */
const OWN_NAMES: Readonly<Record<string, string>> = {
  praha: 'Prague', beograd: 'Belgrade', 'sankt-peterburg': 'Saint Petersburg', moskva: 'Moscow', helsingfors: 'Helsinki', åbo: 'Turku', donostia: 'San Sebastián',
  софия: 'Sofia', пловдив: 'Plovdiv', београд: 'Belgrade',
};

/** Names cities go by besides the gazetteer's, from every lexicon ("Питер", "東京都", "München", "NYC"), folded → the canonical name. */
const CANONICAL: ReadonlyMap<string, string> = new Map(
  [...LEXICONS.map((l) => l.places), OWN_NAMES].flatMap((places) => Object.entries(places).map(([k, v]) => [foldPlace(k), v] as const)),
);
const CITY_ALIASES: ReadonlyMap<string, string> = new Map([...CANONICAL].map(([k, v]) => [k, foldPlace(v)] as const));
/** The same names as written in scripts without spaces, for finding them inside a text ("四川成都天府大道"). */
export const NATIVE_PLACES: ReadonlyMap<string, string> = new Map(
  LEXICONS.filter((l) => l.noSpaces).flatMap((l) => Object.entries(l.places).map(([k, v]) => [k, v] as const)),
);

/** A name's canonical spelling when a lexicon knows it ("Питер" → "Saint Petersburg"), else null. */
export function knownAlias(name: string): string | null {
  return NATIVE_PLACES.get(name) ?? CANONICAL.get(foldPlace(name)) ?? null;
}

export interface City {
  city: string;
  country: string;
  province: string;
  population: number;
}

/**
 * Where `country` stands in `prefer`: the index of its entry, an entry being one country code or
 * several joined by spaces, ranked alike.
 */
function rank(prefer: readonly string[], country: string): number {
  const at = prefer.findIndex((p) => p === country || (p.length > 2 && p.split(' ').includes(country)));
  return at < 0 ? prefer.length : at;
}

/**
 * A city in the gazetteer, with its country. Where a name is in several countries, the one
 * earliest in `prefer` (countries the posting names, then where its language is written; an
 * entry may join several codes that rank alike) wins, else the most populous.
 */
export function cityOf(name: string, prefer: readonly string[] = []): City | null {
  const f = foldPlace(name);
  if (!f || (f.length < 3 && !/[^\x00-\u024f]/.test(f))) return null;
  const alias = CITY_ALIASES.get(f);
  // Another name adds its city to those of the name itself ("Hull" is Kingston upon Hull, and a town in Massachusetts).
  const own = gazetteer().cities.get(f);
  const named = alias && alias !== f ? gazetteer().cities.get(alias) : undefined;
  const list = named && own ? [...named, ...own] : (named ?? own);
  if (!list?.length) {
    // A district after its city: "Hamburg-Altona", "Berlin-Mitte" (a city of that whole name, "Winston-Salem", is found above).
    const district = /^(\p{Lu}[\p{L}'’]{2,})-\p{Lu}[\p{L}'’]+$/u.exec(name.trim());
    const city = district ? cityOf(district[1] as string, prefer) : null;
    return city && city.population >= 100_000 ? city : null;
  }
  const [country, province, population] = [...list].sort((a, b) => {
    const order = rank(prefer, a[0]) - rank(prefer, b[0]);
    return order || b[2] - a[2];
  })[0] as CityEntry;
  // A name as written, unless it is an abbreviation ("NYC") or in another script ("Питер", "東京都内").
  const written = name.trim();
  const keep = !alias || (/^[\p{Script=Latin}\s.'’-]+$/u.test(written) && written.replace(/[^\p{L}]/gu, '').length > 3);
  return { city: keep ? written : (knownAlias(name) ?? written), country, province, population };
}

/** The country of a province or state in the gazetteer ("Karnataka" → IN, "Zürich" → CH), limited to `country` when given. */
export function provinceIn(name: string, country: string | null): string | null {
  const list = gazetteer().provinces.get(foldPlace(name));
  if (!list) return null;
  if (country) return list.includes(country) ? country : null;
  return list.length === 1 ? (list[0] as string) : null;
}
