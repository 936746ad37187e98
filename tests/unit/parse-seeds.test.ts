import { describe, expect, it } from 'vitest';
import { allClauses, parseSeed } from '../helpers/seeds.ts';

/** The five seeds, parsed exactly (expectations from the documents themselves). */

describe('Huế directive 20/CT-UBND (001)', async () => {
  const doc = await parseSeed('001_846d10196a3887a8.txt');
  it('reads number, date, place, type and authority', () => {
    expect(doc.number?.symbol).toBe('20/CT-UBND');
    expect(doc.date).toBe('2026-06-10');
    expect(doc.place).toBe('Huế');
    expect(doc.type.name).toBe('Chỉ thị');
    expect(doc.draft).toBe(false);
    expect(doc.province?.name).toBe('Huế');
    expect(doc.authority?.name).toBe('UBND thành phố Huế');
    expect(doc.id).toBe('chi-thi-20-ct-ubnd-2026-hue');
  });
  it('finds the subject, signer and 6 clauses', () => {
    expect(doc.subject).toBe('Về việc kết nghĩa với các đơn vị Bộ đội Biên phòng trên địa bàn thành phố');
    expect(doc.signer).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Hải Minh' });
    expect(doc.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(doc.clauses[3]!.text).toMatch(/^Sở Tài chính phối hợp/);
    expect(doc.closing[0]).toMatch(/^Yêu cầu các cấp/);
    expect(doc.recipients).toHaveLength(14);
    expect(doc.recipients[0]).toBe('Bộ Tư lệnh BĐBP;');
  });
});

describe('Thanh Hóa draft directive (000)', async () => {
  const doc = await parseSeed('000_e549b405dcbfb8fc.txt');
  it('is a draft Chỉ thị with a blank number and date, year kept', () => {
    expect(doc.type.name).toBe('Chỉ thị');
    expect(doc.draft).toBe(true);
    expect(doc.number?.serial).toBeNull();
    expect(doc.number?.symbol).toBe('/CT-UBND');
    expect(doc.date).toBeNull();
    expect(doc.year).toBe(2026);
    expect(doc.province?.name).toBe('Thanh Hóa');
    expect(doc.authority?.name).toBe('UBND tỉnh Thanh Hóa');
    expect(doc.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['blank-number', 'blank-date']));
  });
  it('has 7 clauses, the effect clause apart, and the paragraph split by a page break joined', () => {
    expect(doc.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
    expect(doc.preamble[2]).toContain('Đồng thời, tăng cường đẩy mạnh');
    expect(doc.clauses[2]!.text).toContain('Ngày hội Biên phòng toàn dân theo Kế hoạch số 204/KH-UBND');
    expect(doc.closing).toHaveLength(1);
    expect(doc.closing[0]).toContain('Giao Ban Chỉ huy Bộ đội Biên phòng thường xuyên');
    expect(doc.signer.name).toBe('Mai Xuân Liêm');
  });
  it('merges the annex into one table of 18 rows', () => {
    expect(doc.annexes).toHaveLength(1);
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('DANH SÁCH');
    expect(annex.subtitle[0]).toBe('Phân công kết nghĩa, đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh');
    expect(annex.tables).toHaveLength(1);
    const table = annex.tables[0]!;
    expect(table.header).toEqual(['TT', 'Đơn vị Bộ đội Biên phòng', 'Các sở, ngành cấp tỉnh', 'Các công ty, doanh nghiệp', 'Các xã, phường']);
    expect(table.rows).toHaveLength(18);
    expect(table.rows.map((r) => r[0])).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(table.rows[3]![1]).toBe('Đồn Biên phòng Mường Mìn');
  });
});

describe('Nghệ An Standing Committee directive (002)', async () => {
  const doc = await parseSeed('002_9451b88b7c948789.txt');
  it('is a Party Chỉ thị whose province comes from its recipients', () => {
    expect(doc.type.name).toBe('Chỉ thị');
    expect(doc.number).toBeNull();
    expect(doc.province).toMatchObject({ name: 'Nghệ An', source: 'recipients' });
    expect(doc.authority?.name).toBe('Ban Thường vụ Tỉnh ủy Nghệ An');
    expect(doc.subject).toMatch(/^về tăng cường lãnh đạo công tác quản lý.*trong tình hình mới$/);
    expect(doc.signer).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Hoàng Nghĩa Hiếu' });
  });
  it('has 9 clauses with 9.1–9.7 under 9', () => {
    expect(doc.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    const nine = doc.clauses[8]!;
    expect(nine.title).toBe('Tổ chức thực hiện');
    expect(nine.children.map((c) => c.label)).toEqual(['9.1.', '9.2.', '9.3.', '9.4.', '9.5.', '9.6.', '9.7.']);
    expect(nine.children[0]!.id).toBe('khoan-9__khoan-9-1');
    // Clause 3 continues over a second paragraph; clause 6 over a page break.
    expect(doc.clauses[2]!.text.split('\n')).toHaveLength(2);
    expect(doc.clauses[5]!.text).toContain('nhất là tội phạm có tổ chức');
  });
  it('flags BDBP as an OCR slip of BĐBP, defined in the text', () => {
    expect(doc.abbreviations).toContainEqual({ short: 'BĐBP', long: 'Bộ đội Biên phòng', source: 'text' });
    expect(doc.ocrVariants).toContainEqual(expect.objectContaining({ found: 'BDBP', likely: 'BĐBP' }));
  });
});

describe('Lào Cai công văn 901-CV/TU (003)', async () => {
  const doc = await parseSeed('003_38e1e8bed2425cad.txt');
  it('reads the Party number with its stray space, the date and the body', () => {
    expect(doc.number).toMatchObject({ symbol: '901-CV/TU', serial: '901', typeCode: 'CV', issuerCode: 'TU', system: 'party' });
    expect(doc.type.name).toBe('Công văn');
    expect(doc.date).toBe('2026-04-30');
    expect(doc.authority?.name).toBe('Tỉnh ủy Lào Cai');
    expect(doc.province).toMatchObject({ name: 'Lào Cai', source: 'authority' });
    expect(doc.subject).toBe('tiếp tục thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ');
  });
  it('has its addressees and 7 items, headings from bold and Markdown', () => {
    expect(doc.addressees).toEqual([
      'Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,',
      'Các đảng ủy trực thuộc Tỉnh ủy,',
      'Đảng ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh.',
    ]);
    expect(doc.clauses.map((c) => c.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
    expect(doc.clauses[0]!.title).toBe('Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy, các đảng ủy trực thuộc Tỉnh ủy');
    expect(doc.clauses[0]!.text).toMatch(/^theo chức năng/);
    expect(doc.clauses[1]!.title).toBe('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(doc.clauses[1]!.children).toHaveLength(4);
    expect(doc.clauses[5]!.title).toBe('Đảng ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh');
    expect(doc.trailer).toEqual(['PVHNam/PTH/htđhtn']);
  });
});

describe('Nhơn Hưng report 35/BC-UBND (004)', async () => {
  const doc = await parseSeed('004_1f92b6282767ab84.txt');
  it('reads number, date, province and the ward from the text', () => {
    expect(doc.number?.symbol).toBe('35/BC-UBND');
    expect(doc.type.name).toBe('Báo cáo');
    expect(doc.date).toBe('2025-02-26');
    expect(doc.place).toBe('Nhon Hưng');
    expect(doc.province).toMatchObject({ name: 'An Giang', source: 'text' });
    expect(doc.authority?.name).toBe('UBND phường Nhơn Hưng');
    expect(doc.ocrVariants).toContainEqual(expect.objectContaining({ found: 'Nhon Hưng', likely: 'Nhơn Hưng', line: 5 }));
  });
  it('has 5 roman sections with clauses, points and indents', () => {
    expect(doc.clauses.map((c) => c.label)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(doc.clauses[0]!.title).toBe('ĐẶC ĐIỂM TÌNH HÌNH');
    const results = doc.clauses[1]!.children[2]!;
    expect(results.children.map((c) => c.label)).toEqual(['a)', 'b)', 'c.', 'd)', 'e)']);
    expect(doc.preamble).toHaveLength(4);
    expect(doc.signer).toEqual({ authority: null, title: 'CHỦ TỊCH', name: 'Huỳnh Thanh Vũ' });
    const ids = allClauses(doc.clauses).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
