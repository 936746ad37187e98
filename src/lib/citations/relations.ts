import type { RelationType } from '../model.ts';
import type { Passage } from './passages.ts';
import type { Mention } from './scan.ts';
import { execAll } from '../text/exec-all.ts';

/**
 * What a sentence says the citing document does with an instrument. The words
 * are data; the rule is "the nearest one before the mention, in the same
 * sentence, a few words away", with other citations of a list read over
 * ("thực hiện Luật A, Nghị quyết B …, Kết luận C": all three are carried out).
 */
export const RELATION_BEFORE: Array<[words: string, type: RelationType]> = [
  ['thay thế cho', 'thay-the'],
  ['thay thế', 'thay-the'],
  ['bãi bỏ', 'bai-bo'],
  ['sửa đổi, bổ sung', 'sua-doi'],
  ['sửa đổi', 'sua-doi'],
  ['bổ sung một số điều của', 'sua-doi'],
  ['đính chính', 'sua-doi'],
  // Only a guidance text (Hướng dẫn, Thông tư) guides; elsewhere "hướng dẫn thực hiện" is a task (see relationOf).
  ['hướng dẫn thi hành', 'huong-dan'],
  ['hướng dẫn thực hiện', 'huong-dan'],
  ['quy định chi tiết', 'huong-dan'],
  ['gửi kèm theo', 'gui-kem'],
  ['gửi kèm', 'gui-kem'],
  ['kèm theo', 'gui-kem'],
  ['đính kèm', 'gui-kem'],
  // "Quy chế ban hành kèm theo Quyết định số 12": issued with it, not sent with this document.
  ['ban hành kèm theo', 'dan-chieu'],
  ['tiếp tục thực hiện', 'thuc-hien'],
  ['thực hiện', 'thuc-hien'],
  ['thi hành', 'thuc-hien'],
  ['triển khai', 'thuc-hien'],
  ['quán triệt', 'thuc-hien'],
  ['để cụ thể hóa', 'thuc-hien'],
  ['cụ thể hóa', 'thuc-hien'],
  ['cụ thể hoá', 'thuc-hien'],
];

/** Words right after the mention: "Công văn số 2085/BĐBP-CT … (gửi kèm)", "Chỉ thị số 12 … hết hiệu lực". */
export const RELATION_AFTER: Array<[words: string, type: RelationType]> = [
  ['(gửi kèm)', 'gui-kem'],
  ['(kèm theo)', 'gui-kem'],
  ['(đính kèm)', 'gui-kem'],
  ['hết hiệu lực', 'bai-bo'],
  ['bị bãi bỏ', 'bai-bo'],
  ['được thay thế', 'thay-the'],
  ['bị thay thế', 'thay-the'],
];

/** A preamble sentence starting so gives the legal basis ("Xét Tờ trình số…" in a council's resolution). */
export const BASIS = ['Căn cứ', 'Xét'];
/** At most this many syllables (a Vietnamese word has one to three) between the relation word and the mention. */
export const MAX_GAP_SYLLABLES = 16;
/** And at most this many characters between the mention and a word after it. */
const MAX_AFTER_CHARS = 60;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrase = (words: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escape(words).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
const BEFORE = RELATION_BEFORE.map(([words, type]) => ({ re: phrase(words), type }));
const AFTER = RELATION_AFTER.map(([words, type]) => ({
  re: new RegExp(`^[^.;:\\n]{0,${MAX_AFTER_CHARS}}?${escape(words).replace(/\s+/g, '\\s+')}`, 'iu'),
  type,
}));
const BASIS_START = new RegExp(`^\\s*(?:${BASIS.join('|')})(?![\\p{L}])`, 'u');

/** Start of the sentence holding `at`: after a line break or a full stop followed by a space. */
const STOP = /[.!?]\s+/g;

function sentenceStart(text: string, at: number): number {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  for (const m of execAll(STOP, text.slice(0, at))) start = Math.max(start, m.index + m[0].length);
  return start;
}

export interface RelationContext {
  passage: Passage;
  mentions: Mention[];
  /** The citing document is a Báo cáo. */
  report: boolean;
  /** The citing document is a guidance text (Hướng dẫn, Thông tư): its "hướng dẫn thực hiện" guides. */
  guidance: boolean;
  /**
   * The citing document can replace, repeal or amend: not a report, which tells
   * that it was done ("đã được thay thế"), nor a consolidated text, which lists
   * the amendments ("được sửa đổi, bổ sung bởi Luật số…") without making them.
   */
  acts: boolean;
}

/** What only the document that issues them can do (see `RelationContext.acts`). */
const ACTS: RelationType[] = ['thay-the', 'bai-bo', 'sua-doi'];

export function relationOf(m: Mention, context: RelationContext): RelationType {
  const type = relationWords(m, context);
  if (type === 'huong-dan' && !context.guidance) return 'thuc-hien';
  return !context.acts && ACTS.includes(type) ? 'dan-chieu' : type;
}

function relationWords(m: Mention, { passage, mentions, report }: RelationContext): RelationType {
  if (m.aliasOf !== null || m.nested) return 'dan-chieu';
  // A report's subject names what it reports on: "Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 01/CT-TTg".
  if (report && passage.where === 'subject') return 'bao-cao';
  const text = passage.text;
  const after = text.slice(m.phraseEnd);
  for (const { re, type } of AFTER) if (re.test(after)) return type;

  const start = sentenceStart(text, m.start);
  // "Căn cứ Nghị định 19 sửa đổi Nghị định 34": what the basis does to 34 is not what this document does.
  if (passage.where === 'preamble' && BASIS_START.test(text.slice(start))) return 'can-cu';
  // Other citations before this one are read over, so a list shares its verb.
  let region = text.slice(start, m.start);
  for (const o of mentions) {
    if (o === m || o.start < start || o.start >= m.start) continue;
    const from = o.start - start;
    const to = Math.min(o.phraseEnd, m.start) - start;
    region = region.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + region.slice(to);
  }
  let best: { end: number; length: number; type: RelationType } | null = null;
  for (const { re, type } of BEFORE) {
    for (const hit of execAll(re, region)) {
      const end = hit.index + hit[0].length;
      if (!best || end > best.end || (end === best.end && hit[0].length > best.length)) best = { end, length: hit[0].length, type };
    }
  }
  if (best && (region.slice(best.end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_GAP_SYLLABLES) return best.type;
  return 'dan-chieu';
}
