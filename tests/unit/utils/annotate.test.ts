import { describe, expect, it } from 'vitest';
import { annotator, ocrMarks, type Segment } from '../../../src/utils/annotate.ts';
import { findAbbreviations, findOcrVariants } from '../../../src/lib/parse/glossary.ts';
import { parseSeed } from '../../helpers/seeds.ts';

/** Issue 20, item 7: a word the page calls an OCR slip is marked where it stands, and kept as printed. */
const flagged = (segments: Segment[]): string[] =>
  segments.flatMap((s) => (s.mark?.ocr ? [s.text] : (s.inner ?? []).filter((i) => i.mark?.ocr).map((i) => i.text)));
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('OCR slips on the page', () => {
  const slips = ocrMarks([
    { found: 'Nhon Hưng', likely: 'Nhơn Hưng', line: 5 },
    { found: 'BDBP', likely: 'BĐBP', line: 55 },
  ]);

  it('flags the word as printed, and says what it likely is', () => {
    // Nhơn Hưng 35/BC-UBND, line 5.
    const segments = annotator(slips)('Nhon Hưng, ngày 26 tháng 02 năm 2025');
    expect(segments[0]).toMatchObject({ text: 'Nhon Hưng', mark: { ocr: true, title: expect.stringContaining('Nhơn Hưng') } });
    expect(joined(segments)).toBe('Nhon Hưng, ngày 26 tháng 02 năm 2025');
  });

  it('flags a slip inside a longer mark (a citation link) too', () => {
    const cite = { text: 'Kế hoạch số 12/KH-BDBP', href: '/dan-chieu/ke-hoach-12-kh-bdbp/', title: 'Kế hoạch 12/KH-BĐBP' };
    const segments = annotator([...slips, cite])('Thực hiện Kế hoạch số 12/KH-BDBP của Bộ Chỉ huy BDBP tỉnh');
    expect(flagged(segments)).toEqual(['BDBP', 'BDBP']);
    expect(segments[1]).toMatchObject({ text: 'Kế hoạch số 12/KH-BDBP', mark: { href: cite.href } });
    expect(joined(segments)).toBe('Thực hiện Kế hoạch số 12/KH-BDBP của Bộ Chỉ huy BDBP tỉnh');
  });
});

describe('findOcrVariants', () => {
  it('case alone is no slip: "01/CT-TTG" in a title in capitals (Hướng dẫn 7210/HD-BQP)', async () => {
    const doc = await parseSeed('105_huong-dan-7210-hd-bqp-2015.txt');
    expect(doc.ocrVariants.map((v) => v.found)).not.toContain('TTG');
  });

  const unit = (no: number, text: string, cells: string[] | null = null) => ({
    line: no,
    lines: [{ no, text }],
    text,
    heading: 0,
    lead: null,
    wholeBold: false,
    cells,
    blockStart: false,
    gapBefore: 0,
  });

  it('capitals are no names letter by letter: "VÀ VỪA" holds no "À V" (Luật 04/2017/QH14)', () => {
    const units = [unit(8, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), unit(12, 'LUẬT HỖ TRỢ DOANH NGHIỆP NHỎ VÀ VỪA'), unit(13, 'DOANH NGHIỆP NHỎ VÀ VỪA')];
    expect(findOcrVariants(units, [])).toEqual([]);
  });

  it('a table’s names are a list’s entries, not slips: "Xã Yên Hoa" beside "Xã Yên Hòa" (Công văn 1027/CTK-CSCL)', () => {
    const row = (no: number, commune: string) => unit(no, `${no} ${commune} Tỉnh Tuyên Quang`, [`${no}`, commune, 'Tỉnh Tuyên Quang']);
    expect(findOcrVariants([row(215, 'Xã Yên Hoa'), row(216, 'Xã Yên Hòa'), row(217, 'Xã Yên Hòa'), row(218, 'Xã Yên Hòa')], [])).toEqual([]);
  });

  it('an acronym’s first letter, or a line in English, is no slip (Thông tư 157/2025/TT-BTC, 112/2025/TT-BTC)', () => {
    expect(findOcrVariants([unit(825, 'Mã ĐVQHNS/Mã DA:'), unit(826, 'Mã ĐVQHNS: 1234'), unit(827, 'Mã ĐVQHNS: 5678')], [])).toEqual([]);
    const english = [unit(604, 'Quang Ninh, Lao Cai, and Lam Dong.” 11. Amendment to Point b'), unit(700, 'tỉnh Lâm Đồng'), unit(701, 'tỉnh Lâm Đồng')];
    expect(findOcrVariants(english, [])).toEqual([]);
  });

  it('a lost mark in running text still is one: "Nhon Hưng" beside "Nhơn Hưng" (Nhơn Hưng 35/BC-UBND)', () => {
    const units = [unit(5, 'Nhon Hưng, ngày 26 tháng 02 năm 2025'), unit(9, 'UBND phường Nhơn Hưng báo cáo'), unit(12, 'Đồn Biên phòng Nhơn Hưng chủ trì')];
    expect(findOcrVariants(units, [])).toEqual([{ found: 'Nhon Hưng', likely: 'Nhơn Hưng', line: 5 }]);
  });

  it('a lost đ still is: "BDBP" beside BĐBP (Nghệ An)', () => {
    const text = 'Ban Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh; Ban Chỉ huy BDBP tỉnh';
    expect(findOcrVariants([unit(1, text)], findAbbreviations(text))).toEqual([{ found: 'BDBP', likely: 'BĐBP', line: 1 }]);
  });
});
