import type { Clause, DocumentModel } from '../model.ts';
import { orderedAssignment } from './assign.ts';
import { bag, bigrams, dice, jaccard, syllables, type Bag } from './similarity.ts';
import { alignableUnits, clauseText, subtree } from './units.ts';

export { clauseText } from './units.ts';

/** Clause ids; `null` = unmatched on that side. */
export interface ClausePair {
  a: string | null;
  b: string | null;
  score: number;
}

/** `a`/`b` are document ids; pairs in reading order of both documents, unmatched ones interleaved in place. */
export interface Alignment {
  a: string;
  b: string;
  pairs: ClausePair[];
}

export interface AlignOptions {
  /** Lowest score a pair may have; below it both clauses stay unmatched. */
  threshold?: number;
  /** Share of the score given to shared roles (`clause.roles`) when both clauses task someone. */
  roleWeight?: number;
  /** Share of the score given to shared cited instruments when both clauses cite some. */
  citationWeight?: number;
}

/*
 * Defaults, from the seeds: template twins (Thanh Hóa ↔ Huế) score 0.44–0.71 on
 * text alone and 0.58–0.78 with roles; clauses of unrelated texts on the same
 * topic stay under ≈ 0.35 on text and under 0.3 combined unless their roles agree.
 */
const DEFAULTS: Required<AlignOptions> = { threshold: 0.35, roleWeight: 0.25, citationWeight: 0.15 };

/** What a unit brings to the comparison. */
interface Profile {
  clause: Clause;
  grams: Bag;
  roles: Set<string>;
  instruments: Set<string>;
}

function profiles(doc: DocumentModel): Profile[] {
  const citedIn = new Map<string, string[]>();
  for (const c of doc.citations) {
    if (c.clause) citedIn.set(c.clause, [...(citedIn.get(c.clause) ?? []), c.instrument]);
  }
  return alignableUnits(doc.clauses).map((clause) => {
    const all = subtree(clause);
    return {
      clause,
      grams: bag(bigrams(syllables(clauseText(clause)))),
      roles: new Set(all.flatMap((k) => k.roles ?? [])),
      instruments: new Set(all.flatMap((k) => citedIn.get(k.id) ?? [])),
    };
  });
}

/**
 * Text similarity blended with the extra signals that both sides have:
 * (1 − w) · text + Σ wᵢ · signalᵢ. A signal only one side has says nothing and
 * leaves its weight to the text; disjoint roles pull the score down, which is
 * what tells "UBND các xã" from "UBND các xã biên giới" when the wording is close.
 */
function score(x: Profile, y: Profile, o: Required<AlignOptions>): number {
  const signals: Array<[number, number | null]> = [
    [o.roleWeight, jaccard(x.roles, y.roles)],
    [o.citationWeight, jaccard(x.instruments, y.instruments)],
  ];
  let textWeight = 1;
  let total = 0;
  for (const [w, s] of signals) {
    if (s === null) continue;
    textWeight -= w;
    total += w * s;
  }
  return total + textWeight * dice(x.grams, y.grams);
}

export interface SimilarityMatrix {
  a: Clause[];
  b: Clause[];
  /** `scores[i][j]`: unit i of a against unit j of b. */
  scores: number[][];
}

/** Every unit of `a` scored against every unit of `b`. */
export function similarityMatrix(a: DocumentModel, b: DocumentModel, options: AlignOptions = {}): SimilarityMatrix {
  const o = { ...DEFAULTS, ...options };
  const pa = profiles(a);
  const pb = profiles(b);
  return { a: pa.map((p) => p.clause), b: pb.map((p) => p.clause), scores: pa.map((x) => pb.map((y) => score(x, y, o))) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Aligns the clauses of two documents by content, not number. Within a gap
 * between two matched pairs the clauses only `a` has come first, then those
 * only `b` has (as a diff shows a removal before an addition). A clause moved
 * across others cannot be matched in order: it shows as unmatched on both sides.
 */
export function alignClauses(a: DocumentModel, b: DocumentModel, options: AlignOptions = {}): Alignment {
  const { threshold } = { ...DEFAULTS, ...options };
  const matrix = similarityMatrix(a, b, options);
  const pairs: ClausePair[] = [];
  let i = 0;
  let j = 0;
  const flush = (toI: number, toJ: number): void => {
    for (; i < toI; i++) pairs.push({ a: matrix.a[i]!.id, b: null, score: 0 });
    for (; j < toJ; j++) pairs.push({ a: null, b: matrix.b[j]!.id, score: 0 });
  };
  for (const [pi, pj] of orderedAssignment(matrix.scores, threshold)) {
    flush(pi, pj);
    pairs.push({ a: matrix.a[pi]!.id, b: matrix.b[pj]!.id, score: round(matrix.scores[pi]![pj]!) });
    i++;
    j++;
  }
  flush(matrix.a.length, matrix.b.length);
  return { a: a.id, b: b.id, pairs };
}
