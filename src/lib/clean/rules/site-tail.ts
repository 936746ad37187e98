import type { CleanRule } from '../types.ts';

/**
 * What a legal site prints after the document: lists of related documents
 * (each with its own number and dates, which are not this document's
 * citations), the site's notices to its members, login messages. They start
 * at one of these headings; everything from there to the end is the site's.
 */
const TAIL_START = [
  /^#{1,4}\s*(Văn bản liên quan|Văn bản gốc|Văn bản tiếng Anh|Lược đồ|Tải về|Nội dung MIX|Văn bản được hướng dẫn|Văn bản hợp nhất liên quan)(?![\p{L}\p{N}])/iu,
  /^Thưa Quý khách,?$/u,
  /^Cảm ơn đã dùng \S+\.vn$/u,
];

export const siteTail: CleanRule = {
  id: 'site-tail',
  label: 'phần trang web sau văn bản (văn bản liên quan, thông báo của trang)',
  apply(lines) {
    const at = lines.findIndex((l) => TAIL_START.some((re) => re.test(l.text.trim())));
    if (at < 0) return { lines, removed: [] };
    return { lines: lines.slice(0, at), removed: lines.slice(at) };
  },
};
