/** Front-matter keys: a key one slip away from a known one is named, with the key it meant. */
import { describe, expect, it } from 'vitest';
import { KNOWN_KEYS, nearestKey } from '../../src/extractors/keys.js';
import { recordOf } from '../helpers.js';

describe('front-matter keys', () => {
  it('knows the keys the extractors read, folded as keys are compared', () => {
    for (const k of ['title', 'company', 'location', 'salary', 'dateposted', 'employmenttype', 'applyurl']) expect(KNOWN_KEYS.has(k)).toBe(true);
  });
  it('suggests the known key a misspelt one is one slip from: a letter wrong, missing, added or two swapped', () => {
    expect(nearestKey('loaction')).toBe('location');
    expect(nearestKey('compnay')).toBe('company');
    expect(nearestKey('salray')).toBe('salary');
    expect(nearestKey('date_postd')).toBe('dateposted');
  });
  it('suggests nothing for a site\'s own key, a short key, or a key two letters shorter', () => {
    for (const k of ['header', 'share', 'hero_image', 'publish', 'toc']) expect(nearestKey(k)).toBeNull();
  });
  it('reports a misspelt key on its line, and nothing for keys read as labels in any language', () => {
    const r = recordOf('---\ntitle: Baker\nloaction: Graz\nArbeitsort: Wien\n---\n\n# Baker\n\nBake bread.\n');
    expect(r.diagnostics.filter((d) => d.code === 'front-matter/unknown-key').map((d) => [d.line, d.message])).toEqual([[3, 'unknown front-matter key "loaction": did you mean "location"?']]);
  });
});
