/** Folds a place name for comparison: lower case, no accents, single spaces. */
export function foldPlace(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
