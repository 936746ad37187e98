import { fold } from '../../lib/text/vietnamese.ts';

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

/**
 * Document types and the abbreviation their numbers carry ("Nghị quyết số
 * 33-NQ/TW"), folded as the reader may type them. A number typed as "nq 33"
 * or "nghị quyết 33" is read as "33-NQ", which Pagefind (punctuation dropped,
 * words matched by their start) finds in "33-NQ/TW" and "33/NQ-TW" alike.
 */
const TYPE_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['nghi quyet', 'NQ'],
  ['nghi dinh', 'NĐ'],
  ['quyet dinh', 'QĐ'],
  ['quy dinh', 'QĐ'],
  ['chi thi', 'CT'],
  ['thong tu', 'TT'],
  ['ke hoach', 'KH'],
  ['bao cao', 'BC'],
  ['thong bao', 'TB'],
  ['huong dan', 'HD'],
  ['ket luan', 'KL'],
  ['cong dien', 'CĐ'],
  ['to trinh', 'TTr'],
  ['phap lenh', 'PL'],
];
/** Folded abbreviation (đ read as d) → as documents write it. */
const ABBREVIATIONS = new Map(TYPE_ABBREVIATIONS.map(([, a]) => [fold(a), a]));
const NAMES = new Map(TYPE_ABBREVIATIONS.map(([n, a]) => [n, a]));

/**
 * The number a query names by its type, as a document writes its own number:
 * "nq 33", "NQ số 33", "33 nq", "nghị quyết 33", "nghi quyet so 33/2018" →
 * "33-NQ", "33/2018-NQ"… Null when the query is not just a type and a number
 * (forms with the symbol, "33-NQ/TW", "33/NQ-TW", are found as typed).
 */
export function numberReading(q: string): string | null {
  const folded = fold(normalizeQuery(q))
    .replace(/\bso\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const num = '(\\d+(?:/\\d{4})?)';
  const before = new RegExp(`^([a-z ]+?) ${num}$`).exec(folded);
  const after = new RegExp(`^${num} ([a-z]+)$`).exec(folded);
  const [type, n] = before ? [before[1]!, before[2]!] : after ? [after[2]!, after[1]!] : [];
  if (!type || !n) return null;
  const abbreviation = NAMES.get(type) ?? ABBREVIATIONS.get(type);
  return abbreviation ? `${n}-${abbreviation}` : null;
}

/** A word's comparable form: lower case, no punctuation, đ read as d (every d/đ reading is searched); marks folded unless the search kept them. */
const exactFold = (w: string) => w.normalize('NFC').toLocaleLowerCase('vi').replace(/đ/g, 'd');
const wordKey = (w: string, exact: boolean) => (exact ? exactFold(w) : fold(w)).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Does a word Pagefind marked in an excerpt match one of the query's terms
 * under the search's own folding? Pagefind also marks words that only start
 * with a term ("dan" read "đan" marks "Đảng"): such marks are dropped. A
 * number's parts count ("33" in "33-NQ/TW"), and a number reading ("33-NQ")
 * marks the symbol it starts.
 */
export function markMatches(marked: string, terms: readonly string[], exact: boolean): boolean {
  const key = wordKey(marked, exact);
  const parts = (exact ? exactFold(marked) : fold(marked)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return terms.some((t) => {
    const term = wordKey(t, exact);
    if (!term) return false;
    return term === key || parts.includes(term) || (/\d/.test(term) && /\p{L}/u.test(term) && key.startsWith(term));
  });
}
