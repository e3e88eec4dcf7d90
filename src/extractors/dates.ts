/**
 * Dates: when the posting was published (`datePosted`) and until when one may apply
 * (`validThrough`), from front matter (kept at the precision written), labels ("Posted: 2024",
 * "Closing date: …") and sentences ("submit your application by April 17, 2024").
 */
import { parseDate } from '../patterns/dates.js';
import { asText, fmValue, labelValue, type Context, type Found } from './context.js';

const POSTED_KEYS = ['dateposted', 'date', 'posted', 'postedat', 'postedon', 'created', 'createdat', 'published', 'publishdate', 'pubdate', 'publishedat'];
const VALID_KEYS = ['validthrough', 'validuntil', 'expirydate', 'expires', 'expiry', 'expiration', 'closingdate', 'closes', 'deadline', 'applyby', 'enddate'];
const POSTED_LABEL = /^(posted|date posted|posted on|published|publication date|date|veröffentlicht( am)?|publié le|date de publication|fecha( de publicación)?|publicado( em)?)$/i;
const VALID_LABEL = /^(closing date|closes|deadline|application deadline|apply by|valid through|valid until|expires|bewerbungsfrist|date limite|fecha límite|prazo)$/i;
/** A sentence giving the last day to apply. */
const APPLY_BY = /\b(apply by|applications? (close|closes|are due|must be received)|closing date|deadline|submit (your|an) application by|no later than|bewerbungsfrist|bis zum|date limite|avant le|fecha límite|hasta el)\b/i;

function fromFm(ctx: Context, keys: string[]): Found<string> | null {
  const hit = fmValue(ctx, keys);
  const text = hit ? asText(hit.value) : null;
  const date = text ? parseDate(text) : null;
  return hit && date ? { value: date, line: hit.line, from: 'front-matter' } : null;
}

function fromLabel(ctx: Context, label: RegExp): Found<string> | null {
  const hit = labelValue(ctx, label, (f) => parseDate(f.value) !== null);
  return hit ? { ...hit, value: parseDate(hit.value) as string } : null;
}

export function extractDatePosted(ctx: Context): Found<string> | null {
  return fromFm(ctx, POSTED_KEYS) ?? fromLabel(ctx, POSTED_LABEL);
}

export function extractValidThrough(ctx: Context): Found<string> | null {
  const direct = fromFm(ctx, VALID_KEYS) ?? fromLabel(ctx, VALID_LABEL);
  if (direct) return direct;
  for (const l of ctx.lines) {
    const m = APPLY_BY.exec(l.text);
    if (!m) continue;
    const date = parseDate(l.text.slice(m.index));
    if (date && date.length >= 7) return { value: date, line: l.line, from: 'body' };
  }
  return null;
}
