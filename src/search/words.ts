import { fold } from '../lib/text/vietnamese.ts';

/**
 * Words as the common-words index (common-words.ts) and the search page agree
 * on them, as Pagefind reads a page: split at white space (Pagefind counts a
 * page's word positions so); lower case, letters and digits only ("Phòng," →
 * "phòng", "33-NQ/TW" → "33nqtw"); and, as Pagefind does, the parts of a
 * token joined by punctuation at the same position too ("chính/kho" is
 * "chínhkho", "chính" and "kho"). Text is NFC already (normalised at the door,
 * and the query by query.ts). A word's key folds marks and reads đ as d, so
 * one key answers every reading of a word typed without marks.
 */

/** Words recur: what each token and word gives is kept, up to a bound a browser tab can afford. */
const REMEMBERED = 200_000;
function remembered(compute: (s: string) => string): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let out = known.get(s);
    if (out === undefined) {
      out = compute(s);
      if (known.size < REMEMBERED) known.set(s, out);
    }
    return out;
  };
}

const cleanToken = remembered((t) => t.replace(/[^\p{L}\p{N}]/gu, ''));

/** A text's tokens, split at white space as Pagefind splits it: one position each. */
export const tokensOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Per position of a text, the words Pagefind indexes there (`wordsAt`). */
export const positionsOf = (text: string): string[][] => tokensOf(text).map(wordsAt);

/** The indexed form of each token of a text, in order (a token of punctuation alone is ""), its parts left out. */
export const wordsOf = (text: string): string[] => positionsOf(text).map((words) => words[0] ?? '');

const partsKnown = new Map<string, string[]>();
/**
 * The words Pagefind indexes at one token's position: the token's own form,
 * then its parts when punctuation joins several ("dân\"(03/3/1989" → "dân0331989",
 * "dân", "03", "3", "1989"); none for punctuation alone.
 */
export function wordsAt(token: string): string[] {
  let words = partsKnown.get(token);
  if (!words) {
    const lower = token.toLowerCase();
    const whole = cleanToken(lower);
    const parts = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    words = !whole ? [] : parts.length > 1 ? [whole, ...parts] : [whole];
    if (partsKnown.size < REMEMBERED) partsKnown.set(token, words);
  }
  return words;
}

/** A word's key: marks folded, đ read as d ("phòng" → "phong", "đầu" → "dau"). */
export const wordKey = remembered(fold);
