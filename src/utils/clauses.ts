import type { Clause, ClauseKind, DocumentModel } from '../lib/model.ts';
import { passagesOf } from '../lib/citations/passages.ts';
import { clauseIndex } from '../lib/tree.ts';

/**
 * How to name a clause in a sentence, as Vietnamese texts cite one another:
 * the smallest unit first, each with its word ("điểm a khoản 2 Điều 5",
 * "khoản 3 mục II"). The word comes from the clause's kind and what it sits in
 * (a "1." under an Điều is a khoản, a "9.1." is an điểm), unless the document
 * itself calls such a unit otherwise: a plan that writes "điểm 1 mục II" calls
 * the "1." under its "II." an điểm. Labels that hold their word ("Điều 5",
 * "Mục 1", "Chương II") are printed as they are.
 */

/** Words the texts use for units below an article or a roman section. */
const UNIT_WORDS = ['khoản', 'điểm', 'mục', 'tiết', 'tiểu mục', 'phần'];
const UNIT = `(${UNIT_WORDS.join('|')})`;
/** "điểm 1 mục II", "khoản 5, phần II", "khoản 1 của Mục I": a number under a roman section. */
const NUMBER_IN_ROMAN = new RegExp(`(?<![\\p{L}])${UNIT}\\s+\\d{1,2}\\s*,?\\s*(?:của\\s+)?(?:mục|phần)\\s+[IVX]+(?![\\p{L}])`, 'giu');
/** "mục 2.3", "điểm 3.3", "tiểu mục 3.2". */
const DOTTED = new RegExp(`(?<![\\p{L}])${UNIT}\\s+\\d{1,2}\\.\\d{1,2}(?![\\p{L}\\p{N}])`, 'giu');
/** "mục II", "phần III". */
const ROMAN = /(?<![\p{L}])(mục|phần)\s+[IVX]+(?![\p{L}])/giu;

type Unit = 'numberInRoman' | 'dotted' | 'roman';
const DEFAULTS: Record<Unit, string> = { numberInRoman: 'khoản', dotted: 'điểm', roman: 'mục' };

/** The word the document writes most often for each kind of unit, where it writes one. */
function ownWords(doc: DocumentModel): Record<Unit, string> {
  const text = passagesOf(doc)
    .map((p) => p.text)
    .join('\n');
  const most = (re: RegExp, fallback: string): string => {
    const counts = new Map<string, number>();
    for (const m of text.matchAll(re)) counts.set(m[1]!.toLowerCase(), (counts.get(m[1]!.toLowerCase()) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  };
  const hasParts = [...clauseIndex(doc).values()].some((c) => c.kind === 'part');
  return {
    numberInRoman: most(NUMBER_IN_ROMAN, DEFAULTS.numberInRoman),
    dotted: most(DOTTED, DEFAULTS.dotted),
    // In a text with Phần, "phần II" names a part, not a roman section.
    roman: hasParts ? DEFAULTS.roman : most(ROMAN, DEFAULTS.roman),
  };
}

const wordsOf = new WeakMap<DocumentModel, Record<Unit, string>>();

/** Kinds whose label holds its word or names nothing ("-", "+", a paragraph). */
const SELF_NAMED = new Set<ClauseKind>(['part', 'chapter', 'article']);
const UNNAMED = new Set<ClauseKind>(['item', 'subitem', 'paragraph']);

/** "II." → "II", "9.1." → "9.1", "a)" → "a", "1-" → "1". */
const bare = (label: string): string => label.replace(/[\s.)\-–]+$/u, '');

function unitName(c: Clause, parent: Clause | undefined, words: Record<Unit, string>): string {
  if (SELF_NAMED.has(c.kind) || /^\p{Lu}\p{Ll}+\s/u.test(c.label)) return bare(c.label);
  const word =
    c.kind === 'section'
      ? words.roman
      : c.kind === 'subclause'
        ? words.dotted
        : c.kind === 'point'
          ? parent?.kind === 'subclause'
            ? 'tiết'
            : 'điểm'
          : parent && parent.kind !== 'article' && parent.kind !== 'clause'
            ? words.numberInRoman
            : 'khoản';
  return `${word} ${bare(c.label)}`;
}

/** "khoản 3 mục II", "điểm a khoản 2 Điều 5"; "đoạn" when no numbered unit holds it. */
export function clauseName(doc: DocumentModel, id: string): string {
  const index = clauseIndex(doc);
  let words = wordsOf.get(doc);
  if (!words) wordsOf.set(doc, (words = ownWords(doc)));
  const chain = id
    .split('__')
    .map((_, i, all) => index.get(all.slice(0, i + 1).join('__')))
    .filter((c): c is Clause => !!c && !!c.label && !UNNAMED.has(c.kind));
  // An article is cited alone: what holds it (Chương, Phần) is not part of its name.
  const article = chain.findLastIndex((c) => c.kind === 'article');
  const named = chain.slice(Math.max(0, article));
  const parts = named.map((c, i) => {
    // "9.1" under "9." already names the 9.
    if (named[i + 1]?.kind === 'subclause' && bare(named[i + 1]!.label).startsWith(`${bare(c.label)}.`)) return null;
    return unitName(c, named[i - 1], words);
  });
  return parts.filter(Boolean).reverse().join(' ') || 'đoạn';
}
