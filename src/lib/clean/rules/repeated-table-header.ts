import { dropLines, type CleanRule, type Line } from '../types.ts';

/**
 * A table's header row printed again at the top of each page it runs over
 * (the Thanh Hóa annex of seed 000; the 3,300-row commune list of
 * pandoc-md/pandoc-md_1027-ctk-cscl.md repeats "STT | Tên đơn vị hành chính |
 * Mã số" 111 times). The first stays as the table's header; the repeats go,
 * and the table reads on as one (parse/tables.ts).
 */

/** The cells of a table row, tab-separated or Markdown pipes; null for any other line. */
function cells(text: string): string[] | null {
  if (text.includes('\t')) return text.split('\t');
  if (/^\s*\|.*\|\s*$/u.test(text) && !/^\s*\|[\s|:-]*\|\s*$/u.test(text)) return text.trim().slice(1, -1).split('|');
  return null;
}

/** Row identity ignoring padding, emphasis and trailing empty cells, which come and go with exports. */
const rowKey = (row: string[]) =>
  row
    .map((c) => c.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim())
    .join('\t')
    .replace(/\t+$/, '');

export const repeatedTableHeader: CleanRule = {
  id: 'repeated-table-header',
  label: 'dòng tiêu đề bảng in lặp lại ở đầu mỗi trang',
  apply(lines: Line[]) {
    const drop = new Set<number>();
    /** The header of the table being read; a line of text ends the table (page furniture is gone by now). */
    let header: string | null = null;
    lines.forEach((line, i) => {
      const row = cells(line.text);
      if (!row) {
        // A blank line or a Markdown rule under a header keeps the table going.
        if (line.text.trim() && !/^\s*\|?[\s|:-]+\|?\s*$/u.test(line.text)) header = null;
        return;
      }
      const key = rowKey(row);
      if (header === null) header = key;
      else if (key === header && key.replace(/\t/g, '')) drop.add(i);
    });
    return dropLines(lines, (_, i) => drop.has(i));
  },
};
