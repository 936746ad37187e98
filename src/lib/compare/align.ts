import type { DocumentModel } from '../model.ts';
import { orderedAssignment } from './assign.ts';
import { bag, bigrams, diceMatrix, jaccard, syllables, type Bag } from './similarity.ts';
import { documentUnits, PARTS, type PartName, type Unit } from './units.ts';

/** Unit ids (see `Unit.id`); `null` = unmatched on that side. */
export interface ClausePair {
  a: string | null;
  b: string | null;
  score: number;
}

/**
 * `a`/`b` are document ids; each part's pairs in reading order of both
 * documents, unmatched ones interleaved in place. `pairs` holds the clauses
 * (the document page links each clause to its counterparts); the other parts
 * are compared only with the same part of the other document.
 */
export interface Alignment {
  a: string;
  b: string;
  pairs: ClausePair[];
  preamble: ClausePair[];
  closing: ClausePair[];
  annexes: ClausePair[];
}

/** The pairs of one part of an alignment. */
export const partPairs = (al: Alignment, part: PartName): ClausePair[] => (part === 'clauses' ? al.pairs : al[part]);

/** How many units of each part found a counterpart. */
export function matchedCounts(al: Alignment): Record<PartName, number> {
  const count = (part: PartName) => partPairs(al, part).filter((p) => p.a && p.b).length;
  return { preamble: count('preamble'), clauses: count('clauses'), closing: count('closing'), annexes: count('annexes') };
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

/**
 * A preamble line is mostly what it cites: "Căn cứ Luật Tổ chức chính quyền
 * địa phương ngày 19/6/2015;" and "Căn cứ Luật Tổ chức chính quyền địa
 * phương năm 2015;" are the same basis, and two "Căn cứ Nghị định …" lines
 * worded alike but citing different decrees are not.
 */
const PART_OPTIONS: Partial<Record<PartName, AlignOptions>> = { preamble: { citationWeight: 0.6 } };

/**
 * Text similarity blended with the extra signals that both sides have:
 * (1 − w) · text + Σ wᵢ · signalᵢ. A signal only one side has says nothing and
 * leaves its weight to the text; disjoint roles pull the score down, which is
 * what tells "UBND các xã" from "UBND các xã biên giới" when the wording is close.
 */
function blend(text: number, x: Unit, y: Unit, o: Required<AlignOptions>): number {
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
  return total + textWeight * text;
}

export interface SimilarityMatrix {
  a: Unit[];
  b: Unit[];
  /** `scores[i][j]`: unit i of a against unit j of b. */
  scores: Float64Array[];
}

/**
 * A document takes part in several comparisons: its units' features are
 * remembered by text (a bounded cache, cleared when full), so each text is cut
 * into syllables once, and a text the model changes is simply a new key.
 */
const bagged = new Map<string, Bag>();
function grams(u: Unit): Bag {
  let b = bagged.get(u.text);
  if (!b) {
    if (bagged.size > 50_000) bagged.clear();
    b = bag(bigrams(syllables(u.text)));
    bagged.set(u.text, b);
  }
  return b;
}
const signalled = (u: Unit) => u.roles.size > 0 || u.instruments.size > 0;

function matrix(ua: Unit[], ub: Unit[], o: Required<AlignOptions>): SimilarityMatrix {
  const scores = diceMatrix(ua.map(grams), ub.map(grams));
  // Most units (table rows, closing paragraphs) carry no signal: only pairs where both do are blended.
  const withSignals = ub.flatMap((u, j) => (signalled(u) ? [j] : []));
  ua.forEach((x, i) => {
    if (!signalled(x)) return;
    const row = scores[i]!;
    for (const j of withSignals) row[j] = blend(row[j]!, x, ub[j]!, o);
  });
  return { a: ua, b: ub, scores };
}

/** Every clause unit of `a` scored against every clause unit of `b`. */
export function similarityMatrix(a: DocumentModel, b: DocumentModel, options: AlignOptions = {}): SimilarityMatrix {
  return matrix(documentUnits(a).clauses, documentUnits(b).clauses, { ...DEFAULTS, ...options });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Aligns two lists of units by content, not number. Within a gap between two
 * matched pairs the units only `a` has come first, then those only `b` has (as
 * a diff shows a removal before an addition). A unit moved across others
 * cannot be matched in order: it shows as unmatched on both sides.
 */
function alignUnits(ua: Unit[], ub: Unit[], o: Required<AlignOptions>): ClausePair[] {
  const m = matrix(ua, ub, o);
  const pairs: ClausePair[] = [];
  let i = 0;
  let j = 0;
  const flush = (toI: number, toJ: number): void => {
    for (; i < toI; i++) pairs.push({ a: ua[i]!.id, b: null, score: 0 });
    for (; j < toJ; j++) pairs.push({ a: null, b: ub[j]!.id, score: 0 });
  };
  for (const [pi, pj] of orderedAssignment(m.scores, o.threshold)) {
    flush(pi, pj);
    pairs.push({ a: ua[pi]!.id, b: ub[pj]!.id, score: round(m.scores[pi]![pj]!) });
    i++;
    j++;
  }
  flush(ua.length, ub.length);
  return pairs;
}

/** Aligns two documents part by part: preamble with preamble, clauses with clauses, closing, annexes. */
export function alignClauses(a: DocumentModel, b: DocumentModel, options: AlignOptions = {}): Alignment {
  const ua = documentUnits(a);
  const ub = documentUnits(b);
  const [preamble, pairs, closing, annexes] = PARTS.map((part) => alignUnits(ua[part], ub[part], { ...DEFAULTS, ...PART_OPTIONS[part], ...options }));
  return { a: a.id, b: b.id, pairs: pairs!, preamble: preamble!, closing: closing!, annexes: annexes! };
}
