import type { CleanRule, Line } from '../types.ts';

/**
 * Emphasis an export left where Markdown would not read it as emphasis: a
 * closing `**` after a space, glued to the next word ("**Điều 1. **Ban hành…",
 * "**3. **Tổ chức"), which leaves the numbering behind a marker; and empty
 * emphasis (`** **`) from cells that held only a space; a marker that ends a
 * line after a space. The markers move next to their words; the empty pairs go
 * (and are reported).
 */
/** Only on a line that opens with emphasis: the first marker after a space then closes it. */
const CLOSED_AFTER_SPACE = /^(\s*\*\*[^*]*?\S) \*\*(?=[\p{L}\p{N}])/u;
/**
 * A span closed and the next opened at once, beside a space ("các ****đơn vị", "xã**** của"):
 * one bold run the export cut in two. Glued between words ("**CHỈ THỊ****CỦA…**") it is two
 * runs, which units.ts splits.
 */
const REOPENED = /(?<=\s)\*{4}(?=\S)|(?<=\S)\*{4}(?=\s)/gu;
/** A marker closing the line after a space ("tháng 11 năm 2025 *", "DÂN **"): it closes what the line or the one above opened. */
const TRAILING = /(\S)\s+(\*{1,2})\s*$/u;
// Not "**CHỈ THỊ****CỦA…**": four markers between words are two spans an export glued (units.ts splits them).
const EMPTY = /(?<=^|\s)\*\*\s*\*\*(?=\s|$)/gu;

export const markdownResidue: CleanRule = {
  id: 'markdown-residue',
  label: 'dấu định dạng Markdown rỗng hoặc đặt lệch',
  apply(lines) {
    const removed: Line[] = [];
    const out = lines.map((line) => {
      if (!line.text.includes('*')) return line;
      const empty = line.text.includes('**') ? line.text.match(EMPTY) : null;
      if (empty) removed.push({ no: line.no, text: empty.join(' ') });
      let text = line.text.includes('**') ? line.text.replace(REOPENED, '').replace(EMPTY, ' ').replace(CLOSED_AFTER_SPACE, '$1** ') : line.text;
      if (text.trimEnd().endsWith('*')) text = text.replace(TRAILING, '$1$2');
      return text === line.text ? line : { no: line.no, text: text.trimEnd() };
    });
    return { lines: out, removed };
  },
};
