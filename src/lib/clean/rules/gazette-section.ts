import { isUpperCase } from '../../text/vietnamese.ts';
import { dropLines, type CleanRule, type Line } from '../types.ts';
import { hasMotto } from '../../parse/motto.ts';

/**
 * The gazette files each document under a section heading and its issuer
 * ("VĂN BẢN QUY PHẠM PHÁP LUẬT" / "ỦY BAN THƯỜNG VỤ QUỐC HỘI") before the
 * document's own header prints the issuer again, sometimes wrapped differently
 * ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" / "BỘ LAO ĐỘNG - THƯƠNG BINH" + "VÀ XÃ HỘI").
 * The heading goes, and the first of two copies of the issuer at the top.
 */
// "VĂN BẢN HỢP NHẤT -" with its dash is the heading over the consolidating body's name, not a title.
const SECTION = /^\s*(?:(?:PHẦN\s+[IVX]+\s*[.:-]?\s*)?VĂN BẢN (?:QUY PHẠM PHÁP LUẬT|KHÁC|PHÁP LUẬT KHÁC|HỢP NHẤT\s*[-–])|ĐIỀU ƯỚC QUỐC TẾ)\s*$/u;
/** Text lines at the top where the section's issuer and the header's may stand. */
const TOP = 10;

const squeeze = (ls: Line[]) =>
  ls
    .map((l) => l.text)
    .join('')
    .replace(/[^\p{L}]/gu, '');

/** Consecutive upper-case text lines from `i` (blank lines end the block). */
function upperBlock(lines: Line[], i: number): number {
  let n = 0;
  while (i + n < lines.length && lines[i + n]!.text.trim() && /\p{L}/u.test(lines[i + n]!.text) && isUpperCase(lines[i + n]!.text)) n++;
  return n;
}

export const gazetteSection: CleanRule = {
  id: 'gazette-section',
  label: 'đề mục của Công báo và tên cơ quan in lặp trước phần đầu văn bản',
  apply(lines) {
    const drop = new Set<number>();
    const top = lines
      .map((l, i) => ({ l, i }))
      .filter(({ l }) => l.text.trim())
      .slice(0, TOP);
    for (const { l, i } of top) if (SECTION.test(l.text)) drop.add(i);
    // The issuer printed twice: a block of capitals followed (after a blank or not) by the same
    // letters, at the very top and above the national motto (the header's own copy is beside it).
    const motto = lines.slice(0, TOP * 4).findIndex((l) => hasMotto(l.text));
    if (motto < 0) return finish(lines, drop);
    for (let k = 0; k < Math.min(top.length, 4) && top[k]!.i < motto; k++) {
      const i = top[k]!.i;
      if (drop.has(i)) continue;
      const n = upperBlock(lines, i);
      for (let size = 1; size <= n; size++) {
        const first = lines.slice(i, i + size);
        for (let j = i + size; j < Math.min(lines.length, i + size + 4); j++) {
          const m = upperBlock(lines, j);
          for (let s2 = 1; s2 <= Math.min(m, 3); s2++) {
            if (squeeze(first) === squeeze(lines.slice(j, j + s2)) && squeeze(first).length >= 6) {
              first.forEach((_, d) => drop.add(i + d));
              return finish(lines, drop);
            }
          }
        }
      }
    }
    return finish(lines, drop);
  },
};

const finish = (lines: Line[], drop: Set<number>) => dropLines(lines, (_, i) => drop.has(i));
