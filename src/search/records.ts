import type { Clause, DocumentModel } from '../lib/model.ts';
import { formatDate } from '../lib/text/vietnamese.ts';
import { shortTitle, subjectTitle } from '../utils/titles.ts';
import { url } from '../utils/urls.ts';
import { instrumentLabel, type InstrumentEntry } from '../lib/corpus/instruments.ts';

/**
 * What the search index holds: one record per part of a document (its head,
 * each top-level clause, its closing), so a result opens at the clause that
 * matched and each result's fragment stays small on a slow connection.
 * Every string is NFC already (ingest normalises at the door).
 */

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Filter names as they appear in the search page's URL. */
export const FILTERS = {
  tinh: 'Tỉnh, thành phố',
  loai: 'Loại văn bản',
  nam: 'Năm',
  'co-quan': 'Cơ quan ban hành',
  'dan-chieu': 'Văn bản được dẫn chiếu',
} as const;
export type FilterName = keyof typeof FILTERS;

export const UNKNOWN_PROVINCE = 'Chưa xác định';

function clauseText(c: Clause): string {
  return [[c.label, c.title, c.text].filter(Boolean).join(' '), c.table ? [c.table.header, ...c.table.rows].map((r) => r.join(' ')).join('\n') : '', ...c.children.map(clauseText)]
    .filter(Boolean)
    .join('\n');
}

export function documentRecords(doc: DocumentModel): SearchRecord[] {
  const title = shortTitle(doc);
  const meta = {
    document: title,
    'so-hieu': doc.number?.serial ? doc.number.symbol : '',
    ngay: doc.date ? formatDate(doc.date) : doc.year ? `${doc.year}` : '',
    tinh: doc.province?.name ?? '',
    subject: subjectTitle(doc),
  };
  const filters: Record<FilterName, string[]> = {
    tinh: [doc.province?.name ?? UNKNOWN_PROVINCE],
    loai: [doc.type.name],
    nam: doc.year ? [`${doc.year}`] : [],
    'co-quan': doc.authority ? [doc.authority.name] : [],
    'dan-chieu': [...new Set(doc.instruments.map(instrumentLabel))],
  };
  const sort = { ngay: doc.date ?? (doc.year ? `${doc.year}` : '0000') };
  const record = (anchor: string | null, heading: string, content: string): SearchRecord => ({
    url: anchor ? url.clause(doc.id, anchor) : url.document(doc.id),
    content,
    meta: { ...meta, title: heading },
    filters,
    sort,
  });

  const head = [title, subjectTitle(doc), doc.authority?.name, doc.province?.name, doc.signer.name, ...doc.addressees, ...doc.preamble].filter(Boolean).join('\n');
  const out = [record(null, 'Phần đầu văn bản', head)];
  for (const c of doc.clauses) {
    const name = [c.label, c.title ?? c.text.split(/(?<=[.:;])\s/)[0]].filter(Boolean).join(' ');
    out.push(record(c.id, name.length > 120 ? `${name.slice(0, 120).replace(/\s+\S*$/, '')}…` : name, clauseText(c)));
  }
  const tail = [...doc.closing, ...doc.recipients, ...doc.annexes.flatMap((a) => [a.title, ...a.subtitle, ...a.paragraphs, ...a.tables.flatMap((t) => t.rows.map((r) => r.join(' ')))])];
  if (tail.length) out.push(record(doc.annexes[0]?.id ?? 'phan-cuoi', doc.annexes.length ? doc.annexes.map((a) => a.title).join(', ') : 'Phần cuối văn bản', tail.join('\n')));
  return out;
}

/** An instrument's page as one record, so "33-NQ/TW" finds the page listing who implements it. */
export function instrumentRecord({ instrument: i, citedBy }: InstrumentEntry): SearchRecord {
  const label = instrumentLabel(i);
  const provinces = [...new Set(citedBy.map((c) => c.doc.province?.name).filter((p): p is string => !!p))];
  return {
    url: url.instrument(i.id),
    content: [label, i.subject ? `Về ${i.subject}` : '', i.issuer ?? '', `Được dẫn chiếu trong ${citedBy.length} văn bản: ${provinces.join(', ')}.`].filter(Boolean).join('\n'),
    meta: { title: 'Văn bản được dẫn chiếu: các văn bản thực hiện', document: label, 'so-hieu': i.number ?? '', ngay: i.date && i.date.length === 10 ? formatDate(i.date) : (i.date ?? ''), tinh: '', subject: i.subject ?? '' },
    filters: { loai: [i.kind] },
    sort: { ngay: i.date ?? '0000' },
  };
}
