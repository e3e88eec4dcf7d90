/** The JSON Schema of the record, generated from the zod schema (never written by hand). */
import { z } from 'zod';
import { JobPostingSchema } from './record.js';

export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(JobPostingSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://jobnorm.dev/schema/job-posting-1.json', title: 'JobPosting (jobnorm record, schemaVersion 1)' };
}
