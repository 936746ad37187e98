import type { CleanRule, Line } from '../types.ts';

/**
 * A signature block a crawler flattened onto one line: "CHỦ TỊCH QUỐC HỘI
 * Nguyễn Sinh Hùng", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Minh Ngân", sometimes at the
 * end of the Nơi nhận list ("…- Lưu: VT, PC. KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Minh
 * Ngân"). It goes back on the lines the printed page has: the signing
 * authority ("KT. BỘ TRƯỞNG"), the title ("THỨ TRƯỞNG"), the name. Only in the
 * second half of the text, where signatures are; nothing is removed.
 */

const AUTHORITY = String.raw`(?:KT|TM|T\/M|K\/T|TL|T\/L|Q|TUQ)\.?\s+`;
const CAPS = String.raw`\p{Lu}[\p{Lu}\s,.-]*\p{Lu}`;
/** 2 to 5 capitalised syllables: a person's name. */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}`;
const BLOCK = new RegExp(String.raw`(?:^|\s)((?:${AUTHORITY})?${CAPS})\s+(${NAME})\s*(\((?:Đã|đã) ký\))?\s*$`, 'u');
/** Titles a signer holds, in the capitals before the name. */
const TITLES = String.raw`(?:PHÓ\s+)?(?:THỦ TƯỚNG|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH VĂN PHÒNG|BÍ THƯ|TRƯỞNG BAN|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG|THỐNG ĐỐC|TỔNG CỤC TRƯỞNG|CHỈ HUY TRƯỞNG|CHÍNH ỦY|TƯ LỆNH|TRƯỞNG PHÒNG|CHỦ NHIỆM)`;
const HAS_TITLE = new RegExp(String.raw`(?:^|\s)${TITLES}(?=\s|$)`, 'u');
const ENDS_WITH_TITLE = new RegExp(String.raw`(?:^|\s)(${TITLES})$`, 'u');
const OPENS_WITH_AUTHORITY = new RegExp(`^${AUTHORITY}`, 'u');

function split(text: string): string[] | null {
  const m = BLOCK.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trim();
  const caps = m[1]!.trim();
  const parts: string[] = before ? [before] : [];
  const authority = OPENS_WITH_AUTHORITY.test(caps);
  // "KT. BỘ TRƯỞNG THỨ TRƯỞNG": the authority line, then the title that ends it; "CHỦ TỊCH QUỐC HỘI" stays one line.
  const last = authority ? ENDS_WITH_TITLE.exec(caps) : null;
  if (last && last.index > 0) parts.push(caps.slice(0, last.index).trim(), last[1]!);
  else if (!authority && !HAS_TITLE.test(caps)) return null;
  else parts.push(caps);
  parts.push(m[2]!);
  if (m[3]) parts.push(m[3]);
  return parts;
}

export const flattenedSignature: CleanRule = {
  id: 'flattened-signature',
  label: 'khối chữ ký bị dồn lên một dòng',
  apply(lines) {
    const half = Math.floor(lines.length / 2);
    const out: Line[] = [];
    lines.forEach((line, i) => {
      const parts = i >= half && line.text.length < 300 ? split(line.text.trim()) : null;
      if (parts) for (const text of parts) out.push({ no: line.no, text });
      else out.push(line);
    });
    return { lines: out, removed: [] };
  },
};
