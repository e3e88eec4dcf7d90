/** Latin letters with a stroke or without a dot, which no decomposition takes apart: `ł` → `l`, `đ` → `d`. */
export const STROKED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', ı: 'i', İ: 'i' };
const STROKED_LETTER = new RegExp(`[${Object.keys(STROKED).join('')}]`, 'gu');

/** Folds a place name for comparison: lower case, no accents or strokes ("Đà Nẵng" = "Da Nang"), single spaces. */
export function foldPlace(s: string): string {
  return s.replace(STROKED_LETTER, (c) => STROKED[c] ?? c).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
