/**
 * Title: front matter, a title label (`Position:`, `Job Title:`, `POSITION_NAME:`), a job-board
 * header, a "Role Title" heading's first line, the first heading that names a role (split
 * "Title - Company - Place - Year"), a short line that names a role, or a sentence
 * ("we are looking for an experienced Marketing Operations Manager to …").
 */
import { paragraphText } from '../parsers/document.js';
import { classifyHeading } from '../patterns/headings.js';
import { endsWithRoleWord, hasRoleWord } from '../patterns/roles.js';
import { fmText, labelValue, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';
import { parsePlace } from './location.js';
import { proseLines } from './prose.js';

/** Front-matter titles that name a page, not a role. */
const GENERIC_TITLE = /^(jobs?|careers?|karriere|stellen(angebote)?|offres?( d['’]emploi)?|emplois?|vacanc(y|ies)|openings?|open positions|join us|join our team|work with us|hiring|we['’]?re hiring|home|index|empleos?|vagas?|trabaja con nosotros)$/i;
const TITLE_KEYS = ['title', 'jobtitle', 'job', 'position', 'positiontitle', 'role', 'roles', 'vacancy', 'poste', 'stelle', 'puesto', 'cargo'];
/** Labels of a title line. */
export const TITLE_LABEL = /^(position|position[ _]title|position[ _]name|job[ _]title|job|title|role|role[ _]title|vacancy|classified title|official title|puesto|cargo|poste|intitulé( du poste)?|stelle|stellenbezeichnung|ищем|вакансия|должность)$/i;

/** Words before a role in a sentence that are not part of the title. */
const NOT_TITLE_WORDS = /^(an?|the|our|new|next|experienced|talented|smart|passionate|motivated|highly|skilled|great|brilliant|enthusiastic|driven|dedicated|self-motivated|strong|dynamic|creative|curious|ambitious|exceptional|outstanding|and|contract|freelance|permanent|full[- ]time|part[- ]time|remote|un|une|una|uno|um|uma|einen|eine|ein|e|y|et|und|&)\s+/i;

/**
 * A sentence that names the role it hires for; the role runs until a word like "to", "who", "with".
 * Example: "We are seeking a Clinical Research Coordinator who will …" → "Clinical Research Coordinator".
 */
const HIRING_SENTENCE = /(?:\bwe(?:['’]re| are)(?: currently| always| now| actively)? (?:looking for|seeking|hiring|recruiting)|\bis (?:looking for|seeking|hiring)|\bwe seek|\bjoin (?:us|our team|the team|[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,3}) as|\brecherch(?:e|ons)|\brecrute|\bbuscamos|\bse busca|\brequiere contratar|\bestamos buscando|\bprocuramos|\bwir suchen|\bsuchen wir|\bищем)\s+(.{3,90}?)(?=\s+(?:to|who|with|for|in|at|that|on|para|pour|qui|que|con|com|mit|zur|zum|der|die|das|в|для)\b|\s*[,.;:!(]|$)/iu;
/** A word every HIRING_SENTENCE holds: a cheap test that spares most lines the costly pattern. */
const HIRING_WORDS = /we(?:['’]re| are| seek)|is (?:looking|seeking|hiring)|join |recherch|recrute|busca|requiere contratar|procuramos|suchen|ищем/iu;

function cleanTitle(t: string): string {
  let s = t.replace(/\s+/g, ' ').replace(/[.;:,]+$/, '').trim();
  // A long parenthetical description after the role: "playable ads developer (ads for mobile games)".
  s = s.replace(/\s*\(([^)]*)\)$/, (whole, inner: string) => (inner.split(/\s+/).length >= 3 ? '' : whole)).trim();
  return s;
}

function stripLeading(t: string): string {
  let s = t.trim();
  for (let i = 0; i < 6; i++) {
    const next = s.replace(NOT_TITLE_WORDS, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Splits "Title - Company - Place - Year" and keeps the parts that are the title. */
export function splitTitleHeading(heading: string, company: string | null): string {
  // "Junior Copywriter at Maple & Finch": the company is not part of the title.
  if (company) {
    const at = heading.toLowerCase().lastIndexOf(` at ${company.toLowerCase()}`);
    if (at > 0 && at + company.length + 4 === heading.length) heading = heading.slice(0, at);
  }
  const parts = heading.split(/\s+[-–—|]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return heading.trim();
  const keep = parts.filter((p, i) => {
    if (i === 0) return true;
    if (/^(\d{4}|remote|hybrid|on-?site|full[- ]time|part[- ]time)$/i.test(p)) return false;
    if (company && p.toLowerCase() === company.toLowerCase()) return false;
    return !parsePlace(p);
  });
  return keep.join(' - ');
}

export function extractTitle(ctx: Context, company: string | null): Found<string> | null {
  const fm = fmText(ctx, TITLE_KEYS);
  if (fm && !GENERIC_TITLE.test(fm.value)) return { ...fm, value: cleanTitle(fm.value) };
  const label = labelValue(ctx, TITLE_LABEL, (f) => f.value.length <= 120);
  if (label) return { ...label, value: cleanTitle(label.value) };
  const header = jobBoardHeader(ctx);
  if (header?.title) return { value: cleanTitle(header.title.value), line: header.title.line, from: 'body' };
  for (const s of ctx.sections) {
    if (s.heading && TITLE_LABEL.test(s.heading.text.replace(/[:：]$/, '').trim())) {
      const p = s.blocks[0];
      if (p?.type === 'paragraph') return { value: cleanTitle(paragraphText(p)), line: p.line, from: 'body' };
    }
  }
  // A heading that ends in a role ("Associate AI Engineer") before one that only mentions one.
  for (const names of [endsWithRoleWord, hasRoleWord]) {
    for (const s of ctx.sections) {
      const h = s.heading;
      if (!h || (h.level > 3 && ctx.doc.format === 'markdown')) continue;
      if (classifyHeading(h.text) || h.text.split(/\s+/).length > 12) continue;
      const title = splitTitleHeading(h.text, company);
      if (names(title)) return { value: cleanTitle(title), line: h.line, from: 'body' };
    }
  }
  for (const l of proseLines(ctx)) {
    if (!HIRING_WORDS.test(l.text)) continue;
    const m = HIRING_SENTENCE.exec(l.text);
    if (!m?.[1]) continue;
    const role = cleanTitle(stripLeading(m[1]));
    if (role && hasRoleWord(role) && role.split(/\s+/).length <= 8) return { value: role, line: l.line, from: l.from };
  }
  for (const s of ctx.sections) {
    for (const b of s.blocks) {
      if (b.type !== 'paragraph' || b.lines.length !== 1) continue;
      const t = paragraphText(b);
      if (t.split(/\s+/).length <= 8 && !/[.!?]$/.test(t) && endsWithRoleWord(t)) return { value: cleanTitle(t), line: b.line, from: 'body' };
    }
  }
  return null;
}
