import { describe, expect, it } from 'vitest';
import { qualityOverview } from '../../../src/utils/quality.ts';
import { emptyDocument, type DocumentModel, type QualityIssue } from '../../../src/lib/model.ts';

const issue = (level: QualityIssue['level'], code: string): QualityIssue => ({ level, code, message: `${code} message`, line: null, action: 'giữ nguyên' });
const doc = (file: string, issues: QualityIssue[]): DocumentModel => ({
  ...emptyDocument(
    file.replace('.txt', ''),
    { file, sha256: '', bytes: 0, encoding: 'utf-8', format: 'text' as const, readAsIs: false },
    { code: 'CT', name: 'Chỉ thị' },
  ),
  issues,
});

describe('the data-quality overview', () => {
  const docs = [
    doc('c.txt', [issue('warning', 'ocr-variant'), issue('warning', 'ocr-variant'), issue('info', 'nfd')]),
    doc('a.txt', [issue('error', 'empty'), issue('warning', 'no-date')]),
    doc('b.txt', []),
    ...Array.from({ length: 5 }, (_, i) => doc(`w${i}.txt`, [issue('warning', 'no-date')])),
    doc('i.txt', [issue('info', 'nfd')]),
  ];
  const o = qualityOverview(docs, 3);

  it('counts issues by level, and the files with none', () => {
    expect(o.totals).toEqual({ error: 1, warning: 8, info: 2 });
    expect(o.clean).toBe(1);
  });

  it('counts each kind of issue once per file, errors first, then the commonest', () => {
    expect(o.kinds.map((k) => [k.code, k.files])).toEqual([
      ['empty', 1],
      ['no-date', 6],
      ['ocr-variant', 1],
      ['nfd', 2],
    ]);
    expect(o.kinds[1]!.example.message).toBe('no-date message');
  });

  it('groups files by their most severe issue, every error shown, the others up to the limit, in file order', () => {
    expect(o.groups.map((g) => [g.level, g.total, g.shown.map((d) => d.source.file)])).toEqual([
      ['error', 1, ['a.txt']],
      ['warning', 6, ['c.txt', 'w0.txt', 'w1.txt']],
      ['info', 1, ['i.txt']],
    ]);
  });
});
