/**
 * Lines of prose to search for facts stated in sentences: the front matter's description or
 * summary first (career sites put "Nursing Jobs in Leipzig" there), then the body.
 */
import type { DocSection } from '../parsers/document.js';
import { asText, fmValue, type Context, type Found } from './context.js';

export const PROSE_KEYS = ['description', 'summary', 'excerpt', 'subtitle', 'intro', 'teaser'];

export interface ProseLine {
  text: string;
  line: number | null;
  from: Found<unknown>['from'];
  section: DocSection | null;
}

const cache = new WeakMap<Context, ProseLine[]>();

/** The prose lines of a document, computed once per context. */
export function proseLines(ctx: Context): ProseLine[] {
  let lines = cache.get(ctx);
  if (!lines) {
    lines = [];
    for (const key of PROSE_KEYS) {
      const hit = fmValue(ctx, [key]);
      const text = hit ? asText(hit.value) : null;
      if (hit && text) lines.push({ text, line: hit.line, from: 'front-matter', section: null });
    }
    for (const l of ctx.lines) lines.push({ text: l.text, line: l.line, from: 'body', section: l.section });
    cache.set(ctx, lines);
  }
  return lines;
}
