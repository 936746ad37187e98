import type { DocumentNumber, DocumentType, HeaderLine } from '../model.ts';
import { isUpperCase } from '../text/vietnamese.ts';
import { typeFromTitle } from './doc-types.ts';
import { parseNumberLine } from './doc-number.ts';
import { parsePlaceDate, type PlaceDate } from './place-date.ts';
import type { Unit } from './units.ts';
import { readLabel } from './numbering.ts';

/**
 * The header (thể thức) above the body: motto, issuing body, number, place and
 * date, type, subject, "Kính gửi". Exports scramble its two columns, so each line
 * is recognised on its own, in any order, until the first line of the body.
 */

export interface Header {
  lines: HeaderLine[];
  number: DocumentNumber | null;
  /** A "Số" line was there, even if blank or unreadable. */
  numberLine: { text: string; line: number } | null;
  placeDate: (PlaceDate & { line: number }) | null;
  type: DocumentType | null;
  /** "CỦA BAN THƯỜNG VỤ TỈNH ỦY" printed under the type. */
  typeIssuer: string | null;
  subject: string | null;
  authorities: string[];
  addressees: string[];
  party: boolean;
  /** Index of the first unit after the header. */
  end: number;
}

const MOTTO = [/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/iu, /Độc lập\s*[-–—]\s*Tự do\s*[-–—]\s*Hạnh phúc/iu, /^ĐẢNG CỘNG SẢN VIỆT NAM$/iu];
const SEPARATOR = /^[*\-_=—–~\s]+$/u;
const SUBJECT_START = /^(V\/v|Về\s|về\s|V\/V)/u;
const BODY_START = /^(Căn cứ|Thực hiện|Để\s|Trong (những|thời gian)|Nhằm|Ngày\s+\d)/u;

function isMotto(s: string): boolean {
  return MOTTO.some((re) => re.test(s));
}

/** A unit's texts to classify: table cells of a two-column header count separately. */
function pieces(unit: Unit): Array<{ text: string; line: number }> {
  if (unit.cells) return unit.cells.filter((c) => c.trim()).map((text) => ({ text, line: unit.line }));
  // Uppercase lines stacked in one block are separate header lines (authority over its parent).
  if (unit.lines.length > 1 && isUpperCase(unit.text)) return unit.lines.map((l) => ({ text: l.text, line: l.no }));
  return [{ text: unit.text, line: unit.line }];
}

export function parseHeader(units: Unit[]): Header {
  const h: Header = {
    lines: [],
    number: null,
    numberLine: null,
    placeDate: null,
    type: null,
    typeIssuer: null,
    subject: null,
    authorities: [],
    addressees: [],
    party: false,
    end: 0,
  };
  let expectSubject = false;
  let inAddressees = false;
  let i = 0;
  for (; i < units.length; i++) {
    const unit = units[i]!;
    if (inAddressees && readLabel(unit.text)?.rule.kind === 'item') {
      h.addressees.push(unit.text.replace(/^[-–—•+]\s*/u, '').replace(/\*+$/, '').trim());
      h.lines.push({ role: 'other', text: unit.text, line: unit.line });
      continue;
    }
    inAddressees = false;
    const kinhGui = /^(?:[-–]\s*)?Kính gửi\s*:?\s*(.*)$/iu.exec(unit.text);
    if (kinhGui) {
      const rest = kinhGui[1]!.replace(/^\*+|\*+$/g, '').trim();
      if (rest) h.addressees.push(rest);
      h.lines.push({ role: 'other', text: unit.text, line: unit.line });
      inAddressees = true;
      continue;
    }
    if (expectSubject && !/^CỦA\s/u.test(unit.text) && !BODY_START.test(unit.text) && !readLabel(unit.text) && !unit.cells) {
      h.subject = unit.text;
      h.lines.push({ role: 'subject', text: unit.text, line: unit.line });
      expectSubject = false;
      continue;
    }
    const classified = pieces(unit).map((p) => classify(p.text, p.line, h));
    if (classified.some((ok) => !ok)) break;
    expectSubject = h.type !== null && h.subject === null;
  }
  h.end = i;
  return h;
}

/** Records one header line in `h`; false when the line is not part of a header. */
function classify(text: string, line: number, h: Header): boolean {
  const add = (role: HeaderLine['role']) => {
    h.lines.push({ role, text, line });
    return true;
  };
  if (isMotto(text)) {
    if (/ĐẢNG CỘNG SẢN/iu.test(text)) h.party = true;
    return add('motto');
  }
  if (SEPARATOR.test(text)) return add('separator');
  if (/^Số(?!\p{L})/iu.test(text) && !h.numberLine) {
    h.numberLine = { text, line };
    h.number = parseNumberLine(text);
    if (h.number?.system === 'party') h.party = true;
    return add('number');
  }
  const pd = !h.placeDate ? parsePlaceDate(text) : null;
  if (pd) {
    h.placeDate = { ...pd, line };
    return add('place-date');
  }
  if (SUBJECT_START.test(text) && !h.subject && (h.type || /^V\/v/iu.test(text))) {
    h.subject = text.replace(/^V\/[vV]\s*:?\s*/u, '').trim();
    return add('subject');
  }
  if (isUpperCase(text) && !readLabel(text)) {
    const type = h.type ? null : typeFromTitle(text);
    if (type) {
      h.type = type;
      return add('type');
    }
    if (h.type && !h.typeIssuer && /^CỦA\s/u.test(text)) {
      h.typeIssuer = text.replace(/^CỦA\s+/u, '');
      return add('type');
    }
    if (!h.type && text.length <= 80) {
      h.authorities.push(text);
      return add('authority');
    }
  }
  return false;
}
