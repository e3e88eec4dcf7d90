/**
 * Locations: where the job is, from front matter, a location label, a job-board header, or a
 * sentence naming the office ("unser Büro ist in Hamburg", "bureaux situés à Ottawa, à
 * Montréal"). Each place gets a city, a region and an ISO 3166-1 alpha-2 country, inferred from
 * states, provinces, country names and a city gazetteer. "Remote (US)" is not a place: it makes
 * the role remote and US an applicant location.
 */
import { fmValue, labelValue, type Context, type Found } from './context.js';
import { matchesOf } from '../patterns/matches.js';
import { cityOf, countryOf, foldPlace, provinceIn, regionOf } from '../patterns/places.js';
import type { Location, WorkplaceType } from '../schema/record.js';
import { proseLines } from './prose.js';
import { jobBoardHeader } from './job-board.js';

export interface Locations {
  locations: Location[];
  applicantLocations: string[];
  /** What the location text says about the workplace: "(On-Site)", "Remote", "Hybrid/…". */
  workplace: WorkplaceType;
}

const WORKPLACE_WORD = /\b(remote|fully[- ]remote|remote[- ]first|anywhere|worldwide|global|hybrid|on[- ]?site|in[- ]office|onsite|télétravail|à distance|remoto|híbrido|hybride|homeoffice)\b/i;
/** Parts that are not places: postcodes, building words, neighbourhood markers. */
const NOT_PLACE = /\b(campus|office|building|floor|suite|school|hq|headquarters|district|street|st\.|road|avenue|ave|station|area|region|zone|time ?zone|utc|gmt|est|pst|cet)\b|\d/i;
/** A UK postcode (`SW8 2LX`) or a US ZIP code, which also tell the country. */
const POSTCODE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i, 'GB'],
  [/^\d{5}(-\d{4})?$/, 'US'],
];

/** Regions that remote roles name as applicant locations. */
const APPLICANT_REGIONS = /\b(europe|eu|emea|apac|latam|north america|south america|americas|asia|africa|oceania|worldwide|global|anywhere)\b/i;

function workplaceOf(text: string): WorkplaceType {
  const m = WORKPLACE_WORD.exec(text);
  if (!m) return null;
  const w = (m[1] ?? '').toLowerCase();
  if (/hybrid|híbrido|hybride/.test(w)) return 'hybrid';
  if (/on[- ]?site|in[- ]office|onsite/.test(w)) return 'onsite';
  return 'remote';
}

/**
 * Reads one place: "Los Angeles, CA", "Tucson, Arizona, United States", "Bangkok, TH",
 * "Vauxhall, London, SW8 2LX". Returns null when nothing in it is a known place.
 * `prefer` lists countries the posting names, to choose between cities of one name.
 */
export function parsePlace(raw: string, prefer: readonly string[] = [], lenient = false): Location | null {
  const parts = raw.split(/\s*,\s*/).map((p) => p.trim()).filter(Boolean);
  let country: string | null = null;
  let region: string | null = null;
  const rest: string[] = [];
  for (const [i, part] of parts.entries()) {
    const postcode = POSTCODE.find(([re]) => re.test(part));
    if (postcode) {
      country ??= postcode[1];
      continue;
    }
    if (WORKPLACE_WORD.test(part) && part.split(/\s+/).length <= 3) continue;
    const r = i > 0 ? regionOf(part) : null;
    if (r && !region) {
      region = r.code;
      country ??= r.country;
      continue;
    }
    const c = i > 0 || parts.length === 1 ? countryOf(part, i > 0) : null;
    if (c) {
      country = c;
      continue;
    }
    rest.push(part);
  }
  let city: string | null = null;
  for (const part of rest) {
    const known = cityOf(part, country ? [country, ...prefer] : prefer);
    if (known && (!country || known.country === country)) {
      city = part;
      country ??= known.country;
      region ??= null;
      break;
    }
  }
  if (!city && rest.length) {
    // A province named where a city would be ("Karnataka") or an unknown town with a known region/country.
    for (const part of rest) {
      const p = provinceIn(part, country);
      if (p && !region) {
        region = part;
        country ??= p;
        continue;
      }
      if (!city && (country || lenient) && !NOT_PLACE.test(part) && /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 3) city = part;
    }
  }
  if (city && !region) region = rest.find((p) => p !== city && provinceIn(p, country)) ?? null;
  if (region && !/^[A-Z]{2,3}$/.test(region)) region = regionOf(region)?.code ?? region;
  if (!city && !country) return null;
  return { raw: raw.trim(), city, region, country };
}

/** Splits a location value naming several places: "Ottawa; Toronto", "Berlin | Remote", "NYC or SF". */
function splitPlaces(value: string): string[] {
  return value
    .split(/\s*(?:;|\||\/|\n|\bor\b|\boder\b|\bou\b)\s*/i)
    .map((s) => s.replace(/\((on[- ]?site|remote|hybrid)[^)]*\)/gi, '').trim())
    .filter(Boolean);
}

function fromValue(value: string, prefer: readonly string[]): Locations {
  const out: Locations = { locations: [], applicantLocations: [], workplace: workplaceOf(value) };
  for (const piece of splitPlaces(value)) {
    if (/\bremote\b/i.test(piece)) {
      // "Remote (US)", "Remote – Europe": a region applicants must be in; "San Francisco, Remote": a place too.
      const rest = piece.replace(/\b(fully|100%|remote|only|first)\b|[()–—:]|\s-\s/gi, ' ').replace(/\s*,\s*(,\s*)*/g, ', ').replace(/^[\s,]+|[\s,]+$/g, '').trim();
      const place = rest ? parsePlace(rest, prefer) : null;
      if (place?.city) out.locations.push(place);
      else if (rest) out.applicantLocations.push(place?.country ?? countryOf(rest) ?? rest);
      continue;
    }
    const place = parsePlace(piece, prefer, true);
    if (place) out.locations.push(place);
    else if (APPLICANT_REGIONS.test(piece) && out.workplace === 'remote') out.applicantLocations.push(piece);
  }
  return out;
}

/** Front-matter keys that hold the place of work. */
const LOCATION_KEYS = ['location', 'locations', 'joblocation', 'city', 'place', 'office', 'offices', 'ort', 'standort', 'lieu', 'ubicacion'];
/** Labels of a location line. */
const LOCATION_LABEL = /^(job |work |office )?(location|locations|location_type|location type|place of work|based in|city|standort|arbeitsort|dienstort|lieu|localisation|ubicación|ubicacion|localização|localizacao|sede|местоположение|город)$/i;

/**
 * Words that say a sentence names the office: "our office is in Hamburg", "bureaux situés à
 * Ottawa", "tienda ubicada en Los Ángeles", "Travailler sur Toulouse", "Jobs in Hamburg".
 * Then a preposition, after which the place names stand.
 */
const OFFICE_CONTEXT = /(?<![\p{L}])(offices?|bureaux?|büros?|oficinas?|escritórios?|team|clinics?|hospital|studio|warehouse|tienda|store|facility|headquarter(?:ed|s)|based|located|situé(?:e)?s?|ubicad[ao]s?|localizad[ao]s?|travailler|trabajar|arbeiten|jobs?|stellen)(?![\p{L}])[^.!?]{0,30}?(?<![\p{L}])(in|at|à|en|em|sur|a|im)\s+(?=\p{Lu})/giu;
/** Capitalised place names joined by commas and "et"/"and"/"y": "Ottawa, à Montréal, à Toronto et à Kitchener". Case-sensitive. */
const PLACE_LIST = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s*(?:,|\set|\sand|\sund|\sy|\se)\s*(?:(?:à|a|in|en)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}){0,6}/u;

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

/** "in Pittsburgh, PA", "Toronto, ON": a city with a US state or Canadian province code, anywhere in prose. */
const CITY_STATE = /(?<![\p{L}])(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}),\s([A-Z]{2})(?![\p{L}])/gu;

function cityWithState(ctx: Context): Found<Location[]> | null {
  for (const l of proseLines(ctx)) {
    if (l.line !== null && ['qualifications', 'preferred', 'skills'].includes(ctx.kinds.get(l.line) ?? '')) continue;
    for (const m of matchesOf(CITY_STATE, l.text)) {
      const region = regionOf(m[2] ?? '');
      const city = region ? cityOf(m[1] ?? '', [region.country]) : null;
      if (region && city && city.country === region.country) {
        return { value: [{ raw: m[0], city: m[1] ?? city.city, region: region.code, country: region.country }], line: l.line, from: l.from };
      }
    }
  }
  return null;
}

function fromProse(ctx: Context, prefer: readonly string[]): Found<Location[]> | null {
  const stated = cityWithState(ctx);
  if (stated) return stated;
  for (const l of proseLines(ctx)) {
    for (const m of matchesOf(OFFICE_CONTEXT, l.text)) {
      const list = PLACE_LIST.exec(l.text.slice(m.index + m[0].length))?.[0] ?? '';
      const names = list.split(/\s*(?:,|\set\s|\sand\s|\sund\s|\sy\s|\se\s)\s*(?:(?:à|a|in|en)\s+)?/u).map((n) => n.trim()).filter(Boolean);
      const places = names.map((n) => cityOf(n, prefer)).filter((c): c is NonNullable<typeof c> => !!c);
      if (places.length) {
        return { value: places.map((c) => ({ raw: c.city, city: c.city, region: null, country: c.country })), line: l.line, from: l.from };
      }
    }
  }
  return null;
}

function dedupe(list: Location[]): Location[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const key = `${foldPlace(l.city ?? '')}|${l.country ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function extractLocations(ctx: Context): Found<Locations> | null {
  const prefer = countriesNamed(ctx.doc.text.slice(0, 4_000));
  const fm = fmValue(ctx, LOCATION_KEYS);
  const values: Array<{ text: string; line: number | null; from: Found<unknown>['from'] }> = [];
  if (fm) {
    const list = Array.isArray(fm.value) ? fm.value : [fm.value];
    for (const v of list) {
      if (typeof v === 'string') values.push({ text: v, line: fm.line, from: 'front-matter' });
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const text = [o.city, o.region ?? o.state, o.country].filter((x) => typeof x === 'string').join(', ');
        if (text) values.push({ text, line: fm.line, from: 'front-matter' });
      }
    }
  }
  if (!values.length) {
    const label = labelValue(ctx, LOCATION_LABEL);
    if (label) values.push({ text: label.value, line: label.line, from: 'body' });
  }
  if (!values.length) {
    const header = jobBoardHeader(ctx);
    if (header?.location) values.push({ text: header.location.value, line: header.location.line, from: 'body' });
  }
  if (values.length) {
    const out: Locations = { locations: [], applicantLocations: [], workplace: null };
    for (const v of values) {
      const r = fromValue(v.text, prefer);
      out.locations.push(...r.locations);
      out.applicantLocations.push(...r.applicantLocations);
      out.workplace ??= r.workplace;
    }
    out.locations = dedupe(out.locations);
    const first = values[0];
    return { value: out, line: first?.line ?? null, from: first?.from ?? 'body' };
  }
  const prose = fromProse(ctx, prefer);
  if (prose) return { value: { locations: dedupe(prose.value), applicantLocations: [], workplace: null }, line: prose.line, from: prose.from };
  return null;
}
