/**
 * Candidates with evidence. Each field's generators propose every value they see — a front-matter
 * key, a label, a header part, a heading, a sentence — each with named features (where it came
 * from, where it stands, which words it has, whether other candidates agree). A scorer per field
 * weighs the features with that field's weight table (weights.ts: data, not branches) and the best
 * candidate over the field's threshold wins. `jobnorm explain` prints the whole decision.
 */
import type { Weights } from './weights.js';

/** Where a value came from, as the record's provenance says. */
export type Origin = 'front-matter' | 'body' | 'jsonld' | 'meta';

export interface Candidate<T> {
  value: T;
  /** 1-based line, or null when the value has no single line. */
  line: number | null;
  from: Origin;
  /** The generator that proposed it. */
  via: string;
  /** The text it was read from. */
  evidence: string;
  /** Named features, each a number (1 for present). */
  features: Record<string, number>;
}

export interface Scored<T> extends Candidate<T> {
  score: number;
  /** Each feature's part of the score (feature × weight). */
  parts: Record<string, number>;
}

export interface Decision<T> {
  field: string;
  threshold: number;
  /** Every candidate, best first. */
  ranked: Scored<T>[];
  winner: Scored<T> | null;
}

/** A candidate's key for agreement: values that fold to the same key agree. */
export type KeyOf<T> = (value: T) => string;

const keys = new Map<string, string>();
/** A text folded for comparing candidates (accents, case and punctuation ignored), remembered for the few thousand last texts. */
function foldKey(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (keys.size >= 4_096) keys.clear();
    if (s.length <= 400) keys.set(s, k);
  }
  return k;
}

/** The default key: the value as folded text. */
export function textKey(value: unknown): string {
  return foldKey(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * Scores candidates and picks the winner. A candidate gets `via:<generator>` (1) and `agree`
 * (how many candidates from other generators have the same key) on top of its own features.
 * Ties go to the earlier candidate, so generators list their candidates in document order.
 */
export function decide<T>(field: string, candidates: Candidate<T>[], weights: Weights, key: KeyOf<T> = textKey): Decision<T> {
  const keyOf = candidates.map((c) => key(c.value));
  // The generators behind each key, counted once each.
  const vias = new Map<string, Set<string>>();
  candidates.forEach((c, i) => {
    const k = keyOf[i] as string;
    const set = vias.get(k) ?? new Set<string>();
    set.add(c.via);
    vias.set(k, set);
  });
  const ranked = candidates.map((c, i): Scored<T> => {
    const group = vias.get(keyOf[i] as string);
    const others = group ? group.size - (group.has(c.via) ? 1 : 0) : 0;
    const features: Record<string, number> = { bias: 1, [`via:${c.via}`]: 1, ...c.features };
    if (others) features.agree = others;
    const parts: Record<string, number> = {};
    let score = 0;
    for (const [name, x] of Object.entries(features)) {
      const w = weights[name] ?? 0;
      if (!w || !x) continue;
      parts[name] = Math.round(w * x * 100) / 100;
      score += w * x;
    }
    return { ...c, features, parts, score: Math.round(score * 100) / 100 };
  });
  const order = ranked.map((r, i) => [r, i] as const).sort((a, b) => b[0].score - a[0].score || a[1] - b[1]);
  const sorted = order.map(([r]) => r);
  const threshold = weights.threshold ?? 0;
  const best = sorted[0];
  return { field, threshold, ranked: sorted, winner: best && best.score >= threshold ? best : null };
}

/** A record of every decision made for one document, for `jobnorm explain`. */
export type Decisions = Map<string, Decision<unknown>>;
