import type { QualityIssue } from '../model.ts';
import { isUpperCase } from '../text/vietnamese.ts';
import { endsSentence, startsStructure, type Unit } from './units.ts';

/**
 * Joins paragraphs that a page break cut in two: "Đồng thời, tăng" / "cường đẩy
 * mạnh…". The second half starts in lower case, or the first half is a long
 * sentence that stops without punctuation ("Giao Ban Chỉ huy" / "Bộ đội Biên
 * phòng thường xuyên…").
 */

/** A paragraph this long that ends without punctuation was cut, not finished. */
const CUT_LENGTH = 80;

export function isPageBreakJoin(prev: Unit, next: Unit): boolean {
  if (!next.blockStart || prev.cells || next.cells || next.heading) return false;
  if (startsStructure(next.text) || isUpperCase(next.text)) return false;
  if (endsSentence(prev.text) && !/^\p{Ll}/u.test(next.text)) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  return prev.text.length >= CUT_LENGTH && !endsSentence(prev.text);
}

export function joinPageBreaks(units: Unit[], issues: QualityIssue[]): Unit[] {
  const out: Unit[] = [];
  for (const unit of units) {
    const prev = out[out.length - 1];
    if (prev && isPageBreakJoin(prev, unit)) {
      out[out.length - 1] = {
        ...prev,
        lines: [...prev.lines, ...unit.lines],
        text: `${prev.text} ${unit.text}`,
        wholeBold: prev.wholeBold && unit.wholeBold,
      };
      issues.push({
        level: 'info',
        code: 'page-break-joined',
        message: `Đoạn văn bị ngắt giữa câu (dòng ${prev.lines[prev.lines.length - 1]!.no} và ${unit.line}) đã được nối lại.`,
        line: unit.line,
        action: 'Nối hai phần thành một đoạn.',
      });
    } else {
      out.push(unit);
    }
  }
  return out;
}
