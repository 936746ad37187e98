import type { Abbreviation, OcrVariant } from '../model.ts';
import { fold } from '../text/vietnamese.ts';
import type { Unit } from './units.ts';
import { capsWords, lastWords, names, wordsBefore } from '../text/scan.ts';
import { COMMON_ABBREVIATIONS } from '../vocabulary/abbreviations.ts';

/**
 * Abbreviations a reader may not know: those the document defines
 * ("Bộ đội Biên phòng (BĐBP)") and common ones of administrative and military
 * writing (vocabulary/abbreviations.ts). OCR slips ("BDBP", "Nhon Hưng") are
 * found by comparing folded forms.
 */

/** "(BĐBP)": the abbreviation; the words before it are read backwards (a lazy regex over them was quadratic). */
const DEFINITION = /\(([\p{Lu}Đ][\p{Lu}Đ0-9-]{1,11})\)/gu;
/** All common abbreviations in one pass over the text, whole words only. */
const COMMON = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(COMMON_ABBREVIATIONS)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}])`,
  'gu',
);

const letters = (abbr: string) => fold(abbr).replace(/[^a-z0-9]/g, '');

/** "lực lượng Bộ đội Biên phòng (BĐBP)" → BĐBP = "Bộ đội Biên phòng": initials of the last syllables. */
function definedForm(before: string, abbr: string): string | null {
  const want = letters(abbr);
  const text = before.trimEnd();
  const tail = lastWords(text, want.length);
  if (tail && (tail.match(/\p{L}+/gu) ?? []).map((w) => fold(w)[0]).join('') === want) return tail.trim();
  // A single word holding the letters in order: "Campuchia (CPC)".
  const last = /\p{L}+$/u.exec(text)?.[0];
  if (last && fold(last)[0] === want[0]) {
    let k = 0;
    for (const ch of fold(last)) if (ch === want[k]) k++;
    if (k === want.length) return last;
  }
  return null;
}

export function findAbbreviations(text: string): Abbreviation[] {
  const found = new Map<string, Abbreviation>();
  for (const m of text.matchAll(DEFINITION)) {
    const short = m[1]!;
    if (found.has(short)) continue;
    const before = wordsBefore(text.slice(Math.max(0, m.index - 120), m.index).trimEnd());
    const long = before ? definedForm(before, short) : null;
    if (long) found.set(short, { short, long, source: 'text' });
  }
  for (const [short] of text.matchAll(COMMON)) {
    if (!found.has(short)) found.set(short, { short, long: COMMON_ABBREVIATIONS[short]!, source: 'common' });
  }
  return [...found.values()].sort((a, b) => a.short.localeCompare(b.short, 'vi'));
}

/**
 * Names as a reader sees them: a table row's cell by cell ("Xã Yên Hoa" and
 * "Tỉnh Tuyên Quang" are two, never printed together), and none that ends in a
 * lone capital: capitals spaced out letter by letter ("VÀ VỪA" read as "À V")
 * or an acronym's first letter ("Mã DA" read as "Mã D") are no names.
 */
const namesOf = (text: string, cells: string[] | null) => (cells ?? [text]).flatMap((c) => names(c)).filter((n) => /\p{L}{2}$/u.test(n));
/** A line written without any Vietnamese letter (an English translation's "Lam Dong", "Viet Nam"): no accents were lost. */
const unaccented = (line: string) => !/(?![A-Za-z])\p{L}/u.test(line);

const marks = (s: string) => s.normalize('NFD').length - fold(s).length + (s.match(/[đĐ]/g) ?? []).length;

/**
 * Spellings that differ from a more common one only by lost accents or đ:
 * "BDBP" beside the abbreviation BĐBP, "Nhon Hưng" beside "Nhơn Hưng". They
 * are recorded, never corrected: the page shows the word as printed and flags it.
 */
export function findOcrVariants(units: Unit[], abbreviations: Abbreviation[]): OcrVariant[] {
  const variants: OcrVariant[] = [];
  const seen = new Set<string>();
  const known = new Map(abbreviations.map((a) => [fold(a.short), a.short]));
  const counts = new Map<string, Map<string, number>>();
  // Names repeat through a text: fold each spelling once.
  const folds = new Map<string, string>();
  const folded = (s: string) => folds.get(s) ?? folds.set(s, fold(s)).get(s)!;
  const unitNames = units.map((u) => namesOf(u.text, u.cells));
  for (const found of unitNames) {
    for (const name of found) {
      const key = folded(name);
      const byFold = counts.get(key) ?? new Map<string, number>();
      byFold.set(name, (byFold.get(name) ?? 0) + 1);
      counts.set(key, byFold);
    }
  }
  // For every name written two ways, its commonest spelling, when the text clearly prefers it: twice
  // as often as another. Names seen once each ("Xã Tân Thanh", "Xã Tân Thành" in a list of communes)
  // are two places, not a slip.
  const commonest = new Map<string, string>();
  const rare = new Set<string>();
  for (const [key, forms] of counts) {
    if (forms.size < 2) continue;
    const [first, ...others] = [...forms.entries()].sort((a, b) => b[1] - a[1]);
    const [best, n] = first!;
    commonest.set(key, best);
    for (const [form, m] of others) if (n < 2 * m) rare.add(form);
  }
  units.forEach((u, k) => {
    for (const l of u.lines) {
      if (known.size) {
        for (const token of capsWords(l.text)) {
          const likely = known.get(folded(token));
          // Case alone is no slip: "01/CT-TTG" in a title set in capitals is TTg as capitals write it.
          if (likely && likely.toLocaleLowerCase('vi') !== token.toLocaleLowerCase('vi') && !seen.has(token)) {
            seen.add(token);
            variants.push({ found: token, likely, line: l.no });
          }
        }
      }
      // A table's names are a list's entries: "Xã Tân Thanh" and "Xã Tân Thành" in a list of communes are
      // two places. They count towards the commonest spelling, but are not judged themselves.
      if (!commonest.size || u.cells || unaccented(l.text)) continue;
      // A unit of one line is that line: its names are already known.
      for (const name of l.text === u.text ? unitNames[k]! : namesOf(l.text, null)) {
        const best = commonest.get(folded(name));
        if (!best || best === name || seen.has(name) || rare.has(name)) continue;
        if (marks(name) < marks(best)) {
          seen.add(name);
          variants.push({ found: name, likely: best, line: l.no });
        }
      }
    }
  });
  return variants;
}
