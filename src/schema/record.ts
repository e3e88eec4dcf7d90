/**
 * The canonical JobPosting record (schemaVersion 1) as a zod schema.
 *
 * This file is the single source of truth for the public contract described in
 * docs/record-contract.md; the TypeScript types are inferred from it and never
 * written twice. Absent facts are `null` (scalars) or `[]` (lists), never missing keys.
 */
import { z } from 'zod';

/** A 1-based source line, or null when the fact has no single line (e.g. it was inferred). */
const Line = z.number().int().positive().nullable();

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: z.string().min(1),
  message: z.string(),
  /** 1-based line in the source file, or null when it concerns the whole file. */
  line: Line,
  column: z.number().int().positive().nullable().optional(),
});

/** What was repaired while decoding: double-encoded UTF-8, or invisible control characters removed. */
export const RepairSchema = z.enum(['mojibake', 'control-characters']);

export const SourceSchema = z.object({
  path: z.string(),
  format: z.enum(['markdown', 'text', 'html']),
  frontMatter: z.record(z.string(), z.unknown()).nullable(),
  encoding: z.string(),
  repairs: z.array(RepairSchema),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const LocationSchema = z.object({
  raw: z.string(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().length(2).nullable(),
});

export const SalaryPeriodSchema = z.enum(['hour', 'day', 'week', 'month', 'year']);

export const SalarySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z.string().length(3).nullable(),
  period: SalaryPeriodSchema.nullable(),
  raw: z.string(),
  /** The yearly figure in the same currency, when the period is known. */
  annualized: z
    .object({ min: z.number().nullable(), max: z.number().nullable(), multiplier: z.number().positive() })
    .nullable(),
  /** The hours a week the posting states ("20 hours per week"): hourly pay is annualised over them, not 2,080 hours. */
  hoursPerWeek: z.number().positive().max(80).optional(),
  /** True for a floor without a ceiling ("$105k+", "from €40,000"); absent otherwise. */
  openEnded: z.literal(true).optional(),
  /** True when the figure is a full-time one, paid in proportion to the hours ("£24,100 pro rata", "FTE", "anteilig"); absent otherwise. */
  proRata: z.literal(true).optional(),
});

export const ExperienceSchema = z.object({
  minYears: z.number().nonnegative().nullable(),
  maxYears: z.number().nonnegative().nullable(),
  raw: z.string(),
});

export const EducationLevelSchema = z.enum(['high-school', 'associate', 'bachelor', 'master', 'doctorate']);

export const EducationSchema = z.object({
  level: EducationLevelSchema.nullable(),
  fields: z.array(z.string()),
  equivalentExperience: z.boolean(),
  raw: z.string(),
});

export const SectionKindSchema = z.enum([
  'overview',
  'company',
  'responsibilities',
  'qualifications',
  'preferred',
  'skills',
  'benefits',
  'compensation',
  'application',
  'details',
  'other',
]);

/** A list entry with its 1-based line and its nested entries. */
export interface SectionEntry {
  text: string;
  line: number;
  items: SectionEntry[];
}
export const SectionEntrySchema: z.ZodType<SectionEntry> = z.lazy(() =>
  z.object({ text: z.string(), line: z.number().int().positive(), items: z.array(SectionEntrySchema) }),
);

export const SectionSchema = z.object({
  heading: z.string().nullable(),
  kind: SectionKindSchema,
  level: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  /** The whole section body as text: paragraphs and list items, nested items indented. */
  text: z.string(),
  /** Top-level list items, without their bullets. */
  items: z.array(z.string()),
  /** The same items as a tree with lines, nested items kept. */
  entries: z.array(SectionEntrySchema),
});

export const ProvenanceSchema = z.record(
  z.string(),
  z.object({
    line: Line,
    /** 1-based column (UTF-16 code units) where the value starts on its line, when the line holds it as written. */
    column: z.number().int().positive().optional(),
    from: z.enum(['front-matter', 'body', 'path', 'jsonld', 'meta', 'input']),
  }),
);

/**
 * What a document is: a posting, or the kind of other document its strongest signal against a
 * posting points to (`unclear` when nothing points anywhere: too few signs of a posting).
 */
export const DocumentKindSchema = z.enum(['posting', 'article', 'template', 'guide', 'cv', 'cover-letter', 'letter', 'error-page', 'careers-page', 'data', 'unclear']);

export const ClassificationSchema = z.object({
  /** P(the document is a posting), 0–1: the same meaning whatever the verdict. `isJobPosting` is this ≥ 0.5. */
  postingProbability: z.number().min(0).max(1),
  score: z.number(),
  reasons: z.array(z.string()),
  /** What the document is taken to be; `posting` exactly when `isJobPosting`. */
  kind: DocumentKindSchema.optional(),
});

export const JobPostingSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^jp_[0-9a-f]{16}$/),
  source: SourceSchema,
  isJobPosting: z.boolean(),
  /** Deprecated: how sure the verdict is, whichever way it goes. Use `classification.postingProbability`. */
  confidence: z.number().min(0).max(1),
  classification: ClassificationSchema,
  /** BCP 47 language subtag of the posting (`de`, `zh`), or null when too short to tell. */
  language: z.string().nullable(),
  title: z.string().min(1).nullable(),
  company: z.string().min(1).nullable(),
  department: z.string().nullable(),
  locations: z.array(LocationSchema),
  applicantLocations: z.array(z.string()),
  workplaceType: z.enum(['onsite', 'hybrid', 'remote']).nullable(),
  employmentType: z.enum(['full-time', 'part-time', 'contract', 'temporary', 'internship']).nullable(),
  datePosted: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  /** How much of the date posted was written: `day` and `time` cast to a date safely, `year` and `month` do not. */
  datePostedPrecision: z.enum(['year', 'month', 'day', 'time']).nullable().optional(),
  /** The date posted with its time and zone, as written, when a time was written (`2018-05-17T11:10:00+01:00`). */
  datePostedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/).nullable().optional(),
  validThrough: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  url: z.string().url().nullable(),
  salary: SalarySchema.nullable(),
  experience: ExperienceSchema.nullable(),
  education: EducationSchema.nullable(),
  reportsTo: z.string().nullable(),
  summary: z.string().nullable(),
  responsibilities: z.array(z.string()),
  qualifications: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
  skills: z.array(z.string()),
  benefits: z.array(z.string()),
  applicationProcess: z.array(z.string()),
  sections: z.array(SectionSchema),
  provenance: ProvenanceSchema,
  diagnostics: z.array(DiagnosticSchema),
  /**
   * For finding reposts: the 64-bit SimHash (16 hex digits) of the text a reader sees, within a
   * few bits for copies of one posting, and `title|company|place` normalised (null without a title).
   */
  fingerprint: z.object({ simhash: z.string().regex(/^[0-9a-f]{16}$/), dedupeKey: z.string().nullable() }).optional(),
  /** With `ingest --dedupe`: the paths of the reposts folded into this record. */
  duplicates: z.array(z.string()).optional(),
  /** With `--input-format ndjson`: the input line's keys besides `path` and `text`, untouched, for joins. */
  input: z.record(z.string(), z.unknown()).optional(),
});

export type JobPosting = z.infer<typeof JobPostingSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Repair = z.infer<typeof RepairSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Salary = z.infer<typeof SalarySchema>;
export type SalaryPeriod = z.infer<typeof SalaryPeriodSchema>;
export type Experience = z.infer<typeof ExperienceSchema>;
export type Education = z.infer<typeof EducationSchema>;
export type EducationLevel = z.infer<typeof EducationLevelSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
export type SectionKind = z.infer<typeof SectionKindSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type WorkplaceType = JobPosting['workplaceType'];
export type EmploymentType = JobPosting['employmentType'];
