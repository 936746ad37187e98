import { casedSymbol } from '../lib/citations/issuers.ts';
import { isUpperCase } from '../lib/text/vietnamese.ts';

/**
 * A line set in capitals ("VỀ VIỆC KẾT NGHĨA VỚI CÁC ĐƠN VỊ BỘ ĐỘI BIÊN PHÒNG")
 * written in the letter case its own document uses for the same words: "Về việc
 * kết nghĩa với các đơn vị Bộ đội Biên phòng". Each word takes the case it has
 * where the body prints the longest run of the line's words around it (four
 * words, then three, then two). Never a word alone: "Tổ" of "Tổ quốc" says
 * nothing of "tổ chức". A word the body never prints so is lower case, except
 * abbreviations and roman numerals (no vowel: "UBND", "XII"). Symbols and dates
 * keep their capitals, with their issuer codes spelt as issued ("01/CT-TTG" →
 * "01/CT-TTg").
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** Words joined by slashes, dots or dashes without spaces: "01/CT-TTG", "03/3/1989-03/3/2009". */
const SYMBOL = /[\p{L}\p{N}]+(?:[/.\-–][\p{L}\p{N}]+)*/gu;
/** Between two words, the end of a sentence: the next word's capital says nothing of it. */
const SENTENCE_END = /[.!?]/u;
/** Abbreviations with a case of their own ("V/v": về việc, Nghị định 30/2020/NĐ-CP), by their capitals. */
const FIXED = new Map([['V/V', 'V/v']]);
const VOWEL = /[aăâeêioôơuưy]/u;
const lower = (s: string) => s.toLocaleLowerCase('vi');
const LONGEST_RUN = 4;

interface Token {
  key: string;
  printed: string;
  /** First word of a sentence: its capital says nothing. */
  opening: boolean;
}

/** The words of the body, lines in capitals left out (headings, stamps); null separates lines. */
function tokens(texts: string[]): Array<Token | null> {
  const out: Array<Token | null> = [];
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    if (isUpperCase(line)) continue;
    let end = -1;
    for (const m of line.matchAll(WORD)) {
      out.push({ key: lower(m[0]), printed: m[0], opening: end < 0 || SENTENCE_END.test(line.slice(end, m.index)) });
      end = m.index + m[0].length;
    }
    out.push(null);
  }
  return out;
}

/** The form most often printed; ties go to the lower case. */
function mostPrinted(forms: string[]): string | null {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  let best: string | null = null;
  for (const [f, n] of counts) {
    const m = best === null ? 0 : counts.get(best)!;
    if (n > m || (n === m && f === lower(f))) best = f;
  }
  return best;
}

export function inDocumentCase(title: string, body: string[]): string {
  const words = [...title.matchAll(WORD)];
  const keys = words.map((w) => lower(w[0]));
  const text = tokens(body);
  const starts = new Map<string, number[]>();
  text.forEach((t, i) => t && starts.set(t.key, [...(starts.get(t.key) ?? []), i]));

  /** How the body prints word `i` of the title inside runs of `n` title words. */
  const printedIn = (i: number, n: number): string[] => {
    const forms: string[] = [];
    for (let s = Math.max(0, i - n + 1); s <= i && s + n <= keys.length; s++) {
      for (const at of starts.get(keys[s]!) ?? []) {
        const run = keys.slice(s, s + n).every((k, j) => text[at + j]?.key === k);
        const t = text[at + i - s];
        if (run && t && !t.opening) forms.push(t.printed);
      }
    }
    return forms;
  };

  // Words of a symbol or a date ("01/CT-TTG", "COVID-19") stay as printed.
  const symbols = [...title.matchAll(SYMBOL)].filter((m) => /\p{N}/u.test(m[0]));
  const inSymbol = (w: RegExpExecArray) => symbols.some((m) => w.index >= m.index && w.index < m.index + m[0].length);
  const cased = words.map((w, i) => {
    if (inSymbol(w)) return w[0];
    for (let n = Math.min(LONGEST_RUN, keys.length); n >= 2; n--) {
      const form = mostPrinted(printedIn(i, n));
      if (form) return form;
    }
    return VOWEL.test(keys[i]!.normalize('NFD')) ? keys[i]! : w[0];
  });

  let out = '';
  let from = 0;
  words.forEach((w, i) => {
    out += title.slice(from, w.index) + cased[i];
    from = w.index + w[0].length;
  });
  out += title.slice(from);
  out = out.replace(SYMBOL, (chunk) => FIXED.get(chunk) ?? (/\p{N}/u.test(chunk) ? casedSymbol(chunk) : chunk));
  const first = out.search(/\p{L}/u);
  return first < 0 ? out : out.slice(0, first) + out.charAt(first).toLocaleUpperCase('vi') + out.slice(first + 1);
}
