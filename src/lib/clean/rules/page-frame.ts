import type { CleanRule, Line } from '../types.ts';
import { hasMotto } from '../../parse/motto.ts';
import { isUpperCase } from '../../text/vietnamese.ts';
import { NUMBER_OPENING } from '../../vocabulary/doc-number.ts';

/**
 * Whatever a site, a crawler or a gazette printed above the document's own
 * header: a page title, a copyright notice, a legend, a news summary, a
 * legal site's information table. A document starts with its header (Nghị
 * định 30, Phụ lục I: issuing body and national motto side by side), so the
 * header is found first (the motto, in the first part of the text) and backed
 * over the lines that belong to it (the issuer's name, rules, table pipes).
 * What is left above is the frame. A site's information table ("Số hiệu:",
 * "Loại văn bản:"…) is read as evidence, never as the document's metadata.
 */

/** Lines that may stand in a header's left column above or beside the motto. */
const HEADERISH = /^(?:#{1,6}\s*)?(?:[|*_\\\s-]*|[-_=*~—–]{3,}|\**\s*[\p{Lu}\d][\p{Lu}\d\s,.&\-–()/]*\**\s*\\?)$/u;
/** The subject line of a letter, in the issuer's column ("V/v tiếp tục thực hiện…"); it may wrap onto plain lines. */
const SUBJECT = /^\**\s*V\/[vV]\b/u;
/** A site's information table: `**Số hiệu:**`, then `|`, then the value. */
const INFO_FIELD =
  /^\**\s*(Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày hiệu lực|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực)\s*:?\s*\**\s*$/u;
const FIRST_PART = 0.4;
/** A site's frame may be long (notices, a legend, the information table): the header is looked for this far at least. */
const MIN_REACH = 150;
/** Lines of the issuer's column above the motto, at most. */
const BACK = 10;

/**
 * A header's number line: "Số: …", "Số 901-CV/TU", "Luật số: 18/2012/QH13". A crawler's
 * title "Nghị quyết số 23/2003/QH11" (no colon after a type) names the document, above its header.
 */
function numberLine(text: string): boolean {
  const t = text.replace(/^\W+/u, '');
  return NUMBER_OPENING.test(t) && (/^Số/u.test(t) || /số\s*:/u.test(t));
}

function evidenceOf(frame: Line[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < frame.length; i++) {
    // The label may wrap: "**" / "Ngày hiệu lực:**".
    const joined = frame[i]!.text.trim() === '**' && frame[i + 1] ? `**${frame[i + 1]!.text}` : frame[i]!.text;
    const m = INFO_FIELD.exec(joined.trim());
    if (!m) continue;
    const value = frame
      .slice(i + 1, i + 6)
      .map((l) => l.text.trim())
      .find((t) => t && t !== '|' && !/:\**$/u.test(t) && t !== '**');
    if (value && !(m[1]! in out)) out[m[1]!] = value.replace(/\*+/g, '').trim();
  }
  return out;
}

/** Fields of an information table that make a page a legal site's, not a document's own lines. */
const MIN_FIELDS = 3;

/**
 * A site's page whose document has no header (it starts at "Kính gửi", or the
 * site only says the text is being updated): the frame runs to the end of the
 * information table, the last field and its value.
 */
function withoutHeader(lines: Line[], limit: number) {
  const fields = lines
    .slice(0, limit)
    .flatMap((l, i) => (INFO_FIELD.test(l.text.trim()) || (l.text.trim() === '**' && INFO_FIELD.test(`**${lines[i + 1]?.text ?? ''}`)) ? [i] : []));
  if (fields.length < MIN_FIELDS) return { lines, removed: [] };
  let end = fields[fields.length - 1]! + 1;
  // The last field's value, and the pipes and blank lines around it.
  while (end < lines.length && /^[\s|*]*$/u.test(lines[end]!.text)) end++;
  if (end < lines.length) end++;
  while (end < lines.length && /^[\s|*]*$/u.test(lines[end]!.text)) end++;
  const frame = lines.slice(0, end);
  return { lines: lines.slice(end), removed: frame, evidence: evidenceOf(frame) };
}

export const pageFrame: CleanRule = {
  id: 'page-frame',
  label: 'phần trang web, tiêu đề của trình thu thập hoặc chú thích đứng trước phần đầu văn bản',
  apply(lines) {
    const limit = Math.max(MIN_REACH, Math.floor(lines.length * FIRST_PART));
    // The motto may wrap in a narrow cell ("**ĐẢNG" / "CỘNG SẢN VIỆT NAM**"): a short line is read with the next.
    const wrapped = (i: number) => {
      const head = lines[i]!.text.replace(/\*/g, '').trim();
      return (
        head.length < 30 && /\p{L}/u.test(head) && isUpperCase(head) && i + 1 < lines.length && hasMotto(`${head} ${lines[i + 1]!.text.replace(/\*/g, '')}`)
      );
    };
    const motto = lines.findIndex((l, i) => i < limit && (hasMotto(l.text) || wrapped(i)));
    if (motto < 0) return withoutHeader(lines, limit);
    if (motto === 0) return { lines, removed: [] };
    let start = motto;
    for (let i = motto - 1, seen = 0; i >= 0 && seen < BACK; i--) {
      const t = lines[i]!.text.trim();
      if (INFO_FIELD.test(t)) break;
      if (!HEADERISH.test(t) && !numberLine(t)) {
        // A wrapped subject: back to its "V/v" line, if one opens this block a few lines up.
        let j = i;
        while (j > i - 3 && j > 0 && lines[j]!.text.trim() && !SUBJECT.test(lines[j]!.text)) j--;
        if (!SUBJECT.test(lines[j]!.text)) break;
        i = j;
      }
      if (t) seen++;
      start = i;
    }
    // Blank lines and pipes at the top are not a frame worth reporting.
    const frame = lines.slice(0, start);
    if (!frame.some((l) => /\p{L}/u.test(l.text))) return { lines, removed: [] };
    return { lines: lines.slice(start), removed: frame, evidence: evidenceOf(frame) };
  },
};
