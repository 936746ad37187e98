import { describe, expect, it } from 'vitest';
import { DEFAULT_RECENT, newest, recentFromEnv } from '../../../src/search/bundle-plan.ts';
import { emptyDocument } from '../../../src/lib/model.ts';

const doc = (id: string, date: string | null, year: number | null = date ? Number(date.slice(0, 4)) : null) => ({
  ...emptyDocument(id, { file: `${id}.txt`, sha256: '', bytes: 0, encoding: 'utf-8', format: 'text' as const }, { code: 'CT', name: 'Chỉ thị' }),
  date,
  year,
});

describe('the newest documents’ bundle', () => {
  const docs = [doc('a', '2015-01-09'), doc('b', '2026-06-10'), doc('c', null, 2026), doc('d', null, null), doc('e', '2026-06-10'), doc('f', '2025-02-26')];

  it('holds the newest by date, a bare year after the dates of that year, undated last, ties by id', () => {
    expect(newest(docs, 6).map((d) => d.id)).toEqual(['b', 'e', 'c', 'f', 'a', 'd']);
    expect(newest(docs, 2).map((d) => d.id)).toEqual(['b', 'e']);
  });

  it('is sized from SEARCH_RECENT, with a clear message for a bad value', () => {
    expect(recentFromEnv(undefined)).toBe(DEFAULT_RECENT);
    expect(recentFromEnv('3')).toBe(3);
    expect(recentFromEnv('0')).toBe(0);
    expect(() => recentFromEnv('abc')).toThrow(/SEARCH_RECENT="abc"/);
    expect(() => recentFromEnv('-1')).toThrow(/whole number/);
  });
});
