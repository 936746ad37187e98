import type { DocumentModel } from '../lib/model.ts';

/** Page addresses, in one place so every link agrees. */
export const url = {
  home: '/',
  documents: '/van-ban/',
  document: (id: string) => `/van-ban/${id}/`,
  clause: (id: string, clause: string) => `/van-ban/${id}/#${clause}`,
  /** A further page of a text too long for one (`phan-2`…; part 1 is the document's page). */
  part: (id: string, slug: string) => `/van-ban/${id}/${slug}/`,
  provinces: '/tinh/',
  province: (slug: string) => `/tinh/${slug}/`,
  instruments: '/dan-chieu/',
  instrument: (id: string) => `/dan-chieu/${id}/`,
  roles: '/co-quan/',
  role: (id: string) => `/co-quan/${id}/`,
  compare: '/so-sanh/',
  comparePair: (a: string, b: string) => `/so-sanh/${a}--${b}/`,
  timeline: '/dong-thoi-gian/',
  search: '/tim-kiem/',
  /** The search page with a query and filters set (names as in src/search/records.ts FILTERS). */
  searchWith: (params: Record<string, string | number>) => `/tim-kiem/?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, `${v}`]))}`,
  quality: '/chat-luong/',
  /** The text as read from the file (decoded, or extracted from a PDF, Word file or scan). */
  source: (id: string) => `/van-ban/${id}/nguon.txt`,
  /** The file as received, byte for byte: the trusted record. */
  original: (id: string, file: string) => `/van-ban/${id}/ban-goc${/\.[A-Za-z0-9]{1,8}$/.exec(file)?.[0]?.toLowerCase() ?? ''}`,
  json: (id: string) => `/van-ban/${id}.json`,
};

/**
 * Whether a document has `url.source` beside its original: not when the
 * original is that text already (`source.readAsIs`), nor for a text in parts,
 * whose pages are its text.
 */
export const hasOwnText = (doc: Pick<DocumentModel, 'parts' | 'source'>) => !doc.parts && !doc.source.readAsIs;
