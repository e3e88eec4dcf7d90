/**
 * One document through the pipeline: decode → parse → extract → validate. Never throws for a
 * bad document: a failure comes back as an error with a code, and a record that would fail the
 * schema is reported as an internal error, never returned half-valid.
 */
import { createHash } from 'node:crypto';
import { diagnostic, FileError, type Code, type Diagnostic } from '../diagnostics/index.js';
import { extractFields, type ExtractedFields } from '../extractors/index.js';
import { dedupeKey } from '../extractors/fingerprint.js';
import { fromValue } from '../extractors/location.js';
import { parseDate, postedFields } from '../patterns/dates.js';
import { lineStarts } from '../patterns/matches.js';
import { readingDocument } from '../lexicons/index.js';
import { parseDocument, toFileLine } from '../parsers/index.js';
import { JobPostingSchema, type JobPosting, type SectionEntry } from '../schema/record.js';
import { decode, type Decoded } from './decode.js';

export interface NormalizeOptions {
  /** The document's path as the user gave it; used in the record and to choose the format. */
  path?: string;
  /** The posting probability from which `isJobPosting` is true (default 0.5). */
  minProbability?: number;
  /**
   * Fields a pipeline already has (an NDJSON input line's keys besides `path` and `text`):
   * `title`, `company`, `location`, `url` and `datePosted` are taken as given (provenance
   * `input`); every key comes back untouched under the record's `input`.
   */
  given?: Record<string, unknown>;
}

export interface NormalizeResult {
  /** The record, or null when the document could not be read. */
  record: JobPosting | null;
  diagnostics: Diagnostic[];
  error: { code: Code; message: string } | null;
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Control characters (but tab and newline), which YAML escapes and HTML references can put into any string. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** A surrogate without its pair: valid in a JavaScript string, not in JSON text that jq or a database reads. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff]/;

/** Whether any string (or key) of a value has a control character or a surrogate (paired or not): most records have none, and are not copied. */
function needsCleaning(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return UNSAFE.test(value);
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => needsCleaning(v, depth + 1));
  return Object.entries(value as Record<string, unknown>).some(([k, v]) => UNSAFE.test(k) || needsCleaning(v, depth + 1));
}

/**
 * Every string of the record made safe to write and read back: control characters dropped and
 * lone surrogates replaced by U+FFFD, whatever the source (body, front matter, JSON-LD).
 */
function cleanStrings<T>(value: T, depth: number): T {
  if (typeof value === 'string') return value.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd') as T;
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => cleanStrings(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  // Defined, not assigned, so that no key (even one named __proto__) reaches a prototype.
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) Object.defineProperty(out, cleanStrings(k, depth + 1), { value: cleanStrings(v, depth + 1), enumerable: true, writable: true, configurable: true });
  return out as T;
}

/** Points every line of the extracted fields back at the file's own lines (see boundText). */
function toSourceLines(fields: ReturnType<typeof extractFields>['fields'], diagnostics: Diagnostic[], map: number[]): void {
  const at = toFileLine(map);
  const entries = (list: SectionEntry[]): void => {
    for (const e of list) {
      e.line = at(e.line);
      entries(e.items);
    }
  };
  for (const p of Object.values(fields.provenance)) if (p.line !== null) p.line = at(p.line);
  for (const s of fields.sections) {
    s.line = at(s.line);
    entries(s.entries);
  }
  for (const d of diagnostics) if (d.line !== null) d.line = at(d.line);
}

/** How much of a value is looked for on its line to find its column. */
const COLUMN_NEEDLE = 24;

/** The text of a field's value as the document may write it, to find where it starts on its line. */
function writtenValue(fields: ExtractedFields, field: string): string | null {
  const value = (fields as unknown as Record<string, unknown>)[field];
  if (typeof value === 'string') return value;
  if (field === 'salary') return fields.salary?.raw ?? null;
  if (field === 'locations') return fields.locations[0]?.raw ?? null;
  if (field === 'qualifications') return fields.qualifications.required[0] ?? fields.qualifications.preferred[0] ?? null;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

/**
 * Gives each field's provenance the column where its value starts, as linters point at it: where
 * the value is written on its line, else the line's first character that is not white space.
 */
function addColumns(fields: ExtractedFields, text: string): void {
  const starts = lineStarts(text);
  for (const [field, p] of Object.entries(fields.provenance)) {
    if (p.line === null || p.from === 'input' || p.from === 'path' || p.line > starts.length) continue;
    const begin = starts[p.line - 1] as number;
    const end = p.line < starts.length ? (starts[p.line] as number) - 1 : text.length;
    const line = text.slice(begin, Math.min(end, begin + 10_000));
    const needle = writtenValue(fields, field)?.trim().slice(0, COLUMN_NEEDLE);
    // Case aside, where lower-casing keeps every position ("İ" does not).
    const lower = line.toLowerCase();
    const at = !needle ? -1 : lower.length === line.length ? lower.indexOf(needle.toLowerCase()) : line.indexOf(needle);
    const first = line.search(/\S/);
    // Each field its own entry: two fields may share one (a town read from the employer's name).
    if (at >= 0 || first >= 0) fields.provenance[field] = { ...p, column: (at >= 0 ? at : first) + 1 };
  }
}

/** A posting's id: a hash of its text with spaces evened out, so the same posting has one id wherever it is. */
export function postingId(text: string): string {
  return `jp_${sha256(text.trim().replace(/\s+/g, ' ')).slice(0, 16)}`;
}

/** Turns decoded text into a validated record. */
function build(decoded: Decoded, bytes: Uint8Array, path: string, minProbability?: number, given?: Record<string, unknown>): NormalizeResult {
  const { document, diagnostics: parseDiagnostics, vocabulary, sourceLines } = parseDocument(decoded.text, path);
  const { fields, diagnostics: extractDiagnostics } = extractFields(document, vocabulary, false, minProbability);
  if (given) takeGiven(fields, given);
  if (sourceLines) toSourceLines(fields, extractDiagnostics, sourceLines);
  addColumns(fields, decoded.text);
  const diagnostics = [...decoded.diagnostics, ...parseDiagnostics, ...extractDiagnostics];
  if (!decoded.text.trim()) diagnostics.push(diagnostic('document/empty', 'the document has no text'));
  if (!fields.isJobPosting) {
    diagnostics.push(diagnostic('not-a-posting', `not a job posting: ${fields.classification.reasons.filter((r) => r.startsWith('-')).map((r) => r.replace(/^-[\d.]+ /, '')).join('; ') || 'too few signs of a posting'}`));
  }
  const candidate: JobPosting = {
    schemaVersion: 1,
    id: postingId(decoded.text),
    source: {
      path: path.replace(/\\/g, '/'),
      format: document.format,
      frontMatter: document.frontMatter,
      encoding: decoded.encoding,
      repairs: decoded.repairs,
      bytes: bytes.length,
      sha256: sha256(bytes),
    },
    ...fields,
    diagnostics,
  };
  const checked = JobPostingSchema.safeParse(needsCleaning(candidate, 0) ? cleanStrings(candidate, 0) : candidate);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const message = `record failed the schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
    return { record: null, diagnostics, error: { code: 'internal/invalid-record', message } };
  }
  return { record: checked.data, diagnostics, error: null };
}

/** A given value as a field's text: a non-empty string, trimmed; anything else is not taken. */
function givenText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * Takes the fields a pipeline gave with the text: they replace what was read (provenance
 * `input`), the fingerprint's key follows them, and every given key is echoed under `input`.
 * A value of the wrong shape (a URL that is not one, a date that is not ISO) is not taken.
 */
function takeGiven(fields: ExtractedFields, given: Record<string, unknown>): void {
  const from = { line: null, from: 'input' as const };
  const title = givenText(given.title);
  const company = givenText(given.company);
  const location = givenText(given.location);
  const url = givenText(given.url);
  const date = givenText(given.datePosted);
  if (title) Object.assign(fields, { title }, { provenance: { ...fields.provenance, title: from } });
  if (company) Object.assign(fields, { company }, { provenance: { ...fields.provenance, company: from } });
  if (location) {
    const read = fromValue(location, []);
    fields.locations = read.locations.length ? read.locations : [{ raw: location, city: null, region: null, country: null }];
    if (read.applicantLocations.length) fields.applicantLocations = read.applicantLocations;
    fields.provenance = { ...fields.provenance, locations: from };
  }
  if (url && URL.canParse(url) && /^https?:/i.test(url)) fields.url = url;
  if (url && fields.url === url) fields.provenance = { ...fields.provenance, url: from };
  // A date is taken only when it is an ISO date (or date-time) that exists, written as such and nothing else.
  if (date && parseDate(date) === date) {
    Object.assign(fields, postedFields(date));
    fields.provenance = { ...fields.provenance, datePosted: from };
  }
  if (fields.fingerprint) fields.fingerprint = { ...fields.fingerprint, dedupeKey: dedupeKey(fields.title, fields.company, fields.locations) };
  fields.input = given;
}

function failure(err: unknown, diagnostics: Diagnostic[] = []): NormalizeResult {
  if (err instanceof FileError) return { record: null, diagnostics, error: { code: err.code, message: err.message } };
  const message = err instanceof Error ? err.message : String(err);
  return { record: null, diagnostics, error: { code: 'internal/error', message } };
}

/** Normalises a file's bytes. */
export function normalizeBytes(bytes: Uint8Array, options: NormalizeOptions = {}): NormalizeResult {
  return normalizeKeepingText(bytes, options).result;
}

/** Normalises a file's bytes, and gives the text they decode to (null when they do not), for what reads the text itself (suppression comments). */
export function normalizeKeepingText(bytes: Uint8Array, options: NormalizeOptions = {}): { result: NormalizeResult; text: string | null } {
  let text: string | null = null;
  try {
    const decoded = decode(bytes);
    text = decoded.text;
    return { result: readingDocument(() => build(decoded, bytes, options.path ?? '', options.minProbability, options.given)), text };
  } catch (err) {
    return { result: failure(err), text };
  }
}

/** Normalises text that is already a string (e.g. from an API); the record and its diagnostics. */
export function normalize(text: string, options: NormalizeOptions = {}): NormalizeResult {
  return normalizeBytes(new TextEncoder().encode(text), options);
}
