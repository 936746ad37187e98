import type { DocumentModel } from '../model.ts';
import { slugify } from '../text/slug.ts';

/**
 * A document's id, stable across rebuilds and readable in a URL:
 * type + number + year + locality (`chi-thi-20-ct-ubnd-2026-hue`); without a
 * number, type + authority + the first words of the subject, and the date when
 * there is no subject (a gazette page that kept only its signature), so that two
 * such texts of one body do not share "nghi-dinh-chinh-phu".
 */
export function documentId(
  doc: Pick<DocumentModel, 'type' | 'number' | 'year' | 'authority' | 'subject'> & { date?: string | null },
  locality: string | null,
  fallback: string,
): string {
  const type = slugify(doc.type.name);
  if (doc.number?.serial) {
    return [type, slugify(doc.number.symbol), doc.year ?? '', slugify(locality ?? '')].filter(Boolean).join('-');
  }
  const subject = (doc.subject ?? '').replace(/^(về việc|về|v\/v)\s+/iu, '');
  const when = subject ? '' : (doc.date ?? (doc.year ? String(doc.year) : ''));
  const parts = [type, slugify(doc.authority?.name ?? locality ?? '', 8), slugify(subject, 8) || when].filter(Boolean);
  return parts.length > 1 ? parts.join('-') : `${type}-${slugify(fallback)}`;
}
