import type { CleanRule, Line } from '../types.ts';
import { mottoIn } from '../../parse/motto.ts';
import { BLANK } from '../../parse/blank.ts';

/**
 * A header whose two columns a crawler flattened onto one to three lines:
 * "BỘ KẾ HOẠCH VÀ ĐẦU TƯ ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập -
 * Tự do - Hạnh phúc ---------------" / "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn …
 * Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: …". Each element goes back on a
 * line of its own (same source line number), as the printed header has it;
 * the rules drawn under the issuer and the motto are taken out.
 *
 * Underscores are also how a draft leaves a blank ("Số: ___/CT-UBND",
 * "ngày ___ tháng ___ năm 2026"): a run of them is a rule only when it is a
 * whole element by itself (" ________ " between the motto and the number),
 * never beside words on its line. Dashes, stars and the like are never blanks.
 */

/** Where a header element starts inside a flattened line. */
const STARTS = [
  // A symbol that lost its "Số:" to the line above ("Số:" / "230/2025/NĐ-CP Hà Nội, ngày…").
  /^\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[\p{Lu}Đ][\p{L}\d]*(?:-[\p{L}\d]+)*(?=\s)/u,
  // "Số: 3397/BKHĐT-QLKTTW", or a draft's "Số: ___/CT-UBND".
  new RegExp(String.raw`(?<![\p{L}\d])Số\s*:\s*(?:\S*\d|(?:${BLANK})?\s*\/)`, 'u'),
  /(?<![\p{L}])V\/[vV]\s/u,
  /(?<![\p{L}])Kính gửi\s*:/u,
  new RegExp(String.raw`(?<=^|\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4},\s*ngày\s*(?:\d|${BLANK})`, 'u'),
];
/** A rule drawn beside words ("QUỐC HỘI --------"): taken out wherever it is (captured, to report it). */
const SEPARATOR = /(\s*[-=*~—–]{3,}\s*)/u;
/** An underscore rule: only an element by itself (beside words it is a blank). */
const UNDERSCORE_RULE = /^_{3,}$/u;
/** The end of a date line, its day and month written or left blank ("ngày ___ tháng ___ năm 2026"). */
const DATE_END = new RegExp(String.raw`ngày\s*(?:\d+|${BLANK})?\s*tháng\s*(?:\d+|${BLANK})?\s*năm\s*\d{4}`, 'gu');
/** Text lines from the top where a header may be flattened (title line, two columns, number, date). */
const TOP = 6;

const GLOBAL_STARTS = STARTS.map((re) => new RegExp(re.source, `${re.flags}g`));

/**
 * A line is a flattened header when it holds the motto or two header
 * elements, or opens with a date line that runs on ("Hà Nội, ngày … năm 2012
 * LUẬT BIỂN VIỆT NAM"); a body sentence that ends on a date is none of these.
 */
function split(text: string): { parts: string[]; rules: string[] } | null {
  const cuts = new Set<number>();
  let anchors = 0;
  for (const re of GLOBAL_STARTS) {
    for (const hit of text.matchAll(re)) {
      anchors++;
      if (hit.index! > 0) cuts.add(hit.index!);
    }
  }
  // The motto's parts start and end elements: "CỘNG HÒA … VIỆT NAM", "Độc lập - Tự do - Hạnh phúc".
  for (let rest = text, offset = 0, m = mottoIn(rest); m; m = mottoIn(rest)) {
    // The motto with words beside it is a flattened header by itself (OCR reads both columns as one line).
    anchors += 2;
    const start = offset + m.index;
    const end = start + m[0].length;
    if (start > 0) cuts.add(start);
    if (end < text.length) cuts.add(end);
    offset = end;
    rest = text.slice(end);
  }
  const opensWithDate = /^\p{Lu}[\p{L}.'’ -]{0,40},?\s*ngày\s/u.test(text);
  // A rule drawn beside words ("VĂN PHÒNG QUỐC HỘI --------") is the header's too (underscores there are a blank).
  const ruled = /\S\s+[-=*~—–]{3,}|[-=*~—–]{3,}\s+\S/u.test(text);
  if (anchors < 2 && !opensWithDate && !ruled) return null;
  // The end of a date line ("… năm 2012 LUẬT BIỂN VIỆT NAM"): the title follows.
  for (const hit of text.matchAll(DATE_END)) {
    const end = hit.index! + hit[0].length;
    if (end < text.length) cuts.add(end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const cut of [...sorted, text.length]) {
    parts.push(text.slice(from, cut));
    from = cut;
  }
  // Split on the rules, odd items being the rules themselves; what is taken out is exactly what is reported.
  const rules: string[] = [];
  const pieces: string[] = [];
  for (const part of parts) {
    for (const [k, piece] of part.split(SEPARATOR).entries()) {
      const t = piece.trim();
      if (!t) continue;
      if (k % 2 === 1 || UNDERSCORE_RULE.test(t)) rules.push(t);
      else pieces.push(t);
    }
  }
  // Markup before an element ("# ĐẢNG CỘNG SẢN…", "**Số:") stays with it; a table's pipe stays a line of its own.
  const merged = pieces.reduce<string[]>((out, p) => {
    const last = out[out.length - 1];
    if (last !== undefined && !/[\p{L}\p{N}|]/u.test(last)) out[out.length - 1] = `${last} ${p}`;
    else out.push(p);
    return out;
  }, []);
  return { parts: merged, rules };
}

export const flattenedHeader: CleanRule = {
  id: 'flattened-header',
  label: 'đường kẻ trong phần đầu văn bản bị dồn lên một dòng',
  apply(lines) {
    const out: Line[] = [];
    const removed: Line[] = [];
    let seen = 0;
    for (const line of lines) {
      if (seen >= TOP || !line.text.trim()) {
        out.push(line);
        continue;
      }
      seen++;
      const cut = split(line.text);
      if (!cut || (!cut.rules.length && cut.parts.length < 2)) {
        out.push(line);
        continue;
      }
      // A blank line between the elements: each is a unit of its own, as on the printed page.
      cut.parts.forEach((text, k) => out.push(...(k ? [{ no: line.no, text: '' }] : []), { no: line.no, text }));
      if (cut.rules.length) removed.push({ no: line.no, text: cut.rules.join(' ') });
    }
    return { lines: out, removed };
  },
};
