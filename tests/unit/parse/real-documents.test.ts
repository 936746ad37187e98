import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../../../src/lib/ingest/index.ts';
import type { DocumentModel } from '../../../src/lib/model.ts';
import { missingWords } from '../../fixtures/model-text.ts';
import { allClauses } from '../../helpers/seeds.ts';

/**
 * Real documents beyond the seeds (tests/fixtures/real/, see SOURCES.md there): what
 * the parser gets right on each. Most are cut at 2,000 bytes mid-word; the parser must
 * keep every word of what there is.
 */

const REAL_DIR = fileURLToPath(new URL('../../fixtures/real/', import.meta.url));
const FILES = readdirSync(REAL_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const parse = (file: string): Promise<DocumentModel> => ingestFile(REAL_DIR, file);
const codes = (doc: DocumentModel) => doc.issues.map((i) => i.code);
const labels = (doc: DocumentModel) => doc.clauses.map((c) => c.label);

describe('every real document', () => {
  it('is one of the eight described in SOURCES.md', () => {
    expect(FILES).toHaveLength(8);
  });
  for (const file of FILES) {
    it(`${file}: loses no word, parses without error, no clause id twice`, async () => {
      const doc = await parse(file);
      expect(missingWords(readFileSync(join(REAL_DIR, file), 'utf8'), doc)).toEqual([]);
      expect(doc.issues.filter((i) => i.level === 'error')).toEqual([]);
      const ids = allClauses(doc.clauses).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});

describe('Chỉ thị 881/CT-TTg, Thủ tướng Chính phủ (01)', async () => {
  const doc = await parse('01_chi-thi-881-ct-ttg-ngay-bien-phong-toan-dan.txt');
  it('reads number, type, date, place and the central authority (no province)', () => {
    expect(doc.number).toMatchObject({ symbol: '881/CT-TTg', serial: '881', typeCode: 'CT', issuerCode: 'TTg', system: 'state' });
    expect(doc.type.name).toBe('Chỉ thị');
    expect(doc.date).toBe('2007-07-13');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.authority).toEqual({ name: 'Thủ tướng Chính phủ', parent: null, source: 'header' });
    expect(doc.province).toBeNull();
    // The fixture is the first 2,000 bytes of the text (SOURCES.md): it ends mid-sentence, and says so.
    expect(codes(doc)).toEqual(['central-authority', 'incomplete']);
    expect(doc.id).toBe('chi-thi-881-ct-ttg-2007');
  });
  it('keeps the rules under the header apart from the motto', () => {
    expect(doc.header.map((h) => h.role)).toEqual(['authority', 'separator', 'motto', 'motto', 'separator', 'number', 'place-date', 'type', 'subject']);
    // Known: the source glued words across its line breaks ("TỔ CHỨCSƠ KẾT"); the parser keeps them as printed.
    expect(doc.subject).toMatch(/^VỀ VIỆC TỔ CHỨCSƠ KẾT 20 NĂM/);
  });
  it('has its two paragraphs, unnumbered, as the preamble (the text stops before any clause)', () => {
    expect(doc.preamble).toHaveLength(2);
    expect(doc.clauses).toEqual([]);
    expect(doc.preamble[1]).toMatch(/đã trở thàn$/);
  });
});

describe('Quyết định 45/2013/QĐ-TTg with its Quy chế (02)', async () => {
  const doc = await parse('02_quyet-dinh-45-2013-qd-ttg-cua-khau-bien-gioi.txt');
  it('reads the header flattened with "|" cells: number, date, type, subject', () => {
    expect(doc.number).toMatchObject({ symbol: '45/2013/QĐ-TTg', year: 2013, typeCode: 'QĐ', issuerCode: 'TTg' });
    expect(doc.type.name).toBe('Quyết định');
    expect(doc.date).toBe('2013-07-25');
    expect(doc.subject).toBe('Về việc ban hành Quy chế điều hành hoạt động tại các cửa khẩu biên giới đất liền');
  });
  it('takes the authority from the number (the header cell is missing) and assigns no province', () => {
    expect(doc.authority).toEqual({ name: 'Thủ tướng Chính phủ', parent: null, source: 'number' });
    expect(doc.province).toBeNull();
  });
  it('has Điều 1–3 whose sentences are their text, not titles', () => {
    expect(labels(doc)).toEqual(['Điều 1', 'Điều 2', 'Điều 3']);
    expect(doc.clauses.map((c) => c.title)).toEqual([null, null, null]);
    expect(doc.clauses[1]!.text).toBe('Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2013.');
    expect(doc.preamble.slice(0, 3)).toEqual([
      'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;',
      'Căn cứ Luật Biên giới quốc gia ngày 17 tháng 6 năm 2003;',
      'Xét đề nghị của Bộ trưởng Bộ Công Thương;',
    ]);
  });
  it('reads the signature without the attached Quy chế, which becomes an annex', () => {
    expect(doc.recipientsLabel).toBe('Nơi nhận:');
    expect(doc.signer).toEqual({ authority: null, title: 'THỦ TƯỚNG', name: null });
    expect(doc.annexes).toHaveLength(1);
    expect(doc.annexes[0]!.title).toBe('QUY CHẾ');
    expect(doc.annexes[0]!.subtitle[0]).toMatch(/^Điều hành hoạt động .*\(Ban hành kèm theo Quyết định số 45\/2013\/QĐ-TTg/);
    expect(doc.annexes[0]!.paragraphs[0]).toBe('Chương I');
    // Known: the Quy chế's own Chương/Điều are flat annex paragraphs (annexes have no clause tree),
    // and its repeated header lines (Số, date) are left in the trailer.
    expect(doc.trailer).toEqual(['Số: 45/2013/QĐ-TTg', 'Hà Nội, ngày 25 tháng 07 năm 2013']);
  });
});

describe('Nghị định 106/2021/NĐ-CP, Chính phủ (03)', async () => {
  const doc = await parse('03_nghi-dinh-106-2021-nd-cp-luat-bien-phong.txt');
  it('reads the header despite "CỘNG HỒ" (PDF damage) and underscore rules', () => {
    expect(doc.number).toMatchObject({ symbol: '106/2021/NĐ-CP', year: 2021, typeCode: 'NĐ' });
    expect(doc.type.name).toBe('Nghị định');
    expect(doc.date).toBe('2021-12-06');
    expect(doc.authority).toEqual({ name: 'Chính phủ', parent: null, source: 'header' });
    expect(doc.header.find((h) => h.line === 3)).toMatchObject({ role: 'motto', text: 'CỘNG HỒ XÃ HỘI CHỦ NGHĨA VIỆT NAM' });
    expect(doc.header.filter((h) => h.role === 'separator').map((h) => h.text)).toEqual(['_________', '_______________________', '____________']);
    expect(doc.subject).toBe('Quy định chi tiết một số điều Luật Biên phòng Việt Nam');
    expect(doc.preamble).toHaveLength(6);
  });
  it('builds Chương → Điều → khoản → điểm with titles apart from the text', () => {
    expect(labels(doc)).toEqual(['Chương I', 'Chương II']);
    expect(doc.clauses.map((c) => c.title)).toEqual(['QUY ĐỊNH CHUNG', 'HỆ THỐNG TỔ CHỨC; CHÍNH SÁCH ƯU ĐÃI VÀ CHẾ ĐỘ ĐẶC THÙ ĐỐI VỚI BỘ ĐỘI BIÊN PHÒNG']);
    const [d1, d2] = doc.clauses[0]!.children;
    expect(d1).toMatchObject({ label: 'Điều 1', title: 'Phạm vi điều chỉnh' });
    expect(d1!.text).toMatch(/^Nghị định này quy định chi tiết về hệ thống tổ chức;.*nhiệm vụ biên phòng\.$/);
    expect(d2).toMatchObject({ label: 'Điều 2', title: 'Đối tượng áp dụng' });
    const d3 = doc.clauses[1]!.children[0]!;
    expect(d3).toMatchObject({ label: 'Điều 3', title: 'Hệ thống tổ chức của Bộ đội Biên phòng', id: 'chuong-ii__dieu-3' });
    expect(d3.children[0]).toMatchObject({ label: '1.', title: 'Bộ Tư lệnh Bộ đội Biên phòng' });
    expect(d3.children[0]!.children[0]).toMatchObject({ label: 'a)', text: 'Cơ quan Bộ Tư lệnh B' });
  });
});

describe('Thông tư 2866/1998/TT-BQP, Bộ Quốc phòng (04)', async () => {
  const doc = await parse('04_thong-tu-2866-1998-tt-bqp-phap-lenh-bdbp.txt');
  it('reads "2866/1998-TT-BQP" (dash after the year) and a date without a place', () => {
    expect(doc.number).toMatchObject({ symbol: '2866/1998-TT-BQP', serial: '2866', year: 1998, typeCode: 'TT', issuerCode: 'BQP' });
    expect(doc.draft).toBe(false);
    expect(doc.type.name).toBe('Thông tư');
    expect(doc.date).toBe('1998-09-12');
    expect(doc.place).toBeNull();
    expect(doc.authority?.name).toBe('Bộ Quốc phòng');
    expect(codes(doc)).toEqual(['central-authority', 'incomplete']);
  });
  it('reads labels with a dash after the number: "I-", "1-", "2 -"', () => {
    expect(labels(doc)).toEqual(['I-']);
    const one = doc.clauses[0]!;
    expect(one.title).toBe('TỔ CHỨC CỦA BỘ ĐỘI BIÊN PHÒNG');
    expect(one.children.map((c) => c.label)).toEqual(['1-', '2 -']);
    expect(one.children[0]!.children.map((c) => c.label)).toEqual(['a)', 'b)']);
    expect(one.children[0]!.children[0]!.children).toHaveLength(8);
    expect(one.children[1]!.text).toMatch(/có Chỉ huy trưở$/);
  });
});

describe('Hướng dẫn 7210/HD-BQP, Bộ Quốc phòng (05)', async () => {
  const doc = await parse('05_huong-dan-7210-hd-bqp-2015-chi-thi-01.txt');
  it('reads number, type, date, subject and authority', () => {
    expect(doc.number?.symbol).toBe('7210/HD-BQP');
    expect(doc.type.name).toBe('Hướng dẫn');
    expect(doc.date).toBe('2015-08-13');
    expect(doc.authority?.name).toBe('Bộ Quốc phòng');
    expect(doc.province).toBeNull();
    expect(doc.subject).toMatch(/^THỰC HIỆN CHỈ THỊ SỐ 01\/CT-TTG .*TRONG TÌNH HÌNH MỚI’$/);
  });
  it('has section I with clause 1 and the bare label "2." where the text is cut', () => {
    expect(labels(doc)).toEqual(['I.']);
    expect(doc.clauses[0]!.title).toBe('MỤC ĐÍCH YÊU CẦU');
    expect(doc.clauses[0]!.children.map((c) => [c.label, c.text.slice(0, 9)])).toEqual([
      ['1.', 'Nhằm phát'],
      ['2.', ''],
    ]);
  });
});

describe('Kế hoạch 07/KH-UBND, UBND tỉnh Lạng Sơn (06)', async () => {
  const doc = await parse('06_ke-hoach-07-kh-ubnd-2020-lang-son.txt');
  it('reads the header flattened with "|", the motto and the date wrapped over two lines', () => {
    expect(doc.number?.symbol).toBe('07/KH-UBND');
    expect(doc.type.name).toBe('Kế hoạch');
    expect(doc.date).toBe('2020-01-13');
    expect(doc.place).toBe('Lạng Sơn');
    expect(doc.header.filter((h) => h.role === 'motto').map((h) => h.text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });
  it("reads the body's name printed over two lines as one authority, and the province", () => {
    expect(doc.authority).toEqual({ name: 'Ủy ban nhân dân tỉnh Lạng Sơn', parent: null, source: 'header' });
    expect(doc.province).toMatchObject({ name: 'Lạng Sơn', source: 'authority' });
    expect(doc.id).toBe('ke-hoach-07-kh-ubnd-2020-lang-son');
  });
  it('takes the capital lines under "KẾ HOẠCH" as the subject, the year on a line of its own included', () => {
    expect(doc.subject).toBe('TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC PHỤC VỤ SẢN XUẤT NÔNG NGHIỆP VÀ DÂN SINH MÙA KHÔ NĂM 2019 - 2020');
    expect(doc.preamble).toHaveLength(1);
    expect(doc.preamble[0]).toMatch(
      /^Thực hiện Chỉ thị số 8008\/CT-TCTL .* năm 2019 - 2020\. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:$/,
    );
  });
  it('has I. with "1. Mục đích" as a title over its four paragraphs', () => {
    expect(labels(doc)).toEqual(['I.']);
    const [one, two] = doc.clauses[0]!.children;
    expect(one).toMatchObject({ label: '1.', title: 'Mục đích' });
    // Four paragraphs, each hard-wrapped after its first words ("Xác định các" / "vùng có thể…").
    expect(one!.text.split('\n').map((p) => p.split(' ').slice(0, 3).join(' '))).toEqual(['Xác định các', 'Xây dựng kế', 'Nâng cao ý', 'Huy động, lồng']);
    expect(two).toMatchObject({ label: '2.', text: 'Yêu cầ' });
  });
});

describe('Công văn 454/UBND-NCTH, UBND tỉnh Hậu Giang (07, complete)', async () => {
  const doc = await parse('07_cong-van-454-ubnd-ncth-2011-hau-giang.txt');
  it('splits the two header columns merged on one line: authority | motto, number | place-date', () => {
    expect(doc.header.slice(0, 6).map((h) => [h.line, h.role, h.text])).toEqual([
      [1, 'authority', 'ỦY BAN NHÂN DÂN'],
      [1, 'motto', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [2, 'authority', 'TỈNH HẬU GIANG'],
      [2, 'motto', 'Độc Lập - Tự Do - Hạnh Phúc'],
      [5, 'number', 'Số: 454/UBND-NCTH'],
      [5, 'place-date', 'Vị Thanh, ngày 6 tháng 4 năm 2011'],
    ]);
    expect(doc.number).toMatchObject({ symbol: '454/UBND-NCTH', serial: '454', typeCode: null, issuerCode: 'UBND-NCTH' });
    expect(doc.draft).toBe(false);
    expect(doc.date).toBe('2011-04-06');
    expect(doc.place).toBe('Vị Thanh');
  });
  it('is a công văn of UBND tỉnh Hậu Giang, now part of Cần Thơ', () => {
    expect(doc.type.name).toBe('Công văn');
    expect(doc.authority).toEqual({ name: 'Ủy ban nhân dân tỉnh Hậu Giang', parent: null, source: 'header' });
    expect(doc.province).toMatchObject({ name: 'Cần Thơ', source: 'authority' });
    expect(doc.subject).toBe('tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới');
  });
  it('reads Kính gửi, the body, Nơi nhận before the signature, and the leftovers', () => {
    expect(doc.addressees).toHaveLength(4);
    expect(doc.preamble).toHaveLength(3);
    expect(doc.recipients).toHaveLength(7);
    expect(doc.recipients[6]).toBe('Lưu: VT, NCTH.HH');
    expect(doc.signer).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Trần Thành Lập' });
    expect(doc.trailer).toEqual(['d:\\2011\\CV\\SVH\\T4\\Bau cho Vinh Ha Long', ';']);
    expect(codes(doc).filter((c) => c !== 'ocr-variant')).toEqual([]);
  });
});

describe('Quy định 29-QĐ/TW, Ban Chấp hành Trung ương (08, Party)', async () => {
  const doc = await parse('08_quy-dinh-29-qd-tw-2016-thi-hanh-dieu-le-dang.txt');
  it('reads the Party header: motto over two lines, "-QĐ/TW", the place-date split after "Hà"', () => {
    expect(doc.number).toMatchObject({ symbol: '29-QĐ/TW', serial: '29', typeCode: 'QĐ', issuerCode: 'TW', system: 'party' });
    expect(doc.header.find((h) => h.role === 'motto')?.text).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(doc.date).toBe('2016-07-25');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.type.name).toBe('Quy định');
    expect(doc.subject).toBe('THI HÀNH ĐIỀU LỆ ĐẢNG');
    expect(doc.authority).toEqual({ name: 'Ban Chấp hành Trung ương', parent: null, source: 'header' });
    expect(doc.province).toBeNull();
    expect(doc.id).toBe('quy-dinh-29-qd-tw-2016');
  });
  it('keeps the "- Căn cứ" grounds and the enacting line in the preamble', () => {
    expect(doc.preamble.map((p) => p.slice(0, 10))).toEqual(['- Căn cứ Đ', '- Căn cứ Q', '- Xét Tờ t', 'BAN CHẤP H']);
  });
  it('reads "1-", "1.1-", "2.1-" labels into clauses and subclauses', () => {
    expect(labels(doc)).toEqual(['1-', '2-']);
    const [one, two] = doc.clauses;
    expect(one!.title).toBe('Điều 1 (Khoản 2): Tuổi đời và trình độ học vấn của người vào Đảng');
    expect(one!.children.map((c) => [c.label, c.title])).toEqual([
      ['1.1-', 'Về tuổi đời'],
      ['1.2-', 'Về trình độ học vấn'],
    ]);
    expect(one!.children[0]!.children.map((c) => c.label)).toEqual(['a)', 'b)']);
    expect(two!.title).toBe('Điều 3: Về quyền của đảng viên');
    // Known: "2.1- (Khoản 1): Quyền được thông tin / của đảng viên" is hard-wrapped into its
    // first paragraph ("Định kỳ hằng tháng…"), so its title is not separated from the text.
    expect(two!.children[0]).toMatchObject({ label: '2.1-', title: null });
    expect(two!.children[0]!.text).toMatch(/^\(Khoản 1\): Quyền được thông tin của đảng viên Định kỳ hằng tháng/);
  });
});
