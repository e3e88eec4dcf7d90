/**
 * Words with a weak form used as often as the full one ("wij"/"we"): a language file writes a
 * phrase once, and it is read either way.
 */
import { describe, expect, it } from 'vitest';
import { defineLexicon } from '../../src/lexicons/types.js';
import { headingMatch } from '../../src/patterns/headings.js';
import { vocab } from '../helpers.js';

describe('weak forms', () => {
  it('adds each heading and lead-in written with a full form once more with the weak one', () => {
    const lex = defineLexicon({ lang: 'xx', franc: 'xxx', weakForms: { wij: 'we' }, headings: { benefits: ['wat bieden wij', 'voordelen'] }, leadIns: { benefits: ['wij bieden'] } });
    expect(lex.headings.benefits).toEqual(['wat bieden wij', 'voordelen', 'wat bieden we']);
    expect(lex.leadIns.benefits).toEqual(['wij bieden', 'we bieden']);
  });
  it('reads Dutch headings with "we" and "je" as with "wij" and "jij"', () => {
    const nl = vocab('nl');
    expect(['Wat vragen we?', 'Wat bieden we?', 'Wie ben je?'].map((h) => headingMatch(h, nl)?.kind)).toEqual(['qualifications', 'benefits', 'qualifications']);
  });
});
