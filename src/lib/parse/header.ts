import type { DocumentNumber, DocumentType, HeaderLine } from '../model.ts';
import { isUpperCase } from '../text/vietnamese.ts';
import { typeFromTitle } from '../vocabulary/doc-types.ts';
import { NUMBER_OPENING, parseNumberLine, parseSymbol } from '../vocabulary/doc-number.ts';
import { parsePlaceDate, type PlaceDate } from './place-date.ts';
import { startsPlaceDate, type Unit } from './units.ts';
import { readLabel } from './numbering.ts';
import { MOTTO } from './motto.ts';
import { continuesName, isCentralBody } from '../vocabulary/issuers.ts';
import { SIGN_AUTHORITY } from './signature.ts';
import { BLANK } from './blank.ts';

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

const WHOLE_MOTTO = MOTTO.map((re) => new RegExp(`^(?:${re.source})$`, re.flags));
const SEPARATOR = /^[*\-_=—–~\s]+$/u;
const SUBJECT_START = /^(V\/v|Về\s|về\s|V\/V)/u;
const BODY_START = /^(Căn cứ|Thực hiện|Để\s|Trong (những|thời gian)|Nhằm|Ngày\s+\d)/u;

/** Up to four syllables, the first capitalised: the head of a place name cut from its date line ("Hà" / "Nội, ngày…", "Thành phố Hồ" / "Chí Minh, ngày…"). */
const PLACE_FRAGMENT = /^\p{Lu}\p{Ll}*(?:\s+\p{L}\p{Ll}*){0,3},?$/u;

function isMotto(s: string): boolean {
  return WHOLE_MOTTO.some((re) => re.test(s.trim()));
}

interface Piece {
  text: string;
  line: number;
}

/**
 * A motto merged with the other column on one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ
 * HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc"): each part on its own.
 */
function splitMotto(p: Piece): Piece[] {
  for (const re of MOTTO) {
    const m = re.exec(p.text);
    if (!m || m[0].length === p.text.trim().length) continue;
    return [p.text.slice(0, m.index), m[0], p.text.slice(m.index + m[0].length)]
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text, line: p.line }));
  }
  return [p];
}

/** A unit's texts to classify: table cells of a two-column header count separately. */
function pieces(unit: Unit): Piece[] {
  if (unit.cells) return unit.cells.filter((c) => c.trim()).map((text) => ({ text, line: unit.line }));
  // A motto printed over two lines ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM") is one line of the header.
  if (isMotto(unit.text)) return [{ text: unit.text, line: unit.line }];
  // Uppercase lines stacked in one block are separate header lines (authority over its parent),
  // unless a line only goes on with the name above it ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI").
  if (unit.lines.length < 2 || !isUpperCase(unit.text)) return splitMotto({ text: unit.text, line: unit.line });
  // So does a line inside an emphasis the line above opened ("**ỦY BAN NHÂN" / "DÂN **").
  const joined: Array<Piece & { open: boolean }> = [];
  for (const l of unit.lines) {
    const last = joined[joined.length - 1];
    const text = l.text.replace(/\*+/g, ' ').replace(/\s+/g, ' ').trim();
    // The Party's star under its issuer ("*"), once its marker is read as emphasis, leaves nothing.
    if (!text) continue;
    const opens = ((l.text.match(/\*\*/g)?.length ?? 0) % 2 === 1) !== (last?.open ?? false);
    if (last && (last.open || continuesName(last.text, text))) {
      last.text = `${last.text} ${text}`;
      last.open = opens;
    } else joined.push({ text, line: l.no, open: opens });
  }
  return joined.flatMap(({ text, line }) => splitMotto({ text, line }));
}

/**
 * A place-date cut before its year with day or month left blank ("Hà Nội, ngày …… tháng ……" /
 * "năm 2026"): a blank ends the unit as a full stop would, and units.ts knows only digits there.
 */
const BLANK_DATE_HEAD = new RegExp(String.raw`^\p{Lu}[\p{L} .'’-]{0,40},\s*ngày(?:\s*(?:\d{1,2}|${BLANK}))?(?:\s*tháng(?:\s*(?:\d{1,2}|${BLANK}))?)?\s*$`, 'u');

/** "Hà" / "Nội, ngày 25 tháng 07" / "năm 2016": a place-date cut over units; their joined text and how many. */
function placeDateAcross(units: Unit[], i: number): { text: string; count: number; pd: PlaceDate } | null {
  const first = units[i]!;
  if (first.cells || !(PLACE_FRAGMENT.test(first.text) || startsPlaceDate(first.text) || BLANK_DATE_HEAD.test(first.text))) return null;
  let text = first.text;
  for (let n = 1; n < 3 && i + n < units.length; n++) {
    const next = units[i + n]!;
    if (next.cells || next.text.length > 40) return null;
    text = `${text} ${next.text}`;
    const pd = parsePlaceDate(text);
    if (pd) return { text, count: n + 1, pd };
  }
  return null;
}

/** A number line with nothing after its opening: "Số:", "Luật số:". */
const NUMBER_ONLY = new RegExp(`${NUMBER_OPENING.source}\\s*:?\\s*$`, 'iu');

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
      h.addressees.push(
        unit.text
          .replace(/^[-–—•+]\s*/u, '')
          .replace(/\*+$/, '')
          .trim(),
      );
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
    // A speck a scanner read as a letter ("z)", "—") between the header's lines, before its number
    // or date: noise, not the first line of the body.
    if (
      (!h.numberLine || !h.placeDate) &&
      h.lines.length &&
      !unit.cells &&
      !SEPARATOR.test(unit.text) &&
      unit.text.replace(/[\p{P}\p{S}\s]/gu, '').length <= 1
    ) {
      h.lines.push({ role: 'other', text: unit.text, line: unit.line });
      continue;
    }
    // "Số:" alone, the symbol on the next line (web pages' header tables).
    const next = units[i + 1];
    if (!h.numberLine && next && !next.cells && NUMBER_ONLY.test(unit.text) && parseSymbol(next.text)) {
      classify(`${unit.text.trim()} ${next.text.trim()}`, unit.line, h);
      i++;
      continue;
    }
    const across = !h.placeDate && !parsePlaceDate(unit.text) ? placeDateAcross(units, i) : null;
    if (across) {
      h.placeDate = { ...across.pd, line: unit.line };
      h.lines.push({ role: 'place-date', text: across.text, line: unit.line });
      i += across.count - 1;
      continue;
    }
    // A unit is in the header only when every piece of it is: otherwise none of it is.
    // Only the lists are changed in place (classify replaces the other fields), so copying them is a snapshot.
    const before = { ...h, lines: [...h.lines], authorities: [...h.authorities], addressees: [...h.addressees] };
    if (!classifyUnit(pieces(unit), h)) {
      Object.assign(h, before);
      break;
    }
    expectSubject = h.type !== null && h.subject === null;
  }
  h.end = i;
  return h;
}

/**
 * Records a unit's pieces in `h`; false when one is not part of a header. The lines
 * under a type in the same block are its subject ("KẾ HOẠCH" / "TRIỂN KHAI CÁC GIẢI PHÁP…").
 */
function classifyUnit(ps: Piece[], h: Header): boolean {
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k]!;
    const typeBefore = h.type;
    if (!classify(p.text, p.line, h)) return false;
    const rest = ps.slice(k + 1);
    if (!typeBefore && h.type && rest.length && !h.subject && !/^CỦA\s/u.test(rest[0]!.text)) {
      h.subject = rest.map((r) => r.text).join(' ');
      h.lines.push({ role: 'subject', text: h.subject, line: rest[0]!.line });
      return true;
    }
  }
  return true;
}

/** "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011": both header columns on one line. */
function numberThenDate(text: string): [string, string] | null {
  for (const m of text.matchAll(/\s+/gu)) {
    const head = text.slice(0, m.index);
    const tail = text.slice(m.index + m[0].length);
    if (parseNumberLine(head) && parsePlaceDate(tail)) return [head, tail];
  }
  return null;
}

/** Records one header line in `h`; false when the line is not part of a header. */
function classify(raw: string, line: number, h: Header): boolean {
  // A dash OCR read from the rule drawn beside a body's name ("- SỞ GIÁO DỤC VÀ ĐÀO TẠO"): no list item in a header.
  const text = raw.replace(/^[-–—•]\s+(?=\p{Lu}{2,})/u, '');
  const add = (role: HeaderLine['role']) => {
    h.lines.push({ role, text, line });
    return true;
  };
  if (isMotto(text)) {
    if (/ĐẢNG CỘNG SẢN/iu.test(text)) h.party = true;
    return add('motto');
  }
  if (SEPARATOR.test(text)) return add('separator');
  if (NUMBER_OPENING.test(text) && !h.numberLine) {
    const both = !h.placeDate && !parseNumberLine(text) ? numberThenDate(text) : null;
    if (both) return classify(both[0], line, h) && classify(both[1], line, h);
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
  // A signature block ("TM. CHÍNH PHỦ", "KT. BỘ TRƯỞNG") is never part of a header, even on a page with nothing above it.
  if (isUpperCase(text) && !readLabel(text) && !SIGN_AUTHORITY.test(text)) {
    const type = h.type ? null : typeFromTitle(text);
    if (type) {
      h.type = type;
      return add('type');
    }
    if (h.type && !h.typeIssuer && /^CỦA\s/u.test(text)) {
      h.typeIssuer = text.replace(/^CỦA\s+/u, '');
      return add('type');
    }
    // Resolutions print the enacting body under their subject ("ỦY BAN THƯỜNG VỤ QUỐC HỘI" before "Căn cứ…").
    if (h.type && h.subject && !h.authorities.length && isCentralBody(text)) {
      h.authorities.push(text);
      return add('authority');
    }
    if (!h.type && text.length <= 80) {
      const last = h.authorities.length - 1;
      if (last >= 0 && continuesName(h.authorities[last]!, text)) h.authorities[last] = `${h.authorities[last]} ${text}`;
      else h.authorities.push(text);
      return add('authority');
    }
  }
  return false;
}
