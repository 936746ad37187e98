import type { DocumentModel } from '../lib/model.ts';
import { passagesOf } from '../lib/citations/passages.ts';
import { compareVi, isUpperCase } from '../lib/text/vietnamese.ts';
import { inDocumentCase } from './document-case.ts';

/** How officials name and order documents; pure, so build scripts share it with pages. */

/** Newest first; undated documents last, then by subject in Vietnamese order. */
export function byDateDesc(a: DocumentModel, b: DocumentModel): number {
  const da = a.date ?? (a.year ? `${a.year}` : '');
  const db = b.date ?? (b.year ? `${b.year}` : '');
  if (da !== db) return da < db ? 1 : -1;
  return compareVi(a.subject ?? a.id, b.subject ?? b.id);
}

/** "Chỉ thị 20/CT-UBND" or "Chỉ thị (dự thảo)": how officials name a document. */
export function shortTitle(doc: DocumentModel): string {
  if (doc.number?.serial) return `${doc.type.name} ${doc.number.symbol}`;
  return doc.draft ? `${doc.type.name} (dự thảo)` : `${doc.type.name} (không số)`;
}

/** First letter capitalised: a trích yếu as a line of its own ("về Chiến lược…" → "Về Chiến lược…"). */
export const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

const cased = new WeakMap<DocumentModel, string>();

/**
 * Subject with its first letter capitalised, for titles; a subject set in
 * capitals in the letter case of the document's own text (see `inDocumentCase`).
 */
export function subjectTitle(doc: DocumentModel): string {
  const s = doc.subject ?? '';
  if (!isUpperCase(s)) return capitalised(s);
  let title = cased.get(doc);
  if (title === undefined) {
    title = inDocumentCase(
      s,
      passagesOf(doc).flatMap((p) => (p.where === 'subject' ? [] : [p.text])),
    );
    cased.set(doc, title);
  }
  return title;
}

/** "Chỉ thị 20/CT-UBND: Về việc…", or the short title alone when the document has no trích yếu (no dangling colon). */
export function fullTitle(doc: DocumentModel): string {
  return [shortTitle(doc), subjectTitle(doc)].filter(Boolean).join(': ');
}

export function status(doc: DocumentModel): string {
  return doc.draft ? 'Dự thảo' : 'Đã ban hành';
}
