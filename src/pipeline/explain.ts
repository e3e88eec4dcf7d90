/**
 * Why a posting was read the way it was: for each field, every candidate its generators
 * proposed, with features, weights and score, and which one won; the section kinds; and the
 * classifier's reasons. The data behind `jobnorm explain`.
 */
import type { Decision } from '../extractors/candidates.js';
import { extractFields } from '../extractors/index.js';
import { readingDocument } from '../lexicons/index.js';
import { parseDocument, toFileLine } from '../parsers/index.js';
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
  return readingDocument(() => explain(bytes, path));
}

function explain(bytes: Uint8Array, path: string): Explanation {
  const decoded = decode(bytes);
  const { document, vocabulary, sourceLines } = parseDocument(decoded.text, path);
  const { fields, decisions } = extractFields(document, vocabulary, true);
  const at = toFileLine(sourceLines);
  const atLine = <C extends { line: number | null }>(c: C): C => ({ ...c, line: c.line === null ? null : at(c.line) });
  const mapped = [...(decisions?.values() ?? [])].map((d) => {
    const ranked = d.ranked.map(atLine);
    return { ...d, ranked, winner: d.winner && (ranked[d.ranked.indexOf(d.winner)] ?? null) };
  });
  return {
    path,
    format: document.format,
    language: document.language,
    isJobPosting: fields.isJobPosting,
    postingProbability: fields.classification.postingProbability,
    reasons: fields.classification.reasons,
    sections: fields.sections.map((s) => ({ heading: s.heading, kind: s.kind, line: at(s.line), items: s.entries.length })),
    headers: document.headers.map((h) => ({ line: at(h.line), parts: h.parts })),
    fields: document.fields.map((f) => ({ label: f.label, value: f.value, line: at(f.line), shape: f.shape ?? 'line' })),
    decisions: mapped,
    record: fields as unknown as Record<string, unknown>,
  };
}
