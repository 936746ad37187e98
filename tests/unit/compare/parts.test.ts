import { describe, expect, it } from 'vitest';
import { alignClauses, matchedCounts } from '../../../src/lib/compare/align.ts';
import { compareSections } from '../../../src/lib/compare/view.ts';
import { documentUnits } from '../../../src/lib/compare/units.ts';
import { comparablePairs, pairReasons } from '../../../src/lib/corpus/pairs.ts';
import type { DocumentModel } from '../../../src/lib/model.ts';
import { assignRoles } from '../../../src/lib/roles/index.ts';
import { parseSeed, seedFiles } from '../../helpers/seeds.ts';

async function seed(file: string): Promise<DocumentModel> {
  const doc = await parseSeed(file);
  assignRoles(doc.clauses);
  return doc;
}

const thanhHoa = await seed('000_e549b405dcbfb8fc.txt');
const hue = await seed('001_846d10196a3887a8.txt');

describe('every part is compared (Thanh Hóa draft ↔ Huế 20/CT-UBND)', () => {
  const al = alignClauses(thanhHoa, hue);

  it('pairs the preamble paragraphs that share the template, and the closing', () => {
    // Thanh Hóa 1 "Trong những năm qua, Tỉnh ủy…" ↔ Huế 1; Thanh Hóa 3 "Để tiếp tục thực hiện có hiệu quả Luật Biên giới quốc gia…" ↔ Huế 2.
    expect(al.preamble.filter((p) => p.a && p.b).map((p) => [p.a, p.b])).toEqual([
      ['mo-dau-1', 'mo-dau-1'],
      ['mo-dau-3', 'mo-dau-2'],
    ]);
    // Huế copies the closing without "Chỉ thị này có hiệu lực… thay thế Chỉ thị số 12/CT-UBND".
    expect(al.closing).toEqual([{ a: 'phan-cuoi-1', b: 'phan-cuoi-1', score: expect.any(Number) }]);
    expect(al.closing[0]!.score).toBeGreaterThan(0.7);
    expect(matchedCounts(al)).toEqual({ preamble: 2, clauses: 6, closing: 1, annexes: 0 });
  });

  it('reads each annex table row as a unit labelled by its number, and says when only one side has the part', () => {
    const rows = documentUnits(thanhHoa).annexes;
    expect(rows).toHaveLength(18);
    expect(rows[0]).toMatchObject({ label: 'Hàng 1', text: 'Đồn Biên phòng Đa Lộc · Sở Y tế · Xã Triệu Lộc; xã Đông Thành; xã Hậu Lộc; xã Hoa Lộc.' });
    const sections = compareSections(thanhHoa, hue, al);
    expect(sections.map((s) => [s.part, s.onlyIn])).toEqual([
      ['preamble', null],
      ['clauses', null],
      ['closing', null],
      ['annexes', 'a'],
    ]);
  });
});

describe('căn cứ lines are matched by the instrument they cite', async () => {
  // QĐ 45/2013/QĐ-TTg: "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001", "Căn cứ Luật Biên giới quốc gia…";
  // NĐ 106/2021/NĐ-CP: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "Căn cứ Luật Biên phòng Việt Nam…".
  const qd45 = await seed('102_quyet-dinh-45-2013-qd-ttg.doc');
  const nd106 = await seed('103_nghi-dinh-106-2021-nd-cp.txt');
  const units = (doc: DocumentModel) => new Map(documentUnits(doc).preamble.map((u) => [u.id, u.text]));
  const pairs = alignClauses(qd45, nd106).preamble.filter((p) => p.a && p.b);
  const texts = pairs.map((p) => [units(qd45).get(p.a!), units(nd106).get(p.b!)]);

  it('pairs the same law cited with another date', () => {
    expect(texts).toContainEqual([
      expect.stringMatching(/^Căn cứ Luật Tổ chức Chính phủ ngày 25/),
      expect.stringMatching(/^Căn cứ Luật Tổ chức Chính phủ ngày 19/),
    ]);
  });

  it('never pairs two bases worded alike that cite different laws', () => {
    for (const [x, y] of texts) expect([x?.includes('Biên giới'), y?.includes('Biên phòng')]).not.toEqual([true, true]);
  });
});

describe('suggested pairs', async () => {
  const docs = await Promise.all(seedFiles().map(seed));
  const pairs = comparablePairs(docs).map(([a, b]) => [a.id, b.id].sort());

  it('compares only texts of one kind from two provinces: never the Nhơn Hưng report with a directive', () => {
    expect(pairs).toContainEqual([hue.id, thanhHoa.id].sort());
    for (const [x, y] of pairs) {
      expect(x).not.toMatch(/^bao-cao/);
      expect(y).not.toMatch(/^bao-cao/);
    }
  });

  it('says why a pair was suggested', () => {
    const reasons = pairReasons(thanhHoa, hue, alignClauses(thanhHoa, hue));
    expect(reasons[0]).toMatch(/^cùng thực hiện .*Nghị quyết 33-NQ\/TW/);
    expect(reasons).toContain('cùng loại Chỉ thị');
    expect(reasons.at(-1)).toBe('2 đoạn mở đầu, 6 khoản, 1 đoạn kết thúc tương ứng');
  });
});
