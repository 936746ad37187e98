import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../src/lib/model.ts';
import { assignRoles, ROLE_BY_ID, ROLES, rolesIn } from '../../../src/lib/roles/index.ts';
import { findMentions, foldForMatch } from '../../../src/lib/roles/mentions.ts';
import { allClauses, parseSeed } from '../../helpers/seeds.ts';

/** Role ids per clause id, for clauses that task someone. */
function rolesById(clauses: Clause[]): Record<string, string[]> {
  assignRoles(clauses);
  return Object.fromEntries(
    allClauses(clauses)
      .filter((c) => c.roles)
      .map((c) => [c.id, c.roles!]),
  );
}

describe('the data', () => {
  it('has unique, URL-safe ids and canonical names', () => {
    expect(new Set(ROLES.map((r) => r.id)).size).toBe(ROLES.length);
    for (const r of ROLES) expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ROLE_BY_ID.get('so-tai-chinh')).toEqual({ id: 'so-tai-chinh', name: 'Sở Tài chính' });
    expect(ROLE_BY_ID.get('bch-bdbp')?.name).toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
  });

  it('writes names as running text does, never a capitalised "Các" (issue 20, item 4)', () => {
    for (const r of ROLES) expect(r.name, r.id).not.toMatch(/^Các\b|\bUBND\b/u);
    expect(ROLE_BY_ID.get('cac-so-nganh')?.name).toBe('các sở, ban, ngành');
    expect(ROLE_BY_ID.get('ubnd-xa-bien-gioi')?.name).toBe('Ủy ban nhân dân các xã, phường biên giới');
  });

  it('recognises every canonical name as its own role, whole', () => {
    for (const r of ROLES) {
      const folded = foldForMatch(r.name);
      expect(findMentions(folded), r.name).toEqual([{ role: r.id, start: 0, end: folded.length }]);
    }
  });
});

describe('rolesIn: sentences from the seeds', () => {
  it('Sở Tài chính tasked with the budget, in Thanh Hóa (000, 5.) and Huế (001, 4.)', () => {
    expect(
      rolesIn(
        'Sở Tài chính phối hợp với Ban Chỉ huy Bộ đội Biên phòng, các sở, ngành, đơn vị địa phương, trên cơ sở các nhiệm vụ được phân công, căn cứ khả năng cân đối ngân sách, tham mưu UBND tỉnh bố trí nguồn ngân sách địa phương để hỗ trợ theo phân cấp ngân sách Nhà nước.',
      ),
    ).toEqual(['so-tai-chinh']);
    expect(
      rolesIn(
        'Sở Tài chính phối hợp với Ban Chỉ huy Bộ đội Biên phòng thành phố và các cơ quan, đơn vị, địa phương liên quan, trên cơ sở các nhiệm vụ được phân công, căn cứ khả năng cân đối ngân sách, tham mưu UBND thành phố bố trí kinh phí thực hiện theo phân cấp ngân sách Nhà nước.',
      ),
    ).toEqual(['so-tai-chinh']);
  });

  it('one id for the BĐBP command however it is written', () => {
    // Thanh Hóa 7., Huế 6.
    expect(rolesIn('Ban Chỉ huy Bộ đội Biên phòng chủ trì, phối hợp với các sở, ngành, cơ quan, đơn vị địa phương, tăng cường công tác lãnh đạo')).toEqual([
      'bch-bdbp',
    ]);
    expect(
      rolesIn('Ban Chỉ huy Bộ đội Biên phòng thành phố chủ trì, phối hợp với các sở, ban, ngành, địa phương tổ chức triển khai thực hiện Chỉ thị'),
    ).toEqual(['bch-bdbp']);
    // Closing of both: "Giao Ban Chỉ huy Bộ đội Biên phòng thường xuyên theo dõi…"
    expect(rolesIn('Giao Ban Chỉ huy Bộ đội Biên phòng thường xuyên theo dõi, đôn đốc việc thực hiện Chỉ thị')).toEqual(['bch-bdbp']);
    // Abbreviated (Huế's recipients), OCR "BDBP" (Nghệ An), "Bộ Chỉ huy" (Nhơn Hưng).
    for (const name of ['Ban Chỉ huy BĐBP thành phố', 'Ban Chỉ huy BDBP tỉnh', 'Bộ Chỉ huy BĐBP tỉnh', 'Bộ chỉ huy BDBP tỉnh']) {
      expect(rolesIn(`${name} chủ trì, phối hợp`), name).toEqual(['bch-bdbp']);
    }
  });

  it('a body after "phối hợp với" is a partner, not tasked', () => {
    // Thanh Hóa 5. names the BĐBP command only as Sở Tài chính's partner (above); the same for Sở Tài chính:
    expect(rolesIn('Ban Chỉ huy Bộ đội Biên phòng chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ tham mưu UBND tỉnh bố trí kinh phí.')).toEqual(['bch-bdbp']);
    expect(rolesIn('UBND các xã, phường khu vực biên giới chủ động phối hợp chặt chẽ với các đơn vị Bộ đội Biên phòng trong công tác quản lý địa bàn')).toEqual(
      ['ubnd-xa-bien-gioi'],
    );
  });

  it('a label that names partners hands them no task, to the end of its sentence (Lai Châu KH 7360)', () => {
    expect(rolesIn('Cơ quan phối hợp: Các sở, ngành; Ủy ban nhân dân các xã, phường.')).toEqual([]);
    expect(rolesIn('Đơn vị phối hợp: Sở Tài chính, Sở Kế hoạch và Đầu tư, UBND các quận, huyện.')).toEqual([]);
    expect(rolesIn('Cơ quan chủ trì: Sở Khoa học và Công nghệ.')).toEqual(['so-khoa-hoc-cong-nghe']);
    expect(
      rolesIn(
        'Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan.',
      ),
    ).toEqual(['so-khoa-hoc-cong-nghe', 'so-tu-phap', 'so-van-hoa-the-thao-du-lich', 'co-quan-bao-chi']);
  });

  it('communes: border or not', () => {
    // Huế 2. and 3.
    expect(rolesIn('UBND các xã, phường không thuộc khu vực biên giới chủ động xây dựng kế hoạch kết nghĩa với ít nhất 01 đơn vị Bộ đội Biên phòng')).toEqual([
      'ubnd-xa',
    ]);
    expect(rolesIn('UBND các xã, phường khu vực biên giới phối hợp chặt chẽ với các đơn vị Bộ đội Biên phòng trong quản lý địa bàn')).toEqual([
      'ubnd-xa-bien-gioi',
    ]);
    // Thanh Hóa 4.
    expect(rolesIn('UBND các xã vùng đồng bào dân tộc thiểu số và miền núi, các xã khu vực I, II, III, tăng cường đẩy mạnh công tác tuyên truyền')).toEqual([
      'ubnd-xa',
    ]);
    // Lào Cai 4. and Nghệ An 9.7.
    expect(rolesIn('Đảng ủy các xã, phường biên giới')).toEqual(['dang-uy-xa-bien-gioi']);
    expect(rolesIn('Cấp ủy các xã, phường biên giới phát huy vai trò lãnh đạo của địa phương')).toEqual(['dang-uy-xa-bien-gioi']);
  });

  it('"Đề nghị" hands the task to the Front and the mass organisations', () => {
    expect(rolesIn('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các đoàn thể chính trị, xã hội cấp tỉnh thông qua công tác dân vận')).toEqual([
      'mttq',
      'to-chuc-chinh-tri-xa-hoi',
    ]);
    expect(rolesIn('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội phát huy vai trò tập hợp')).toEqual([
      'mttq',
      'to-chuc-chinh-tri-xa-hoi',
    ]);
  });

  it('lists of doers at the start (Thanh Hóa 1., Huế 1.)', () => {
    expect(
      rolesIn(
        'Các sở, ngành, đơn vị cấp tỉnh; các công ty, doanh nghiệp trên địa bàn tỉnh, theo chức năng, nhiệm vụ được giao, chủ động phối hợp với Ban Chỉ huy Bộ đội Biên phòng',
      ),
    ).toEqual(['cac-so-nganh', 'doanh-nghiep']);
    expect(rolesIn('Các sở, ban, ngành, đoàn thể thành phố; các cơ quan, đơn vị, doanh nghiệp trên địa bàn theo chức năng, nhiệm vụ được giao')).toEqual([
      'cac-so-nganh',
      'to-chuc-chinh-tri-xa-hoi',
      'doanh-nghiep',
    ]);
  });

  it('party bodies: the committee is not the command it leads', () => {
    expect(rolesIn('Đảng ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh')).toEqual(['dang-uy-bdbp-tinh']);
    // Nghệ An 9.4.: "…Lãnh đạo Đảng ủy BDBP tỉnh chủ trì, phối hợp phổ biến…"
    expect(
      rolesIn(
        'Đảng ủy Quân sự tỉnh tham mưu Ban Thường vụ Tỉnh ủy triển khai hiệu quả các kết luận. Lãnh đạo Đảng ủy BDBP tỉnh chủ trì, phối hợp phổ biến, quán triệt',
      ),
    ).toEqual(['dang-uy-quan-su', 'dang-uy-bdbp-tinh']);
    // Nghệ An 9.2.: the central party committee of the force is only a partner here.
    expect(
      rolesIn('Ban Nội chính Tỉnh ủy chủ trì, phối hợp với các cơ quan chức năng của Đảng ủy Bộ đội Biên phòng tham mưu thực hiện Quy chế phối hợp'),
    ).toEqual(['ban-noi-chinh']);
  });

  it('a chain of leadership tasks each link (Nghệ An 9.1., 9.5.)', () => {
    expect(rolesIn('Đảng ủy Công an tỉnh chủ trì lãnh đạo Công an tỉnh tăng cường công tác phối hợp bảo đảm an ninh, trật tự ở khu vực biên giới')).toEqual([
      'dang-uy-cong-an',
      'cong-an-tinh',
    ]);
    expect(rolesIn('Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo các cơ quan, đơn vị, địa phương liên quan triển khai thực hiện nghiêm túc')).toEqual([
      'dang-uy-ubnd',
      'ubnd-tinh',
    ]);
  });

  it('"Chỉ đạo" an item gives the task to whom it directs (Lào Cai 3.)', () => {
    expect(
      rolesIn(
        'Chỉ đạo Đảng ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh và các cơ quan, đơn vị thuộc quyền phát huy vai trò nòng cốt, chủ động phối hợp với các lực lượng chức năng',
      ),
    ).toEqual(['dang-uy-bdbp-tinh']);
    expect(rolesIn('Tăng cường lãnh đạo, chỉ đạo thực hiện hiệu quả Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ')).toEqual([]);
  });

  it('a body before its "chủ trì", even after a proper name (Nhơn Hưng)', () => {
    expect(rolesIn('Trên cơ sở kết quả triển khai thực hiện Chỉ thị số 01, Đồn Biên phòng Nhơn Hưng chủ trì, tham mưu cho cấp ủy')).toEqual(['don-bien-phong']);
    // Nghệ An 9.7.: the BĐBP command is where the official sits, not who "chủ trì".
    expect(
      rolesIn(
        'phân công đồng chí Phó Bí thư Đảng ủy được chỉ định tham gia Ban Chấp hành Đảng bộ Ban Chỉ huy BDBP tỉnh trực tiếp chủ trì tham mưu thực hiện Chỉ thị ở địa phương.',
      ),
    ).toEqual([]);
  });

  it('other layouts: "- Công an tỉnh: …", a heading, text without accents', () => {
    expect(rolesIn('Công an tỉnh: chủ trì đấu tranh phòng, chống tội phạm xuyên biên giới.')).toEqual(['cong-an-tinh']);
    expect(rolesIn('Đảng ủy Quân sự tỉnh')).toEqual(['dang-uy-quan-su']);
    expect(rolesIn('So Tai chinh phoi hop voi Ban Chi huy BDBP tinh')).toEqual(['so-tai-chinh']);
  });

  it('names nobody for a clause without a doer, nor for "được giao"', () => {
    expect(
      rolesIn(
        'Quán triệt sâu sắc và tổ chức thực hiện nghiêm túc, đồng bộ, hiệu quả các nghị quyết, chỉ thị, kết luận của Ban Chấp hành Trung ương, Bộ Chính trị, Chính phủ, Quân ủy Trung ương, Bộ Quốc phòng, Bộ Tư lệnh BDBP',
      ),
    ).toEqual([]);
    expect(rolesIn('hoàn thành xuất sắc nhiệm vụ được giao, Sở Y tế')).toEqual([]);
    expect(rolesIn('')).toEqual([]);
  });
});

describe('assignRoles on the seeds', () => {
  it('Thanh Hóa (000) and Huế (001) clauses task the same roles, clause for clause', async () => {
    const thanhHoa = rolesById((await parseSeed('000_e549b405dcbfb8fc.txt')).clauses);
    const hue = rolesById((await parseSeed('001_846d10196a3887a8.txt')).clauses);
    expect(thanhHoa).toEqual({
      'khoan-1': ['cac-so-nganh', 'doanh-nghiep'],
      'khoan-2': ['ubnd-xa'],
      'khoan-3': ['ubnd-xa-bien-gioi'],
      'khoan-4': ['ubnd-xa'],
      'khoan-5': ['so-tai-chinh'],
      'khoan-6': ['mttq', 'to-chuc-chinh-tri-xa-hoi'],
      'khoan-7': ['bch-bdbp'],
    });
    expect(hue).toEqual({
      'khoan-1': ['cac-so-nganh', 'to-chuc-chinh-tri-xa-hoi', 'doanh-nghiep'],
      'khoan-2': ['ubnd-xa'],
      'khoan-3': ['ubnd-xa-bien-gioi'],
      'khoan-4': ['so-tai-chinh'],
      'khoan-5': ['mttq', 'to-chuc-chinh-tri-xa-hoi'],
      'khoan-6': ['bch-bdbp'],
    });
  });

  it('Nghệ An (002): the implementation clauses 9.1–9.7', async () => {
    expect(rolesById((await parseSeed('002_9451b88b7c948789.txt')).clauses)).toEqual({
      'khoan-9__khoan-9-1': ['dang-uy-ubnd', 'ubnd-tinh', 'cac-so-nganh'],
      'khoan-9__khoan-9-2': ['ban-noi-chinh'],
      'khoan-9__khoan-9-3': ['mttq', 'to-chuc-chinh-tri-xa-hoi'],
      'khoan-9__khoan-9-4': ['dang-uy-quan-su', 'dang-uy-bdbp-tinh'],
      'khoan-9__khoan-9-5': ['dang-uy-cong-an', 'cong-an-tinh'],
      'khoan-9__khoan-9-6': ['cac-so-nganh'],
      'khoan-9__khoan-9-7': ['dang-uy-xa-bien-gioi'],
    });
  });

  it('Lào Cai (003): headings name the doer, items whom it directs', async () => {
    expect(rolesById((await parseSeed('003_38e1e8bed2425cad.txt')).clauses)).toEqual({
      'khoan-1': ['co-quan-tham-muu-tinh-uy', 'dang-uy-truc-thuoc'],
      'khoan-2': ['dang-uy-ubnd'],
      'khoan-2__y-1': ['ubnd-tinh'],
      'khoan-2__y-3': ['cac-so-nganh', 'ubnd-xa-bien-gioi'],
      'khoan-3': ['dang-uy-quan-su'],
      'khoan-3__y-2': ['dang-uy-bdbp-tinh'],
      'khoan-4': ['dang-uy-xa-bien-gioi'],
      'khoan-4__y-1': ['mttq', 'to-chuc-chinh-tri-xa-hoi'],
      'khoan-5': ['dang-uy-co-quan-dang', 'dang-uy-mttq'],
      'khoan-5__y-2': ['mttq', 'to-chuc-chinh-tri-xa-hoi'],
      'khoan-6': ['dang-uy-bdbp-tinh'],
      'khoan-7': ['dang-uy-quan-su'],
    });
  });

  it('is idempotent and clears stale roles', () => {
    const clause: Clause = { id: 'k', kind: 'clause', label: '1.', title: null, text: 'Tiếp tục rà soát.', line: 1, children: [], roles: ['so-y-te'] };
    assignRoles([clause]);
    expect(clause.roles).toBeUndefined();
    clause.text = 'Sở Y tế bố trí y, bác sĩ.';
    assignRoles([clause]);
    assignRoles([clause]);
    expect(clause.roles).toEqual(['so-y-te']);
  });
});
