import { describe, expect, it } from 'vitest';
import { alignClauses, similarityMatrix } from '../../../src/lib/compare/align.ts';
import { clauseText } from '../../../src/lib/tree.ts';
import { orderedAssignment } from '../../../src/lib/compare/assign.ts';
import { alignableUnits } from '../../../src/lib/compare/units.ts';
import type { Alignment, ClausePair } from '../../../src/lib/compare/align.ts';
import type { Citation, DocumentModel } from '../../../src/lib/model.ts';
import { assignRoles } from '../../../src/lib/roles/index.ts';
import { parseSeed } from '../../helpers/seeds.ts';
import { makeDoc, TASKS, UNRELATED } from './fixtures.ts';

async function seed(file: string): Promise<DocumentModel> {
  const doc = await parseSeed(file);
  assignRoles(doc.clauses);
  return doc;
}

const ids = (al: Alignment): Array<[string | null, string | null]> => al.pairs.map((p) => [p.a, p.b]);
const matched = (al: Alignment): ClausePair[] => al.pairs.filter((p) => p.a && p.b);

describe('Thanh Hóa draft (000) ↔ Huế 20/CT-UBND (001)', async () => {
  const thanhHoa = await seed('000_e549b405dcbfb8fc.txt');
  const hue = await seed('001_846d10196a3887a8.txt');
  const al = alignClauses(thanhHoa, hue);

  it('pairs the clauses as a reader does, and leaves Thanh Hóa 4 without a partner', () => {
    expect(al.a).toBe(thanhHoa.id);
    expect(al.b).toBe(hue.id);
    expect(ids(al)).toEqual([
      // Sở, ngành and companies pair up with Ban Chỉ huy BĐBP for kết nghĩa (đỡ đầu).
      ['khoan-1', 'khoan-1'],
      // Communes away from the border kết nghĩa with one BĐBP unit: Thanh Hóa says
      // "trừ các xã vùng đồng bào… khu vực I, II, III", Huế "không thuộc khu vực biên giới".
      ['khoan-2', 'khoan-2'],
      // Border communes work with the BĐBP units on managing the area, Ngày hội Biên phòng toàn dân.
      ['khoan-3', 'khoan-3'],
      // Propaganda by the ethnic-minority and mountain communes (khu vực I, II, III):
      // Huế, a city with no such category, has no counterpart.
      ['khoan-4', null],
      // Sở Tài chính advises on the budget (Thanh Hóa 5, Huế 4).
      ['khoan-5', 'khoan-4'],
      // "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam…" and the mass organisations.
      ['khoan-6', 'khoan-5'],
      // Ban Chỉ huy BĐBP chủ trì: dân vận, disaster relief, incidents at the grassroots.
      ['khoan-7', 'khoan-6'],
    ]);
  });

  it('scores true pairs well above the threshold', () => {
    for (const p of matched(al)) expect(p.score).toBeGreaterThan(0.5);
    expect(al.pairs.find((p) => p.a === 'khoan-5')!.score).toBeGreaterThan(0.7);
  });

  it('keeps Thanh Hóa 4 unmatched on text alone too (no roles)', async () => {
    const plainA = await parseSeed('000_e549b405dcbfb8fc.txt');
    const plainB = await parseSeed('001_846d10196a3887a8.txt');
    expect(ids(alignClauses(plainA, plainB))).toEqual(ids(al));
  });

  it('is symmetric', () => {
    const back = alignClauses(hue, thanhHoa);
    expect(matched(back).map((p) => [p.b, p.a])).toEqual(matched(al).map((p) => [p.a, p.b]));
    expect(back.pairs.filter((p) => !p.a).map((p) => p.b)).toEqual(['khoan-4']);
  });
});

describe('units: the level that carries the content', async () => {
  const ngheAn = await parseSeed('002_9451b88b7c948789.txt');
  const laoCai = await parseSeed('003_38e1e8bed2425cad.txt');
  const nhonHung = await parseSeed('004_1f92b6282767ab84.txt');

  it('opens a bare heading over numbered clauses (Nghệ An "9. Tổ chức thực hiện")', () => {
    expect(alignableUnits(ngheAn.clauses).map((c) => c.label)).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
      '9.1.',
      '9.2.',
      '9.3.',
      '9.4.',
      '9.5.',
      '9.6.',
      '9.7.',
    ]);
  });

  it('keeps a clause whose children are "-" items whole (Lào Cai)', () => {
    expect(alignableUnits(laoCai.clauses).map((c) => c.id)).toEqual(laoCai.clauses.map((c) => c.id));
  });

  it('opens roman sections into their numbered clauses, and those into points when they are bare headings (Nhơn Hưng)', () => {
    expect(alignableUnits(nhonHung.clauses).map((c) => c.id)).toEqual([
      'muc-i', // items only: a unit
      'muc-ii__khoan-1',
      'muc-ii__khoan-2',
      'muc-ii__khoan-3__diem-a',
      'muc-ii__khoan-3__diem-b',
      'muc-ii__khoan-3__diem-c',
      'muc-ii__khoan-3__diem-d',
      'muc-ii__khoan-3__diem-e',
      'muc-iii__khoan-1',
      'muc-iii__khoan-2',
      'muc-iii__khoan-4',
      'muc-iv__khoan-1',
      'muc-iv__khoan-2',
      'muc-iv__khoan-3',
      'muc-iv__khoan-4',
      'muc-iv__khoan-5',
      'muc-iv__khoan-6',
      'muc-v__khoan-1',
      'muc-v__khoan-2',
    ]);
  });

  it('clauseText gives title, text and labelled descendants', () => {
    const text = clauseText(laoCai.clauses[2]!);
    expect(text.split('\n')[0]).toBe('Đảng ủy Quân sự tỉnh');
    expect(text.split('\n')[1]).toMatch(/^- Tăng cường lãnh đạo, chỉ đạo/);
    expect(text.split('\n')).toHaveLength(3);
  });

  it('finds nothing to pair between a directive and the Nhơn Hưng report', async () => {
    const al = alignClauses(await seed('000_e549b405dcbfb8fc.txt'), await seed('004_1f92b6282767ab84.txt'));
    expect(matched(al)).toEqual([]);
    expect(al.pairs).toHaveLength(7 + 19);
  });
});

describe('synthetic fixtures', () => {
  const base = makeDoc('a', TASKS);

  it('matches a document with itself one to one, score 1', () => {
    const al = alignClauses(base, makeDoc('b', TASKS));
    expect(ids(al)).toEqual(TASKS.map((_, i) => [`khoan-${i + 1}`, `khoan-${i + 1}`]));
    for (const p of al.pairs) expect(p.score).toBe(1);
  });

  it('finds the inserted clause and keeps the others paired by content, not number', () => {
    const inserted = 'Sở Tư pháp biên soạn tài liệu phổ biến Luật Biên phòng Việt Nam bằng tiếng dân tộc thiểu số, cấp phát cho các thôn, bản.';
    const al = alignClauses(base, makeDoc('b', [TASKS[0]!, TASKS[1]!, inserted, TASKS[2]!, TASKS[3]!, TASKS[4]!]));
    expect(ids(al)).toEqual([
      ['khoan-1', 'khoan-1'],
      ['khoan-2', 'khoan-2'],
      [null, 'khoan-3'],
      ['khoan-3', 'khoan-4'],
      ['khoan-4', 'khoan-5'],
      ['khoan-5', 'khoan-6'],
    ]);
  });

  it('pairs a lightly edited version despite changed wording', () => {
    const edited = TASKS.map((t) => t.replaceAll('tỉnh', 'thành phố').replace('Nhân dân', 'đồng bào').replace(/;/, ', đồng thời'));
    expect(matched(alignClauses(base, makeDoc('b', edited)))).toHaveLength(5);
  });

  it('shows a clause moved to the front as removed at its old place and added at its new one', () => {
    const moved = makeDoc('b', [TASKS[4]!, TASKS[0]!, TASKS[1]!, TASKS[2]!, TASKS[3]!]);
    expect(ids(alignClauses(base, moved))).toEqual([
      [null, 'khoan-1'],
      ['khoan-1', 'khoan-2'],
      ['khoan-2', 'khoan-3'],
      ['khoan-3', 'khoan-4'],
      ['khoan-4', 'khoan-5'],
      ['khoan-5', null],
    ]);
  });

  it('keeps the longest ordered run when two clauses swap, never a wrong pair', () => {
    const swapped = makeDoc('b', [TASKS[0]!, TASKS[2]!, TASKS[1]!, TASKS[3]!, TASKS[4]!]);
    const al = alignClauses(base, swapped);
    const pairs = matched(al);
    expect(pairs).toHaveLength(4);
    // Every pair joins the same task.
    for (const p of pairs)
      expect(TASKS.indexOf(base.clauses.find((c) => c.id === p.a)!.text)).toBe(TASKS.indexOf(swapped.clauses.find((c) => c.id === p.b)!.text));
    expect(al.pairs.filter((p) => !p.a || !p.b)).toHaveLength(2);
  });

  it('matches nothing in a wholly different document', () => {
    const al = alignClauses(base, makeDoc('b', UNRELATED));
    expect(matched(al)).toEqual([]);
    expect(ids(al)).toEqual([
      ...TASKS.map((_, i): [string, null] => [`khoan-${i + 1}`, null]),
      ...UNRELATED.map((_, i): [null, string] => [null, `khoan-${i + 1}`]),
    ]);
  });

  it('handles empty documents', () => {
    expect(alignClauses(makeDoc('a', []), makeDoc('b', [])).pairs).toEqual([]);
    expect(ids(alignClauses(makeDoc('a', []), makeDoc('b', TASKS.slice(0, 2))))).toEqual([
      [null, 'khoan-1'],
      [null, 'khoan-2'],
    ]);
  });
});

describe('extra signals', () => {
  // Two clauses on one theme in different words: text alone is not enough.
  const x = 'Rà soát, đánh giá kết quả thực hiện phong trào, báo cáo cấp trên theo định kỳ.';
  const y = 'Định kỳ hằng năm tổng hợp kết quả thực hiện phong trào và báo cáo UBND tỉnh.';
  const cite = (clause: string, instrument: string): Citation => ({ instrument, clause, text: '', line: 1, relation: 'thuc-hien' });
  const scoreOf = (a: DocumentModel, b: DocumentModel): number => similarityMatrix(a, b).scores[0]![0]!;

  it('shared cited instruments raise the score, different ones lower it', () => {
    const plain = scoreOf(makeDoc('a', [x]), makeDoc('b', [y]));
    const shared = scoreOf(
      makeDoc('a', [x], { citations: [cite('khoan-1', 'chi-thi-01-ct-ttg')] }),
      makeDoc('b', [y], { citations: [cite('khoan-1', 'chi-thi-01-ct-ttg')] }),
    );
    const different = scoreOf(
      makeDoc('a', [x], { citations: [cite('khoan-1', 'chi-thi-01-ct-ttg')] }),
      makeDoc('b', [y], { citations: [cite('khoan-1', 'nghi-quyet-33-nq-tw')] }),
    );
    expect(shared).toBeGreaterThan(plain);
    expect(different).toBeLessThan(plain);
  });

  it('citations anywhere in the unit subtree count', () => {
    const withChild = (cited: boolean): DocumentModel => {
      const doc = makeDoc('a', [x]);
      doc.clauses[0]!.children.push({ id: 'khoan-1__y-1', kind: 'item', label: '-', title: null, text: 'Theo Chỉ thị số 01/CT-TTg.', line: 2, children: [] });
      if (cited) doc.citations.push(cite('khoan-1__y-1', 'chi-thi-01-ct-ttg'));
      return doc;
    };
    const other = makeDoc('b', [y], { citations: [cite('khoan-1', 'chi-thi-01-ct-ttg')] });
    expect(scoreOf(withChild(true), other)).toBeGreaterThan(scoreOf(withChild(false), other));
  });

  it('shared roles raise the score, disjoint roles lower it', () => {
    const a = makeDoc('a', [x]);
    const b = makeDoc('b', [y]);
    const plain = scoreOf(a, b);
    a.clauses[0]!.roles = ['so-tai-chinh'];
    b.clauses[0]!.roles = ['so-tai-chinh'];
    const shared = scoreOf(a, b);
    b.clauses[0]!.roles = ['cong-an-tinh'];
    expect(shared).toBeGreaterThan(plain);
    expect(scoreOf(a, b)).toBeLessThan(plain);
  });

  it('roles decide between two communes clauses worded alike (Thanh Hóa 2 and 4 against Huế 2)', async () => {
    const thanhHoa = await seed('000_e549b405dcbfb8fc.txt');
    const hue = await seed('001_846d10196a3887a8.txt');
    const { scores } = similarityMatrix(thanhHoa, hue);
    // Thanh Hóa 3 (border communes) vs Huế 3: same role; Thanh Hóa 4 vs Huế 3: "UBND các xã" vs border communes.
    expect(scores[2]![2]!).toBeGreaterThan(2 * scores[3]![2]!);
  });
});

describe('orderedAssignment', () => {
  it('prefers the best ordered set and skips pairs under the threshold', () => {
    expect(
      orderedAssignment(
        [
          [0.9, 0.1],
          [0.2, 0.8],
        ],
        0.35,
      ),
    ).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(
      orderedAssignment(
        [
          [0.2, 0.9],
          [0.8, 0.1],
        ],
        0.35,
      ),
    ).toEqual([[0, 1]]);
    expect(orderedAssignment([[0.3]], 0.35)).toEqual([]);
    expect(orderedAssignment([], 0.35)).toEqual([]);
  });
});
