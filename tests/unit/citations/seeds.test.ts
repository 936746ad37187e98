import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../src/lib/citations/index.ts';
import type { DocumentModel, Instrument } from '../../../src/lib/model.ts';
import { allClauses, parseSeed, seedFiles } from '../../helpers/seeds.ts';

/**
 * The five seeds, cited instruments checked by hand against the texts: every
 * instrument each one cites, and nothing else.
 */

const cite = async (file: string) => {
  const doc = await parseSeed(file);
  return { doc, ...extractCitations(doc) };
};
const get = (instruments: Instrument[], id: string): Instrument => {
  const found = instruments.find((i) => i.id === id);
  if (!found) throw new Error(`no instrument ${id} in ${instruments.map((i) => i.id).join(', ')}`);
  return found;
};
const relationsOf = (r: { relations: Array<{ type: string; instrument: string }> }, id: string) =>
  r.relations.filter((x) => x.instrument === id).map((x) => x.type);

describe('Thanh Hóa draft directive (000)', async () => {
  const r = await cite('000_e549b405dcbfb8fc.txt');
  it('cites seven instruments', () => {
    expect(r.instruments.map((i) => i.id)).toEqual([
      'chi-thi-12-ct-ubnd-thanh-hoa',
      'luat-bien-gioi-quoc-gia',
      'luat-bien-phong-viet-nam',
      'nghi-quyet-33-nq-tw',
      'ket-luan-99-kl-tw',
      'ke-hoach-204-kh-ubnd-thanh-hoa',
      'chi-thi-01-ct-ttg',
    ]);
  });
  it('replaces its own Chỉ thị 12/CT-UBND of 09/8/2024, a local one', () => {
    expect(get(r.instruments, 'chi-thi-12-ct-ubnd-thanh-hoa')).toMatchObject({
      number: '12/CT-UBND',
      date: '2024-08-09',
      issuer: 'Chủ tịch UBND tỉnh',
      scope: 'local',
    });
    expect(relationsOf(r, 'chi-thi-12-ct-ubnd-thanh-hoa')).toEqual(['thay-the']);
  });
  it('carries out 33-NQ/TW, 99-KL/TW and 01/CT-TTg', () => {
    expect(get(r.instruments, 'nghi-quyet-33-nq-tw')).toMatchObject({
      date: '2018-09-28',
      issuer: 'Bộ Chính trị',
      subject: 'về Chiến lược bảo vệ biên giới quốc gia',
    });
    expect(get(r.instruments, 'ket-luan-99-kl-tw')).toMatchObject({ date: '2024-10-17', issuer: 'Bộ Chính trị' });
    expect(get(r.instruments, 'chi-thi-01-ct-ttg')).toMatchObject({ number: '01/CT-TTg', date: '2015-01-09', issuer: 'Thủ tướng Chính phủ', scope: 'central' });
    expect(get(r.instruments, 'ke-hoach-204-kh-ubnd-thanh-hoa')).toMatchObject({ date: '2020-09-24', issuer: 'UBND tỉnh', scope: 'local' });
    for (const id of ['nghi-quyet-33-nq-tw', 'ket-luan-99-kl-tw', 'chi-thi-01-ct-ttg']) expect(relationsOf(r, id)).toEqual(['thuc-hien']);
  });
  it('finds the laws in the preamble and in clause 4', () => {
    expect(r.citations.filter((c) => c.instrument === 'luat-bien-phong-viet-nam').map((c) => [c.clause, c.line])).toEqual([
      [null, 15],
      ['khoan-4', 27],
    ]);
  });
});

describe('Huế directive 20/CT-UBND (001)', async () => {
  const r = await cite('001_846d10196a3887a8.txt');
  it('cites the two laws, 33-NQ/TW and 99-KL/TW, and not Chỉ thị 01/CT-TTg', () => {
    expect(r.instruments.map((i) => i.id)).toEqual(['luat-bien-gioi-quoc-gia', 'luat-bien-phong-viet-nam', 'nghi-quyet-33-nq-tw', 'ket-luan-99-kl-tw']);
    expect(r.relations.every((x) => x.type === 'thuc-hien')).toBe(true);
  });
});

describe('Nghệ An Standing Committee directive (002)', async () => {
  const r = await cite('002_9451b88b7c948789.txt');
  it('cites two laws, 01/CT-TTg and three defence instruments', () => {
    expect(r.instruments.map((i) => i.id)).toEqual([
      'luat-thuy-san',
      'luat-bien-phong-viet-nam',
      'chi-thi-01-ct-ttg',
      'quyet-dinh-946-qd-bqp',
      'quyet-dinh-37-qd-qutw',
      'thong-tu-19-tt-bqp',
    ]);
  });
  it('finds 01/CT-TTg in 9.3 despite the comma before its date', () => {
    expect(r.citations.find((c) => c.instrument === 'chi-thi-01-ct-ttg')).toMatchObject({ clause: 'khoan-9__khoan-9-3', line: 51, relation: 'thuc-hien' });
    expect(get(r.instruments, 'chi-thi-01-ct-ttg').date).toBe('2015-01-09');
  });
  it('shows "Thông Tư" as the kind "Thông tư" and keeps the printed words as the link', () => {
    expect(get(r.instruments, 'thong-tu-19-tt-bqp')).toMatchObject({ kind: 'Thông tư', number: '19/TT-BQP', issuer: 'Bộ Quốc phòng' });
    expect(r.citations.map((c) => c.text)).toContain('Thông Tư số 19/TT-BQP');
  });
});

describe('Lào Cai Party công văn 901-CV/TU (003)', async () => {
  const r = await cite('003_38e1e8bed2425cad.txt');
  it('cites 01/CT-TTg, from its subject on, and Công văn 2085/BĐBP-CT', () => {
    expect(r.instruments.map((i) => i.id)).toEqual(['chi-thi-01-ct-ttg', 'cong-van-2085-bdbp-ct']);
    expect(r.citations[0]).toEqual({ instrument: 'chi-thi-01-ct-ttg', clause: null, text: 'Chỉ thị số 01/CT-TTg', line: 9, relation: 'thuc-hien' });
    expect(r.citations.filter((c) => c.instrument === 'chi-thi-01-ct-ttg')).toHaveLength(5);
  });
  it('the công văn of the Border Guard is sent along and carried out', () => {
    expect(get(r.instruments, 'cong-van-2085-bdbp-ct')).toMatchObject({ date: '2026-04-20', issuer: 'Bộ Tư lệnh Bộ đội Biên phòng', scope: 'central' });
    expect(relationsOf(r, 'cong-van-2085-bdbp-ct')).toEqual(['gui-kem', 'thuc-hien']);
    expect(relationsOf(r, 'chi-thi-01-ct-ttg')).toEqual(['thuc-hien']);
  });
});

describe('Nhơn Hưng report 35/BC-UBND (004)', async () => {
  const r = await cite('004_1f92b6282767ab84.txt');
  it('cites fourteen instruments', () => {
    expect(r.instruments.map((i) => i.id)).toEqual([
      'chi-thi-01-ct-ttg',
      'ke-hoach-587-kh-ubnd-an-giang',
      'ke-hoach-4042-kh-ubnd-tinh-bien-an-giang',
      'ke-hoach-564-kh-ubnd-tinh-bien-an-giang',
      'quyet-dinh-16-hoi-dong-bo-truong',
      'chi-thi-205-ttg',
      'chi-thi-394-ttg',
      'chi-thi-15-cp-ttg',
      'chi-thi-13-2003-ct-ttg',
      'chi-thi-02-ct-ub-an-giang',
      'nghi-dinh-03-2019-nd-cp',
      'cong-van-338-cv-ubnd-an-giang',
      'ket-luan-68-kl-tw',
      'huong-dan-31-hd-btctw',
    ]);
  });
  it('resolves every "Chỉ thị số 01" and "Chỉ thị 01" to 01/CT-TTg', () => {
    const short = r.citations.filter((c) => /^Chỉ thị (số )?01$/.test(c.text));
    expect(short.length).toBeGreaterThanOrEqual(20);
    expect(new Set(short.map((c) => c.instrument))).toEqual(new Set(['chi-thi-01-ct-ttg']));
    expect(r.citations.filter((c) => c.instrument === 'chi-thi-01-ct-ttg')).toHaveLength(short.length + 2);
  });
  it('reports on 01/CT-TTg, on the basis of it and the plans', () => {
    expect(relationsOf(r, 'chi-thi-01-ct-ttg')).toEqual(['bao-cao', 'can-cu', 'thuc-hien']);
    for (const id of ['ke-hoach-587-kh-ubnd-an-giang', 'ke-hoach-4042-kh-ubnd-tinh-bien-an-giang', 'ke-hoach-564-kh-ubnd-tinh-bien-an-giang']) {
      expect(relationsOf(r, id)[0]).toBe('can-cu');
    }
  });
  it('merges "Kế hoạch số 587/KH" into 587/KH-UBND of An Giang', () => {
    expect(get(r.instruments, 'ke-hoach-587-kh-ubnd-an-giang')).toMatchObject({
      number: '587/KH-UBND',
      date: '2015-12-09',
      issuer: 'Ủy ban nhân dân tỉnh An Giang',
      subject: 'về thực hiện Chỉ thị số 01',
      scope: 'local',
    });
    expect(r.citations.filter((c) => c.instrument === 'ke-hoach-587-kh-ubnd-an-giang').map((c) => c.text)).toEqual([
      'Kế hoạch số 587/KH-UBND',
      'Kế hoạch số 587/KH',
      'Kế hoạch số 587/KH-UBND',
      'Kế hoạch số 587/KH-UBND',
    ]);
  });
  it('keeps old numbers and a bare serial with its issuer', () => {
    expect(get(r.instruments, 'quyet-dinh-16-hoi-dong-bo-truong')).toMatchObject({
      number: null,
      serial: '16',
      issuer: 'Hội đồng Bộ trưởng',
      scope: 'central',
    });
    expect(get(r.instruments, 'chi-thi-15-cp-ttg')).toMatchObject({ number: '15/CP-TTg', scope: 'central' });
    expect(get(r.instruments, 'ket-luan-68-kl-tw').issuer).toBe('Ban Bí thư Trung ương Đảng');
    expect(get(r.instruments, 'huong-dan-31-hd-btctw').issuer).toBe('Ban Tổ chức Trung ương');
    expect(get(r.instruments, 'cong-van-338-cv-ubnd-an-giang')).toMatchObject({ date: '2014-04-11', issuer: 'UBND tỉnh' });
  });
});

/** The strings a citation may come from, by clause id (null: outside the clauses). */
function stringsOf(doc: DocumentModel): Map<string | null, string[]> {
  const map = new Map<string | null, string[]>();
  const add = (key: string | null, ...s: string[]) => map.set(key, [...(map.get(key) ?? []), ...s]);
  add(null, doc.subject ?? '', ...doc.preamble, ...doc.closing);
  add(null, ...doc.preambleTables.flatMap((t) => [t.header, ...t.rows].flat()));
  for (const a of doc.annexes) add(null, a.title, ...a.subtitle, ...a.paragraphs, ...a.tables.flatMap((t) => [t.header, ...t.rows].flat()));
  for (const c of allClauses(doc.clauses)) add(c.id, c.title ?? '', c.text, ...(c.table ? [c.table.header, ...c.table.rows].flat() : []));
  return map;
}

describe.each(seedFiles())('every seed: %s', async (file) => {
  const r = await cite(file);
  it('prints each citation exactly as found, in its clause', () => {
    const strings = stringsOf(r.doc);
    for (const c of r.citations)
      expect(
        strings.get(c.clause)?.some((s) => s.includes(c.text)),
        c.text,
      ).toBe(true);
  });
  it('lists each instrument once, every citation and relation pointing to one', () => {
    const ids = r.instruments.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of r.citations) expect(ids).toContain(c.instrument);
    for (const x of r.relations) expect(ids).toContain(x.instrument);
    for (const i of r.instruments) expect(r.citations.some((c) => c.instrument === i.id)).toBe(true);
  });
  it('lists relations once, never "dẫn chiếu"', () => {
    const keys = r.relations.map((x) => `${x.type}|${x.instrument}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(r.relations.some((x) => x.type === 'dan-chieu')).toBe(false);
  });
  it('gives ISO dates and ids safe in a URL', () => {
    for (const i of r.instruments) {
      expect(i.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (i.date) expect(i.date).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
  });
});
