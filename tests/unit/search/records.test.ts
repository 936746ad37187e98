import { describe, expect, it } from 'vitest';
import { documentFilters, documentPage } from '../../../src/search/records.ts';
import { allClauses, parseSeed } from '../../helpers/seeds.ts';

/** The page the search index holds for the Huế directive: clause headings, metadata, filters, escaped text. */
describe('search pages', async () => {
  const doc = await parseSeed('001_846d10196a3887a8.txt');
  const { url, html } = documentPage(doc);

  it('is the document’s address, with one heading per top-level clause for deep links', () => {
    expect(url).toBe('/van-ban/chi-thi-20-ct-ubnd-2026-hue/');
    const ids = [...html.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual([...doc.clauses.map((c) => c.id), 'phan-cuoi']);
  });

  it('carries number, date, province and the filters outside the indexed words', () => {
    expect(html).toContain('<div data-pagefind-ignore><span data-pagefind-meta="document">Chỉ thị 20/CT-UBND</span>');
    expect(html).toContain('<span data-pagefind-meta="ngay">10/06/2026</span>');
    expect(html).toContain('<span data-pagefind-filter="tinh">Huế</span>');
    expect(documentFilters(doc)).toMatchObject({ tinh: ['Huế'], loai: ['Chỉ thị'], nam: ['2026'], 'co-quan': ['UBND thành phố Huế'] });
    expect(documentFilters(doc)['dan-chieu']).toEqual(expect.arrayContaining(['Nghị quyết 33-NQ/TW', 'Kết luận 99-KL/TW']));
    // Whether it is in force, when the collection tells (lib/corpus/status.ts).
    expect(documentFilters(doc, 'bi-thay-the')['hieu-luc']).toEqual(['Bị thay thế']);
    expect(documentFilters(doc)['hieu-luc']).toEqual([]);
  });

  it('holds every clause’s words, escaped, in NFC', () => {
    for (const c of allClauses(doc.clauses)) expect(html).toContain(c.text.split('\n')[0]!.replace(/"/g, '&quot;'));
    expect(html).toBe(html.normalize('NFC'));
  });

  it('escapes text that is markup elsewhere', () => {
    const hostile = { ...doc, subject: '<script>alert(1)</script> & "x"' };
    const page = documentPage(hostile).html;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});
