import type { Clause, Effect } from '../model.ts';
import { isoDate } from '../text/vietnamese.ts';

/**
 * The effect clause (Nghị định 30, Phụ lục I: "hiệu lực thi hành"): the
 * sentence in which a document says from when it applies, about itself ("Chỉ
 * thị này có hiệu lực kể từ ngày ký", "Thông tư này có hiệu lực thi hành từ
 * ngày 15 tháng 11 năm 2021"). A sentence about another text ("…trước ngày
 * Nghị định này có hiệu lực…") has no "từ ngày" and is not one.
 */

/** "<Kind> này" as the sentence's subject, then "có hiệu lực [thi hành] [kể] từ ngày …". */
const EFFECT =
  /(?<![\p{L}])(?:\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)?)\s+này\s+có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+(ký(?:\s+ban\s+hành)?|ban\s+hành|được\s+thông\s+qua|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))/u;

/** The effect sentence of one paragraph, with the date it names (the document's own for "ký", "ban hành", "thông qua"). */
export function readEffect(text: string, own: string | null): { from: string | null; text: string } | null {
  const m = EFFECT.exec(text);
  if (!m) return null;
  const dot = text.lastIndexOf('. ', m.index);
  const start = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', m.index) + 1);
  const stop = text.slice(m.index + m[0].length).search(/[.;\n]/u);
  const sentence = text.slice(start, stop < 0 ? undefined : m.index + m[0].length + stop).trim();
  const [day, month, year] = m[2] ? [m[2], m[3], m[4]] : m[5] ? [m[5], m[6], m[7]] : [];
  const from = year ? isoDate(Number(year), Number(month), Number(day)) : own;
  return { from, text: sentence };
}

/** The first effect sentence of a document: in its closing paragraphs, else in a clause (Điều 3, khoản cuối). */
export function findEffect(closing: Array<{ text: string; line: number }>, clauses: Clause[], date: string | null): Effect | null {
  for (const p of closing) {
    const e = readEffect(p.text, date);
    if (e) return { ...e, clause: null, line: p.line };
  }
  let found: Effect | null = null;
  const walk = (clauses: Clause[]) => {
    for (const c of clauses) {
      if (found) return;
      const e = readEffect(c.text, date) ?? (c.title ? readEffect(c.title, date) : null);
      if (e) found = { ...e, clause: c.id, line: c.line };
      walk(c.children);
    }
  };
  walk(clauses);
  return found;
}
