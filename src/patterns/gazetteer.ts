/**
 * The place data that names are looked up in, as one folded index: country names in several
 * languages and ISO codes (i18n-iso-countries), and cities and provinces with their countries
 * (city-timezones). Building it from the libraries costs about 70 ms — most of a one-posting
 * run — so the build writes it once to dist/gazetteer.json and a run only reads that. Where the
 * file is absent (tests on the sources, a bundler that leaves it behind) the index is built
 * from the libraries on first use; test/patterns/gazetteer.test.ts checks the two agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldPlace } from './fold.js';

const require = createRequire(import.meta.url);

/** The languages whose country names are read: those of the section vocabulary, and a few more. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ru'];

/** A city in the gazetteer: ISO alpha-2 country, province, population. */
export type CityEntry = [country: string, province: string, population: number];

/** The index as it is stored: plain JSON. */
export interface GazetteerData {
  /** Folded country name (any locale) → alpha-2; the first locale to name a spelling wins. */
  countries: Record<string, string>;
  alpha2: string[];
  alpha3: Record<string, string>;
  /** Folded city name → every city of that name, in the data's order. */
  cities: Record<string, CityEntry[]>;
  /** Folded province or state → the countries that have one of that name. */
  provinces: Record<string, string[]>;
}

/** The index as the lookups use it: maps, so that no name can reach an object's prototype. */
export interface Gazetteer {
  countries: Map<string, string>;
  alpha2: Set<string>;
  alpha3: Map<string, string>;
  cities: Map<string, CityEntry[]>;
  provinces: Map<string, string[]>;
}

interface CityRecord {
  city: string;
  iso2: string;
  province: string;
  pop: number;
}

/** Builds the index from the libraries. */
export function buildGazetteer(): GazetteerData {
  const lib = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  for (const l of LOCALES) lib.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
  const countries: Record<string, string> = Object.create(null);
  for (const l of LOCALES) {
    for (const [code, value] of Object.entries(lib.getNames(l, { select: 'all' }))) {
      for (const name of Array.isArray(value) ? value : [value]) {
        const f = foldPlace(name);
        if (f && !(f in countries)) countries[f] = code;
      }
    }
  }
  const alpha2 = Object.keys(lib.getAlpha2Codes()).sort();
  const alpha3: Record<string, string> = Object.create(null);
  for (const [a3, a2] of Object.entries(lib.getAlpha3Codes())) alpha3[a3] = a2;
  const cities: Record<string, CityEntry[]> = Object.create(null);
  const provinces: Record<string, string[]> = Object.create(null);
  for (const c of require('city-timezones/data/cityMap.json') as CityRecord[]) {
    const f = foldPlace(c.city);
    (cities[f] ??= []).push([c.iso2, c.province, c.pop]);
    const p = foldPlace(c.province);
    if (!p) continue;
    const list = (provinces[p] ??= []);
    if (!list.includes(c.iso2)) list.push(c.iso2);
  }
  return { countries, alpha2, alpha3, cities, provinces };
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
    cities: new Map(Object.entries(data.cities)),
    provinces: new Map(Object.entries(data.provinces)),
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
