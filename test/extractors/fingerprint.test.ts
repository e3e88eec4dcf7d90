/** Fingerprints for reposts: SimHash over the text a reader sees, and a key of title, company and place. */
import { describe, expect, it } from 'vitest';
import { dedupeKey } from '../../src/extractors/fingerprint.js';
import { bands, hamming, NEAR_DUPLICATE_BITS, simhash } from '../../src/patterns/simhash.js';
import { recordOf } from '../helpers.js';

const POSTING = [
  'Night Warehouse Lead',
  '',
  'Saltmarsh Freight is hiring a night lead for its cross-dock in Leeds.',
  '',
  'Responsibilities',
  '- Plan the night shift and brief the team',
  '- Check inbound trailers against manifests',
  '- Keep the dock safe and the aisles clear',
  '',
  'Requirements',
  '- Two years leading a warehouse shift',
  '- A forklift licence',
  '',
  'Pay: £32,000 a year plus a night allowance',
].join('\n');

describe('simhash', () => {
  it('is the same for the same words, whatever the white space and case', () => {
    expect(simhash('Plan the  night\tshift')).toBe(simhash('plan THE night\nshift'));
    expect(simhash('')).toBe('0000000000000000');
    expect(simhash(POSTING)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('moves a few bits for a small edit, and about half of them for another text', () => {
    const edited = POSTING.replace('Keep the dock safe', 'Keep the yard safe');
    expect(hamming(simhash(POSTING), simhash(edited))).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    const other = 'Pastry chef wanted for a seaside hotel kitchen. You bake bread, croissants and cakes for breakfast and afternoon tea, and order flour and butter. Two years in a pastry section.';
    expect(hamming(simhash(POSTING), simhash(other))).toBeGreaterThan(16);
  });

  it('counts differing bits, and two fingerprints within the near-duplicate distance share a band', () => {
    expect(hamming('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hamming('0000000000000001', '8000000000000000')).toBe(2);
    const a = simhash(POSTING);
    // Flip the most bits reposts may differ in, at positions from a fixed-seed generator: a band is always shared.
    const flip = (h: string, bit: number) => {
      const nibble = bit >> 2;
      return h.slice(0, nibble) + (Number.parseInt(h[nibble] as string, 16) ^ (8 >> (bit & 3))).toString(16) + h.slice(nibble + 1);
    };
    let seed = 20261130;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 64;
    for (let round = 0; round < 500; round++) {
      const bits = new Set<number>();
      while (bits.size < NEAR_DUPLICATE_BITS) bits.add(next());
      const b = [...bits].reduce(flip, a);
      expect(hamming(a, b)).toBe(NEAR_DUPLICATE_BITS);
      expect(bands(a).some((x) => bands(b).includes(x))).toBe(true);
    }
    // Every bit of a fingerprint falls in exactly one band: a single flip changes one band.
    for (let bit = 0; bit < 64; bit++) expect(bands(a).filter((x, i) => x !== bands(flip(a, bit))[i])).toHaveLength(1);
  });
});

describe('the record\'s fingerprint', () => {
  it('is the same for a repost with a board\'s chrome, other line ends, or as an HTML page', () => {
    const plain = recordOf(POSTING, 'a.txt').fingerprint;
    const chrome = recordOf(`Sign in\nJoin now\n\n${POSTING}\n\nShow more\nReport this job\n`, 'b.txt').fingerprint;
    const crlf = recordOf(POSTING.replace(/\n/g, '\r\n'), 'c.txt').fingerprint;
    const html = recordOf(`<html><body><nav><a>Jobs</a><a>Sign in</a></nav><main>${POSTING.split('\n').map((l) => `<p>${l}</p>`).join('')}</main><footer>© Board</footer></body></html>`, 'd.html').fingerprint;
    expect(plain?.dedupeKey).toBe('night warehouse lead|saltmarsh freight|leeds');
    for (const fp of [chrome, crlf, html]) {
      expect(fp?.dedupeKey).toBe(plain?.dedupeKey);
      expect(hamming(fp?.simhash ?? '', plain?.simhash ?? '')).toBeLessThanOrEqual(NEAR_DUPLICATE_BITS);
    }
  });

  it('keys title, company and first place, folded; none without a title', () => {
    expect(dedupeKey('Senior  Engineer (Go)', 'Acme, Inc.', [{ raw: 'Zürich', city: 'Zürich', region: null, country: 'CH' }])).toBe('senior engineer go|acme inc|zurich');
    expect(dedupeKey(null, 'Acme', [])).toBeNull();
  });
});
