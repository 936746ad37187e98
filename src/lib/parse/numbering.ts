import type { ClauseKind } from '../model.ts';

/**
 * How a paragraph's numbering announces its place in the tree, as data: each rule
 * is one pattern from Nghị định 30 Phụ lục I or a variant seen in real texts.
 * `level` orders the tree: a lower level contains a higher one.
 */
export interface LabelRule {
  kind: Exclude<ClauseKind, 'paragraph'>;
  level: number;
  /** Group 1 is the label as printed. */
  pattern: RegExp;
  example: string;
}

/**
 * Older and Party texts put a dash after the number: "I- TỔ CHỨC…", "1- Cấp Bộ tư lệnh…",
 * "2 - Cấp Bộ chỉ huy…" (Thông tư 2866/1998/TT-BQP), "1.1- Về tuổi đời" (Quy định
 * 29-QĐ/TW). A capital or "(" must follow, so "30 - 40 hộ" stays text.
 */
const DASHED = String.raw`\s?[-–](?=\s+[\p{Lu}(])`;

export const LABEL_RULES: LabelRule[] = [
  { kind: 'part', level: 0, pattern: /^(Phần\s+(?:thứ\s+\p{L}+|[IVXLC]+|\d+))\.?(?:\s+|$)/iu, example: 'Phần I. QUY ĐỊNH CHUNG' },
  { kind: 'chapter', level: 1, pattern: /^(Chương\s+(?:[IVXLC]+|\d+))[.:]?(?:\s+|$)/iu, example: 'Chương II' },
  { kind: 'section', level: 2, pattern: /^(Mục\s+\d+\.?|[IVX]{1,5}\.)(?:\s+|$)/u, example: 'II. KẾT QUẢ TỔ CHỨC THỰC HIỆN' },
  { kind: 'section', level: 2, pattern: new RegExp(String.raw`^([IVX]{1,5}${DASHED})\s+`, 'u'), example: 'I- TỔ CHỨC CỦA BỘ ĐỘI BIÊN PHÒNG' },
  // Without its full stop, the title must follow in capitals ("Điều 1 Phạm vi…"): "Điều 14 như sau:" is a wrapped reference.
  { kind: 'article', level: 3, pattern: /^(Điều\s+\d+[a-zđ]?)(?:[.:]\s*|\s+(?=[\p{Lu}\d(“"])|\s*$)/u, example: 'Điều 5. Trách nhiệm thi hành' },
  // Two digits per part at most: "1.667 hộ" is a number with a thousands dot, not 1.667.
  { kind: 'subclause', level: 5, pattern: /^(\d{1,2}(?:\.\d{1,2})+\.?)(?:\s+|$)/u, example: '9.1. Đảng ủy UBND tỉnh…' },
  { kind: 'subclause', level: 5, pattern: new RegExp(String.raw`^(\d{1,2}(?:\.\d{1,2})+${DASHED})\s+`, 'u'), example: '1.1- Về tuổi đời' },
  { kind: 'clause', level: 4, pattern: /^(\d{1,3}[.)])(?:\s+|$)/u, example: '1. Các sở, ngành…' },
  { kind: 'clause', level: 4, pattern: new RegExp(String.raw`^(\d{1,3}${DASHED})\s+`, 'u'), example: '2 - Cấp Bộ chỉ huy Bộ đội biên phòng tỉnh…' },
  { kind: 'point', level: 6, pattern: /^([a-zđ][)]|[a-zđ]\.(?=\s+\p{Lu}))\s*/u, example: 'a) Công tác phối hợp…' },
  { kind: 'item', level: 7, pattern: /^([-–—•])\s+/u, example: '- Quán triệt Kế hoạch…' },
  { kind: 'subitem', level: 8, pattern: /^(\+)\s+/u, example: '+ Tự quản đường biên…' },
];

export const PARAGRAPH_LEVEL = 9;

export interface Label {
  rule: LabelRule;
  label: string;
  rest: string;
}

/** The numbering at the start of a paragraph, if it has one. */
export function readLabel(text: string): Label | null {
  for (const rule of LABEL_RULES) {
    const m = rule.pattern.exec(text);
    if (m) return { rule, label: m[1]!.trim(), rest: text.slice(m[0].length).trim() };
  }
  return null;
}

/**
 * A clause numbered past 999 ("1000. …"): the clause rule stops at three digits so that
 * a year opening a line ("2020. Ủy ban nhân dân tỉnh ban hành…", Kế hoạch 07/KH-UBND
 * Lạng Sơn) is not a clause. Four digits and more are a clause only when they continue
 * the previous clause's number.
 */
export function readLongClause(text: string, previous: number | null): Label | null {
  const m = /^(\d{4,}[.)])(?:\s+|$)/u.exec(text);
  if (!m || previous === null || parseInt(m[1]!, 10) !== previous + 1) return null;
  const rule = LABEL_RULES.find((r) => r.kind === 'clause')!;
  return { rule, label: m[1]!, rest: text.slice(m[0].length).trim() };
}

/** Id fragment for a label: "II." → "muc-ii", "9.1." → "khoan-9-1", "đ)" → "diem-dd". */
export function labelId(kind: ClauseKind, label: string, ordinal: number): string {
  const core = label
    .toLowerCase()
    .replace(/^(phần|chương|mục|điều)\s+/u, '')
    .replace(/đ/g, 'dd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const prefix: Record<ClauseKind, string> = {
    part: 'phan',
    chapter: 'chuong',
    section: 'muc',
    article: 'dieu',
    clause: 'khoan',
    subclause: 'khoan',
    point: 'diem',
    item: 'y',
    subitem: 'y',
    paragraph: 'doan',
  };
  const useOrdinal = kind === 'item' || kind === 'subitem' || kind === 'paragraph' || core === '';
  return `${prefix[kind]}-${useOrdinal ? ordinal : core}`;
}
