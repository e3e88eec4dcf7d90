/**
 * Property tests: random and adversarial text never throws out of the library, and every
 * result is a valid record or a clean error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JobPostingSchema, normalize } from '../src/index.js';
import { FC_SEED } from './helpers.js';

const SEED = FC_SEED;
fc.configureGlobal({ seed: SEED });

/** Pieces that stress the patterns: digits, separators, currency, ranges, bullets, markup. */
const PIECES = ['1', '0', ',', '.', "'", ' ', '$', '€', '-', '–', '+', ' years', ' of ', 'k', 'LPA', '\n', '\n- ', '\n  - ', '\n\t* ', '#', '**', ':', '---\n', '> ', '<li>', '</ul>', '[', '](', 'http://', '@', 'Remote', 'CA', ', ', 'Salary: ', 'Ã', 'â€', '\u200b', '\r'];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((xs) => xs.join(''));
const runs = fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 20_000 })).map(([p, n]) => p.repeat(n));

function check(text: string): void {
  const r = normalize(text, { path: 'p.md' });
  if (r.record) expect(JobPostingSchema.safeParse(r.record).success).toBe(true);
  else expect(r.error?.code).toMatch(/^[a-z-]+\/[a-z-]+$/);
}

describe(`normalize on random and adversarial text (fast-check seed ${SEED}; FC_SEED changes it)`, () => {
  it('returns a valid record or a clean error for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => check(s)), { numRuns: 150 });
  });
  it('returns a valid record or a clean error for stress pieces in any order', () => {
    fc.assert(fc.property(adversarial, (s) => check(s)), { numRuns: 300 });
  });
  it('copes with long runs of one piece (digits, commas, $, dashes, bullets, + years)', () => {
    fc.assert(fc.property(runs, (s) => check(s)), { numRuns: 60 });
  });
  it('copes with a megabyte-long line and deep nesting', () => {
    check(`# Engineer\n${'1,'.repeat(500_000)}`);
    check(Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}- x`).join('\n'));
  });
});

describe('the fast-check seed', () => {
  it('is fixed, so two draws give the same inputs', () => {
    const draw = () => fc.sample(adversarial, { numRuns: 5 });
    expect(draw()).toEqual(draw());
  });
});
