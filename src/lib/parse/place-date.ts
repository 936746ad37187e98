import { isoDate } from '../text/vietnamese.ts';
import { BLANK, isBlank } from './blank.ts';

/**
 * The place and date line: "Huế, ngày 10 tháng 6 năm 2026". A draft leaves day
 * and month blank, in any of the ways blank.ts lists ("Thanh Hóa, ngày tháng năm 2026",
 * "Huế, ngày ___ tháng ___ năm 2026", "Cao Bằng, ngày …/…/2026"): the date is then
 * null and the place and year are kept.
 */
export interface PlaceDate {
  place: string | null;
  date: string | null;
  year: number | null;
  /** Day or month left blank. */
  blank: boolean;
}

// Exports lose spaces around numbers: "tháng11", "11năm" (web pages of thuvienphapluat.vn). OCR reads
// a 1 as "l" or "I" and a 0 as "O" ("tháng l2" in the gazette's scanned Thông tư 19/2023/TT-BLĐTBXH):
// day and month may hold those, read back as digits.
const D = String.raw`(?:\d|[lIO](?=\d)|(?<=\d)[lIO])`;
/** Day or month: digits, a blank, or nothing (no group then). */
const PART = String.raw`(?:(${D}{1,2})|${BLANK})?`;
const DATE = String.raw`ngày\s*${PART}\s*tháng\s*${PART}\s*năm\s*(\d{4})\s*\.?$`;
const digits = (s: string) => Number(s.replace(/[lI]/g, '1').replace(/O/g, '0'));
const LONG = new RegExp(String.raw`^(?:(.+?),\s*)?${DATE}`, 'iu');
// The comma after the place is sometimes lost ("Hà Nội ngày 11 tháng 4 năm 2025"): then only a
// place of capitalised words (case-sensitive: "lực thi hành kể từ ngày…" is a sentence).
const NO_COMMA = new RegExp(String.raw`^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s+${DATE}`, 'u');
// Day or month with the separator after it: digits, or a blank before a slash ("…/…/2026", "ngày ..../..../2026").
// A blank takes no "." as separator: dots could then split anywhere in a run of dots, which costs time and means nothing.
const SHORT_PART = String.raw`(?:(\d{1,2})\s*[/.-]|(?:${BLANK})?\s*/)`;
const SHORT = new RegExp(String.raw`^(?:(.+?),\s*)?ngày\s*${SHORT_PART}\s*${SHORT_PART}\s*(\d{4})\s*\.?$`, 'iu');

export function parsePlaceDate(line: string): PlaceDate | null {
  const m = LONG.exec(line.trim()) ?? NO_COMMA.exec(line.trim()) ?? SHORT.exec(line.trim());
  if (!m) return null;
  const [, place, day, month, year] = m;
  const y = Number(year);
  const date = day && month ? isoDate(y, digits(month), digits(day)) : null;
  // "……, ngày … tháng … năm 2026": a place not written yet is no place.
  return { place: place && !isBlank(place) ? place.trim() : null, date, year: y, blank: !day || !month };
}
