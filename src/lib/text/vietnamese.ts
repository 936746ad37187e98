/**
 * Vietnamese language helpers shared by every stage: folding for comparison,
 * collation for sorting, dates as officials write them.
 */

import { inCapitals } from './scan.ts';

/** Strip tone and vowel marks and turn đ into d: "Đỡ đầu" → "do dau". */
export function fold(s: string): string {
  // Folding is per character, so each character's result is computed once and
  // kept (the parser folds the same words thousands of times). Two exceptions go
  // the long way: capital sigma, whose lower case depends on its neighbours, and
  // surrogate pairs.
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80)) continue;
    if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) return foldString(s);
    out += s.slice(start, i) + (FOLDED[c] ??= foldString(s[i]!));
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

const FOLDED: Array<string | undefined> = [];

function foldString(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Sort comparator in Vietnamese order (a ă â b c d đ e ê …). */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/** Made once: a locale's formatter costs milliseconds to make, which the search page would pay at every count. */
const counts = new Intl.NumberFormat('vi');
/** A count as Vietnamese readers write it: 10.000. */
export const formatCount = (n: number): string => counts.format(n);

/** `2026-06-10` → `10/06/2026`; a year alone (an instrument cited without its day) stays `2026`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return d && m ? `${d}/${m}/${y}` : iso;
}

/** Builds an ISO date, or null when the parts do not make a real calendar day. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Letters of điểm labels in Vietnamese alphabetical order (no f, j, w, z). */
export const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToInt(roman: string): number {
  let total = 0;
  const s = roman.toUpperCase();
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!] ?? 0;
    const next = ROMAN[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Words as readers see them: runs of letters and digits (used to check nothing is lost). */
export function words(s: string): string[] {
  return s.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when every letter in the string is uppercase (and there is at least one), as `toLocaleUpperCase('vi')` sees it. */
export function isUpperCase(s: string): boolean {
  return inCapitals(s) ?? (/\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi'));
}
