/**
 * jobnorm's library API: `normalize` one posting's text, `ingest` files and folders, and the
 * zod `JobPostingSchema` (with its inferred types) that every record satisfies.
 */
export { normalize, normalizeBytes, ingest, UsageError, STDIN_PATH, DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES } from './pipeline/index.js';
export type { NormalizeResult, NormalizeOptions, IngestOptions, IngestResult } from './pipeline/index.js';
export { JobPostingSchema, DiagnosticSchema, SectionSchema, SalarySchema, LocationSchema } from './schema/record.js';
export type { JobPosting, Diagnostic, Section, Salary, Location, Experience, Education, Source } from './schema/record.js';
export { CODES, type Code } from './diagnostics/codes.js';
export { parseDocument } from './parsers/index.js';
export type { Document } from './parsers/document.js';
