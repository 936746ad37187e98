import { describe, expect, it } from 'vitest';
import { parsePlaceDate } from '../../../src/lib/parse/place-date.ts';
import { parseDocument } from '../../../src/lib/parse/index.ts';
import { parseSymbol } from '../../../src/lib/vocabulary/doc-number.ts';

/** The place-and-date line in the shapes real texts print it (corpus files named). */
describe('place and date', () => {
  it('reads the line as Nghị định 30 prints it', () => {
    expect(parsePlaceDate('Huế, ngày 10 tháng 6 năm 2026')).toEqual({ place: 'Huế', date: '2026-06-10', year: 2026, blank: false });
  });
  it('keeps the year of a draft that leaves day and month blank (seed 000)', () => {
    expect(parsePlaceDate('Thanh Hóa, ngày tháng năm 2026')).toEqual({ place: 'Thanh Hóa', date: null, year: 2026, blank: true });
  });
  it('spaces lost around numbers (web-page/web-page_a53257314ff9bbd2.md: "tháng11")', () => {
    expect(parsePlaceDate('Hà Tĩnh, ngày 24 tháng11 năm 2025')?.date).toBe('2025-11-24');
  });
  it('the comma lost after the place (crawler/crawler_nghi-dinh-87-2025-nd-cp.txt, line 4)', () => {
    expect(parsePlaceDate('Hà Nội ngày 11 tháng 4 năm 2025')).toMatchObject({ place: 'Hà Nội', date: '2025-04-11' });
    expect(parsePlaceDate('lực thi hành kể từ ngày 01 tháng 10 năm 2013.')).toBeNull();
  });
  it('a 1 that OCR read as "l" beside a digit (pdf-text-layer/…thong-tu-so-19-2023-tt-bldtbxh-41242.pdf)', () => {
    expect(parsePlaceDate('Hà Nội, ngày 29 tháng l2 năm 2023')?.date).toBe('2023-12-29');
    expect(parsePlaceDate('Hà Nội, ngày l tháng 5 năm 2020')).toBeNull();
  });
});

describe('drafts and signed texts', () => {
  const source = { file: 'x.txt', sha256: '', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false };
  it('a signed number with the day left blank is no draft (congbao-text/…quyet-dinh-so-372-qd-btc-469041.txt)', () => {
    const doc = parseDocument(
      'BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:  372 /QĐ-BTC\nHà Nội, ngày       tháng      năm 2026\nQUYẾT ĐỊNH\nVề việc thử',
      source,
    );
    expect(doc.number?.symbol).toBe('372/QĐ-BTC');
    expect([doc.draft, doc.date, doc.year]).toEqual([false, null, 2026]);
    expect(doc.issues.map((i) => i.code)).toContain('blank-date');
  });
  it('a blank number is a draft; a code split from its digits is read whole ("75/2006/QH 11")', () => {
    expect(parseDocument('Số: /CT-UBND\nThanh Hóa, ngày tháng năm 2026\nCHỈ THỊ\nVề việc thử', source).draft).toBe(true);
    expect(parseSymbol('75/2006/QH 11')?.symbol).toBe('75/2006/QH11');
  });
});
