import type { DocumentModel } from '../lib/model.ts';
import { clauseText } from '../lib/tree.ts';
import { formatDate } from '../lib/text/vietnamese.ts';
import { capitalised, shortTitle, subjectTitle } from '../utils/titles.ts';
import { url } from '../utils/urls.ts';
import { instrumentLabel, type InstrumentEntry } from '../lib/corpus/instruments.ts';

/**
 * What the search index holds: one page per document, built from the model
 * (never from the site's HTML), with a heading per top-level clause so
 * Pagefind's sub-results deep-link to the clause that matched. One page per
 * document, not one record per clause: Pagefind's cost grows with the number of
 * records a word occurs in (measured: 0.9 s for "biên phòng" over 12,000 clause
 * records of 1,000 documents). Every string is NFC already.
 */

/** A page as the indexer sees it: synthetic HTML, every text escaped. */
export interface SearchPage {
  url: string;
  html: string;
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

/**
 * Pagefind's data-pagefind-weight (0 to 10; an h1 is 7, text 1): a document's
 * own number above everything, an instrument's page (a list of who cites it)
 * below any document's clause text.
 */
export const WEIGHT = { number: 10, hub: 0.3 } as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const paragraphs = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 120).replace(/\s+\S*$/, '')}…` : s);

/** Filter values of a document, by filter name. */
export function documentFilters(doc: DocumentModel): Record<FilterName, string[]> {
  return {
    tinh: [doc.province?.name ?? UNKNOWN_PROVINCE],
    loai: [doc.type.name],
    nam: doc.year ? [`${doc.year}`] : [],
    'co-quan': doc.authority ? [doc.authority.name] : [],
    'dan-chieu': [...new Set(doc.instruments.map(instrumentLabel))],
  };
}

interface PageParts {
  url: string;
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Date (yyyy-mm-dd) or year the results can be sorted by. */
  sortKey: string;
  /** The indexed HTML: headings and paragraphs, escaped. */
  body: string;
}

/** Metadata, filters and sort key sit in an ignored block: Pagefind reads them but does not index their words. */
function page({ url, title, meta, filters, sortKey, body }: PageParts): SearchPage {
  const hidden = [
    ...Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${k}">${escapeHtml(v)}</span>`),
    ...Object.entries(filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${k}">${escapeHtml(v)}</span>`)),
    `<span data-pagefind-sort="ngay">${escapeHtml(sortKey)}</span>`,
  ].join('');
  return {
    url,
    html: `<!doctype html><html lang="vi"><head><title>${escapeHtml(title)}</title></head><body><div data-pagefind-ignore>${hidden}</div>${body}</body></html>`,
  };
}

/** How a document's page, or one of its parts, is shown, filtered and sorted in the results. */
function listedAs(doc: DocumentModel, title: string): Pick<PageParts, 'meta' | 'filters' | 'sortKey'> {
  return {
    meta: {
      document: title,
      'so-hieu': doc.number?.serial ? doc.number.symbol : '',
      ngay: doc.date ? formatDate(doc.date) : doc.year ? `${doc.year}` : '',
      tinh: doc.province?.name ?? '',
      subject: subjectTitle(doc),
    },
    filters: documentFilters(doc),
    sortKey: doc.date ?? (doc.year ? `${doc.year}` : '0000'),
  };
}

export function documentPage(doc: DocumentModel): SearchPage {
  const title = shortTitle(doc);
  const section = (id: string, heading: string, text: string) => `<h2 id="${id}">${escapeHtml(shorten(heading))}</h2>${paragraphs(text)}`;
  const head = [doc.authority?.name, doc.province?.name, doc.signer.name, ...doc.addressees, ...doc.preamble].filter(Boolean).join('\n');
  const tail = [
    ...doc.closing,
    ...doc.recipients,
    ...doc.annexes.flatMap((a) => [a.title, ...a.subtitle, ...a.paragraphs, ...a.tables.flatMap((t) => t.rows.map((r) => r.join(' ')))]),
  ];
  return page({
    url: url.document(doc.id),
    title,
    ...listedAs(doc, title),
    body: [
      // Number and trích yếu in the h1, which Pagefind weighs above clause text (7 to 1): a document about the query
      // outranks one that mentions it; its own number weighs most (10, Pagefind's highest), so it comes first of all.
      `<h1><span data-pagefind-weight="${WEIGHT.number}">${escapeHtml(shortTitle(doc))}</span>${doc.subject ? `: ${escapeHtml(subjectTitle(doc))}` : ''}</h1>${paragraphs(head)}`,
      ...doc.clauses.map((c) =>
        section(c.id, [c.label, c.title ?? c.text.split(/(?<=[.:;])\s/)[0]].filter(Boolean).join(' '), [c.label, clauseText(c)].filter(Boolean).join(' ')),
      ),
      tail.length
        ? section(doc.annexes[0]?.id ?? 'phan-cuoi', doc.annexes.length ? doc.annexes.map((a) => a.title).join(', ') : 'Phần cuối văn bản', tail.join('\n'))
        : '',
    ].join(''),
  });
}

/** A further page of a text in parts (ingest/parts.ts): found under the document's name, opening on that page. */
export function partPage(doc: DocumentModel, part: DocumentModel, slug: string): SearchPage {
  const title = `${shortTitle(doc)} (${slug.replace('phan-', 'phần ')})`;
  return page({
    url: url.part(doc.id, slug),
    title,
    ...listedAs(doc, title),
    body: `<h1>${escapeHtml(title)}</h1>${paragraphs(part.preamble.join('\n'))}`,
  });
}

/** An instrument's page, so "33-NQ/TW" finds the page listing who implements it. */
export function instrumentPage({ instrument: i, citedBy }: InstrumentEntry): SearchPage {
  const label = instrumentLabel(i);
  const provinces = [...new Set(citedBy.map((c) => c.doc.province?.name).filter((p): p is string => !!p))];
  const title = 'Văn bản được dẫn chiếu: các văn bản thực hiện';
  return page({
    url: url.instrument(i.id),
    title,
    meta: { title, document: label, 'so-hieu': i.number ?? '', ngay: formatDate(i.date), tinh: '', subject: i.subject ?? '' },
    filters: { loai: [i.kind] },
    sortKey: i.date ?? '0000',
    // Weighed low: the page lists who implements the instrument, so the documents themselves come first.
    body: `<div data-pagefind-weight="${WEIGHT.hub}"><p>${escapeHtml(label)}</p>${paragraphs([i.subject ? capitalised(i.subject) : '', i.issuer ?? '', `Được dẫn chiếu trong ${citedBy.length} văn bản: ${provinces.join(', ')}.`].filter(Boolean).join('\n'))}</div>`,
  });
}
