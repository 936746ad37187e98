import { describe, expect, it } from 'vitest';
import { documentLevel, timelineOf, type TimelineEntry } from '../../../src/utils/timeline.ts';
import { emptyDocument, type DocumentModel, type Instrument } from '../../../src/lib/model.ts';
import type { InstrumentEntry } from '../../../src/lib/corpus/instruments.ts';

/** The seeds' documents and the instruments they cite, as parsed (dates, authorities, numbers as printed). */
function doc(
  id: string,
  fields: { date?: string | null; year?: number | null; authority?: string; province?: string; symbol?: string; issuerCode?: string; type?: [string, string] },
): DocumentModel {
  const [code, name] = fields.type ?? ['CT', 'Chỉ thị'];
  return {
    ...emptyDocument(id, { file: `${id}.txt`, sha256: '', bytes: 0, encoding: 'utf-8', format: 'text', readAsIs: false }, { code, name }),
    date: fields.date ?? null,
    year: fields.year ?? (fields.date ? Number(fields.date.slice(0, 4)) : null),
    authority: fields.authority ? { name: fields.authority, parent: null, source: 'header' } : null,
    province: fields.province ? { name: fields.province, slug: fields.province, source: 'header', evidence: fields.province } : null,
    number: fields.symbol
      ? { symbol: fields.symbol, serial: fields.symbol.split(/[/-]/)[0]!, year: null, typeCode: code, issuerCode: fields.issuerCode ?? null, system: 'state' }
      : null,
  };
}

function cited(
  id: string,
  kind: string,
  number: string,
  date: string | null,
  issuer: string,
  scope: Instrument['scope'],
  document: DocumentModel | null = null,
): InstrumentEntry {
  return { instrument: { id, kind, number, serial: null, name: null, date, issuer, subject: null, scope }, document, citedBy: [] };
}

const huongDan7210 = doc('huong-dan-7210-hd-bqp-2015', {
  date: '2015-08-13',
  authority: 'Bộ Quốc phòng',
  symbol: '7210/HD-BQP',
  issuerCode: 'BQP',
  type: ['HD', 'Hướng dẫn'],
});
const baoCao35 = doc('bao-cao-35-bc-ubnd-2025-nhon-hung', {
  date: '2025-02-26',
  authority: 'UBND phường Nhơn Hưng',
  province: 'An Giang',
  symbol: '35/BC-UBND',
  issuerCode: 'UBND',
  type: ['BC', 'Báo cáo'],
});
const duThao = doc('chi-thi-ubnd-tinh-thanh-hoa-ket-nghia', {
  year: 2026,
  authority: 'UBND tỉnh Thanh Hóa',
  province: 'Thanh Hóa',
  symbol: '/CT-UBND',
  issuerCode: 'UBND',
});
const chiThi20 = doc('chi-thi-20-ct-ubnd-2026-hue', {
  date: '2026-06-10',
  authority: 'UBND thành phố Huế',
  province: 'Huế',
  symbol: '20/CT-UBND',
  issuerCode: 'UBND',
});
const congVan901 = doc('cong-van-901-cv-tu-2026-lao-cai', {
  date: '2026-04-30',
  authority: 'Tỉnh ủy Lào Cai',
  province: 'Lào Cai',
  symbol: '901-CV/TU',
  issuerCode: 'TU',
  type: ['CV', 'Công văn'],
});
const ngheAn = doc('chi-thi-ban-thuong-vu-tinh-uy-nghe-an', { authority: 'Ban Thường vụ Tỉnh ủy Nghệ An', province: 'Nghệ An' });
const boQuocPhongKhongNgay = doc('chi-thi-khong-ngay', { authority: 'Bộ Quốc phòng' });

const instruments = [
  cited('chi-thi-01-ct-ttg', 'Chỉ thị', '01/CT-TTg', '2015-01-09', 'Thủ tướng Chính phủ', 'central'),
  cited('ke-hoach-587-kh-ubnd-an-giang', 'Kế hoạch', '587/KH-UBND', '2015-12-09', 'Ủy ban nhân dân tỉnh An Giang', 'local'),
  cited('quyet-dinh-37-qd-qutw', 'Quyết định', '37-QĐ/QUTW', '2025-10-14', 'Quân ủy Trung ương', 'central'),
  cited('huong-dan-7210-hd-bqp', 'Hướng dẫn', '7210/HD-BQP', '2015-08-13', 'Bộ Quốc phòng', 'central', huongDan7210),
  cited('luat-bien-phong-viet-nam-khong-ngay', 'Luật', 'x', null, 'Quốc hội', 'central'),
];
const docs = [chiThi20, baoCao35, huongDan7210, duThao, ngheAn, congVan901, boQuocPhongKhongNgay];
const { years, undated } = timelineOf(docs, instruments);
const label = (e: TimelineEntry) => `${e.date} ${e.kind === 'document' ? e.doc.id : e.entry.instrument.number} ${e.level}`;

describe('the timeline', () => {
  it('orders each year by day, documents and cited instruments together (13/08/2015 before 09/12/2015, 26/02/2025 before 14/10/2025)', () => {
    expect(years.map((y) => y.year)).toEqual(['2015', '2025', '2026']);
    expect(years[0]!.entries.map(label)).toEqual([
      '2015-01-09 01/CT-TTg central',
      '2015-08-13 huong-dan-7210-hd-bqp-2015 central',
      '2015-12-09 587/KH-UBND local',
    ]);
    expect(years[1]!.entries.map(label)).toEqual(['2025-02-26 bao-cao-35-bc-ubnd-2025-nhon-hung local', '2025-10-14 37-QĐ/QUTW central']);
  });

  it('puts a document known only by its year after the days of that year', () => {
    expect(years[2]!.entries.map((e) => e.date)).toEqual(['2026-04-30', '2026-06-10', '2026']);
  });

  it('styles a provincial instrument as local, a ministry’s document as central', () => {
    expect(years[0]!.entries.find((e) => e.kind === 'instrument' && e.entry.instrument.number === '587/KH-UBND')!.level).toBe('local');
    expect(years[0]!.entries.find((e) => e.kind === 'document')!.level).toBe('central');
  });

  it('shows an instrument held in the collection once, as its document', () => {
    expect(years[0]!.entries.filter((e) => e.date === '2015-08-13')).toHaveLength(1);
  });

  it('lists undated documents apart instead of dropping them', () => {
    expect(undated.map((d) => d.id)).toEqual(['chi-thi-khong-ngay', 'chi-thi-ban-thuong-vu-tinh-uy-nghe-an']);
    const shown = years.flatMap((y) => y.entries).filter((e) => e.kind === 'document').length + undated.length;
    expect(shown).toBe(docs.length);
  });

  it('caps the documents of a year but keeps its cited instruments and counts what it left out', () => {
    const capped = timelineOf(docs, instruments, 1).years.find((y) => y.year === '2026')!;
    expect(capped.entries.map((e) => e.date)).toEqual(['2026-04-30']);
    expect([capped.documents, capped.hidden]).toEqual([3, 2]);
  });
});

describe('a document’s level', () => {
  it('is central for a central body without a province', () => {
    expect(documentLevel(doc('a', { authority: 'Thủ tướng Chính phủ', symbol: '881/CT-TTg', issuerCode: 'TTg' }))).toBe('central');
    expect(documentLevel(doc('b', { authority: 'Ban Chấp hành Trung ương', symbol: '29-QĐ/TW', issuerCode: 'TW' }))).toBe('central');
  });

  it('falls back on the number’s issuer code when the authority was not read', () => {
    expect(documentLevel(doc('c', { symbol: '106/2021/NĐ-CP', issuerCode: 'CP' }))).toBe('central');
    expect(documentLevel(doc('d', { symbol: '454/UBND-NCTH', issuerCode: 'UBND-NCTH' }))).toBe('local');
  });

  it('is local for a province’s body, even one named like a central department', () => {
    expect(documentLevel(doc('e', { authority: 'Ủy ban nhân dân tỉnh Lạng Sơn', province: 'Lạng Sơn', symbol: '07/KH-UBND', issuerCode: 'UBND' }))).toBe(
      'local',
    );
    expect(documentLevel(doc('f', { authority: 'Cục Thuế tỉnh Lạng Sơn', province: 'Lạng Sơn' }))).toBe('local');
    expect(documentLevel(doc('g', {}))).toBe('local');
  });
});
