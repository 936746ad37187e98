import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/model.ts';
import { namesLead, tableRoles } from '../../../src/lib/roles/index.ts';
import { parseSeed } from '../../helpers/seeds.ts';

/** Issue 20, item 4: annex tables that assign bodies are duties too. */
const table = (header: string[], rows: string[][]): Table => ({ id: 't', header, rows, line: 1 });

describe('tableRoles', () => {
  it('Thanh Hóa’s pairing of border posts, departments, companies and communes (000, Phụ lục 1)', async () => {
    const doc = await parseSeed('000_e549b405dcbfb8fc.txt');
    const [pairing] = doc.annexes[0]!.tables;
    const byRow = new Map(tableRoles(pairing!).map((r) => [r.row, r.roles]));
    // "1 | Đồn Biên phòng Đa Lộc | Sở Y tế | | Xã Triệu Lộc; xã Đông Thành…": the communes by their column.
    expect(byRow.get(0)).toEqual(['don-bien-phong', 'so-y-te', 'ubnd-xa']);
    // "Tiểu đoàn huấn luyện - Cơ động | | Công ty TNHH MTV Thuốc lá Thanh Hóa | …": the company by its column.
    expect(byRow.get(17)).toEqual(['doanh-nghiep', 'ubnd-xa']);
    // "Bảo hiểm xã hội tỉnh" under "Các sở, ngành cấp tỉnh": that column's role.
    expect(byRow.get(12)).toEqual(['don-bien-phong', 'cac-so-nganh', 'ubnd-xa']);
    expect(byRow.size).toBe(pairing!.rows.length);
  });

  it('a task table: who leads counts, partners do not (Lai Châu KH 7360’s items, set as its table would)', () => {
    const plan = table(
      ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
      [
        [
          '1',
          'Tổ chức phổ biến Luật Tiêu chuẩn và quy chuẩn kỹ thuật',
          'Sở Khoa học và Công nghệ',
          'Các sở, ngành có liên quan và UBND các xã, phường',
          'Năm 2025',
        ],
        ['2', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp; Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Quý IV'],
        ['3', 'Theo dõi, tổng hợp', '', '', ''],
      ],
    );
    expect(tableRoles(plan)).toEqual([
      { row: 0, roles: ['so-khoa-hoc-cong-nghe'] },
      { row: 1, roles: ['so-tu-phap', 'so-van-hoa-the-thao-du-lich'] },
    ]);
  });

  it('a table of anything else tasks nobody', () => {
    // Thông tư 111/2013/TT-BTC's tax table; a law's list of communes (one column of bodies is no pairing).
    expect(tableRoles(table(['Bậc thuế', 'Phần thu nhập tính thuế/năm (triệu đồng)', 'Thuế suất (%)'], [['1', 'Đến 60', '5']]))).toEqual([]);
    expect(tableRoles(table(['STT', 'Xã/phường/thị trấn', 'Diện tích'], [['1', 'Xã Tân Thanh', '12']]))).toEqual([]);
  });
});

describe('namesLead', () => {
  it('a plan’s item that only names who leads its parent’s task', () => {
    expect(namesLead('Cơ quan chủ trì: Sở Khoa học và Công nghệ.')).toBe(true);
    expect(namesLead('Cơ quan thực hiện: Các sở, ngành có liên quan theo chức năng, nhiệm vụ quản lý được giao.')).toBe(true);
    expect(namesLead('Cơ quan phối hợp: Các sở, ngành có liên quan và UBND các xã, phường.')).toBe(false);
    expect(namesLead('Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan')).toBe(false);
  });
});
