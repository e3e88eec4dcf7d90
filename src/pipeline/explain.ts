/**
 * Why a posting was read the way it was: for each field, every candidate its generators
 * proposed, with features, weights and score, and which one won; the section kinds; and the
 * classifier's reasons. The data behind `jobnorm explain`.
 */
import type { Decision } from '../extractors/candidates.js';
import { extractFields } from '../extractors/index.js';
import { parseDocument } from '../parsers/index.js';
import { decode } from './decode.js';

export interface Explanation {
  path: string;
  format: string;
  language: string | null;
  isJobPosting: boolean;
  postingProbability: number;
  reasons: string[];
  sections: Array<{ heading: string | null; kind: string; line: number; items: number }>;
  headers: Array<{ line: number; parts: string[] }>;
  fields: Array<{ label: string; value: string; line: number; shape: string }>;
  decisions: Array<Decision<unknown>>;
  record: Record<string, unknown>;
}

/** Explains how a document's bytes are read. */
export function explainBytes(bytes: Uint8Array, path = ''): Explanation {
  const decoded = decode(bytes);
  const { document, vocabulary } = parseDocument(decoded.text, path);
  const { fields, decisions } = extractFields(document, vocabulary, true);
  return {
    path,
    format: document.format,
    language: document.language,
    isJobPosting: fields.isJobPosting,
    postingProbability: fields.classification.postingProbability,
    reasons: fields.classification.reasons,
    sections: fields.sections.map((s) => ({ heading: s.heading, kind: s.kind, line: s.line, items: s.entries.length })),
    headers: document.headers.map((h) => ({ line: h.line, parts: h.parts })),
    fields: document.fields.map((f) => ({ label: f.label, value: f.value, line: f.line, shape: f.shape ?? 'line' })),
    decisions: [...(decisions?.values() ?? [])],
    record: fields as unknown as Record<string, unknown>,
  };
}
