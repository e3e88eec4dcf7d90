import { describe, expect, it } from 'vitest';
import { parsePlace } from '../../src/extractors/location.js';
import { cityOf, countryOf, regionOf } from '../../src/patterns/places.js';
import { recordOf } from '../helpers.js';

const place = (raw: string) => {
  const p = parsePlace(raw);
  return p && [p.city, p.region, p.country];
};

describe('places', () => {
  it('reads City, ST and City, Region, Country', () => {
    expect(place('Los Angeles, CA')).toEqual(['Los Angeles', 'CA', 'US']);
    expect(place('Tucson, Arizona, United States')).toEqual(['Tucson', 'AZ', 'US']);
    expect(place('Toronto, ON')).toEqual(['Toronto', 'ON', 'CA']);
    expect(place('Sydney, NSW')).toEqual(['Sydney', 'NSW', 'AU']);
  });
  it('reads City, Country in English and local forms, and ISO codes', () => {
    expect(place('Bangkok, TH')).toEqual(['Bangkok', null, 'TH']);
    expect(place('Zürich, Schweiz')).toEqual(['Zürich', null, 'CH']);
    expect(place('Sheung Wan, Hong Kong')).toEqual(['Sheung Wan', null, 'HK']);
    expect(place('München, Deutschland')).toEqual(['München', null, 'DE']);
  });
  it('infers the country of a known city alone', () => {
    expect(place('Toronto')).toEqual(['Toronto', null, 'CA']);
    expect(place('Tallinn')).toEqual(['Tallinn', null, 'EE']);
  });
  it('uses a postcode and skips a district', () => {
    expect(place('Vauxhall, London, SW8 2LX')).toEqual(['London', null, 'GB']);
  });
  it('reads a province where the city would stand', () => {
    expect(place('Bangalore, Karnataka, India')).toEqual(['Bangalore', 'Karnataka', 'IN']);
  });
  it('gives up on text that names no place', () => {
    expect(parsePlace('Hybrid/School of Medicine Campus')).toBeNull();
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
  it('reads "Remote (US)" as a remote role with applicants in the US, and no place', () => {
    const r = recordOf('# Engineer\n\n**Location:** Remote (US)\n');
    expect(r.locations).toEqual([]);
    expect(r.applicantLocations).toEqual(['US']);
    expect(r.workplaceType).toBe('remote');
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
  it('finds the office named in a sentence, in several languages', () => {
    expect(recordOf('# Berater\n\nUnser Büro ist in Hamburg am Hafen.\n').locations.map((l) => [l.city, l.country])).toEqual([['Hamburg', 'DE']]);
    const fr = recordOf('# Développeur\n\nNos bureaux sont situés à Ottawa, à Montréal et à Toronto.\n');
    expect(fr.locations.map((l) => l.city)).toEqual(['Ottawa', 'Montréal', 'Toronto']);
  });
  it('does not take cities from a company history', () => {
    expect(recordOf('# Cajero\n\nTenemos 100 tiendas desde Arica hasta Punta Arenas.\n').locations).toEqual([]);
  });
});
