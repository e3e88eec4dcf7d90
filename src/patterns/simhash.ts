/**
 * SimHash (Charikar): a 64-bit fingerprint of a text whose Hamming distance to another's grows
 * with how much the texts differ. Reposts of one posting (another board's chrome, other white
 * space, another encoding of the same letters) land within a few bits of each other; different
 * postings land about 32 bits apart.
 *
 * Features are shingles of two words of the folded text (measured on the dev corpus: an edit of
 * one word in fifty moves at most 9 bits, two different postings differ in at least 17; single
 * words put different postings as close as 6, three-word shingles move an edit up to 15); each
 * is hashed to 64 bits (two 32-bit FNV-1a hashes with different seeds), and each bit of the
 * fingerprint is the sign of the sum of that bit over all shingles.
 */

/** Words per shingle. */
const SHINGLE = 2;
const BITS = 64;

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final mix, so that texts differing in their last letter differ in many bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** The words of a text, folded: lower case, letters and digits only. */
function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The 64-bit SimHash of a text, as 16 hex digits; sixteen zeros for a text without words. */
export function simhash(text: string): string {
  const ws = words(text);
  const sums = new Int32Array(BITS);
  const count = Math.max(1, ws.length - SHINGLE + 1);
  for (let i = 0; i < count && ws.length; i++) {
    const shingle = ws.slice(i, i + SHINGLE).join(' ');
    const halves = [fnv1a(shingle, 0x811c9dc5), fnv1a(shingle, 0x050c5d1f)];
    for (let b = 0; b < BITS; b++) {
      const bit = ((halves[b >> 5] as number) >>> (b & 31)) & 1;
      sums[b] = (sums[b] as number) + (bit ? 1 : -1);
    }
  }
  if (!ws.length) return '0'.repeat(16);
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) if ((sums[b] as number) > 0) lo |= 1 << b;
  for (let b = 32; b < BITS; b++) if ((sums[b] as number) > 0) hi |= 1 << (b - 32);
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/** A fingerprint as its two 32-bit halves, high first, for fast comparison. */
export function halves(fingerprint: string): [number, number] {
  return [Number.parseInt(fingerprint.slice(0, 8), 16) >>> 0, Number.parseInt(fingerprint.slice(8, 16), 16) >>> 0];
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The number of bits in which two fingerprints (as hex, or as halves) differ. */
export function hamming(a: string | readonly [number, number], b: string | readonly [number, number]): number {
  const [ah, al] = typeof a === 'string' ? halves(a) : a;
  const [bh, bl] = typeof b === 'string' ? halves(b) : b;
  return popcount(ah ^ bh) + popcount(al ^ bl);
}

/** The most bits two reposts of one posting may differ in (a word in fifty edited, or a line of chrome left in). */
export const NEAR_DUPLICATE_BITS = 6;

/** Bit widths of the bands a fingerprint is cut into: one more band than the bits two reposts may differ in. */
const BAND_WIDTHS = [10, 9, 9, 9, 9, 9, 9];

/**
 * The fingerprint's bands: two fingerprints within `NEAR_DUPLICATE_BITS` share at least one (the
 * differing bits cannot fall in all seven), so reposts are found by looking up the bands.
 */
export function bands(fingerprint: string): string[] {
  const [hi, lo] = halves(fingerprint);
  const bit = (i: number) => (i < 32 ? (hi >>> (31 - i)) & 1 : (lo >>> (63 - i)) & 1);
  const out: string[] = [];
  let at = 0;
  BAND_WIDTHS.forEach((width, k) => {
    let v = 0;
    for (let i = at; i < at + width; i++) v = v * 2 + bit(i);
    out.push(`${k}:${v}`);
    at += width;
  });
  return out;
}
