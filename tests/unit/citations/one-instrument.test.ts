import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../../src/lib/citations/index.ts';
import { casedSymbol, signsWith } from '../../../src/lib/citations/issuers.ts';
import { indexInstruments, sameInstruments } from '../../../src/lib/corpus/instruments.ts';
import type { DocumentModel } from '../../../src/lib/model.ts';
import { parseSeed } from '../../helpers/seeds.ts';
import { clause, makeDoc } from './doc.ts';

/** A document of the corpus as ingest leaves it: its citations found. */
const cited = (parts: Partial<DocumentModel>): DocumentModel => {
  const doc = makeDoc(parts);
  return Object.assign(doc, extractCitations(doc));
};

describe('one instrument, one page (issue 20, item 6)', () => {
  // Seed 004 line 43 and seed 101 line 16: the same decision of 1989, named two ways.
  const byName = () =>
    cited({
      id: 'bao-cao-nhon-hung',
      clauses: [
        clause(
          'Đảng ủy, UBND phường tập trung lãnh, chỉ đạo các ngành phối hợp với Đoàn Biên phòng Nhơn Hưng quán triệt, triển khai thực hiện Quyết định số 16 của Hội đồng Bộ trưởng (nay là Chính phủ) về việc tổ chức “Ngày Biên phòng toàn dân” trên phạm vi cả nước; Chỉ thị số 205/TTg.',
        ),
      ],
    });
  const bySymbol = () =>
    cited({
      id: 'chi-thi-881',
      preamble: [
        'Ngày 22 tháng 02 năm 1989, Hội đồng Bộ trưởng(nay là Chính phủ) đã ban hành Quyết định số 16/HĐBT lấy ngày 03 tháng 3 hàngnăm là "Ngày Biên phòng".',
      ],
    });

  it('"Quyết định số 16 của Hội đồng Bộ trưởng" is 16/HĐBT: one entry, the subject from one text, the number from the other', () => {
    const docs = [byName(), bySymbol()];
    expect(docs[0]!.instruments.map((i) => i.id)).toContain('quyet-dinh-16-hoi-dong-bo-truong');
    const index = indexInstruments(docs);
    expect(index.has('quyet-dinh-16-hoi-dong-bo-truong')).toBe(false);
    const entry = index.get('quyet-dinh-16-hdbt')!;
    expect(entry.instrument).toMatchObject({
      number: '16/HĐBT',
      issuer: 'Hội đồng Bộ trưởng',
      subject: 'về việc tổ chức “Ngày Biên phòng toàn dân” trên phạm vi cả nước',
    });
    expect(entry.citedBy.map((c) => c.doc.id)).toEqual(['bao-cao-nhon-hung', 'chi-thi-881']);
    // The citing text's links and relations name the one page too.
    expect(docs[0]!.citations.find((c) => c.text === 'Quyết định số 16')!.instrument).toBe('quyet-dinh-16-hdbt');
    expect(docs[0]!.relations.map((r) => r.instrument)).toContain('quyet-dinh-16-hdbt');
    // Once is enough: indexing again changes nothing.
    expect([...indexInstruments(docs).keys()]).toEqual([...index.keys()]);
  });

  it('keeps a bare serial apart when its issuer is not the code, the year differs, or two numbers fit', () => {
    const record = { kind: 'Quyết định', serial: '16', name: null, subject: null, scope: 'central' as const };
    const bare = { ...record, id: 'quyet-dinh-16-thu-tuong-chinh-phu', number: null, date: '2015', issuer: 'Thủ tướng Chính phủ' };
    expect(sameInstruments([bare, { ...record, id: 'quyet-dinh-16-hdbt', number: '16/HĐBT', date: null, issuer: null }]).size).toBe(0);
    expect(sameInstruments([bare, { ...record, id: 'quyet-dinh-16-2013-qd-ttg', number: '16/2013/QĐ-TTg', date: null, issuer: null }]).size).toBe(0);
    const two = [
      bare,
      { ...record, id: 'quyet-dinh-16-qd-ttg', number: '16/QĐ-TTg', date: '2015-01-05', issuer: null },
      { ...record, id: 'quyet-dinh-16-2015-qd-ttg', number: '16/2015/QĐ-TTg', date: null, issuer: null },
    ];
    expect(sameInstruments(two).size).toBe(0);
    expect(sameInstruments(two.slice(0, 2))).toEqual(new Map([['quyet-dinh-16-thu-tuong-chinh-phu', 'quyet-dinh-16-qd-ttg']]));
  });

  it('an issuer named in words signs with its code: initials or the glossary', () => {
    expect(signsWith('Hội đồng Bộ trưởng', 'HĐBT')).toBe(true);
    expect(signsWith('Thủ tướng Chính phủ', 'TTg')).toBe(true);
    expect(signsWith('Chính phủ', 'CP')).toBe(true);
    expect(signsWith('Bộ Quốc phòng', 'TTg')).toBe(false);
  });

  it('"01/CT-TTG" in a title set in capitals is shown as 01/CT-TTg (Hướng dẫn 7210/HD-BQP, seed 105)', async () => {
    expect(casedSymbol('01/CT-TTG')).toBe('01/CT-TTg');
    expect(casedSymbol('33-NQ/TW')).toBe('33-NQ/TW');
    expect(casedSymbol('01/CT-TTg')).toBe('01/CT-TTg');
    const doc = await parseSeed('105_huong-dan-7210-hd-bqp-2015.txt');
    expect(doc.instruments.find((i) => i.id === 'chi-thi-01-ct-ttg')!.number).toBe('01/CT-TTg');
  });
});
