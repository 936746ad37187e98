import type { CleanRule, Line } from '../types.ts';

/**
 * A legal site's notes set into the text in brackets: "[Điều này được hướng
 * dẫn bởi Điều 3 Thông tư 153/2011/TT-BTC có hiệu lực thi hành từ ngày
 * 01/01/2012]", "[Cụm từ này bị thay thế bởi …]", "[Xử phạt vi phạm hành chính
 * trong quản lý quốc tịch được hướng dẫn bởi Điều 46 Nghị định 82/2020/NĐ-CP …]". They are the site's, written
 * after the document, and cite instruments the document never cites; each
 * note is taken out of its line and kept with the rule.
 */
const NOTE =
  /\s*\[(?:(?:(?:Điều|Khoản|Điểm|Cụm từ|Chương|Mục|Phụ lục|Nội dung|Tiết|Phần|Biểu mẫu|Mẫu)(?: này)?|Văn bản này|Từ ngữ này)\s+(?:được|bị|hết|không|đã|có)(?=\s)[^\]]{0,400}|[^\][]{0,200}?(?:được (?:hướng dẫn|sửa đổi|bổ sung|thay thế|quy định chi tiết)|bị (?:thay thế|bãi bỏ|đình chỉ|hủy bỏ)|hết hiệu lực)[^\][]{0,400})\]/gu;

export const editorNotes: CleanRule = {
  id: 'editor-notes',
  label: 'ghi chú của trang web đặt trong ngoặc vuông (được hướng dẫn, bị thay thế, hết hiệu lực…)',
  apply(lines) {
    const removed: Line[] = [];
    const out = lines.map((line) => {
      if (!line.text.includes('[')) return line;
      const notes = line.text.match(NOTE);
      if (!notes) return line;
      for (const n of notes) removed.push({ no: line.no, text: n.trim() });
      // A note set between two words leaves one space between them ("thiệt hại [Cụm từ…]về đất").
      return { no: line.no, text: line.text.replace(NOTE, ' ').replace(/ {2,}/g, ' ').trimEnd() };
    });
    return { lines: out, removed };
  },
};
