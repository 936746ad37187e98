import { describe, expect, it } from 'vitest';
import { inferLocality, type LocalityInput } from '../../../src/lib/parse/locality.ts';
import { parseSymbol } from '../../../src/lib/vocabulary/doc-number.ts';
import type { QualityIssue } from '../../../src/lib/model.ts';

/** Central bodies have no province; local ones keep theirs (headers of tests/fixtures/real/). */

const input = (parts: Partial<LocalityInput>): LocalityInput => ({
  authorities: [],
  typeIssuer: null,
  number: null,
  place: null,
  recipients: [],
  addressees: [],
  fullText: '',
  ...parts,
});

function infer(parts: Partial<LocalityInput>) {
  const issues: QualityIssue[] = [];
  return { ...inferLocality(input(parts), issues), codes: issues.map((i) => i.code) };
}

describe('central bodies', () => {
  it('"THỦ TƯỚNG CHÍNH PHỦ" signed in Hà Nội is not a Hà Nội document (real 01)', () => {
    const r = infer({ authorities: ['THỦ TƯỚNG CHÍNH PHỦ'], number: parseSymbol('881/CT-TTg'), place: 'Hà Nội' });
    expect(r.authority).toEqual({ name: 'Thủ tướng Chính phủ', parent: null, source: 'header' });
    expect([r.province, r.locality, r.codes]).toEqual([null, null, ['central-authority']]);
  });

  it('without the header cell, from the number: "45/2013/QĐ-TTg" (real 02)', () => {
    const r = infer({ number: parseSymbol('45/2013/QĐ-TTg'), place: 'Hà Nội' });
    expect(r.authority).toEqual({ name: 'Thủ tướng Chính phủ', parent: null, source: 'number' });
    expect(r.province).toBeNull();
  });

  it('a ministry, the Party Central Committee (real 04, real 08)', () => {
    expect(infer({ authorities: ['BỘ QUỐC PHÒNG'] }).codes).toEqual(['central-authority']);
    expect(infer({ authorities: ['BAN CHẤP HÀNH TRUNG ƯƠNG'], number: parseSymbol('29-QĐ/TW') }).authority?.name).toBe('Ban Chấp hành Trung ương');
  });
});

describe('local bodies keep their province', () => {
  it('"ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" (real 06)', () => {
    const r = infer({ authorities: ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'], number: parseSymbol('07/KH-UBND'), place: 'Lạng Sơn' });
    expect(r.authority).toEqual({ name: 'Ủy ban nhân dân tỉnh Lạng Sơn', parent: null, source: 'header' });
    expect(r.province).toMatchObject({ name: 'Lạng Sơn', source: 'authority' });
    expect(r.codes).toEqual([]);
  });

  it('a provincial command named "BỘ …" with its province is not a ministry', () => {
    const r = infer({ authorities: ['BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH CAO BẰNG'] });
    expect(r.province?.name).toBe('Cao Bằng');
    expect(r.codes).toEqual([]);
  });
});
