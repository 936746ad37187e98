import { dropLines, type CleanRule } from '../types.ts';

/**
 * "(Xem tiếp Công báo số 331 + 332)": a long text the gazette spread over
 * issues, cut where this file's issue ends. The note goes; the document is
 * then marked incomplete (parse/completeness.ts reads `removed`).
 */
export const CONTINUED = /^\s*\(\s*Xem tiếp Công báo số[^)]*\)\s*$/iu;

export const gazetteContinued: CleanRule = {
  id: 'gazette-continued',
  label: 'ghi chú "Xem tiếp Công báo số…" (văn bản bị cắt giữa hai số Công báo)',
  apply: (lines) => dropLines(lines, (l) => CONTINUED.test(l.text)),
};
