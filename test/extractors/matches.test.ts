import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/patterns/matches.js';
import { FC_SEED } from '../helpers.js';

const texts = fc.array(fc.constantFrom('a', 'b', ' ', '1', '😀', 'é', ','), { maxLength: 30 }).map((xs) => xs.join(''));
const patterns = [/a+/g, /\d*/g, /(?<=\s)b/gu, /x?/gu, /[^,]*/g];

describe('matchesOf', () => {
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...patterns), (text, re) => {
        const want = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
        expect([...matchesOf(re, text)].map((m) => [m.index, m[0]])).toEqual(want);
      }),
      { numRuns: 500, seed: FC_SEED },
    );
  });

  it('starts again from the beginning after a loop that stopped early', () => {
    const re = /\d+/g;
    for (const m of matchesOf(re, 'a 12 b 34')) if (m[0] === '12') break;
    expect([...matchesOf(re, '5 and 6')].map((m) => m[0])).toEqual(['5', '6']);
  });

  it('refuses a pattern without the global flag, as matchAll does', () => {
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(TypeError);
  });
});
