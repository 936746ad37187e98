import { describe, expect, it } from 'vitest';
import { citingByProvince } from '../../../src/utils/citing.ts';
import { emptyDocument, type DocumentModel } from '../../../src/lib/model.ts';
import type { Citing } from '../../../src/lib/corpus/instruments.ts';

/** A commune's report citing Chỉ thị 01/CT-TTg, dated day `n` of 2025. */
function citing(n: number, province: string | null): Citing {
  const doc: DocumentModel = {
    ...emptyDocument(
      `bao-cao-${n}`,
      { file: `${n}.txt`, sha256: '', bytes: 0, encoding: 'utf-8', format: 'text' as const, readAsIs: false },
      { code: 'BC', name: 'Báo cáo' },
    ),
    date: new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10),
    year: 2025,
    province: province ? { name: province, slug: province, source: 'header', evidence: province } : null,
  } as DocumentModel;
  return { doc, mentions: [], relations: ['thuc-hien'] };
}

describe('the documents citing an instrument, by province', () => {
  const citedBy = [...Array.from({ length: 30 }, (_, i) => citing(i + 1, 'Lạng Sơn')), citing(40, 'Điện Biên'), citing(41, 'An Giang'), citing(42, null)];
  const groups = citingByProvince(citedBy, 'Chỉ thị 01/CT-TTg', 25);

  it('groups them in Vietnamese order (Đ after D, unknown province among the others by name)', () => {
    expect(groups.map((g) => g.province)).toEqual(['An Giang', 'Chưa xác định', 'Điện Biên', 'Lạng Sơn']);
  });

  it('shows the newest of a large province and links to all of them on the search page', () => {
    const lang = groups.find((g) => g.province === 'Lạng Sơn')!;
    expect(lang.total).toBe(30);
    expect(lang.shown).toHaveLength(25);
    expect(lang.shown[0]!.doc.date).toBe('2025-01-30');
    expect(lang.shown.at(-1)!.doc.date).toBe('2025-01-06');
    const more = new URL(lang.more!, 'https://example.org');
    expect(more.pathname).toBe('/tim-kiem/');
    expect(Object.fromEntries(more.searchParams)).toEqual({ 'dan-chieu': 'Chỉ thị 01/CT-TTg', tinh: 'Lạng Sơn' });
  });

  it('shows every document of a small province, with no link', () => {
    expect(groups.find((g) => g.province === 'An Giang')).toMatchObject({ total: 1, more: null });
  });
});
