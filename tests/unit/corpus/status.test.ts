import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/lib/model.ts';
import { findEffect, readEffect } from '../../../src/lib/parse/effect.ts';
import { indexInstruments } from '../../../src/lib/corpus/instruments.ts';
import { effectStatus, laterActs } from '../../../src/lib/corpus/status.ts';
import { incoming, outgoing } from '../../../src/lib/corpus/diagram.ts';
import { implementation, labelsOfPaired } from '../../../src/lib/corpus/implementation.ts';
import { extractCitations } from '../../../src/lib/citations/index.ts';
import { clause, makeDoc } from '../citations/doc.ts';

/**
 * Issue 20, items 1 and 2: is it still in force (its own effect clause, what
 * later documents of the collection say of it), the relations both ways, and
 * which provinces carried an instrument out. Sentences as real texts print them.
 */

describe('the effect clause', () => {
  it('reads the date a document names, or its own date for "kể từ ngày ký"', () => {
    // Thông tư 02/2024/TT-BKHĐT (corpus congbao-text); seed 000, line 35; Luật, corpus web-md.
    expect(readEffect('Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 11 năm 2021.', '2021-09-30')).toEqual({
      from: '2021-11-15',
      text: 'Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 11 năm 2021',
    });
    expect(
      readEffect('Chỉ thị này có hiệu lực kể từ ngày ký và thay thế cho Chỉ thị số 12/CT-UBND ngày 09/8/2024 của Chủ tịch UBND tỉnh.', '2026-07-02')?.from,
    ).toBe('2026-07-02');
    expect(readEffect('Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026, trừ trường hợp quy định tại khoản 2 Điều này.', null)?.from).toBe(
      '2026-01-01',
    );
    expect(readEffect('Nghị quyết này có hiệu lực từ ngày 01/7/2025.', null)?.from).toBe('2025-07-01');
  });

  it('is not a sentence about another text or a later event', () => {
    expect(readEffect('Hồ sơ được tiếp nhận trước ngày Nghị định này có hiệu lực thi hành thì tiếp tục được thực hiện.', null)).toBeNull();
    expect(readEffect('Sau khi Thỏa thuận vay được ký kết và có hiệu lực, Bộ Tài chính mở tài khoản.', null)).toBeNull();
  });

  it('is found in the closing paragraphs, else in a clause (with its id)', () => {
    const c = { ...clause('Quyết định này có hiệu lực thi hành kể từ ngày ký.', 'dieu-3', 40), kind: 'article' as const, label: 'Điều 3.' };
    expect(findEffect([], [c], '2024-01-31')).toEqual({
      from: '2024-01-31',
      text: 'Quyết định này có hiệu lực thi hành kể từ ngày ký',
      clause: 'dieu-3',
      line: 40,
    });
    expect(findEffect([{ text: 'Chỉ thị này có hiệu lực kể từ ngày ký.', line: 35 }], [c], '2026-06-10')).toMatchObject({ clause: null, line: 35 });
  });
});

/** A Thanh Hóa directive with its citations read as the parser reads them. */
function directive(id: string, parts: Partial<DocumentModel>): DocumentModel {
  const doc = makeDoc({ id, ...parts });
  return Object.assign(doc, extractCitations(doc));
}

const old = directive('chi-thi-12-ct-ubnd-2024-thanh-hoa', {
  number: { symbol: '12/CT-UBND', serial: '12', year: null, typeCode: 'CT', issuerCode: 'UBND', system: 'state' },
  date: '2024-08-09',
  effect: { from: '2024-08-09', text: 'Chỉ thị này có hiệu lực kể từ ngày ký', clause: null, line: 30 },
});
const replacing = directive('chi-thi-15-ct-ubnd-2026-thanh-hoa', {
  number: { symbol: '15/CT-UBND', serial: '15', year: null, typeCode: 'CT', issuerCode: 'UBND', system: 'state' },
  date: '2026-07-02',
  closing: ['Chỉ thị này có hiệu lực kể từ ngày ký và thay thế cho Chỉ thị số 12/CT-UBND ngày 09/8/2024 của Chủ tịch UBND tỉnh.'],
  effect: { from: '2026-07-02', text: 'Chỉ thị này có hiệu lực kể từ ngày ký', clause: null, line: 35 },
});
const report = directive('bao-cao-3-bc-ubnd-2026-thanh-hoa', {
  type: { code: 'BC', name: 'Báo cáo' },
  date: '2026-09-01',
  clauses: [clause('Chỉ thị số 12/CT-UBND ngày 09/8/2024 của UBND tỉnh đã được thay thế.')],
});

describe('effect status', () => {
  const docs = [old, replacing, report];
  const instruments = indexInstruments(docs);
  const entry = instruments.get('chi-thi-12-ct-ubnd-thanh-hoa')!;

  it('a document a later one replaces: "bị thay thế", since the later one takes effect, with its words', () => {
    expect(entry.document).toBe(old);
    const status = effectStatus(old, laterActs(entry));
    expect(status).toMatchObject({ state: 'bi-thay-the', since: '2026-07-02', own: old.effect });
    // A report tells of the replacement; only the directive makes it.
    expect(status.acts.map((a) => [a.by.id, a.relation, a.text])).toEqual([['chi-thi-15-ct-ubnd-2026-thanh-hoa', 'thay-the', 'Chỉ thị số 12/CT-UBND']]);
  });

  it('in force from its own effect clause when nothing held ends it; unknown without one; a draft is not in force', () => {
    expect(effectStatus(replacing, [])).toMatchObject({ state: 'con-hieu-luc', since: '2026-07-02' });
    expect(effectStatus(report, [])).toMatchObject({ state: 'chua-ro', unknown: expect.stringContaining('không ghi điều khoản hiệu lực') });
    expect(effectStatus({ ...replacing, draft: true }, [])).toMatchObject({ state: 'chua-ro', unknown: expect.stringContaining('Dự thảo') });
  });

  it('an act cannot come before the text it acts on, and a draft does not act', () => {
    const earlier = { ...replacing, date: '2020-01-01', effect: null };
    const draft = { ...replacing, draft: true };
    expect(laterActs(indexInstruments([old, earlier]).get('chi-thi-12-ct-ubnd-thanh-hoa')!)).toEqual([]);
    expect(laterActs(indexInstruments([old, draft]).get('chi-thi-12-ct-ubnd-thanh-hoa')!)).toEqual([]);
  });

  it('the relations both ways, as the headings of sentences', () => {
    expect(outgoing(replacing, instruments).map((g) => [g.type, g.entries.map((e) => e.instrument.id)])).toEqual([
      ['thay-the', ['chi-thi-12-ct-ubnd-thanh-hoa']],
    ]);
    expect(incoming([entry]).map((g) => [g.type, g.docs.map((d) => d.id)])).toEqual([
      ['thay-the', ['chi-thi-15-ct-ubnd-2026-thanh-hoa']],
      ['dan-chieu', ['bao-cao-3-bc-ubnd-2026-thanh-hoa']],
    ]);
  });
});

describe('implementation of an instrument', () => {
  const province = (name: string, slug: string) => ({ name, slug, source: 'place' as const, evidence: name });
  const carrying = (id: string, p: ReturnType<typeof province>, date: string, type = { code: 'KH', name: 'Kế hoạch' }) =>
    directive(id, { province: p, date, type, clauses: [clause('Triển khai thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ.')] });
  const hue = province('Huế', 'hue');
  const docs = [
    carrying('ke-hoach-2-hue', hue, '2015-05-01'),
    carrying('ke-hoach-1-hue', hue, '2015-03-10'),
    carrying('ke-hoach-lao-cai', province('Lào Cai', 'lao-cai'), '2015-02-20'),
    carrying('bao-cao-hue', hue, '2025-06-01', { code: 'BC', name: 'Báo cáo' }),
  ];
  const entry = indexInstruments(docs).get('chi-thi-01-ct-ttg')!;

  it('per province: the first document, its delay in days, how many, and the reports apart', () => {
    const impl = implementation(entry, () => []);
    expect(impl.acted).toBe(2);
    expect(impl.provinces).toHaveLength(34);
    const h = impl.provinces.find((p) => p.slug === 'hue')!;
    expect(h.documents.map((d) => d.id)).toEqual(['ke-hoach-1-hue', 'ke-hoach-2-hue']);
    expect(h.delay).toBe(60); // 09/01/2015 → 10/03/2015
    expect(h.reports.map((d) => d.id)).toEqual(['bao-cao-hue']);
    expect(h.points).toBeNull(); // the Prime Minister's text is not in the collection
    expect(impl.provinces.find((p) => p.slug === 'ha-noi')!.documents).toEqual([]);
  });

  it('the points taken up are the labels of the instrument clauses that found a counterpart', () => {
    const inst = makeDoc({
      clauses: [
        { ...clause('Tuyên truyền.', 'khoan-1'), label: '1.' },
        { ...clause('Tuần tra.', 'khoan-2'), label: '2.', title: 'Tuần tra' },
      ],
    });
    expect(labelsOfPaired(inst, ['khoan-2', null, 'khoan-9'])).toEqual(['2. Tuần tra']);
  });
});
