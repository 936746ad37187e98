import type { DocumentModel, QualityIssue } from '../model.ts';
import { endsSentence } from './units.ts';

/**
 * Whether a text reached its end. An administrative document ends with a
 * signature (Nghị định 30, Phụ lục I) and, but for laws, a Nơi nhận list; a text
 * that has neither, or whose last paragraph stops mid-sentence, or that the
 * gazette cut between two issues ("Xem tiếp Công báo số…"), may be incomplete,
 * and its page says so. Laws of the National Assembly print no Nơi nhận: their
 * passage line ("thông qua ngày…") ends them.
 */
type Parts = Pick<DocumentModel, 'signer' | 'recipients' | 'clauses' | 'preamble' | 'closing' | 'removed' | 'annexes'>;

/** The last paragraph of the document's own text, before the signature. */
function lastParagraph(doc: Parts): string | null {
  if (doc.closing.length) return doc.closing[doc.closing.length - 1]!;
  let clauses = doc.clauses;
  let text: string | null = doc.preamble[doc.preamble.length - 1] ?? null;
  while (clauses.length) {
    const last = clauses[clauses.length - 1]!;
    const own = last.text.split('\n').filter(Boolean);
    text = own[own.length - 1] ?? last.title ?? text;
    clauses = last.children;
  }
  return text;
}

export function completenessIssue(doc: Parts, passed: boolean): QualityIssue | null {
  const reasons: string[] = [];
  if (doc.removed.some((r) => r.rule === 'gazette-continued')) reasons.push('Công báo ghi "Xem tiếp" ở số sau');
  const signed = Boolean(doc.signer.name || doc.signer.title || doc.signer.authority);
  if (!signed && !doc.recipients.length && !passed) reasons.push('không có chữ ký và nơi nhận');
  const last = lastParagraph(doc);
  if (!signed && !doc.annexes.length && last && !endsSentence(last)) reasons.push(`đoạn cuối dừng giữa câu ("…${last.slice(-40)}")`);
  if (!reasons.length) return null;
  return {
    level: 'warning',
    code: 'incomplete',
    message: `Văn bản có thể không đầy đủ: ${reasons.join('; ')}.`,
    line: null,
    action: 'Đăng phần có được, đánh dấu "có thể không đầy đủ"; đối chiếu bản gốc.',
  };
}
