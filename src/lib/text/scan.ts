/**
 * Word scanners the glossary runs over every line of a document, and the
 * capitals test the parser runs on every paragraph, written as loops over a
 * table of character classes: V8 runs `\p{…}` regex classes three to four
 * times slower than a table lookup, and has no way to match a regex anchored
 * at the end but by trying every start. Each returns exactly what the regex
 * or case mapping beside it gives (tests/unit/ingest/fast-paths.test.ts holds
 * them to it); text with astral characters, which the table does not cover,
 * goes to that regex.
 */

import { execAll } from './exec-all.ts';

/** Two to four capitalised words: "Nhơn Hưng", "Bộ Chỉ Huy". */
export const NAME = /\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*){1,3}/gu;

/**
 * Words in capitals: each run of letters and digits from its first letter on
 * (as `[\p{L}][\p{L}0-9]*` reads words), when upper-casing changes none of its
 * letters.
 */
export const CAPS_WORD = /(?<![\p{L}0-9])[0-9]*([^\P{L}\p{CWU}](?:[^\P{L}\p{CWU}]|[0-9])*)(?![\p{L}0-9])/gu;

const LETTER = 1; // \p{L}
const UPPER = 2; // \p{Lu}
const LOWER = 4; // \p{Ll}
const CHANGES_WHEN_UPPERCASED = 8; // \p{CWU}
const SPACE = 16; // \s
const DIGIT = 32; // [0-9]
const SURROGATE = 64; // half of an astral character: the table cannot say what it is
const KNOWN = 128;
const CHANGES_WHEN_LOWERCASED = 256; // \p{CWL}

const TESTS: Array<[number, RegExp]> = [
  [LETTER, /^\p{L}$/u],
  [UPPER, /^\p{Lu}$/u],
  [LOWER, /^\p{Ll}$/u],
  [CHANGES_WHEN_UPPERCASED, /^\p{CWU}$/u],
  [SPACE, /^\s$/u],
  [DIGIT, /^[0-9]$/],
  [CHANGES_WHEN_LOWERCASED, /^\p{CWL}$/u],
];

/** Class bits of each UTF-16 code unit, filled in by the regexes above the first time one is seen. */
const table = new Uint16Array(0x10000);

/** Small, so that V8 inlines it into the loops. */
function charClass(s: string, i: number): number {
  return table[s.charCodeAt(i)] || classify(s, i);
}

function classify(s: string, i: number): number {
  let bits = KNOWN;
  for (const [bit, re] of TESTS) if (re.test(s[i]!)) bits |= bit;
  if (hasSurrogates(s[i]!)) bits |= SURROGATE;
  table[s.charCodeAt(i)] = bits;
  return bits;
}

const hasSurrogates = (s: string) => /[\uD800-\uDFFF]/.test(s);

/** Every match of a global regex (group 1 if it has one). */
const allMatches = (re: RegExp, s: string): string[] => execAll(re, s).map((m) => m[1] ?? m[0]);

/**
 * The matches of NAME: each part of the regex takes as much as it can, so the
 * scan never has to back up. Every position passes the outer loop, where an
 * astral character sends the whole text to the regex.
 */
export function names(s: string): string[] {
  const found: string[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const bits = charClass(s, i);
    if (bits & SURROGATE) return allMatches(NAME, s);
    if (!(bits & UPPER)) continue;
    let end = i + 1;
    while (end < n && charClass(s, end) & LOWER) end++;
    let words = 1;
    for (; words < 4; words++) {
      let k = end;
      while (k < n && charClass(s, k) & SPACE) k++;
      if (k === end || k === n || !(charClass(s, k) & UPPER)) break;
      for (end = k + 1; end < n && charClass(s, end) & LOWER;) end++;
    }
    if (words > 1) found.push(s.slice(i, end));
    // What lies before `end` is lower case or taken: no name starts there.
    i = end - 1;
  }
  return found;
}

/** The matches (group 1) of CAPS_WORD; every position passes the inner loop, where an astral character sends the text to the regex. */
export function capsWords(s: string): string[] {
  const found: string[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let first = -1;
    let lower = false;
    let j = i;
    for (; j < n; j++) {
      const bits = charClass(s, j);
      if (bits & SURROGATE) return allMatches(CAPS_WORD, s);
      if (!(bits & (LETTER | DIGIT))) break;
      if (bits & LETTER && first < 0) first = j;
      if (bits & CHANGES_WHEN_UPPERCASED) lower = true;
    }
    if (first >= 0 && !lower) found.push(s.slice(first, j));
    i = j;
  }
  return found;
}

/** Letters, spaces, commas and hyphens that end a text, at least 3 of them. */
export const WORDS_BEFORE = /[\p{L}\s,-]{3,120}$/u;

/** The match of WORDS_BEFORE in a text of at most 120 code units. */
export function wordsBefore(s: string): string | undefined {
  if (hasSurrogates(s) || s.length > 120) return WORDS_BEFORE.exec(s)?.[0];
  let start = s.length;
  while (start > 0 && (charClass(s, start - 1) & (LETTER | SPACE) || s[start - 1] === ',' || s[start - 1] === '-')) start--;
  return s.length - start >= 3 ? s.slice(start) : undefined;
}

/** The last `n` words of a text and what separates them, as one regex per `n`. */
const LAST_WORDS = new Map<number, RegExp>();
export const lastWordsRegex = (n: number): RegExp => LAST_WORDS.get(n) ?? LAST_WORDS.set(n, new RegExp(`((?:\\p{L}+[\\s,–-]*){${n}})$`, 'u')).get(n)!;

/**
 * The match of `lastWordsRegex(n)`: from the start of the n-th word from the
 * end (or of the first word, when there are fewer but they hold n letters, as
 * the regex may split a word) to the end.
 */
export function lastWords(s: string, n: number): string | undefined {
  if (hasSurrogates(s)) return lastWordsRegex(n).exec(s)?.[1];
  if (n === 0) return '';
  let start = -1;
  let words = 0;
  let letters = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const bits = charClass(s, i);
    if (bits & LETTER) {
      if (start !== i + 1 && ++words > n) break;
      letters++;
      start = i;
    } else if (!(bits & SPACE) && s[i] !== ',' && s[i] !== '–' && s[i] !== '-') {
      break;
    }
  }
  return start >= 0 && letters >= n ? s.slice(start) : undefined;
}

/**
 * Whether a text is in capitals: it has a letter, no character that
 * upper-casing changes and one that lower-casing does. Null when it holds an
 * astral character. Case-mapping every candidate heading twice with ICU
 * was 3 % of a document's conversion.
 */
export function inCapitals(s: string): boolean | null {
  let letter = false;
  let lowerable = false;
  for (let i = 0; i < s.length; i++) {
    const bits = charClass(s, i);
    if (bits & SURROGATE) return null;
    if (bits & CHANGES_WHEN_UPPERCASED) return false;
    if (bits & LETTER) letter = true;
    if (bits & CHANGES_WHEN_LOWERCASED) lowerable = true;
  }
  return letter && lowerable;
}
