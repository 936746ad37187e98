import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse/index.ts';
import { parsePlaceDate } from '../../../src/lib/parse/place-date.ts';
import { parseSymbol } from '../../../src/lib/vocabulary/doc-number.ts';
import { isBlank } from '../../../src/lib/parse/blank.ts';

/**
 * Drafts leave the number, the day and month and the signer's name blank, drawn
 * with underscores, dots, ellipses or spaces (issue 22, item 3). Each fixture is
 * a short draft in the shape of a real text: the headers of seeds 000 (Chỉ thị of
 * Thanh Hóa), 003 (Party công văn of Lào Cai), 004 (Báo cáo, signed "CHỦ TỊCH"
 * with no prefix) and 101 (a header with rules drawn under both columns).
 */

const source = { file: 'du-thao.txt', sha256: '', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false };
/** The body, Nơi nhận and signature of a Party công văn of a provincial Tỉnh ủy (seed 003 shape), its signer's name not yet written. */
const PARTY_LETTER_END = [
  'Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.',
  '',
  '1. Các đảng ủy trực thuộc Tỉnh ủy quán triệt, triển khai thực hiện.',
  '',
  'Nơi nhận:',
  '- Như trên,',
  '- Lưu Văn phòng Tỉnh ủy.',
  '',
  'T/M BAN THƯỜNG VỤ',
  'PHÓ BÍ THƯ',
  '',
  '__________________',
];
const codes = (raw: string) => issueCodes(parseDocument(raw, source));
const issueCodes = (doc: { issues: Array<{ code: string }> }) => doc.issues.map((i) => i.code);

/** A state draft: issuer, motto and rules (seed 101), number, place-date, type, subject, body, signature. */
function stateDraft(o: { issuer: string; number: string; date: string; type?: string; subject: string; signature: string }): string {
  return [
    'ỦY BAN NHÂN DÂN',
    o.issuer,
    '--------',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '---------------',
    '',
    o.number,
    '',
    o.date,
    '',
    ...(o.type ? [o.type, ''] : []),
    o.subject,
    '',
    'Trong những năm qua, các cấp, các ngành đã quan tâm lãnh đạo, chỉ đạo công tác quản lý, bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia.',
    '',
    '1. Các sở, ngành, đơn vị cấp tỉnh chủ động phối hợp với Ban Chỉ huy Bộ đội Biên phòng tỉnh.',
    '',
    '2. Ủy ban nhân dân các xã, phường khu vực biên giới tổ chức thực hiện.',
    '',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    '',
    o.signature,
    '',
  ].join('\n');
}

describe('the blank pattern', () => {
  it('underscores, dots, ellipses, mixed runs and spaces are blanks; words are not', () => {
    for (const s of ['___', '......', '……', '…..…', '__ __', '   ', '']) expect(isBlank(s)).toBe(true);
    for (const s of ['Huế', '1', '…/…', '(Đã ký)', '-----']) expect(isBlank(s)).toBe(false);
  });
});

describe('blank numbers', () => {
  it('every form of blank serial reads as serial null, with the symbol as a draft prints it', () => {
    expect(parseSymbol('___/CT-UBND')).toMatchObject({ symbol: '/CT-UBND', serial: null, typeCode: 'CT', issuerCode: 'UBND' });
    expect(parseSymbol('....../KH-UBND')).toMatchObject({ symbol: '/KH-UBND', serial: null, typeCode: 'KH' });
    expect(parseSymbol('……/BC-UBND')).toMatchObject({ symbol: '/BC-UBND', serial: null, typeCode: 'BC' });
    expect(parseSymbol('   /QĐ-UBND')).toMatchObject({ symbol: '/QĐ-UBND', serial: null, typeCode: 'QĐ' });
    expect(parseSymbol('…/2026/NĐ-CP')).toMatchObject({ symbol: '/2026/NĐ-CP', serial: null, year: 2026, typeCode: 'NĐ', issuerCode: 'CP' });
    // Party form (seed 003, "Số 901 -CV/TU") with its serial left blank.
    expect(parseSymbol('.....-CV/TU')).toMatchObject({ symbol: '-CV/TU', serial: null, typeCode: 'CV', issuerCode: 'TU', system: 'party' });
  });
  it('a blank alone is no symbol; printed numbers are read as before', () => {
    expect(parseSymbol('……………')).toBeNull();
    expect(parseSymbol('20/CT-UBND')?.serial).toBe('20');
    expect(parseSymbol('901 -CV/TU')?.serial).toBe('901');
  });
});

describe('blank place-date lines', () => {
  const blank = (place: string | null) => ({ place, date: null, year: 2026, blank: true });
  it('day and month blank in any form keep the place and the year', () => {
    expect(parsePlaceDate('Huế, ngày ___ tháng ___ năm 2026')).toEqual(blank('Huế'));
    expect(parsePlaceDate('Lào Cai, ngày .... tháng .... năm 2026')).toEqual(blank('Lào Cai'));
    expect(parsePlaceDate('Hà Nội, ngày …… tháng …… năm 2026')).toEqual(blank('Hà Nội'));
    expect(parsePlaceDate('Hà Nội, ngày…tháng…năm 2026')).toEqual(blank('Hà Nội'));
    expect(parsePlaceDate('Cao Bằng, ngày …/…/2026')).toEqual(blank('Cao Bằng'));
    expect(parsePlaceDate('Huế, ngày    tháng 6 năm 2026')).toEqual(blank('Huế'));
    expect(parsePlaceDate('ngày ..../..../2026')).toEqual(blank(null));
  });
  it('a place left blank is no place', () => {
    expect(parsePlaceDate('……, ngày …… tháng …… năm 2026')).toEqual(blank(null));
  });
  it('printed dates are read as before', () => {
    expect(parsePlaceDate('Cao Bằng, ngày 05/6/2026')?.date).toBe('2026-06-05');
    expect(parsePlaceDate('Huế, ngày 10.6.2026')?.date).toBe('2026-06-10');
  });
  it('a long run of dots costs little (no backtracking over every split of it)', () => {
    const started = performance.now();
    parsePlaceDate(`Huế, ngày ${'.'.repeat(20000)}/${'.'.repeat(20000)}x`);
    parsePlaceDate(`ngày ${'. '.repeat(20000)}x`);
    parseSymbol(`${'.'.repeat(20000)}x`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('drafts parsed whole', () => {
  it('underscores (seed 000 shape): Chỉ thị, subject, year, place kept; a blank number and a blank date', () => {
    const doc = parseDocument(
      stateDraft({
        issuer: 'TỈNH THANH HÓA',
        number: 'Số: ___/CT-UBND',
        date: 'Thanh Hóa, ngày ___ tháng ___ năm 2026',
        type: 'CHỈ THỊ',
        subject: 'Về việc kết nghĩa, đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh',
        signature: 'CHỦ TỊCH\n\n____________',
      }),
      source,
    );
    expect([doc.type.code, doc.subject, doc.year, doc.place, doc.draft, doc.date]).toEqual([
      'CT',
      'Về việc kết nghĩa, đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh',
      2026,
      'Thanh Hóa',
      true,
      null,
    ]);
    expect(doc.number).toMatchObject({ symbol: '/CT-UBND', serial: null });
    expect(doc.signer).toEqual({ name: null, title: 'CHỦ TỊCH', authority: null });
    expect(doc.trailer).toEqual([]);
    expect(doc.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['blank-number', 'blank-date']));
    expect(doc.issues.map((i) => i.code)).not.toContain('no-date');
    expect(doc.issues.map((i) => i.code)).not.toContain('incomplete');
  });

  it('underscores in the first lines, where the cleaning rules also look for rules drawn under the header', () => {
    const raw =
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: ___/CT-UBND\nHuế, ngày ___ tháng ___ năm 2026\n\nCHỈ THỊ\nVề việc kết nghĩa với các đơn vị Bộ đội Biên phòng\n\n1. Các sở, ngành thực hiện.\n\nCHỦ TỊCH\n\n________________';
    const doc = parseDocument(raw, source);
    expect([doc.type.code, doc.subject, doc.year, doc.place, doc.draft, doc.date, doc.number?.serial]).toEqual([
      'CT',
      'Về việc kết nghĩa với các đơn vị Bộ đội Biên phòng',
      2026,
      'Huế',
      true,
      null,
      null,
    ]);
    expect(doc.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['blank-number', 'blank-date']));
  });

  it('dots: Kế hoạch of Lào Cai, the name left as a line of dots under "KT. CHỦ TỊCH"', () => {
    const doc = parseDocument(
      stateDraft({
        issuer: 'TỈNH LÀO CAI',
        number: 'Số: ....../KH-UBND',
        date: 'Lào Cai, ngày .... tháng .... năm 2026',
        type: 'KẾ HOẠCH',
        subject: 'Tổ chức Ngày Biên phòng toàn dân năm 2026',
        signature: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n..............................',
      }),
      source,
    );
    expect([doc.type.code, doc.subject, doc.year, doc.place, doc.draft, doc.date, doc.number?.serial]).toEqual([
      'KH',
      'Tổ chức Ngày Biên phòng toàn dân năm 2026',
      2026,
      'Lào Cai',
      true,
      null,
      null,
    ]);
    expect(doc.signer).toEqual({ name: null, title: 'PHÓ CHỦ TỊCH', authority: 'KT. CHỦ TỊCH' });
    expect(doc.trailer).toEqual([]);
    expect(
      codes(
        stateDraft({
          issuer: 'TỈNH LÀO CAI',
          number: 'Số: ....../KH-UBND',
          date: 'Lào Cai, ngày .... tháng .... năm 2026',
          type: 'KẾ HOẠCH',
          subject: 'Tổ chức',
          signature: '',
        }),
      ),
    ).not.toContain('no-date');
  });

  it('ellipses, no type line: Báo cáo taken from the symbol, the blank name printed right under the title', () => {
    const doc = parseDocument(
      stateDraft({
        issuer: 'THÀNH PHỐ HÀ NỘI',
        number: 'Số: ……/BC-UBND',
        date: 'Hà Nội, ngày …… tháng …… năm 2026',
        subject: 'Tổng kết 10 năm thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ',
        signature: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n……………………',
      }),
      source,
    );
    expect([doc.type.code, doc.year, doc.place, doc.draft, doc.date, doc.number?.serial]).toEqual(['BC', 2026, 'Hà Nội', true, null, null]);
    expect(doc.signer).toEqual({ name: null, title: 'CHỦ TỊCH', authority: 'TM. ỦY BAN NHÂN DÂN' });
  });

  it('spaces and a short date with blanks: Quyết định of Cao Bằng', () => {
    const raw = stateDraft({
      issuer: 'TỈNH CAO BẰNG',
      number: 'Số:    /QĐ-UBND',
      date: 'Cao Bằng, ngày …/…/2026',
      type: 'QUYẾT ĐỊNH',
      subject: 'Về việc thành lập Ban Chỉ đạo phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ',
      signature: 'CHỦ TỊCH\n\nNguyễn Văn Bình',
    });
    const doc = parseDocument(raw, source);
    expect([doc.type.code, doc.year, doc.place, doc.draft, doc.date, doc.number?.serial]).toEqual(['QĐ', 2026, 'Cao Bằng', true, null, null]);
    expect(doc.subject).toMatch(/^Về việc thành lập/u);
    expect(doc.signer.name).toBe('Nguyễn Văn Bình');
    expect(issueCodes(doc)).toEqual(expect.arrayContaining(['blank-number', 'blank-date']));
  });

  it('a blank place-date cut before its year, as two-column exports cut it', () => {
    for (const date of ['Hà Nội, ngày …… tháng ……\nnăm 2026', 'Hà Nội, ngày ___\n\ntháng ___ năm 2026']) {
      const doc = parseDocument(
        stateDraft({
          issuer: 'THÀNH PHỐ HÀ NỘI',
          number: 'Số: ……/KH-UBND',
          date,
          type: 'KẾ HOẠCH',
          subject: 'Tổ chức Ngày Biên phòng toàn dân năm 2026',
          signature: '',
        }),
        source,
      );
      expect([doc.type.code, doc.subject, doc.year, doc.place, doc.date]).toEqual(['KH', 'Tổ chức Ngày Biên phòng toàn dân năm 2026', 2026, 'Hà Nội', null]);
      expect(doc.issues.map((i) => i.code)).toContain('blank-date');
    }
  });

  it('a blank serial before the year (Nghị định draft): a draft, not an unreadable number; the year from the symbol', () => {
    const raw = [
      'CHÍNH PHỦ',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Số: …/2026/NĐ-CP',
      '',
      'Hà Nội, ngày    tháng 6 năm 2026',
      '',
      'NGHỊ ĐỊNH',
      'Quy định chi tiết một số điều của Luật Biên phòng Việt Nam',
      '',
      'Căn cứ Luật Biên phòng Việt Nam ngày 11 tháng 11 năm 2020;',
      '',
      'Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Biên phòng Việt Nam.',
      '',
      'Điều 1. Phạm vi điều chỉnh',
      '',
      'Nghị định này quy định chi tiết một số điều của Luật Biên phòng Việt Nam.',
      '',
      'TM. CHÍNH PHỦ',
      'THỦ TƯỚNG',
      '',
      '___________________',
    ].join('\n');
    const doc = parseDocument(raw, source);
    expect([doc.type.code, doc.year, doc.place, doc.draft, doc.date]).toEqual(['NĐ', 2026, 'Hà Nội', true, null]);
    expect(doc.number).toMatchObject({ symbol: '/2026/NĐ-CP', serial: null, year: 2026 });
    expect(doc.subject).toBe('Quy định chi tiết một số điều của Luật Biên phòng Việt Nam');
    expect(doc.signer).toEqual({ name: null, title: 'THỦ TƯỚNG', authority: 'TM. CHÍNH PHỦ' });
    expect(issueCodes(doc)).toContain('blank-number');
    expect(issueCodes(doc)).not.toContain('unreadable-number');
  });

  it('a Party công văn (seed 003 shape) with its serial and day left blank', () => {
    const raw = [
      'TỈNH ỦY LÀO CAI',
      '*',
      '',
      'Số .....-CV/TU',
      '',
      'V/v tiếp tục thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '',
      'Lào Cai, ngày ….. tháng 4 năm 2026',
      '',
      ...PARTY_LETTER_END,
    ].join('\n');
    const doc = parseDocument(raw, source);
    expect([doc.type.code, doc.year, doc.place, doc.draft, doc.date]).toEqual(['CV', 2026, 'Lào Cai', true, null]);
    expect(doc.number).toMatchObject({ symbol: '-CV/TU', serial: null, system: 'party' });
    expect(doc.subject).toBe('tiếp tục thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ');
    expect(doc.signer).toEqual({ name: null, title: 'PHÓ BÍ THƯ', authority: 'T/M BAN THƯỜNG VỤ' });
    expect(issueCodes(doc)).toEqual(expect.arrayContaining(['blank-number', 'blank-date']));
  });

  it('a Party draft whose blank number has its "V/v" line right under it, no blank line between', () => {
    const raw = [
      'ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
      'TỈNH ỦY',
      '*',
      'Số .....-CV/TU',
      'V/v tăng cường phối hợp quản lý, bảo vệ biên giới quốc gia',
      '',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '',
      'Điện Biên, ngày ___ tháng ___ năm 2026',
      '',
      ...PARTY_LETTER_END,
    ].join('\n');
    const doc = parseDocument(raw, source);
    expect([doc.type.code, doc.year, doc.place, doc.draft, doc.date]).toEqual(['CV', 2026, 'Điện Biên', true, null]);
    expect(doc.number).toMatchObject({ symbol: '-CV/TU', serial: null, system: 'party' });
    expect(doc.subject).toBe('tăng cường phối hợp quản lý, bảo vệ biên giới quốc gia');
    expect(issueCodes(doc)).toContain('blank-number');
    expect(issueCodes(doc)).not.toContain('unreadable-number');
  });
});
