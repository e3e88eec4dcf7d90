/**
 * The build writes the place index to dist/gazetteer.json so that a run reads it instead of
 * building it from the libraries; the two must agree, and lookups must not reach prototypes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, gazetteer, type GazetteerData } from '../../src/patterns/gazetteer.js';
import { LEXICONS } from '../../src/lexicons/index.js';
import { cityOf, countryOf, provinceIn } from '../../src/patterns/places.js';
import { ROOT } from '../helpers.js';

describe('the place index', () => {
  const built = buildGazetteer();

  it('holds country names in several languages, codes, cities and provinces', () => {
    expect(built.countries['germany']).toBe('DE');
    expect(built.countries['allemagne']).toBe('DE');
    expect(built.countries['alemania']).toBe('DE');
    expect(built.alpha3['DEU']).toBe('DE');
    expect(built.alpha2).toContain('TH');
    expect(built.cities).toMatch(/^lisbon\tPT\t/m);
    expect(gazetteer().cities.get('lisbon')?.some(([country]) => country === 'PT')).toBe(true);
    // Every town of a name comes back, the largest first.
    const paris = gazetteer().cities.get('paris') ?? [];
    expect(paris[0]?.[0]).toBe('FR');
    expect(paris.some(([country]) => country === 'US')).toBe(true);
    expect(paris.map(([, , population]) => population)).toEqual([...paris.map(([, , p]) => p)].sort((a, b) => b - a));
    expect(built.provinces['karnataka']).toEqual(['IN']);
  });

  it('finds the city every other name of a city in the lexicons stands for, and the English names of cities it holds only in the local form', () => {
    const lost = LEXICONS.flatMap((l) => Object.entries(l.places)).filter(([, city]) => !cityOf(city));
    expect(lost).toEqual([]);
    expect(['Ghent', 'Nuremberg', 'Nürnberg', 'Aarhus'].map((n) => cityOf(n)?.country)).toEqual(['BE', 'DE', 'DE', 'DK']);
    // Another name adds its city to the towns of that name: the larger wins unless the posting names the other's country.
    expect([cityOf('Hull')?.country, cityOf('Hull', ['US'])?.country, cityOf('Washington DC')?.country]).toEqual(['GB', 'US', 'US']);
  });
  it('finds large cities by their own names and by the names other languages give them, where the gazetteer has only the English one', () => {
    const own = ['Lisboa', 'Praha', 'Beograd', 'Αθήνα', 'Moskva', 'София', 'دبي', 'תל אביב', 'Donostia'].map((n) => cityOf(n)?.country);
    expect(own).toEqual(['PT', 'CZ', 'RS', 'GR', 'RU', 'BG', 'AE', 'IL', 'ES']);
    const foreign = ['Lissabon', 'Mailand', 'Varsovie', 'Bruselas', 'Londra', 'Bruxelas', 'Monachium', 'Brussel', 'Pékin', 'Bâle'].map((n) => cityOf(n)?.country);
    expect(foreign).toEqual(['PT', 'IT', 'PL', 'BE', 'GB', 'BE', 'DE', 'BE', 'CN', 'CH']);
  });
  it('is what the build wrote to dist/gazetteer.json (npm test builds first)', () => {
    const file = join(ROOT, 'dist', 'gazetteer.json');
    expect(existsSync(file)).toBe(true);
    const written = JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
    expect(written).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('answers lookups through maps, so a name like __proto__ or constructor finds nothing', () => {
    expect(gazetteer().countries.get('constructor')).toBeUndefined();
    expect(countryOf('constructor')).toBeNull();
    expect(countryOf('__proto__')).toBeNull();
    expect(cityOf('__proto__')).toBeNull();
    expect(gazetteer().cities.get('')).toBeUndefined();
    expect(gazetteer().cities.get('zzzz-no-such-town')).toBeUndefined();
    expect(provinceIn('toString', null)).toBeNull();
  });
});

describe('lookup tables keyed by posting text', () => {
  it('never answer with an inherited property', async () => {
    const { readNumber } = await import('../../src/patterns/numbers.js');
    const { decodeEntities } = await import('../../src/parsers/html.js');
    expect(readNumber('constructor')).toBeNaN();
    expect(decodeEntities('&constructor; &valueof;')).toBe('&constructor; &valueof;');
  });
});
