import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../../src/lib/compare/align.ts';
import { clauseText } from '../../../src/lib/tree.ts';
import { diffWords, tokenize } from '../../../src/lib/compare/diff.ts';
import type { DiffPart } from '../../../src/lib/compare/diff.ts';
import { assignRoles } from '../../../src/lib/roles/index.ts';
import { allClauses, parseSeed } from '../../helpers/seeds.ts';

const side = (parts: DiffPart[], kind: 'added' | 'removed'): string =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');
const texts = (parts: DiffPart[], kind: DiffPart['kind']): string[] => parts.filter((p) => p.kind === kind).map((p) => p.text.trim());

describe('diffWords on the budget clauses (Thanh Hóa 5 ↔ Huế 4)', async () => {
  const thanhHoa = await parseSeed('000_e549b405dcbfb8fc.txt');
  const hue = await parseSeed('001_846d10196a3887a8.txt');
  assignRoles(thanhHoa.clauses);
  assignRoles(hue.clauses);
  // Found through the alignment, by the body they task, not by number.
  const pair = alignClauses(thanhHoa, hue).pairs.find((p) =>
    allClauses(thanhHoa.clauses)
      .find((c) => c.id === p.a)
      ?.roles?.includes('so-tai-chinh'),
  )!;
  const a = clauseText(allClauses(thanhHoa.clauses).find((c) => c.id === pair.a)!);
  const b = clauseText(allClauses(hue.clauses).find((c) => c.id === pair.b)!);
  const parts = diffWords(a, b);

  it('pairs them', () => {
    expect([pair.a, pair.b]).toEqual(['khoan-5', 'khoan-4']);
    expect(a).toMatch(/^Sở Tài chính phối hợp/);
    expect(b).toMatch(/^Sở Tài chính phối hợp/);
  });

  it('shows what Huế changed in the template', () => {
    expect(texts(parts, 'removed')).toEqual(expect.arrayContaining(['tỉnh', 'nguồn ngân sách địa phương để hỗ trợ']));
    expect(texts(parts, 'added')).toEqual(expect.arrayContaining(['thành phố', 'kinh phí thực hiện', 'liên quan', 'thành phố và']));
  });

  it('keeps the shared wording as is', () => {
    const same = parts.filter((p) => p.kind === 'same').map((p) => p.text);
    expect(same[0]).toBe('Sở Tài chính phối hợp với Ban Chỉ huy Bộ đội Biên phòng');
    expect(same.join('|')).toContain(', trên cơ sở các nhiệm vụ được phân công, căn cứ khả năng cân đối ngân sách, tham mưu UBND ');
    expect(same.at(-1)).toBe(' theo phân cấp ngân sách Nhà nước.');
  });

  it('rebuilds both texts exactly', () => {
    expect(side(parts, 'removed')).toBe(a);
    expect(side(parts, 'added')).toBe(b);
  });

  it('shows "tỉnh" → "thành phố" as one change, removal first', () => {
    const k = parts.findIndex((p) => p.kind === 'removed' && p.text === 'tỉnh');
    expect(parts[k - 1]).toEqual({ kind: 'same', text: expect.stringMatching(/tham mưu UBND $/) });
    expect(parts[k + 1]).toEqual({ kind: 'added', text: 'thành phố' });
    expect(parts[k + 2]).toEqual({ kind: 'same', text: ' bố trí ' });
  });
});

describe('diffWords', () => {
  it('works on syllables, not letters', () => {
    expect(diffWords('Phân đấu mỗi cơ quan', 'Phấn đấu mỗi cơ quan')).toEqual([
      { kind: 'removed', text: 'Phân' },
      { kind: 'added', text: 'Phấn' },
      { kind: 'same', text: ' đấu mỗi cơ quan' },
    ]);
  });

  it('treats decomposed (NFD) input as the same text', () => {
    const nfc = 'Bộ đội Biên phòng tỉnh';
    expect(diffWords(nfc.normalize('NFD'), nfc)).toEqual([{ kind: 'same', text: nfc }]);
  });

  it('keeps spaces and punctuation between two changes inside the change, and the space after it outside', () => {
    expect(diffWords('các sở, ngành, đơn vị', 'các cơ quan thuộc đơn vị')).toEqual([
      { kind: 'same', text: 'các ' },
      { kind: 'removed', text: 'sở, ngành,' },
      { kind: 'added', text: 'cơ quan thuộc' },
      { kind: 'same', text: ' đơn vị' },
    ]);
  });

  it('folds a lone kept syllable between two long changes into the change', () => {
    const parts = diffWords(
      'an ninh; chủ động tổ chức các hoạt động thiết thực hướng về biên giới, biển, đảo',
      'an ninh của địa phương; huy động các nguồn lực xã hội, vận động Nhân dân',
    );
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text.trim())).not.toContain('động');
  });

  it('handles empty sides', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'Sở Y tế')).toEqual([{ kind: 'added', text: 'Sở Y tế' }]);
    expect(diffWords('Sở Y tế', '')).toEqual([{ kind: 'removed', text: 'Sở Y tế' }]);
  });

  it('tokenizes into syllables, spaces and single punctuation marks', () => {
    expect(tokenize('Bộ đội Biên phòng (BĐBP), 03/3.')).toEqual([
      'Bộ',
      ' ',
      'đội',
      ' ',
      'Biên',
      ' ',
      'phòng',
      ' ',
      '(',
      'BĐBP',
      ')',
      ',',
      ' ',
      '03',
      '/',
      '3',
      '.',
    ]);
  });

  // Texts built from clause vocabulary, so that the two sides share a lot, as template twins do.
  const vocabulary = ['Sở', 'Tài', 'chính', 'tỉnh', 'thành', 'phố', 'các', 'xã', 'phường', 'biên', 'giới', 'Bộ', 'đội', 'Biên', 'phòng', '01', 'đỡ', 'đầu'];
  const glue = [' ', ' ', ' ', ', ', '; ', '. ', ' - ', '\n', '  ', '(', ')', '“', '”', '/'];
  const clauseLike = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...glue)), { maxLength: 60 }).map((xs) => xs.join(''));

  it('same + removed = a and same + added = b (clause-like texts)', () => {
    fc.assert(
      fc.property(clauseLike, clauseLike, (a, b) => {
        const parts = diffWords(a, b);
        return side(parts, 'removed') === a && side(parts, 'added') === b;
      }),
      { numRuns: 500 },
    );
  });

  it('same + removed = a and same + added = b (any NFC text)', () => {
    const nfc = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.normalize('NFC'));
    fc.assert(
      fc.property(nfc, nfc, (a, b) => {
        const parts = diffWords(a, b);
        return side(parts, 'removed') === a && side(parts, 'added') === b;
      }),
      { numRuns: 500 },
    );
  });

  it('never returns empty or adjacent parts of one kind, and puts removals before additions', () => {
    fc.assert(
      fc.property(clauseLike, clauseLike, (a, b) => {
        const parts = diffWords(a, b);
        return parts.every((p, i) => {
          const next = parts[i + 1];
          return p.text !== '' && (!next || (next.kind !== p.kind && !(p.kind === 'added' && next.kind === 'removed')));
        });
      }),
      { numRuns: 300 },
    );
  });
});
