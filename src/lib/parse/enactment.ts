import type { DocumentNumber } from '../model.ts';
import { parseNumberLine } from '../vocabulary/doc-number.ts';
import { parsePlaceDate } from './place-date.ts';
import type { Line } from '../clean/index.ts';

/**
 * Where a date or number is printed outside the header, as data:
 * - a law or a National Assembly resolution is dated by its passage, at its
 *   end: "Luật này đã được Quốc hội … khóa XV, kỳ họp thứ 8 thông qua ngày 27
 *   tháng 11 năm 2024.";
 * - a consolidated text (văn bản hợp nhất) prints its own number and date in
 *   the certification block at its end: "XÁC THỰC VĂN BẢN HỢP NHẤT" / "Số:
 *   462/VBHN-BLĐTBXH" / "Hà Nội, ngày 10 tháng 02 năm 2025".
 */

const PASSED = /thông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

/** The passage date of a law or resolution (the last "thông qua ngày …" of the text), ISO. */
export function passageDate(text: string): { date: string; year: number } | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(PASSED)) last = m;
  if (!last) return null;
  const pd = parsePlaceDate(`ngày ${last[1]} tháng ${last[2]} năm ${last[3]}`);
  return pd?.date ? { date: pd.date, year: pd.year! } : null;
}

const CERTIFICATION = /^\W*XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT\W*$/u;

export interface Certification {
  number: DocumentNumber | null;
  date: string | null;
  place: string | null;
  line: number;
}

/**
 * The certification block of a consolidated text, if it has one. Its number and
 * date stand in the column beside the heading: before it or after it once the
 * two columns are read one after the other.
 */
export function certification(lines: Line[]): Certification | null {
  const at = lines.findIndex((l) => CERTIFICATION.test(l.text));
  if (at < 0) return null;
  const out: Certification = { number: null, date: null, place: null, line: lines[at]!.no };
  for (const l of [...lines.slice(at + 1, at + 7), ...lines.slice(Math.max(0, at - 4), at).reverse()]) {
    out.number ??= parseNumberLine(l.text.replace(/\*/g, ''));
    const pd = parsePlaceDate(l.text.replace(/\*/g, ''));
    if (pd && !out.date) {
      out.date = pd.date;
      out.place = pd.place;
    }
  }
  return out;
}

/** "Quốc hội ban hành Luật …", "Bộ trưởng Bộ Tài chính ban hành Thông tư …": the enacting formula of a preamble. */
const ENACTS = /^(.{3,80}?)\s+ban hành\s+(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị)(?![\p{L}\p{N}])/u;
/** The officer who signs for a ministry ("Bộ trưởng Bộ Tài chính") names the ministry. */
const OFFICE = /^(?:Bộ trưởng|Thống đốc|Tổng Kiểm toán|Chánh án|Viện trưởng|Chủ nhiệm)\s+/u;

/**
 * The issuing body as the enacting formula names it, for a text printed
 * without its header (a legal site's copy that starts at "LUẬT"): the body
 * must be one of the central bodies (issuers.ts), or a minister's ministry.
 */
export function enactingBody(paragraphs: string[], isBody: (name: string) => boolean): string | null {
  for (const p of paragraphs) {
    const m = ENACTS.exec(p.replace(/^[*_\s]+/u, ''));
    if (!m) continue;
    const name = m[1]!.replace(OFFICE, '').trim();
    if (isBody(name)) return name;
  }
  return null;
}

/** "(Ban hành kèm theo Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê)". */
const ISSUED_WITH = /^[\W_]*(?:Ban hành\s+)?kèm theo\s+/iu;

export interface ParentDocument {
  kind: string;
  number: DocumentNumber;
  date: string | null;
  issuer: string | null;
  line: number;
}

/**
 * A file that holds only an annex (a commune list sent with a letter) names the
 * document it belongs to under its title. Its number, date and issuer are that
 * document's: the annex is filed under it. Read only where the file has no
 * header of its own, and said so on the page.
 */
export function parentOfAnnex(
  units: Array<{ text: string; line: number }>,
  scan: (text: string) => Array<{ kind: string; number: DocumentNumber | null; date: string | null; issuer: string | null }>,
): ParentDocument | null {
  for (const u of units.slice(0, 4)) {
    if (!ISSUED_WITH.test(u.text)) continue;
    const m = scan(u.text).find((x) => x.number?.serial);
    if (m) return { kind: m.kind, number: m.number!, date: m.date && m.date.length === 10 ? m.date : null, issuer: m.issuer, line: u.line };
  }
  return null;
}
