import type { DocumentModel } from '../lib/model.ts';
import { compareVi } from '../lib/text/vietnamese.ts';
import { byDateDesc } from './titles.ts';

/**
 * The orders of the document list: newest first, or grouped by province, type
 * or issuing body (Vietnamese collation), newest first within each group.
 * Static pages, so they work without JavaScript and on any connection.
 */
export interface Sort {
  slug: string;
  label: string;
  group: ((d: DocumentModel) => string) | null;
}

export const SORTS: Sort[] = [
  { slug: 'moi-nhat', label: 'Mới nhất', group: null },
  { slug: 'tinh', label: 'Theo tỉnh, thành phố', group: (d) => d.province?.name ?? 'Chưa xác định' },
  { slug: 'loai', label: 'Theo loại văn bản', group: (d) => d.type.name },
  { slug: 'co-quan', label: 'Theo cơ quan ban hành', group: (d) => d.authority?.name ?? 'Chưa xác định' },
];

export const PAGE_SIZE = 100;

export function sortDocuments(docs: DocumentModel[], sort: Sort): DocumentModel[] {
  const group = sort.group;
  if (!group) return [...docs].sort(byDateDesc);
  return [...docs].sort((a, b) => compareVi(group(a), group(b)) || byDateDesc(a, b));
}

export const listUrl = (sort: string, page = 1) => (sort === 'moi-nhat' && page === 1 ? '/van-ban/' : `/danh-sach/${sort}/${page > 1 ? `${page}/` : ''}`);
