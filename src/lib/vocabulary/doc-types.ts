import type { DocumentType } from '../model.ts';

/**
 * Document types and their abbreviations: Nghị định 30/2020/NĐ-CP Phụ lục III for
 * state documents, Hướng dẫn 36-HD/VPTW for the Party's additions.
 * `title` is how the type is printed as the document's heading.
 */
export interface DocTypeRule {
  code: string;
  name: string;
  /** Other codes seen in real tables for the same type. */
  aliases?: string[];
  /** Party-only abbreviation. */
  party?: boolean;
}

export const DOC_TYPES: DocTypeRule[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'TC', name: 'Thông cáo' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'PA', name: 'Phương án' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'DA', name: 'Dự án' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'HĐ', name: 'Hợp đồng' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'BGN', name: 'Bản ghi nhớ', aliases: ['GN'] },
  { code: 'BTT', name: 'Bản thỏa thuận', aliases: ['TTh'] },
  { code: 'GUQ', name: 'Giấy ủy quyền' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'GNP', name: 'Giấy nghỉ phép', aliases: ['NP'] },
  { code: 'PG', name: 'Phiếu gửi' },
  { code: 'PC', name: 'Phiếu chuyển' },
  { code: 'PB', name: 'Phiếu báo' },
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'TT', name: 'Thông tư' },
  { code: 'TTLT', name: 'Thông tư liên tịch' },
  { code: 'L', name: 'Luật' },
  { code: 'BL', name: 'Bộ luật' },
  { code: 'PL', name: 'Pháp lệnh' },
  { code: 'HP', name: 'Hiến pháp' },
  { code: 'VBHN', name: 'Văn bản hợp nhất' },
  { code: 'KL', name: 'Kết luận', party: true },
  { code: 'QĐi', name: 'Quy định', party: true },
  { code: 'TTri', name: 'Thông tri', party: true },
  { code: 'CV', name: 'Công văn' },
  { code: 'QTr', name: 'Quy trình', party: true },
];

/** The type of a công văn, which carries no abbreviation in its number. */
export const CONG_VAN: DocumentType = { code: 'CV', name: 'Công văn' };
export const UNKNOWN_TYPE: DocumentType = { code: 'VB', name: 'Văn bản' };

const byCode = new Map<string, DocTypeRule>();
for (const rule of DOC_TYPES) {
  for (const code of [rule.code, ...(rule.aliases ?? [])]) byCode.set(code.toUpperCase(), rule);
}

/**
 * Type from an abbreviation in a number. In Party numbers `TT` is a thông tri,
 * in state numbers a thông tư.
 */
export function typeFromCode(code: string, system: 'state' | 'party'): DocumentType | null {
  const upper = code.toUpperCase();
  if (system === 'party' && upper === 'TT') return { code: 'TT', name: 'Thông tri' };
  const rule = byCode.get(upper);
  return rule ? { code: rule.code, name: rule.name } : null;
}

/** Longest names first, so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ"; in capitals, as headings print them. */
const BY_TITLE = [...DOC_TYPES].sort((a, b) => b.name.length - a.name.length).map((rule) => ({ rule, title: rule.name.toLocaleUpperCase('vi') }));

/** Type from the heading printed above the subject: "CHỈ THỊ", "BÁO CÁO"… */
export function typeFromTitle(title: string): DocumentType | null {
  const upper = title.trim().toLocaleUpperCase('vi');
  for (const { rule, title: printed } of BY_TITLE) {
    if (upper === printed || upper.startsWith(`${printed} `)) return { code: rule.code, name: rule.name };
  }
  return null;
}
