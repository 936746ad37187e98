import { describe, expect, it } from 'vitest';
import { fromTsv } from '../../../src/lib/source/extract/ocr.ts';
import { parseDocument } from '../../../src/lib/parse/index.ts';

/**
 * Tesseract's TSV, as it read page 1 of scan-pdf/scan-pdf_vietadmin-data-1.pdf:
 * the handwritten number came out as "4235" at 35 % confidence, the day as "84".
 */
const row = (block: number, par: number, line: number, conf: number, text: string) => ['5', '1', block, par, line, 1, 0, 0, 0, 0, conf, text].join('\t');
const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  row(1, 1, 1, 93, 'UBND'),
  row(1, 1, 1, 93, 'THÀNH'),
  row(1, 1, 1, 91, 'PHỐ'),
  row(1, 1, 1, 95, 'ĐÀ'),
  row(1, 1, 1, 90, 'NẴNG'),
  row(1, 1, 1, 93, 'CỘNG'),
  row(1, 1, 1, 92, 'HOÀ'),
  row(1, 1, 1, 96, 'XÃ'),
  row(1, 1, 1, 96, 'HỘI'),
  row(1, 1, 1, 96, 'CHỦ'),
  row(1, 1, 1, 96, 'NGHĨA'),
  row(1, 1, 1, 96, 'VIỆT'),
  row(1, 1, 1, 96, 'NAM'),
  row(4, 1, 1, 96, 'SỞ'),
  row(4, 1, 1, 96, 'GIÁO'),
  row(4, 1, 1, 96, 'DỤC'),
  row(4, 1, 1, 96, 'VÀ'),
  row(4, 1, 1, 95, 'ĐÀO'),
  row(4, 1, 1, 96, 'TẠO'),
  row(4, 1, 1, 96, 'Độc'),
  row(4, 1, 1, 93, 'lập'),
  row(4, 1, 1, 93, '-'),
  row(4, 1, 1, 96, 'Tự'),
  row(4, 1, 1, 93, 'do'),
  row(4, 1, 1, 93, '-'),
  row(4, 1, 1, 97, 'Hạnh'),
  row(4, 1, 1, 96, 'phúc'),
  row(4, 1, 2, 96, 'Số:'),
  row(4, 1, 2, 35, '4235'),
  row(4, 1, 2, 35, '/SGDĐT-CTrTT'),
  row(4, 1, 2, 95, 'Đà'),
  row(4, 1, 2, 96, 'Nẵng,'),
  row(4, 1, 2, 49, 'ngày'),
  row(4, 1, 2, 49, '84'),
  row(4, 1, 2, 96, 'tháng'),
  row(4, 1, 2, 68, '5'),
  row(4, 1, 2, 96, 'năm'),
  row(4, 1, 2, 96, '2019'),
].join('\n');

describe('OCR with its confidence', () => {
  const page = fromTsv(TSV);

  it('lays the words out by block, paragraph and line', () => {
    expect(page.lines).toEqual([
      'UBND THÀNH PHỐ ĐÀ NẴNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc',
      'Số: 4235 /SGDĐT-CTrTT Đà Nẵng, ngày 84 tháng 5 năm 2019',
    ]);
    expect(page.uncertain.map((u) => u.word)).toEqual(['4235', '/SGDĐT-CTrTT', 'ngày', '84']);
  });

  it('takes no number and no date from what it doubts, and says so; the type still shows in the symbol', () => {
    const uncertain = page.uncertain.map((u) => ({ line: u.index + 1, word: u.word, confidence: u.confidence }));
    const doc = parseDocument(page.lines.join('\n'), { file: 'scan.png', sha256: '', encoding: 'ocr', bytes: 0, format: 'image', readAsIs: false }, uncertain);
    expect(doc.number).toBeNull();
    expect(doc.date).toBeNull();
    expect(doc.year).toBe(2019);
    expect(doc.type.name).toBe('Công văn');
    expect(doc.authority?.name).toMatch(/^Sở giáo dục và đào tạo$/iu);
    expect(doc.issues.filter((i) => i.code === 'ocr-uncertain').map((i) => i.message)).toEqual([
      expect.stringContaining('"4235" (độ tin cậy 35 %)'),
      expect.stringContaining('"84" (độ tin cậy 49 %)'),
    ]);
    expect(doc.header.map((h) => h.text).join(' ')).toContain('4235');
  });
});
