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

export const LABEL_RULES: LabelRule[] = [
  { kind: 'part', level: 0, pattern: /^(Phần\s+(?:thứ\s+\p{L}+|[IVXLC]+|\d+))\.?(?:\s+|$)/iu, example: 'Phần I. QUY ĐỊNH CHUNG' },
  { kind: 'chapter', level: 1, pattern: /^(Chương\s+(?:[IVXLC]+|\d+))\.?(?:\s+|$)/iu, example: 'Chương II' },
  { kind: 'section', level: 2, pattern: /^(Mục\s+\d+\.?|[IVX]{1,5}\.)(?:\s+|$)/u, example: 'II. KẾT QUẢ TỔ CHỨC THỰC HIỆN' },
  { kind: 'article', level: 3, pattern: /^(Điều\s+\d+[a-zđ]?)\.?(?:\s+|$)/u, example: 'Điều 5. Trách nhiệm thi hành' },
  // Two digits per part at most: "1.667 hộ" is a number with a thousands dot, not 1.667.
  { kind: 'subclause', level: 5, pattern: /^(\d{1,2}(?:\.\d{1,2})+\.?)(?:\s+|$)/u, example: '9.1. Đảng ủy UBND tỉnh…' },
  { kind: 'clause', level: 4, pattern: /^(\d{1,3}[.)])(?:\s+|$)/u, example: '1. Các sở, ngành…' },
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
