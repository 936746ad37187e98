import { DOC_TYPES } from '../vocabulary/doc-types.ts';

/**
 * The words a text names an instrument's kind with ("Nghị quyết", "Thông Tư",
 * "Luật"…), mapped to the kind shown on the site. The document types of
 * Nghị định 30/2020/NĐ-CP (DOC_TYPES) plus what only citations use: laws, codes,
 * ordinances, joint resolutions, and "Văn bản" for a công văn.
 */
export interface KindWord {
  /** As printed, any letter case: "Thông báo kết luận". */
  word: string;
  /** Kind shown: "Thông báo". `null`: take it from the number ("Văn bản số 12/UBND-VX" is a công văn). */
  kind: string | null;
  /** Instruments cited by name rather than number: "Luật Biên phòng Việt Nam". */
  byName?: boolean;
}

const EXTRA: KindWord[] = [
  { word: 'Luật', kind: 'Luật', byName: true },
  { word: 'Bộ luật', kind: 'Bộ luật', byName: true },
  { word: 'Pháp lệnh', kind: 'Pháp lệnh', byName: true },
  { word: 'Hiến pháp', kind: 'Hiến pháp', byName: true },
  { word: 'Nghị quyết liên tịch', kind: 'Nghị quyết liên tịch' },
  { word: 'Thông báo kết luận', kind: 'Thông báo' },
  { word: 'Văn bản', kind: null },
];

export const KIND_WORDS: KindWord[] = [
  ...EXTRA,
  ...DOC_TYPES.filter((t) => !EXTRA.some((e) => e.word === t.name)).map((t) => ({ word: t.name, kind: t.name })),
].filter((k, i, all) => all.findIndex((o) => o.word === k.word) === i);

const byWord = new Map(KIND_WORDS.map((k) => [k.word.toLocaleLowerCase('vi'), k]));

/**
 * The kind word as printed ("Thông Tư", "chỉ thị") → its rule. Plain
 * `toLowerCase`: Vietnamese has no casing rules of its own, and the locale
 * lookup cost a twentieth of the citation scan.
 */
export function kindWord(printed: string): KindWord | null {
  return byWord.get(printed.replace(/\s+/g, ' ').toLowerCase()) ?? null;
}

/** Type abbreviations of a kind: "Kế hoạch" → [KH]; "Quy định" → [QyĐ, QĐi]. */
export function codesOfKind(kind: string): string[] {
  return DOC_TYPES.filter((t) => t.name === kind).flatMap((t) => [t.code, ...(t.aliases ?? [])]);
}

/** "Thông tư" → "[Tt][Hh]ông [Tt][Ưư]": letter case free, so "Thông Tư" and "chỉ thị" match too. */
function caseless(word: string): string {
  return [...word]
    .map((ch) => {
      if (ch === ' ') return '\\s+';
      const lower = ch.toLocaleLowerCase('vi');
      const upper = ch.toLocaleUpperCase('vi');
      return lower === upper ? ch : `[${lower}${upper}]`;
    })
    .join('');
}

/** Alternation of every kind word, longest first so "Thông tư liên tịch" beats "Thông tư". */
export const KIND_PATTERN = [...KIND_WORDS]
  .sort((a, b) => b.word.length - a.word.length)
  .map((k) => caseless(k.word))
  .join('|');
