import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause, DocumentModel } from '../../../src/lib/model.ts';
import { dutiesByRole, issuedIn, type RoleDuty } from '../../../src/lib/corpus/roles.ts';
import { parseSeed } from '../../helpers/seeds.ts';

/** Issue 20, item 4: duties by role, only duties; reports apart; assignment tables taken in. */
let docs: DocumentModel[];
let duties: Map<string, RoleDuty[]>;
beforeAll(async () => {
  docs = await Promise.all(['000_e549b405dcbfb8fc.txt', '001_846d10196a3887a8.txt', '004_1f92b6282767ab84.txt'].map(parseSeed));
  duties = dutiesByRole(docs);
});

describe('dutiesByRole', () => {
  it('keeps what a Báo cáo says apart: done, not to do (Nhơn Hưng 35/BC-UBND)', () => {
    const posts = duties.get('don-bien-phong')!;
    const fromReport = posts.filter((d) => d.doc.type.code === 'BC');
    expect(fromReport.length).toBeGreaterThan(0);
    expect(fromReport.every((d) => d.reported)).toBe(true);
    expect(posts.filter((d) => d.doc.type.code !== 'BC').every((d) => !d.reported)).toBe(true);
  });

  it('takes in the rows of Thanh Hóa’s pairing table, with what the annex says it assigns', () => {
    const health = duties.get('so-y-te')!;
    expect(health).toHaveLength(1);
    const [row] = health;
    if (!row?.table) throw new Error('a table row expected');
    expect(row.table.rows[row.row]).toEqual(['1', 'Đồn Biên phòng Đa Lộc', 'Sở Y tế', '', 'Xã Triệu Lộc; xã Đông Thành; xã Hậu Lộc; xã Hoa Lộc.']);
    expect(row.caption).toBe('Phân công kết nghĩa, đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh');
    expect(row.annex).toBe(1);
  });

  it('a plan’s "Cơ quan chủ trì: …" item points at the task its parent states', () => {
    const lead: Clause = {
      id: 'muc-ii__khoan-3__y-1',
      kind: 'item',
      label: '-',
      title: null,
      text: 'Cơ quan chủ trì: Sở Khoa học và Công nghệ.',
      line: 3,
      children: [],
      roles: ['so-khoa-hoc-cong-nghe'],
    };
    const task: Clause = {
      id: 'muc-ii__khoan-3',
      kind: 'clause',
      label: '3.',
      title: null,
      text: 'Tổ chức phổ biến Luật Tiêu chuẩn và quy chuẩn kỹ thuật.',
      line: 2,
      children: [lead],
    };
    const plan: DocumentModel = { ...docs[0]!, id: 'ke-hoach', type: { code: 'KH', name: 'Kế hoạch' }, clauses: [task], annexes: [], preambleTables: [] };
    const [duty] = dutiesByRole([plan]).get('so-khoa-hoc-cong-nghe')!;
    if (!duty || duty.table) throw new Error('a clause expected');
    expect(duty.task?.id).toBe('muc-ii__khoan-3');
  });
});

describe('issuedIn', () => {
  it('says where, in provinces and outside any', () => {
    expect(issuedIn(duties.get('so-tai-chinh')!)).toBe('ở 2 tỉnh, thành phố');
    const central = { ...docs[0]!, province: null };
    expect(issuedIn([{ doc: central, reported: false, clause: docs[0]!.clauses[0]!, task: null }])).toBe(
      'trong văn bản không thuộc tỉnh nào (trung ương hoặc chưa xác định)',
    );
  });
});
