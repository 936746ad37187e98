import type { Citing } from '../lib/corpus/instruments.ts';
import { compareVi } from '../lib/text/vietnamese.ts';
import { UNKNOWN_PROVINCE } from '../search/records.ts';
import { byDateDesc } from './titles.ts';
import { url } from './urls.ts';

/**
 * The documents citing an instrument, as its page lists them: by province in
 * Vietnamese order, newest first within each. An instrument every commune
 * implements is cited thousands of times, so each province shows a few and
 * links to the rest on the search page, filtered by instrument and province.
 */
export const PER_PROVINCE = 25;

export interface ProvinceCiting {
  province: string;
  total: number;
  shown: Citing[];
  /** The search page listing all of them; null when all are shown. */
  more: string | null;
}

/** `label` is the instrument as the search page's "dan-chieu" filter names it. */
export function citingByProvince(citedBy: Citing[], label: string, limit = PER_PROVINCE): ProvinceCiting[] {
  const groups = Map.groupBy(
    [...citedBy].sort((x, y) => byDateDesc(x.doc, y.doc)),
    (c) => c.doc.province?.name ?? UNKNOWN_PROVINCE,
  );
  return [...groups.keys()].sort(compareVi).map((province) => {
    const all = groups.get(province)!;
    return {
      province,
      total: all.length,
      shown: all.slice(0, limit),
      more: all.length > limit ? url.searchWith({ 'dan-chieu': label, tinh: province }) : null,
    };
  });
}
