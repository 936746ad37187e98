import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../src/lib/citations/index.ts';
import { clause, inClauses, inPreamble, makeDoc } from './doc.ts';

/**
 * One test per citation form. Sentences marked "seed NNN, line L" are copied
 * from the seed texts; the others are realistic sentences in the style of real
 * documents, for forms the seeds do not have.
 */

const ids = (r: ReturnType<typeof extractCitations>) => r.instruments.map((i) => i.id);
const byId = (r: ReturnType<typeof extractCitations>, id: string) => r.instruments.find((i) => i.id === id);

describe('numbered citations printed in full', () => {
  it('Party numbers with số, date, issuer and a subject that stops at the next citation (seed 000, line 15)', () => {
    const r = inPreamble([
      'Để tiếp tục thực hiện có hiệu quả Luật Biên giới quốc gia, Luật Biên phòng Việt Nam, Nghị quyết số 33-NQ/TW ngày 28/9/2018 của Bộ Chính trị về Chiến lược bảo vệ biên giới quốc gia, Kết luận số 99-KL/TW ngày 17/10/2024 của Bộ Chính trị về Đề án “Xây dựng nền biên phòng toàn dân, thế trận biên phòng toàn dân trong nền quốc phòng toàn dân, thế trận quốc phòng toàn dân gắn với nền an ninh nhân dân, thế trận an ninh nhân dân ở khu vực biên giới”. Đồng thời, tăng cường đẩy mạnh công tác tuyên truyền',
    ]);
    expect(ids(r)).toEqual(['luat-bien-gioi-quoc-gia', 'luat-bien-phong-viet-nam', 'nghi-quyet-33-nq-tw', 'ket-luan-99-kl-tw']);
    expect(byId(r, 'nghi-quyet-33-nq-tw')).toEqual({
      id: 'nghi-quyet-33-nq-tw',
      kind: 'Nghị quyết',
      number: '33-NQ/TW',
      serial: '33',
      name: null,
      date: '2018-09-28',
      issuer: 'Bộ Chính trị',
      subject: 'về Chiến lược bảo vệ biên giới quốc gia',
      scope: 'central',
    });
    expect(byId(r, 'ket-luan-99-kl-tw')).toMatchObject({ date: '2024-10-17', issuer: 'Bộ Chính trị' });
    expect(byId(r, 'ket-luan-99-kl-tw')!.subject).toMatch(/^về Đề án “Xây dựng nền biên phòng toàn dân.*ở khu vực biên giới”$/);
    // One verb, a list of four: all are carried out.
    expect(r.citations.map((c) => c.relation)).toEqual(['thuc-hien', 'thuc-hien', 'thuc-hien', 'thuc-hien']);
    expect(r.citations.map((c) => c.text)).toEqual(['Luật Biên giới quốc gia', 'Luật Biên phòng Việt Nam', 'Nghị quyết số 33-NQ/TW', 'Kết luận số 99-KL/TW']);
  });

  it('a công văn number without type abbreviation, sent along, and a directive inside its subject (seed 003, line 21)', () => {
    const r = inPreamble([
      'Thực hiện Công văn số 2085/BĐBP-CT ngày 20/4/2026 của Bộ Tư lệnh Bộ đội Biên phòng về việc tiếp tục thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ về việc tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới trong tình hình mới (gửi kèm); Thường trực Tỉnh ủy yêu cầu:',
    ]);
    expect(byId(r, 'cong-van-2085-bdbp-ct')).toMatchObject({
      kind: 'Công văn',
      number: '2085/BĐBP-CT',
      date: '2026-04-20',
      issuer: 'Bộ Tư lệnh Bộ đội Biên phòng',
      scope: 'central',
    });
    expect(byId(r, 'cong-van-2085-bdbp-ct')!.subject).toMatch(/^về việc tiếp tục thực hiện Chỉ thị số 01\/CT-TTg .* trong tình hình mới$/);
    expect(byId(r, 'chi-thi-01-ct-ttg')).toMatchObject({
      date: '2015-01-09',
      issuer: 'Thủ tướng Chính phủ',
      subject: 'về việc tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới trong tình hình mới',
    });
    expect(r.citations.map((c) => [c.instrument, c.relation])).toEqual([
      ['cong-van-2085-bdbp-ct', 'gui-kem'],
      // It describes the công văn, not what this document does.
      ['chi-thi-01-ct-ttg', 'dan-chieu'],
    ]);
  });

  it('a comma before the date, a Party Quyết định and "Thông Tư" in odd capitals (seed 002, line 53)', () => {
    const r = inClauses([
      'Lãnh đạo Đảng ủy BDBP tỉnh chủ trì, phối hợp phổ biến, quán triệt, triển khai thực hiện tốt Quyết định số 946/QĐ-BQP, ngày 03/3/2026 của Bộ trưởng Bộ Quốc phòng về chức năng, nhiệm vụ, quyền hạn và mối quan hệ công tác của Ban Chỉ huy BDBP; Quyết định số 37-QĐ/QUTW, ngày 14/10/2025 của Quân ủy Trung ương và Thông Tư số 19/TT-BQP, ngày 10/3/2026 của Bộ Quốc phòng về ban hành Quy chế phối hợp giữa Đảng ủy, Bộ Tư lệnh BDBP với Đảng ủy, Bộ Tư lệnh Quân khu trong lãnh đạo, chỉ huy, chỉ đạo thực hiện nhiệm vụ quân sự, quốc phòng, biên phòng và xây dựng lực lượng BDBP. Lãnh đạo Đảng ủy BDBP tỉnh thường xuyên',
    ]);
    expect(ids(r)).toEqual(['quyet-dinh-946-qd-bqp', 'quyet-dinh-37-qd-qutw', 'thong-tu-19-tt-bqp']);
    expect(byId(r, 'quyet-dinh-946-qd-bqp')).toMatchObject({
      date: '2026-03-03',
      issuer: 'Bộ trưởng Bộ Quốc phòng',
      subject: 'về chức năng, nhiệm vụ, quyền hạn và mối quan hệ công tác của Ban Chỉ huy BDBP',
    });
    expect(byId(r, 'quyet-dinh-37-qd-qutw')).toMatchObject({ number: '37-QĐ/QUTW', date: '2025-10-14', issuer: 'Quân ủy Trung ương', subject: null });
    expect(byId(r, 'thong-tu-19-tt-bqp')).toMatchObject({ kind: 'Thông tư', number: '19/TT-BQP', date: '2026-03-10', issuer: 'Bộ Quốc phòng' });
    expect(byId(r, 'thong-tu-19-tt-bqp')!.subject).toMatch(/^về ban hành Quy chế phối hợp giữa Đảng ủy, Bộ Tư lệnh BDBP với .* xây dựng lực lượng BDBP$/);
    expect(r.citations.map((c) => c.text)).toContain('Thông Tư số 19/TT-BQP');
    expect(r.relations.map((x) => x.type)).toEqual(['thuc-hien', 'thuc-hien', 'thuc-hien']);
  });

  it('"số:" and a date in words; a local issuer below the province (seed 004, line 17)', () => {
    const r = inPreamble(
      [
        'Căn cứ Kế hoạch số: 564/KH-UBND ngày 24 tháng 02 năm 2025 của UBND thị xã Tịnh Biên tổng kết 10 năm thực hiện Chỉ thị số 01. Ủy ban nhân dân phường Nhơn Hưng báo cáo kết quả cụ thể như sau:',
      ],
      { province: { name: 'An Giang', slug: 'an-giang', source: 'text', evidence: 'tỉnh An Giang' } },
    );
    expect(r.instruments[0]).toMatchObject({
      id: 'ke-hoach-564-kh-ubnd-tinh-bien-an-giang',
      number: '564/KH-UBND',
      date: '2025-02-24',
      issuer: 'UBND thị xã Tịnh Biên',
      scope: 'local',
    });
    expect(r.citations[0]).toMatchObject({ text: 'Kế hoạch số: 564/KH-UBND', relation: 'can-cu', clause: null });
  });

  it('a number without "số" (seed 004, line 75)', () => {
    const r = inClauses([
      'Thực hiện tốt nhiệm vụ trao đổi thông tin, xử lý tình hình, đảm bảo an ninh chính trị, trật tự an toàn xã hội ở khu vực biên giới theo Nghị định 03/2019/NĐ-CP, thường xuyên bổ sung các kế hoạch',
    ]);
    expect(r.instruments).toEqual([
      {
        id: 'nghi-dinh-03-2019-nd-cp',
        kind: 'Nghị định',
        number: '03/2019/NĐ-CP',
        serial: '03',
        name: null,
        date: null,
        issuer: null,
        subject: null,
        scope: 'central',
      },
    ]);
    expect(r.citations[0]!.text).toBe('Nghị định 03/2019/NĐ-CP');
  });

  it('old Prime Minister numbers, a list sharing one verb, a local number of the province (seed 004, line 43)', () => {
    const r = inClauses(
      [
        'Đảng ủy, UBND phường tập trung lãnh, chỉ đạo các ngành phối hợp với Đoàn Biên phòng Nhơn Hưng quán triệt, triển khai thực hiện Quyết định số 16 của Hội đồng Bộ trưởng (nay là Chính phủ) về việc tổ chức “Ngày Biên phòng toàn dân” trên phạm vi cả nước; Chỉ thị số 205/TTg; Chỉ thị số 394/TTg; Chỉ thị số 15/CP-TTg; Chỉ thị số 13/2003/CT-TTg và Chỉ thị số 02/CT-UB của UBND tỉnh về thực hiện “Ngày Biên phòng toàn dân”; Kế hoạch số 587/KH-UBND của UBND tỉnh về thực hiện Chỉ thị số 01.',
      ],
      { province: { name: 'An Giang', slug: 'an-giang', source: 'text', evidence: 'tỉnh An Giang' } },
    );
    expect(ids(r)).toEqual([
      'quyet-dinh-16-hoi-dong-bo-truong',
      'chi-thi-205-ttg',
      'chi-thi-394-ttg',
      'chi-thi-15-cp-ttg',
      'chi-thi-13-2003-ct-ttg',
      'chi-thi-02-ct-ub-an-giang',
      'ke-hoach-587-kh-ubnd-an-giang',
      // "Chỉ thị số 01" with nothing to resolve it to: a bare serial, local by default.
      'chi-thi-01-an-giang',
    ]);
    expect(byId(r, 'quyet-dinh-16-hoi-dong-bo-truong')).toMatchObject({
      number: null,
      serial: '16',
      issuer: 'Hội đồng Bộ trưởng',
      subject: 'về việc tổ chức “Ngày Biên phòng toàn dân” trên phạm vi cả nước',
      scope: 'central',
    });
    expect(byId(r, 'chi-thi-13-2003-ct-ttg')).toMatchObject({ number: '13/2003/CT-TTg', scope: 'central' });
    expect(byId(r, 'chi-thi-02-ct-ub-an-giang')).toMatchObject({ issuer: 'UBND tỉnh', scope: 'local' });
    expect(r.citations.slice(0, 7).every((c) => c.relation === 'thuc-hien')).toBe(true);
    // Inside the Kế hoạch's subject.
    expect(r.citations[7]).toMatchObject({ text: 'Chỉ thị số 01', relation: 'dan-chieu' });
  });

  it('issuer and date printed before the citation (seed 000, line 13)', () => {
    const r = inPreamble([
      'Ngày 09/8/2024, Chủ tịch UBND tỉnh đã ban hành Chỉ thị số 12/CT-UBND về việc đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh; qua đó, đã tạo chuyển biến tích cực về nhận thức',
    ]);
    expect(r.instruments).toEqual([
      {
        id: 'chi-thi-12-ct-ubnd-thanh-hoa',
        kind: 'Chỉ thị',
        number: '12/CT-UBND',
        serial: '12',
        name: null,
        date: '2024-08-09',
        issuer: 'Chủ tịch UBND tỉnh',
        subject: 'về việc đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh',
        scope: 'local',
      },
    ]);
    expect(r.citations[0]!.relation).toBe('dan-chieu');
  });

  it('"X ban hành Công văn số …", a subject in straight quotes (seed 004, line 93)', () => {
    const r = inClauses(
      [
        'UBND tỉnh ban hành Công văn số 338/CV-UBND, ngày 11/4/2014 về việc "Các Sở, Ngành, doanh nghiệp và các huyện, thành phố tuyên sau kết nghĩa hỗ trợ đỡ đầu cho các Đoàn Biên phòng và các xã, phường, thị trấn biên giới". Tiêu biểu nhất trong công tác kết nghĩa',
      ],
      { province: { name: 'An Giang', slug: 'an-giang', source: 'text', evidence: 'tỉnh An Giang' } },
    );
    expect(r.instruments[0]).toMatchObject({
      id: 'cong-van-338-cv-ubnd-an-giang',
      kind: 'Công văn',
      date: '2014-04-11',
      issuer: 'UBND tỉnh',
      scope: 'local',
    });
    expect(r.instruments[0]!.subject).toMatch(/^về việc "Các Sở, Ngành, .* thị trấn biên giới"$/);
  });

  it('Party Kết luận and Hướng dẫn of central bodies (seed 004, line 97)', () => {
    const r = inClauses([
      'Triển khai thực hiện Kết luận số 68-KL/TW của Ban Bí thư Trung ương Đảng, Hướng dẫn số 31-HD/BTCTW của Ban Tổ chức Trung ương về thực hiện chủ trương tăng thêm cấp ủy viên là cán bộ đồn Biên phòng tham gia cấp ủy cấp huyện, xã biên giới; phân công đảng viên phụ trách hộ gia đình ở KVBG',
    ]);
    expect(r.instruments.map((i) => [i.id, i.issuer, i.scope])).toEqual([
      ['ket-luan-68-kl-tw', 'Ban Bí thư Trung ương Đảng', 'central'],
      ['huong-dan-31-hd-btctw', 'Ban Tổ chức Trung ương', 'central'],
    ]);
    expect(byId(r, 'huong-dan-31-hd-btctw')!.subject).toBe(
      'về thực hiện chủ trương tăng thêm cấp ủy viên là cán bộ đồn Biên phòng tham gia cấp ủy cấp huyện, xã biên giới',
    );
    expect(r.relations).toEqual([
      { type: 'thuc-hien', instrument: 'ket-luan-68-kl-tw' },
      { type: 'thuc-hien', instrument: 'huong-dan-31-hd-btctw' },
    ]);
  });
});

describe('laws cited by name', () => {
  it('stops before lowercase prose (seed 002, line 17)', () => {
    const r = inPreamble(['hoạt động truyền đạo trái pháp luật lên miền núi có thể gia tăng; tình trạng tàu cá vi phạm Luật Thủy sản sẽ còn xảy ra.']);
    expect(r.instruments).toEqual([
      { id: 'luat-thuy-san', kind: 'Luật', number: null, serial: null, name: 'Luật Thủy sản', date: null, issuer: null, subject: null, scope: 'central' },
    ]);
    expect(r.citations[0]).toMatchObject({ text: 'Luật Thủy sản', relation: 'dan-chieu' });
  });

  it('before "và" (seed 002, line 21)', () => {
    const r = inClauses([
      'các nghị quyết, chỉ thị, chương trình của Tỉnh ủy, Ban Thường vụ Tỉnh ủy về thực hiện Chiến lược bảo vệ Tổ quốc, Chiến lược bảo vệ biên giới quốc gia, Luật Biên phòng Việt Nam và các văn bản quy định chi tiết',
    ]);
    expect(ids(r)).toEqual(['luat-bien-phong-viet-nam']);
    expect(r.citations[0]!.relation).toBe('thuc-hien');
  });

  it('up to "năm 2018", the year kept as the date (realistic sentence, not in the seeds)', () => {
    const r = inPreamble(['Căn cứ Luật Quốc phòng năm 2018;', 'Căn cứ Luật Biên phòng Việt Nam ngày 11 tháng 11 năm 2020;']);
    expect(r.instruments.map((i) => [i.id, i.name, i.date])).toEqual([
      ['luat-quoc-phong', 'Luật Quốc phòng', '2018'],
      ['luat-bien-phong-viet-nam', 'Luật Biên phòng Việt Nam', '2020-11-11'],
    ]);
    expect(r.citations.map((c) => [c.text, c.relation])).toEqual([
      ['Luật Quốc phòng năm 2018', 'can-cu'],
      ['Luật Biên phòng Việt Nam', 'can-cu'],
    ]);
  });

  it('an unknown law runs over its lowercase words to a stop word (realistic sentence)', () => {
    const r = inClauses(['Tuyên truyền Luật Phòng chống tác hại của thuốc lá cho Nhân dân.']);
    expect(r.instruments.map((i) => i.name)).toEqual(['Luật Phòng chống tác hại']);
  });

  it('"pháp luật", "luật sư" are not laws', () => {
    expect(inClauses(['chấp hành nghiêm pháp luật của Nhà nước; mời luật sư tư vấn pháp luật.']).instruments).toEqual([]);
  });
});

describe('short forms', () => {
  const full =
    'Căn cứ Chỉ thị số 01/CT-TTg, ngày 09/01/2015 của Thủ tướng Chính phủ “Về việc tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh Biên giới quốc gia trong tình hình mới” (sau đây gọi tắt là Chỉ thị số 01);';

  it('an announced short name, then "Chỉ thị số 01" and "Chỉ thị 01" (seed 004, lines 11, 31, 117)', () => {
    const r = extractCitations(
      makeDoc({
        preamble: [full],
        clauses: [
          clause(
            'Từ tình hình trên, Đảng ủy, UBND phường đã tập trung chỉ đạo, tổ chức triển khai thực hiện tốt 5 nội dung “Ngày Biên phòng toàn dân” và Chỉ thị 01 mang lại những kết quả thiết thực.',
          ),
          clause('Công tác tuyên truyền Chỉ thị số 01 có thời điểm chưa thường xuyên, nhận thức của một bộ phận nhân dân còn hạn chế', 'khoan-2', 22),
        ],
      }),
    );
    expect(ids(r)).toEqual(['chi-thi-01-ct-ttg']);
    expect(r.instruments[0]!.subject).toBe(
      'Về việc tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh Biên giới quốc gia trong tình hình mới',
    );
    expect(r.citations.map((c) => [c.text, c.clause, c.relation])).toEqual([
      ['Chỉ thị số 01/CT-TTg', null, 'can-cu'],
      ['Chỉ thị số 01', null, 'dan-chieu'],
      ['Chỉ thị 01', 'khoan-1', 'thuc-hien'],
      ['Chỉ thị số 01', 'khoan-2', 'dan-chieu'],
    ]);
  });

  it('a symbol cut short, "587/KH" for "587/KH-UBND"; "(UBND)" read over in the issuer (seed 004, lines 13, 37)', () => {
    const r = extractCitations(
      makeDoc({
        province: { name: 'An Giang', slug: 'an-giang', source: 'text', evidence: 'tỉnh An Giang' },
        preamble: ['Căn cứ Kế hoạch số 587/KH-UBND ngày 09/12/2015 của Ủy ban nhân dân (UBND) tỉnh An Giang về thực hiện Chỉ thị số 01;'],
        clauses: [clause('Quán triệt Kế hoạch số 587/KH của UBND tỉnh tổ chức thực hiện Chỉ thị số 01. Đảng ủy, UBND phường cụ thể hóa Kế hoạch thực hiện')],
      }),
    );
    const plan = byId(r, 'ke-hoach-587-kh-ubnd-an-giang');
    expect(plan).toMatchObject({ number: '587/KH-UBND', date: '2015-12-09', issuer: 'Ủy ban nhân dân tỉnh An Giang', subject: 'về thực hiện Chỉ thị số 01' });
    expect(r.citations.filter((c) => c.instrument === plan!.id).map((c) => c.text)).toEqual(['Kế hoạch số 587/KH-UBND', 'Kế hoạch số 587/KH']);
    // "Cụ thể hóa Kế hoạch thực hiện": the phrase, no number, no citation.
    expect(r.citations.filter((c) => c.text.startsWith('Kế hoạch'))).toHaveLength(2);
  });

  it('a short form resolves to a full citation printed later (realistic sentences)', () => {
    const r = inClauses([
      'Tiếp tục thực hiện Chỉ thị số 01 của Thủ tướng Chính phủ trong tình hình mới.',
      'Hằng năm sơ kết việc thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ.',
    ]);
    expect(ids(r)).toEqual(['chi-thi-01-ct-ttg']);
    expect(r.citations.map((c) => c.text)).toEqual(['Chỉ thị số 01', 'Chỉ thị số 01/CT-TTg']);
  });

  it('an ambiguous short form stays apart; a bare "Kế hoạch 5 năm" is no citation (realistic sentences)', () => {
    const r = inClauses([
      'Thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ và Chỉ thị số 01/CT-UBND ngày 05/01/2024 của UBND tỉnh.',
      'Sơ kết Chỉ thị số 01 gắn với Kế hoạch 5 năm phát triển kinh tế - xã hội.',
    ]);
    expect(ids(r)).toEqual(['chi-thi-01-ct-ttg', 'chi-thi-01-ct-ubnd-thanh-hoa', 'chi-thi-01-thanh-hoa']);
  });

  it('a bare number with its abbreviation and no kind word (realistic sentence)', () => {
    const r = inClauses(['Tiếp tục quán triệt, thực hiện nghiêm các văn bản của Trung ương (33-NQ/TW, 99-KL/TW) về công tác biên phòng.']);
    expect(r.instruments.map((i) => [i.id, i.kind, i.number])).toEqual([
      ['nghi-quyet-33-nq-tw', 'Nghị quyết', '33-NQ/TW'],
      ['ket-luan-99-kl-tw', 'Kết luận', '99-KL/TW'],
    ]);
    expect(r.citations.map((c) => c.text)).toEqual(['33-NQ/TW', '99-KL/TW']);
  });

  it('"(Chỉ thị 01/CT-TTg)" without "số"; a bare number in a list takes the kind before it (realistic sentences)', () => {
    const r = inClauses([
      'Hằng năm tổng kết phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia (Chỉ thị 01/CT-TTg).',
      'Thực hiện các Chỉ thị số 205/TTg, 394/TTg về Ngày Biên phòng toàn dân.',
    ]);
    expect(r.instruments.map((i) => [i.id, i.kind])).toEqual([
      ['chi-thi-01-ct-ttg', 'Chỉ thị'],
      ['chi-thi-205-ttg', 'Chỉ thị'],
      ['chi-thi-394-ttg', 'Chỉ thị'],
    ]);
    expect(r.citations.map((c) => c.text)).toEqual(['Chỉ thị 01/CT-TTg', 'Chỉ thị số 205/TTg', '394/TTg']);
  });
});

describe('identity of local numbers', () => {
  it('a Party number with a stray space, issuer in another province (realistic sentence)', () => {
    const r = inClauses(['Thực hiện Công văn số 901 -CV/TU ngày 30/4/2026 của Tỉnh ủy Lào Cai về việc tiếp tục thực hiện Chỉ thị số 01/CT-TTg.']);
    expect(r.instruments[0]).toMatchObject({ id: 'cong-van-901-cv-tu-lao-cai', number: '901-CV/TU', issuer: 'Tỉnh ủy Lào Cai', scope: 'local' });
    expect(r.citations[0]!.text).toBe('Công văn số 901 -CV/TU');
  });

  it('"của UBND tỉnh Nghệ An" names the locality; a later bare mention keeps it (realistic sentences)', () => {
    const r = inClauses([
      'Thực hiện Chỉ thị số 12/CT-UBND ngày 05/3/2025 của UBND tỉnh Nghệ An về tăng cường công tác quản lý biên giới.',
      'Tổ chức sơ kết Chỉ thị số 12/CT-UBND vào quý IV.',
    ]);
    expect(ids(r)).toEqual(['chi-thi-12-ct-ubnd-nghe-an']);
    expect(r.citations).toHaveLength(2);
  });

  it('"Văn bản số" is a công văn; a department code is local (realistic sentence)', () => {
    const r = inClauses([
      'Thực hiện Văn bản số 1234/UBND-NC ngày 02/6/2025 của UBND tỉnh và Công văn số 1906 /SGDĐT-CTrTT ngày 10/6/2025 của Sở Giáo dục và Đào tạo.',
    ]);
    expect(r.instruments.map((i) => [i.id, i.kind, i.number, i.scope])).toEqual([
      ['cong-van-1234-ubnd-nc-thanh-hoa', 'Công văn', '1234/UBND-NC', 'local'],
      ['cong-van-1906-sgddt-ctrtt-thanh-hoa', 'Công văn', '1906/SGDĐT-CTrTT', 'local'],
    ]);
  });

  it('a Party directive of the provincial Standing Committee (realistic sentence)', () => {
    const r = inClauses(['Tiếp tục thực hiện Chỉ thị số 15-CT/TU ngày 20/5/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác biên phòng.'], {
      province: { name: 'Nghệ An', slug: 'nghe-an', source: 'recipients', evidence: 'tỉnh Nghệ An' },
    });
    expect(r.instruments[0]).toMatchObject({ id: 'chi-thi-15-ct-tu-nghe-an', issuer: 'Ban Thường vụ Tỉnh ủy', scope: 'local' });
  });
});

describe('ministries and Party bodies of the centre (realistic sentences in the style of real documents)', () => {
  it('a Nghị định whose subject has commas, with its legal basis', () => {
    const r = inPreamble([
      'Căn cứ Nghị định số 03/2019/NĐ-CP ngày 05 tháng 9 năm 2019 của Chính phủ về phối hợp giữa Bộ Công an và Bộ Quốc phòng trong thực hiện nhiệm vụ bảo vệ an ninh quốc gia, bảo đảm trật tự, an toàn xã hội, đấu tranh phòng, chống tội phạm và nhiệm vụ quốc phòng;',
    ]);
    expect(r.instruments[0]).toMatchObject({
      id: 'nghi-dinh-03-2019-nd-cp',
      date: '2019-09-05',
      issuer: 'Chính phủ',
      subject:
        'về phối hợp giữa Bộ Công an và Bộ Quốc phòng trong thực hiện nhiệm vụ bảo vệ an ninh quốc gia, bảo đảm trật tự, an toàn xã hội, đấu tranh phòng, chống tội phạm và nhiệm vụ quốc phòng',
    });
    expect(r.relations).toEqual([{ type: 'can-cu', instrument: 'nghi-dinh-03-2019-nd-cp' }]);
  });

  it('a ministry Thông tư whose subject opens with its verb', () => {
    const r = inPreamble([
      'Căn cứ Thông tư số 43/2015/TT-BQP ngày 28 tháng 5 năm 2015 của Bộ trưởng Bộ Quốc phòng quy định chi tiết thi hành một số điều của Luật Biên giới quốc gia;',
    ]);
    expect(r.instruments.map((i) => [i.id, i.issuer, i.subject])).toEqual([
      ['thong-tu-43-2015-tt-bqp', 'Bộ trưởng Bộ Quốc phòng', 'quy định chi tiết thi hành một số điều của Luật Biên giới quốc gia'],
      ['luat-bien-gioi-quoc-gia', null, null],
    ]);
    // The law is named inside the circular's subject.
    expect(r.citations.map((c) => c.relation)).toEqual(['can-cu', 'dan-chieu']);
  });

  it('a Prime Minister Quyết định approving a scheme', () => {
    const r = inClauses([
      'Triển khai Quyết định số 1289/QĐ-TTg ngày 02/11/2023 của Thủ tướng Chính phủ phê duyệt Đề án tăng cường tuyên truyền về biên giới, góp phần nâng cao nhận thức của Nhân dân.',
    ]);
    expect(r.instruments[0]).toMatchObject({
      id: 'quyet-dinh-1289-qd-ttg',
      issuer: 'Thủ tướng Chính phủ',
      subject: 'phê duyệt Đề án tăng cường tuyên truyền về biên giới',
      scope: 'central',
    });
  });

  it('a Party Quy định of the Central Military Commission and a Kết luận of the Secretariat', () => {
    const r = inClauses([
      'Để cụ thể hóa Quy định số 37-QĐ/QUTW ngày 14/10/2025 của Quân ủy Trung ương và Kết luận số 113-KL/TW ngày 22/4/2025 của Ban Bí thư về công tác biên phòng, Đảng ủy Bộ đội Biên phòng tỉnh ban hành Kế hoạch này.',
    ]);
    expect(r.instruments.map((i) => [i.id, i.kind, i.issuer, i.subject])).toEqual([
      ['quy-dinh-37-qd-qutw', 'Quy định', 'Quân ủy Trung ương', null],
      ['ket-luan-113-kl-tw', 'Kết luận', 'Ban Bí thư', 'về công tác biên phòng'],
    ]);
    expect(r.relations.map((x) => x.type)).toEqual(['thuc-hien', 'thuc-hien']);
  });

  it('a Thông tri and a Thông báo kết luận of the Party', () => {
    const r = inClauses(['Quán triệt Thông tri số 05-TT/TW ngày 10/3/2023 của Ban Bí thư và Thông báo kết luận số 125-TB/TW của Bộ Chính trị.']);
    expect(r.instruments.map((i) => [i.id, i.kind])).toEqual([
      ['thong-tri-05-tt-tw', 'Thông tri'],
      ['thong-bao-125-tb-tw', 'Thông báo'],
    ]);
  });
});

describe('relations', () => {
  it('"thay thế cho" in the effect clause (seed 000, line 35)', () => {
    const r = extractCitations(
      makeDoc({
        closing: [
          'Chỉ thị này có hiệu lực kể từ ngày ký và thay thế cho Chỉ thị số 12/CT-UBND ngày 09/8/2024 của Chủ tịch UBND tỉnh. Yêu cầu các cấp, các ngành, các cơ quan, đơn vị, quán triệt, lãnh đạo, chỉ đạo triển khai thực hiện có hiệu quả nội dung Chỉ thị;',
        ],
      }),
    );
    expect(r.instruments).toEqual([
      expect.objectContaining({ id: 'chi-thi-12-ct-ubnd-thanh-hoa', date: '2024-08-09', issuer: 'Chủ tịch UBND tỉnh', scope: 'local' }),
    ]);
    expect(r.relations).toEqual([{ type: 'thay-the', instrument: 'chi-thi-12-ct-ubnd-thanh-hoa' }]);
  });

  it('"bãi bỏ", a local normative number with its year (realistic sentence)', () => {
    const r = inClauses(['Bãi bỏ Quyết định số 15/2020/QĐ-UBND ngày 10/6/2020 của UBND tỉnh Thanh Hóa.']);
    expect(r.relations).toEqual([{ type: 'bai-bo', instrument: 'quyet-dinh-15-2020-qd-ubnd-thanh-hoa' }]);
  });

  it('"hết hiệu lực" after the mention (realistic sentence)', () => {
    const r = inClauses(['Kế hoạch số 45/KH-UBND ngày 02/3/2023 của UBND tỉnh hết hiệu lực kể từ ngày Kế hoạch này được ban hành.']);
    expect(r.relations).toEqual([{ type: 'bai-bo', instrument: 'ke-hoach-45-kh-ubnd-thanh-hoa' }]);
  });

  it('"gửi kèm" before the mention, but not "ban hành kèm theo" (realistic sentences)', () => {
    const r = inClauses([
      'Ủy ban nhân dân tỉnh gửi kèm Kế hoạch số 204/KH-UBND ngày 24/9/2020 để các đơn vị biết, thực hiện.',
      'Thực hiện đúng Quy chế ban hành kèm theo Quyết định số 12/QĐ-BQP ngày 03/01/2024 của Bộ Quốc phòng.',
    ]);
    expect(r.citations.map((c) => [c.instrument, c.relation])).toEqual([
      ['ke-hoach-204-kh-ubnd-thanh-hoa', 'gui-kem'],
      ['quyet-dinh-12-qd-bqp', 'dan-chieu'],
    ]);
  });

  it('a report on an instrument, named in its subject (seed 004, line 9)', () => {
    const subject =
      'Tổng kết 10 năm thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ “về việc tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh Biên giới quốc gia trong tình hình mới” giai đoạn 2015 – 2025';
    const r = extractCitations(makeDoc({ type: { code: 'BC', name: 'Báo cáo' }, subject, header: [{ role: 'subject', text: subject, line: 9 }] }));
    expect(r.citations).toEqual([{ instrument: 'chi-thi-01-ct-ttg', clause: null, text: 'Chỉ thị số 01/CT-TTg', line: 9, relation: 'bao-cao' }]);
    // The same subject on a directive: carried out, not reported on.
    expect(extractCitations(makeDoc({ subject })).relations).toEqual([{ type: 'thuc-hien', instrument: 'chi-thi-01-ct-ttg' }]);
  });

  it('"sửa đổi, bổ sung" amends; "hướng dẫn thực hiện" guides only in a guidance text (realistic sentences)', () => {
    const amend = inClauses(['Sửa đổi, bổ sung một số điều của Quyết định số 15/2020/QĐ-UBND ngày 10/6/2020 của UBND tỉnh Thanh Hóa như sau:']);
    expect(amend.relations).toEqual([{ type: 'sua-doi', instrument: 'quyet-dinh-15-2020-qd-ubnd-thanh-hoa' }]);
    const sentence = 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh hướng dẫn thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ.';
    expect(inClauses([sentence]).relations).toEqual([{ type: 'thuc-hien', instrument: 'chi-thi-01-ct-ttg' }]);
    expect(extractCitations(makeDoc({ type: { code: 'HD', name: 'Hướng dẫn' }, clauses: [], closing: [sentence] })).relations).toEqual([
      { type: 'huong-dan', instrument: 'chi-thi-01-ct-ttg' },
    ]);
  });

  it('a "Căn cứ" sentence gives a basis, whatever it says the basis does to another text', () => {
    const r = extractCitations(
      makeDoc({
        preamble: ['Căn cứ Nghị định số 19/2020/NĐ-CP ngày 12/02/2020 của Chính phủ sửa đổi, bổ sung Nghị định số 34/2014/NĐ-CP ngày 29/4/2014 của Chính phủ;'],
      }),
    );
    expect(r.relations).toEqual([
      { type: 'can-cu', instrument: 'nghi-dinh-19-2020-nd-cp' },
      { type: 'can-cu', instrument: 'nghi-dinh-34-2014-nd-cp' },
    ]);
  });

  it('"Căn cứ" only gives a basis in the preamble', () => {
    const r = inClauses(['Căn cứ Kế hoạch số 204/KH-UBND ngày 24/9/2020 của UBND tỉnh, các xã chủ động bố trí lực lượng.']);
    expect(r.citations[0]!.relation).toBe('dan-chieu');
  });
});

describe('what is not a citation', () => {
  it('self-references and generic phrases (seeds 002, lines 21 and 61; 000, line 35)', () => {
    const r = inClauses([
      'Quán triệt sâu sắc và tổ chức thực hiện nghiêm túc, đồng bộ, hiệu quả các nghị quyết, chỉ thị, kết luận của Ban Chấp hành Trung ương, Bộ Chính trị, Chính phủ',
      'Các cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương tổ chức phổ biến, quán triệt Chỉ thị này; giao Đảng ủy Quân sự tỉnh lãnh đạo',
      'triển khai thực hiện có hiệu quả Chương trình mục tiêu quốc gia tại các địa bàn khu vực biên giới',
      'quán triệt, lãnh đạo, chỉ đạo triển khai thực hiện có hiệu quả nội dung Chỉ thị; báo cáo kết quả thực hiện về UBND tỉnh',
      'Công văn này thay thế các văn bản trước đây; Kế hoạch này, Báo cáo này và Nghị quyết của Đảng.',
    ]);
    expect(r.instruments).toEqual([]);
  });

  it('counts and dates with slashes (seed 004, lines 21, 71; seed 003, line 33)', () => {
    const r = inClauses([
      'Nhơn Hưng có 03 khóm (Đông Hưng, Tây Hưng, Trung Bắc Hưng), dân số là 1.667 hộ/6.139 khẩu; có 03 dân tộc Kinh, Khmer, Hoa cùng sinh sống.',
      'Phối hợp tuần tra bảo vệ biên giới được 300 lượt tổ/1.800 lượt đ/c tham gia; phối hợp với Tổ phụ nữ tự quản đường biên cột mốc tuần tra biên giới được 120 lần/1.200 lượt đ/c tham gia',
      'tổ chức tốt các hoạt động “Ngày Biên phòng toàn dân” 03/3 hằng năm, công tác sơ kết, tổng kết',
      'sau bầu cử Quốc hội Khóa VII/2023 của CPC; giai đoạn 2015 – 2025',
    ]);
    expect(r.instruments).toEqual([]);
  });

  it('the document itself in its annex, and a blank draft number (seed 000, line 65)', () => {
    const annex = (subtitle: string) => ({ id: 'phu-luc', title: 'DANH SÁCH', subtitle: [subtitle], paragraphs: [], tables: [], line: 65 });
    const draft = makeDoc({ annexes: [annex('(Ban hành kèm theo Chỉ thị số /CT-UBND ngày tháng năm 2026 của Chủ tịch UBND tỉnh Thanh Hóa)')] });
    expect(extractCitations(draft).instruments).toEqual([]);
    const issued = makeDoc({
      number: { symbol: '20/CT-UBND', serial: '20', year: null, typeCode: 'CT', issuerCode: 'UBND', system: 'state' },
      annexes: [annex('(Ban hành kèm theo Chỉ thị số 20/CT-UBND ngày 10/6/2026 của Chủ tịch UBND thành phố Huế)')],
    });
    expect(extractCitations(issued).instruments).toEqual([]);
  });

  it('an impossible date is dropped, the citation kept', () => {
    const r = inClauses(['Thực hiện Kế hoạch số 204/KH-UBND ngày 31/02/2020 của UBND tỉnh.']);
    expect(r.instruments[0]).toMatchObject({ id: 'ke-hoach-204-kh-ubnd-thanh-hoa', date: null });
  });
});

describe('where citations are looked for', () => {
  it('clause titles, table cells and annexes, not recipients', () => {
    const doc = makeDoc({
      clauses: [
        {
          ...clause('', 'muc-ii__khoan-3', 51, 'Kết quả 10 năm thực hiện Chỉ thị số 01/CT-TTg'),
          children: [
            {
              id: 'muc-ii__khoan-3__doan-1',
              kind: 'paragraph',
              label: '',
              title: null,
              text: '',
              line: 55,
              children: [],
              table: { id: 't1', header: ['TT', 'Văn bản'], rows: [['1', 'Nghị quyết số 33-NQ/TW']], line: 56 },
            },
          ],
        },
      ],
      annexes: [{ id: 'pl', title: 'PHỤ LỤC', subtitle: [], paragraphs: ['Danh mục theo Kết luận số 99-KL/TW.'], tables: [], line: 80 }],
      recipients: ['- Như Điều 3 Quyết định số 15/QĐ-UBND;'],
      trailer: ['Nghị quyết số 45-NQ/TU'],
    });
    const r = extractCitations(doc);
    expect(r.citations.map((c) => [c.instrument, c.clause, c.line])).toEqual([
      ['chi-thi-01-ct-ttg', 'muc-ii__khoan-3', 51],
      ['nghi-quyet-33-nq-tw', 'muc-ii__khoan-3__doan-1', 56],
      ['ket-luan-99-kl-tw', null, 80],
    ]);
  });

  it('the line of a mention in a later paragraph of a clause', () => {
    const r = extractCitations(
      makeDoc({ clauses: [clause('Biểu dương, khen thưởng.\nQua 10 năm thực hiện Chỉ thị số 01/CT-TTg đã có nhiều tập thể.', 'diem-e', 101)] }),
    );
    expect(r.citations[0]!.line).toBe(103);
  });
});

describe('a symbol printed in capitals', () => {
  it('"01/CT-TTG" in a title in capitals is still the central 01/CT-TTg (Hướng dẫn 7210/HD-BQP)', () => {
    const { instruments } = inPreamble([
      'THỰC HIỆN CHỈ THỊ SỐ 01/CT-TTG NGÀY 09 THÁNG 01 NĂM 2015 CỦA THỦ TƯỚNG CHÍNH PHỦ',
      'Để triển khai thực hiện Chỉ thị số 01/CT-TTg ngày 09 tháng 01 năm 2015 của Thủ tướng Chính phủ;',
    ]);
    expect(instruments.map((i) => [i.id, i.scope])).toEqual([['chi-thi-01-ct-ttg', 'central']]);
  });
});

describe('forms real corpus texts print (issue 18)', () => {
  it('a law by name and number is one instrument (congbao-text/…nghi-dinh-so-140-2026-nd-cp-469402.txt, line 16)', () => {
    const r = inPreamble(['Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;']);
    expect(r.instruments).toEqual([expect.objectContaining({ kind: 'Luật', number: '63/2025/QH15', name: 'Luật Tổ chức Chính phủ' })]);
    expect(r.citations.map((c) => c.text)).toEqual(['Luật Tổ chức Chính phủ số 63/2025/QH15']);
  });

  it('the Constitution, by name and year (crawler/crawler_nghi-quyet-so-23-2003-qh11.txt)', () => {
    const r = inPreamble(['Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10;']);
    expect(r.instruments.map((i) => [i.kind, i.name ?? i.number, i.date])).toEqual([
      ['Hiến pháp', 'Hiến pháp', '1992'],
      ['Nghị quyết', '51/2001/QH10', null],
    ]);
  });

  it('an old State number, with a dash and no slash ("169-CP"), after its kind word only', () => {
    const r = inPreamble(['Căn cứ Nghị định số 169-CP ngày 10 tháng 4 năm 1978 của Hội đồng Chính phủ; từ 30-40 người.']);
    expect(r.instruments).toEqual([expect.objectContaining({ kind: 'Nghị định', number: '169-CP', date: '1978-04-10', issuer: 'Hội đồng Chính phủ' })]);
  });
});
