import { dropLines, type CleanRule } from '../types.ts';

/**
 * The Official Gazette's running head, `CÔNG BÁO/Số 1523 + 1524/Ngày 29-12-2024`,
 * with the page number printed before or after it, on its line or the next;
 * its first letter is sometimes lost in extraction (`ÔNG BÁO/Số 229/…`).
 */
const HEAD = /^\s*(?:\d{1,4}\s+)?C?ÔNG\s*BÁO\s*\/\s*Số\s*[\d\s+]+\/\s*Ngày\s*\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{4}\s*(?:\d{1,4}\s*)?$/u;
const PAGE_NUMBER = /^\s*\d{1,4}\s*$/u;

export const gazetteRunningHead: CleanRule = {
  id: 'gazette-running-head',
  label: 'đầu trang Công báo (số, ngày Công báo, số trang)',
  apply(lines) {
    const heads = new Set<number>();
    lines.forEach((l, i) => {
      if (!HEAD.test(l.text)) return;
      heads.add(i);
      // The page number: the line right before or after the head (blank lines between them are margins).
      for (const step of [-1, 1]) {
        let j = i + step;
        while (j >= 0 && j < lines.length && !lines[j]!.text.trim() && Math.abs(j - i) < 3) j += step;
        if (j >= 0 && j < lines.length && PAGE_NUMBER.test(lines[j]!.text)) heads.add(j);
      }
    });
    return dropLines(lines, (_, i) => heads.has(i));
  },
};
