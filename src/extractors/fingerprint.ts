/**
 * A record's fingerprint, for finding reposts: the SimHash of the text a reader sees (front
 * matter, page chrome and markup left out, so another board's copy lands within a few bits), and
 * a key of the normalised title, company and first place, for exact grouping in a database.
 */
import { fold } from '../lexicons/index.js';
import { simhash } from '../patterns/simhash.js';
import type { Location } from '../schema/record.js';
import type { Context } from './context.js';

export interface Fingerprint {
  simhash: string;
  dedupeKey: string | null;
}

/** A part of the key: folded, letters and digits, one space between words. */
function keyPart(text: string | null): string {
  return text ? fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '';
}

/** `title|company|place`, or null without a title (a key of a company and a place alone groups different jobs). */
export function dedupeKey(title: string | null, company: string | null, locations: readonly Location[]): string | null {
  const t = keyPart(title);
  if (!t) return null;
  const first = locations[0];
  const place = first ? keyPart(first.city ?? first.region ?? first.country) : '';
  return `${t}|${keyPart(company)}|${place}`;
}

export function fingerprintOf(ctx: Context, title: string | null, company: string | null, locations: readonly Location[]): Fingerprint {
  return { simhash: simhash(ctx.lines.map((l) => l.text).join('\n')), dedupeKey: dedupeKey(title, company, locations) };
}
