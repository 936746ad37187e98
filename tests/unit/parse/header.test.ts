import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../src/lib/parse/header.ts';
import { parseSymbol } from '../../../src/lib/vocabulary/doc-number.ts';
import { toUnits } from '../../../src/lib/parse/units.ts';

/** Header rules, each with the lines of a real header (tests/fixtures/real/, "real NN, line L"). */

const header = (text: string) => parseHeader(toUnits(text));
const roles = (text: string) => header(text).lines.map((l) => [l.role, l.text]);

describe('mottos', () => {
  it('the national name merged with the authority on one line, the motto in title case (real 07, lines 1–2)', () => {
    const h = header('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc');
    expect(h.lines.map((l) => [l.role, l.text])).toEqual([
      ['authority', 'ỦY BAN NHÂN DÂN'],
      ['motto', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['authority', 'TỈNH HẬU GIANG'],
      ['motto', 'Độc Lập - Tự Do - Hạnh Phúc'],
    ]);
    expect(h.authorities).toEqual(['ỦY BAN NHÂN DÂN TỈNH HẬU GIANG']);
  });

  it('the national name printed over two lines (real 06, lines 5–6)', () => {
    expect(roles('CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM')).toEqual([['motto', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
  });

  it('"CỘNG HỒ" from a PDF is still the motto, not an authority (real 03, line 3)', () => {
    const h = header('CHÍNH PHỦ\n\nCỘNG HỒ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(h.authorities).toEqual(['CHÍNH PHỦ']);
    expect(h.lines.map((l) => l.role)).toEqual(['authority', 'motto', 'motto']);
  });

  it('the Party motto over two lines (real 08, lines 5–6)', () => {
    expect(roles('ĐẢNG CỘNG SẢN\nVIỆT NAM')).toEqual([['motto', 'ĐẢNG CỘNG SẢN VIỆT NAM']]);
  });

  it('a sentence quoting the national name is not a header line', () => {
    const h = header('Số: 106/2021/NĐ-CP\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;');
    expect(h.lines.map((l) => l.role)).toEqual(['number']);
    expect(h.end).toBe(1);
  });
});

describe('the issuing body', () => {
  it('a name over two lines is one body (real 06, lines 1–2; real 08, lines 1–2)', () => {
    expect(header('ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN').authorities).toEqual(['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN']);
    expect(header('BAN CHẤP HÀNH\nTRUNG ƯƠNG').authorities).toEqual(['BAN CHẤP HÀNH TRUNG ƯƠNG']);
  });

  it('a complete first line is the parent body', () => {
    expect(header('UBND TỈNH LẠNG SƠN\nSỞ TƯ PHÁP').authorities).toEqual(['UBND TỈNH LẠNG SƠN', 'SỞ TƯ PHÁP']);
  });
});

describe('number and place-date', () => {
  it('both columns on one line (real 07, line 5)', () => {
    const h = header('Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011');
    expect(h.number?.symbol).toBe('454/UBND-NCTH');
    expect(h.numberLine).toEqual({ text: 'Số: 454/UBND-NCTH', line: 1 });
    expect(h.placeDate).toMatchObject({ place: 'Vị Thanh', date: '2011-04-06', line: 1 });
  });

  it('a blank number beside a draft date on one line', () => {
    const h = header('Số: /CT-UBND Thanh Hóa, ngày tháng năm 2026');
    expect(h.number).toMatchObject({ symbol: '/CT-UBND', serial: null });
    expect(h.placeDate).toMatchObject({ place: 'Thanh Hóa', date: null, year: 2026, blank: true });
  });

  it('a place-date cut after the first syllable of the place (real 08, lines 10–14)', () => {
    const h = header('Số: 29-QĐ/TW\n|\nHà\nNội, ngày 25 tháng 07\nnăm 2016\n|\nQUY ĐỊNH');
    expect(h.placeDate).toMatchObject({ place: 'Hà Nội', date: '2016-07-25', line: 3 });
    expect(h.lines.map((l) => [l.role, l.text])).toEqual([
      ['number', 'Số: 29-QĐ/TW'],
      ['place-date', 'Hà Nội, ngày 25 tháng 07 năm 2016'],
      ['type', 'QUY ĐỊNH'],
    ]);
  });

  it('a date without a place (real 04, line 10)', () => {
    expect(header('Số: 2866/1998-TT-BQP\n\nNgày 12 tháng 9 năm 1998').placeDate).toMatchObject({ place: null, date: '1998-09-12' });
  });

  it('"2866/1998-TT-BQP": a dash after the year (real 04, line 8)', () => {
    expect(parseSymbol('2866/1998-TT-BQP')).toEqual({
      symbol: '2866/1998-TT-BQP',
      serial: '2866',
      year: 1998,
      typeCode: 'TT',
      issuerCode: 'BQP',
      system: 'state',
    });
  });
});

describe('type and subject', () => {
  it('capital lines stacked under the type are its subject (real 06, lines 15–18)', () => {
    const h = header(
      'KẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN\nHÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -\n2020\nThực hiện Chỉ',
    );
    expect(h.type?.name).toBe('Kế hoạch');
    expect(h.subject).toBe('TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 - 2020');
    expect(h.end).toBe(1);
  });

  it('"QUY ĐỊNH" / "THI" / "HÀNH ĐIỀU LỆ ĐẢNG" (real 08, lines 15–17)', () => {
    const h = header('QUY ĐỊNH\nTHI\nHÀNH ĐIỀU LỆ ĐẢNG');
    expect([h.type?.name, h.subject]).toEqual(['Quy định', 'THI HÀNH ĐIỀU LỆ ĐẢNG']);
  });

  it('"CỦA BAN THƯỜNG VỤ" under the type stays the issuer (seed 002, line 3)', () => {
    const h = header('**CHỈ THỊ****CỦA BAN THƯỜNG VỤ TỈNH ỦY**');
    expect([h.type?.name, h.typeIssuer, h.subject]).toEqual(['Chỉ thị', 'BAN THƯỜNG VỤ TỈNH ỦY', null]);
  });
});
