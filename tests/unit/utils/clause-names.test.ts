import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../src/lib/model.ts';
import { clauseName } from '../../../src/utils/clauses.ts';
import { emptyDocument } from '../../helpers/model.ts';
import { parseSeed } from '../../helpers/seeds.ts';

const unit = (id: string, kind: Clause['kind'], label: string, children: Clause[] = [], text = ''): Clause => ({
  id,
  kind,
  label,
  title: null,
  text,
  line: 1,
  children,
});

describe('khoản, điểm, mục as the texts name them (issue 20, item 9)', () => {
  it('a report’s roman sections (Báo cáo 35/BC-UBND Nhơn Hưng, seed 004): khoản under mục, the smallest first', async () => {
    const doc = await parseSeed('004_1f92b6282767ab84.txt');
    expect(clauseName(doc, 'muc-ii__khoan-3__diem-b')).toBe('điểm b khoản 3 mục II');
    expect(clauseName(doc, 'muc-ii__khoan-2__y-1')).toBe('khoản 2 mục II');
    expect(clauseName(doc, 'muc-i')).toBe('mục I');
  });

  it('an article holds its khoản and điểm, without its chapter (Nghị định 106/2021/NĐ-CP, seed 103)', async () => {
    const doc = await parseSeed('103_nghi-dinh-106-2021-nd-cp.txt');
    expect(clauseName(doc, 'chuong-ii__dieu-3__khoan-1__diem-a')).toBe('điểm a khoản 1 Điều 3');
    expect(clauseName(doc, 'chuong-ii')).toBe('Chương II');
  });

  it('"1.1-" under "1-" is an điểm, its own a) a tiết (Quy định 29-QĐ/TW, seed 108)', async () => {
    const doc = await parseSeed('108_quy-dinh-29-qd-tw-2016.html');
    expect(clauseName(doc, 'khoan-1__khoan-1-1')).toBe('điểm 1.1');
    expect(clauseName(doc, 'khoan-1__khoan-1-1__diem-a')).toBe('tiết a điểm 1.1');
  });

  it('the word the text itself uses: "tại Phần III Kế hoạch này" (Kế hoạch 556/KH-UBND Đồng Tháp), "điểm 1 Phần II"', () => {
    const plan = emptyDocument({
      clauses: [
        unit('muc-i', 'section', 'I.', [], 'Triển khai thực hiện các nhiệm vụ và giải pháp tại Phần III Kế hoạch này; nội dung tại điểm 1 Phần II.'),
        unit('muc-ii', 'section', 'II.', [unit('muc-ii__khoan-1', 'clause', '1.', [unit('muc-ii__khoan-1__y-1', 'item', '-')])]),
      ],
    });
    expect(clauseName(plan, 'muc-ii__khoan-1__y-1')).toBe('điểm 1 phần II');
    expect(clauseName(plan, 'muc-i')).toBe('phần I');
    // Without such words, a number under a roman section is a khoản, and "Mục 1" keeps its own word.
    const plain = emptyDocument({ clauses: [unit('muc-1', 'section', 'Mục 1', [unit('muc-1__khoan-2', 'clause', '2.')])] });
    expect(clauseName(plain, 'muc-1__khoan-2')).toBe('khoản 2 Mục 1');
    expect(clauseName(plain, 'doan-1')).toBe('đoạn');
  });
});
