import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../../src/search/records.ts';
import { allClauses, parseSeed } from '../../helpers/seeds.ts';

/** The search index's records for the Huế directive: one per part, deep links, filters, NFC. */
describe('search records', async () => {
  const doc = await parseSeed('001_846d10196a3887a8.txt');
  const records = documentRecords(doc);

  it('has a head record, one per top-level clause, and the closing', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/van-ban/chi-thi-20-ct-ubnd-2026-hue/',
      ...doc.clauses.map((c) => `/van-ban/chi-thi-20-ct-ubnd-2026-hue/#${c.id}`),
      '/van-ban/chi-thi-20-ct-ubnd-2026-hue/#phan-cuoi',
    ]);
  });

  it('carries the document’s number, date, province and the filters', () => {
    const r = records[4]!;
    expect(r.meta).toMatchObject({ document: 'Chỉ thị 20/CT-UBND', 'so-hieu': '20/CT-UBND', ngay: '10/06/2026', tinh: 'Huế' });
    expect(r.filters).toMatchObject({ tinh: ['Huế'], loai: ['Chỉ thị'], nam: ['2026'], 'co-quan': ['UBND thành phố Huế'] });
    expect(r.filters['dan-chieu']).toEqual(expect.arrayContaining(['Nghị quyết 33-NQ/TW', 'Kết luận 99-KL/TW']));
    expect(r.content).toContain('Sở Tài chính');
  });

  it('holds every clause’s words, in NFC', () => {
    const all = records.map((r) => r.content).join('\n');
    for (const c of allClauses(doc.clauses)) expect(all).toContain(c.text.split('\n')[0]!);
    expect(all).toBe(all.normalize('NFC'));
  });
});
