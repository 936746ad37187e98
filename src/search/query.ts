import { fold } from '../lib/text/vietnamese.ts';

/**
 * What the reader typed → what Pagefind is asked. Pure functions, shared by the
 * search page and its unit tests. Phones may send decomposed (NFD) accents:
 * everything is NFC first.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The words of a query, without the quotes of a phrase. */
export function queryTerms(q: string): string[] {
  return q.replace(/"/g, ' ').split(' ').filter(Boolean);
}

/** A query typed with Vietnamese marks (or đ) wants those marks matched exactly. */
export function hasMarks(q: string): boolean {
  return fold(q) !== q.toLowerCase();
}

/** Every d of a word read as đ. */
const swap = (w: string) => w.replace(/d/g, 'đ').replace(/D/g, 'Đ');

/** Pagefind folds accents but never đ into d: at most this many words are expanded both ways. */
const MAX_EXPANDED = 4;

/**
 * Every reading of a query typed without đ: "do dau" → "do dau", "đo dau",
 * "do đau", "đo đau". Only words written without any mark can stand for a
 * word with đ; beyond four such words, only the two extremes are tried.
 */
export function dVariants(q: string): string[] {
  const words = q.split(' ');
  const open = words.flatMap((w, i) => (/d/i.test(w) && !hasMarks(w) ? [i] : []));
  if (open.length === 0) return [q];
  if (open.length > MAX_EXPANDED) return [q, words.map((w, i) => (open.includes(i) ? swap(w) : w)).join(' ')];
  const out: string[] = [];
  for (let mask = 0; mask < 1 << open.length; mask++) {
    out.push(words.map((w, i) => (open.includes(i) && mask & (1 << open.indexOf(i)) ? swap(w) : w)).join(' '));
  }
  return out;
}

/**
 * The likeliest reading of a query typed without đ: in each word without
 * marks, a syllable that `dWords` (d-words.ts) says is mostly written with đ
 * is read with đ ("dau" → "đau", "nd-cp" → "nđ-cp" when "nđ" is the commoner).
 */
export function likelyReading(q: string, dWords: ReadonlySet<string>): string {
  return q
    .split(' ')
    .map((w) => (hasMarks(w) ? w : w.replace(/\p{L}+/gu, (s) => (/d/i.test(s) && dWords.has(fold(s)) ? swap(s) : s))))
    .join(' ');
}

/** A phrase of two or more words is also searched as a phrase, so the phrase itself ranks first. */
export function phraseOf(q: string): string | null {
  return !q.includes('"') && queryTerms(q).length > 1 ? `"${q}"` : null;
}

/** Does a record's text contain the word (as a word or the start of one), ignoring marks? */
export function containsWord(text: string, word: string): boolean {
  const w = fold(word).replace(/[^\p{L}\p{N}]/gu, '');
  if (!w) return true;
  const folded = fold(text);
  // "33-NQ/TW" is matched against the text with its punctuation removed.
  return folded.split(/[^\p{L}\p{N}]+/u).some((t) => t.startsWith(w)) || folded.replace(/[^\p{L}\p{N}]/gu, '').includes(w);
}
