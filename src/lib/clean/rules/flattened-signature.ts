import type { CleanRule, Line } from '../types.ts';
import { SIGN_PREFIX, SIGNED_MARK } from '../../parse/signature.ts';

/**
 * A signature block a crawler flattened onto one line: "CHỦ TỊCH QUỐC HỘI
 * Nguyễn Sinh Hùng", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Minh Ngân", sometimes at the
 * end of the Nơi nhận list ("…- Lưu: VT, PC. KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Minh
 * Ngân"). It goes back on the lines the printed page has: the signing
 * authority ("KT. BỘ TRƯỞNG"), the title ("THỨ TRƯỞNG"), the name. Not in the
 * header (the first lines); nothing is removed. "XÁC THỰC VĂN BẢN HỢP NHẤT",
 * the heading of a consolidated text's certification, goes on a line of its own.
 */

const AUTHORITY = String.raw`${SIGN_PREFIX}\s+`;
const CAPS = String.raw`\p{Lu}[\p{Lu}\s,.-]*\p{Lu}`;
/** 2 to 5 capitalised syllables: a person's name. */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}`;
/** What a crawler runs on after the signature: the first annex or form. */
const ANNEX_START = /\s(?:Phụ lục|PHỤ LỤC|DANH MỤC|DANH SÁCH|Mẫu số|MẪU SỐ|BIỂU MẪU)(?![\p{L}\p{N}])/u;
const BLOCK = new RegExp(String.raw`(?:^|\s)((?:${AUTHORITY})?${CAPS})\s+(${NAME})\s*(${SIGNED_MARK})?\s*$`, 'u');
/** A signature block is short: the pattern is tried on the end of a line only. */
const WINDOW = 200;
/** A name alone with its "(Đã ký)": a law's signature as a crawler keeps it. */
const SIGNED_NAME = new RegExp(String.raw`^(${NAME})\s*(${SIGNED_MARK})$`, 'u');
/** Titles a signer holds, in the capitals before the name. */
const TITLES = String.raw`(?:PHÓ\s+)?(?:THỦ TƯỚNG|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH VĂN PHÒNG|BÍ THƯ|TRƯỞNG BAN|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG|THỐNG ĐỐC|TỔNG CỤC TRƯỞNG|CHỈ HUY TRƯỞNG|CHÍNH ỦY|TƯ LỆNH|TRƯỞNG PHÒNG|CHỦ NHIỆM)`;
const HAS_TITLE = new RegExp(String.raw`(?:^|\s)${TITLES}(?=\s|$)`, 'u');
const ENDS_WITH_TITLE = new RegExp(String.raw`(?:^|\s)(${TITLES})$`, 'u');
const OPENS_WITH_AUTHORITY = new RegExp(`^${AUTHORITY}`, 'u');

/** Lines at the top where a header, not a signature, stands. */
const HEADER_LINES = 10;
const CERTIFICATION = /^XÁC THỰC VĂN BẢN HỢP NHẤT\s+/u;

/** What a signature line must hold, checked first: a title in capitals ("CHỦ TỊCH") or "(Đã ký)", and a name at its end. */
const TITLE_OR_SIGNED = new RegExp(String.raw`\p{Lu}{2,}\s+\p{Lu}{2,}|${SIGNED_MARK}`, 'u');
const NAME_AT_END = new RegExp(String.raw`${NAME}\s*(?:${SIGNED_MARK})?\s*$`, 'u');
const endsWithName = (s: string) => NAME_AT_END.test(s.slice(-60));

function split(text: string): string[] | null {
  // Most lines end in punctuation: the cheap test at the end first, the annex search only then.
  let head = text;
  let annexAt = -1;
  if (!endsWithName(text)) {
    annexAt = ANNEX_START.exec(text)?.index ?? -1;
    if (annexAt <= 0) return null;
    head = text.slice(0, annexAt);
    if (!endsWithName(head)) return null;
  }
  if (!TITLE_OR_SIGNED.test(text)) return null;
  const alone = SIGNED_NAME.exec(text);
  if (alone) return [alone[1]!, alone[2]!];
  // The window opens at a space, so that it never starts inside a word.
  const from = head.length > WINDOW ? head.indexOf(' ', head.length - WINDOW) : 0;
  const m = from < 0 ? null : BLOCK.exec(head.slice(from));
  if (!m) return null;
  const before = head.slice(0, from + m.index).trim();
  let caps = m[1]!.trim();
  const parts: string[] = before ? [before] : [];
  const certified = CERTIFICATION.exec(caps);
  if (certified) {
    parts.push(certified[0].trim());
    caps = caps.slice(certified[0].length);
  }
  const authority = OPENS_WITH_AUTHORITY.test(caps);
  // "KT. BỘ TRƯỞNG THỨ TRƯỞNG": the authority line, then the title that ends it; "CHỦ TỊCH QUỐC HỘI" stays one line.
  const last = authority ? ENDS_WITH_TITLE.exec(caps) : null;
  if (last && last.index > 0) parts.push(caps.slice(0, last.index).trim(), last[1]!);
  else if (!authority && !HAS_TITLE.test(caps)) return null;
  else parts.push(caps);
  parts.push(m[2]!);
  if (m[3]) parts.push(m[3]);
  // The annex the line ran on into, after a blank line (see below).
  if (annexAt > 0) parts.push('', text.slice(annexAt).trim());
  return parts;
}

export const flattenedSignature: CleanRule = {
  id: 'flattened-signature',
  label: 'khối chữ ký bị dồn lên một dòng',
  apply(lines) {
    const out: Line[] = [];
    lines.forEach((line, i) => {
      const parts = i >= HEADER_LINES && line.text.length < 300 ? split(line.text.trim()) : null;
      if (!parts) {
        out.push(line);
        return;
      }
      // The block ends with the name: a blank line after it, so that what follows is not part of it.
      const tail = parts.indexOf('');
      const block = tail < 0 ? parts : parts.slice(0, tail);
      for (const text of block) out.push({ no: line.no, text });
      out.push({ no: line.no, text: '' });
      if (tail >= 0) out.push({ no: line.no, text: parts[tail + 1]! });
    });
    return { lines: out, removed: [] };
  },
};
