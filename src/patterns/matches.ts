/**
 * Every match of a global pattern in a text, in order, like `text.matchAll(re)` but without the
 * copy of the pattern that matchAll makes on every call (the extractors call it once a line).
 * It starts from the beginning each time, so a loop that stops early leaves nothing behind;
 * a pattern must not be walked by two loops at once.
 */
/** Emoji (with their joiners and variation selectors) opening a line: "🔥 Python Developer", "📍 Location: …". */
export const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\u200d\ufe0f\u20e3]+\s*)+/u;

/** Where each line of a text starts (offsets, the first 0), to find a line or a line's text by its number. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A text as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of lexicon words, longest first; `stem*` matches any word that starts with the stem. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)))
    .join('|');
}

export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // An empty match would match again at the same place: step past it, as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    yield m;
  }
}
