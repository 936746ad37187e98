import type { CleanRule, Line } from '../types.ts';

/**
 * A heading's label cut from its number by a hard wrap: "**Điều" / "1. Phạm vi
 * điều chỉnh**" (web-md/web-md_5eaeb632f6582871.md, lines 52–53), so that the
 * number would open a line as a khoản. The two go back on one line (the
 * second line's number); nothing is removed.
 */
const LONE_WORD = /^\s*(\**)\s*(Điều|Chương|Mục|Phần)\s*$/u;
const NUMBER_FIRST = /^\s*(?:\d+[a-zđ]?|[IVXLC]+)[.:]?(?:\s|$)/u;

export const wrappedLabel: CleanRule = {
  id: 'wrapped-label',
  label: 'nhãn điều, chương bị ngắt dòng khỏi số của nó',
  apply(lines) {
    const out: Line[] = [];
    for (let i = 0; i < lines.length; i++) {
      const word = LONE_WORD.exec(lines[i]!.text);
      const next = lines[i + 1];
      if (word && next && NUMBER_FIRST.test(next.text)) {
        out.push({ no: next.no, text: `${word[1]}${word[2]} ${next.text.trim()}` });
        i++;
      } else out.push(lines[i]!);
    }
    return { lines: out, removed: [] };
  },
};
