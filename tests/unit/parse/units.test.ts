import { describe, expect, it } from 'vitest';
import { startsPlaceDate, toUnits } from '../../../src/lib/parse/units.ts';

/**
 * Lines → units: which lines a wrapped paragraph joins and which start a unit of
 * their own. Fixtures from tests/fixtures/real/ ("real NN, line L") and tests/fixtures/hostile/.
 */

const texts = (text: string) => toUnits(text).map((u) => u.text);

describe('a number line and a place-date line are units of their own', () => {
  it('"Số: 99/CT-UBND" directly above "Cao Bằng, ngày …" (hostile, without its blank line)', () => {
    expect(texts('Số: 99/CT-UBND\nCao Bằng, ngày 5 tháng 3 năm 2026')).toEqual(['Số: 99/CT-UBND', 'Cao Bằng, ngày 5 tháng 3 năm 2026']);
  });

  it('a place-date wrapped over two lines stays one unit (real 06, lines 12–13)', () => {
    expect(texts('Lạng Sơn, ngày 13\ntháng 01 năm 2020')).toEqual(['Lạng Sơn, ngày 13 tháng 01 năm 2020']);
  });

  it('a place-date starts a unit, its first part too; a sentence that goes on does not', () => {
    expect(startsPlaceDate('Cao Bằng, ngày 05 tháng 5 năm 2026')).toBe(true);
    expect(startsPlaceDate('Lạng Sơn, ngày 13')).toBe(true);
    expect(startsPlaceDate('Ngày 12 tháng 9 năm 1998')).toBe(true); // real 04, line 10: no place
    expect(startsPlaceDate('ngày 09/01/2015 của Thủ tướng Chính phủ')).toBe(false); // seed 003, line 10
    expect(startsPlaceDate('Ngày 22 tháng 02 năm 1989, Hội đồng Bộ trưởng(nay là Chính phủ) đã ban hành')).toBe(false); // real 01, line 16
  });

  it('"Số lượng…" is not a number line', () => {
    expect(texts('Tổng số cán bộ tham gia\nSố lượng còn lại chuyển sang năm sau.')).toHaveLength(1);
  });
});

describe('flattened header tables and rules', () => {
  it('a lone "|" is an empty cell and " |" ends a cell (real 02, lines 1–5)', () => {
    expect(texts('|\n|\nSố: 45/2013/QĐ-TTg |\nHà Nội, ngày 25 tháng 07 năm 2013 |\nQUYẾT ĐỊNH')).toEqual([
      'Số: 45/2013/QĐ-TTg',
      'Hà Nội, ngày 25 tháng 07 năm 2013',
      'QUYẾT ĐỊNH',
    ]);
  });

  it('"Nơi nhận: |" then "THỦ TƯỚNG |": two cells, two units (real 02, lines 27–28)', () => {
    expect(texts('Nơi nhận: |\nTHỦ TƯỚNG |')).toEqual(['Nơi nhận:', 'THỦ TƯỚNG']);
  });

  it('a rule under the motto is not part of it (real 01, lines 5–6)', () => {
    expect(texts('Độc lập - Tự do - Hạnh phúc\n---------------')).toEqual(['Độc lập - Tự do - Hạnh phúc', '---------------']);
  });

  it('a line of digits does not break a capitalised block (real 06, lines 15–19)', () => {
    const text =
      'KẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN\nHÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 -\n2020\nThực hiện Chỉ\nthị số 8008/CT-TCTL';
    const units = toUnits(text);
    expect(units.map((u) => u.lines.map((l) => l.no))).toEqual([
      [1, 2, 3, 4],
      [5, 6],
    ]);
  });
});

describe('hard-wrapped bodies', () => {
  it('a heading line does not swallow the paragraph under it (real 03, lines 27–28)', () => {
    expect(texts('Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết về hệ thống tổ chức; chính sách ưu đãi và chế độ đặc')).toEqual([
      'Điều 1. Phạm vi điều chỉnh',
      'Nghị định này quy định chi tiết về hệ thống tổ chức; chính sách ưu đãi và chế độ đặc',
    ]);
  });

  it('nor does a short clause title (real 06, lines 25–27)', () => {
    expect(texts('1. Mục đích\nXác định các\nvùng có thể xảy ra hạn hán')).toEqual(['1. Mục đích', 'Xác định các vùng có thể xảy ra hạn hán']);
  });

  it('a heading wrapped in mid-phrase still joins (real 02, lines 18–19)', () => {
    expect(texts('Điều 1. Ban hành kèm theo Quyết\nđịnh này Quy chế điều hành hoạt động tại các cửa khẩu biên giới đất liền.')).toHaveLength(1);
  });

  it('after ";" a sentence wrapped in lower case goes on (real 06, lines 35–36)', () => {
    expect(texts('trách nhiệm của tổ chức cá nhân trong quản lý, sử dụng tiết kiệm tài nguyên nước;\nchủ động điều tiết, dự trữ nguồn nước')).toHaveLength(1);
    // A list of grounds does not: each starts with a capital (real 03, lines 17–18).
    expect(texts('Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;')).toHaveLength(
      2,
    );
  });
});
