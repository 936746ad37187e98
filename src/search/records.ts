import type { DocumentModel } from '../lib/model.ts';
import { clauseText } from '../lib/tree.ts';
import { formatDate } from '../lib/text/vietnamese.ts';
import { capitalised, shortTitle, subjectTitle } from '../utils/titles.ts';
import { url } from '../utils/urls.ts';
import { instrumentLabel, type InstrumentEntry } from '../lib/corpus/instruments.ts';
import { STATE_NAMES, type EffectState } from '../lib/corpus/status.ts';

/**
 * What the search index holds: one page per document, built from the model
 * (never from the site's HTML), with a heading per top-level clause so
 * Pagefind's sub-results deep-link to the clause that matched. One page per
 * document, not one record per clause: Pagefind's cost grows with the number of
 * records a word occurs in (measured: 0.9 s for "biên phòng" over 12,000 clause
 * records of 1,000 documents). Every string is NFC already.
 */

/** A page as the indexer sees it: synthetic HTML, every text escaped; and its indexed text as Pagefind weighs it (common-words.ts reads it). */
export interface SearchPage {
  url: string;
  html: string;
  text: WeightedText[];
  /** Filter values and sort key, as the HTML gives them to Pagefind. */
  filters: Record<string, string[]>;
  sortKey: string;
  /** The page's own number ("33-NQ/TW"), "" when it has none: a number typed by its type finds it first. */
  number: string;
}

/** A stretch of indexed text and its weight. */
export interface WeightedText {
  text: string;
  weight: number;
}

/** Filter names as they appear in the search page's URL. */
export const FILTERS = {
  tinh: 'Tỉnh, thành phố',
  loai: 'Loại văn bản',
  nam: 'Năm',
  'co-quan': 'Cơ quan ban hành',
  'dan-chieu': 'Văn bản được dẫn chiếu',
  'hieu-luc': 'Hiệu lực',
} as const;
export type FilterName = keyof typeof FILTERS;

export const UNKNOWN_PROVINCE = 'Chưa xác định';

/**
 * Pagefind's weights (0 to 10; its defaults: an h1 7, an h2 6, text 1), with
 * data-pagefind-weight where ours differ: a document's own number above
 * everything, an instrument's page (a list of who cites it) below any
 * document's clause text.
 */
export const WEIGHT = { number: 10, title: 7, heading: 6, text: 1, hub: 0.3 } as const;

/** A block of the indexed body: a heading or a paragraph, made of runs of text, some weighed apart. */
interface Block {
  tag: 'h1' | 'h2' | 'p';
  id?: string;
  runs: Array<{ text: string; weight?: number }>;
}
const TAG_WEIGHT = { h1: WEIGHT.title, h2: WEIGHT.heading, p: WEIGHT.text } as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const paragraphs = (s: string): Block[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((p) => ({ tag: 'p', runs: [{ text: p }] }));

/** The body's HTML and its weighted text, from one list of blocks; `weight` weighs the whole body. */
function body(blocks: Block[], weight?: number): Pick<PageParts, 'body' | 'text'> {
  const html = blocks
    .map(({ tag, id, runs }) => {
      const inner = runs
        .map((r) => (r.weight === undefined ? escapeHtml(r.text) : `<span data-pagefind-weight="${r.weight}">${escapeHtml(r.text)}</span>`))
        .join('');
      return `<${tag}${id ? ` id="${id}"` : ''}>${inner}</${tag}>`;
    })
    .join('');
  return {
    body: weight === undefined ? html : `<div data-pagefind-weight="${weight}">${html}</div>`,
    text: blocks.flatMap(({ tag, runs }) => runs.map((r) => ({ text: r.text, weight: r.weight ?? weight ?? TAG_WEIGHT[tag] }))),
  };
}
const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 120).replace(/\s+\S*$/, '')}…` : s);

/** Filter values of a document, by filter name; its effect status (lib/corpus/status.ts) when known. */
export function documentFilters(doc: DocumentModel, state?: EffectState): Record<FilterName, string[]> {
  return {
    tinh: [doc.province?.name ?? UNKNOWN_PROVINCE],
    loai: [doc.type.name],
    nam: doc.year ? [`${doc.year}`] : [],
    'co-quan': doc.authority ? [doc.authority.name] : [],
    'dan-chieu': [...new Set(doc.instruments.map(instrumentLabel))],
    'hieu-luc': state ? [STATE_NAMES[state]] : [],
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
  text: WeightedText[];
}

/** Metadata, filters and sort key sit in an ignored block: Pagefind reads them but does not index their words. */
function page({ url, title, meta, filters, sortKey, body, text }: PageParts): SearchPage {
  const hidden = [
    ...Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${k}">${escapeHtml(v)}</span>`),
    ...Object.entries(filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${k}">${escapeHtml(v)}</span>`)),
    `<span data-pagefind-sort="ngay">${escapeHtml(sortKey)}</span>`,
  ].join('');
  return {
    url,
    html: `<!doctype html><html lang="vi"><head><title>${escapeHtml(title)}</title></head><body><div data-pagefind-ignore>${hidden}</div>${body}</body></html>`,
    text,
    filters,
    sortKey,
    number: meta['so-hieu'] ?? '',
  };
}

/** How a document's page, or one of its parts, is shown, filtered and sorted in the results. */
function listedAs(doc: DocumentModel, title: string, state?: EffectState): Pick<PageParts, 'meta' | 'filters' | 'sortKey'> {
  return {
    meta: {
      document: title,
      'so-hieu': doc.number?.serial ? doc.number.symbol : '',
      ngay: doc.date ? formatDate(doc.date) : doc.year ? `${doc.year}` : '',
      tinh: doc.province?.name ?? '',
      subject: subjectTitle(doc),
    },
    filters: documentFilters(doc, state),
    sortKey: doc.date ?? (doc.year ? `${doc.year}` : '0000'),
  };
}

export function documentPage(doc: DocumentModel, state?: EffectState): SearchPage {
  const title = shortTitle(doc);
  const section = (id: string, heading: string, text: string): Block[] => [{ tag: 'h2', id, runs: [{ text: shorten(heading) }] }, ...paragraphs(text)];
  const head = [doc.authority?.name, doc.province?.name, doc.signer.name, ...doc.addressees, ...doc.preamble].filter(Boolean).join('\n');
  const tail = [
    ...doc.closing,
    ...doc.recipients,
    ...doc.annexes.flatMap((a) => [a.title, ...a.subtitle, ...a.paragraphs, ...a.tables.flatMap((t) => t.rows.map((r) => r.join(' ')))]),
  ];
  return page({
    url: url.document(doc.id),
    title,
    ...listedAs(doc, title, state),
    ...body([
      // Number and trích yếu in the h1, which Pagefind weighs above clause text (7 to 1): a document about the query
      // outranks one that mentions it; its own number weighs most (10, Pagefind's highest), so it comes first of all.
      { tag: 'h1', runs: [{ text: title, weight: WEIGHT.number }, ...(doc.subject ? [{ text: `: ${subjectTitle(doc)}` }] : [])] },
      ...paragraphs(head),
      ...doc.clauses.flatMap((c) =>
        section(c.id, [c.label, c.title ?? c.text.split(/(?<=[.:;])\s/)[0]].filter(Boolean).join(' '), [c.label, clauseText(c)].filter(Boolean).join(' ')),
      ),
      ...(tail.length
        ? section(doc.annexes[0]?.id ?? 'phan-cuoi', doc.annexes.length ? doc.annexes.map((a) => a.title).join(', ') : 'Phần cuối văn bản', tail.join('\n'))
        : []),
    ]),
  });
}

/** A further page of a text in parts (ingest/parts.ts): found under the document's name, opening on that page. */
export function partPage(doc: DocumentModel, part: DocumentModel, slug: string, state?: EffectState): SearchPage {
  const title = `${shortTitle(doc)} (${slug.replace('phan-', 'phần ')})`;
  return page({
    url: url.part(doc.id, slug),
    title,
    ...listedAs(doc, title, state),
    ...body([{ tag: 'h1', runs: [{ text: title }] }, ...paragraphs(part.preamble.join('\n'))]),
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
    ...body(
      paragraphs(
        [label, i.subject ? capitalised(i.subject) : '', i.issuer ?? '', `Được dẫn chiếu trong ${citedBy.length} văn bản: ${provinces.join(', ')}.`]
          .filter(Boolean)
          .join('\n'),
      ),
      WEIGHT.hub,
    ),
  });
}
