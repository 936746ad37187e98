import { describe, expect, it } from 'vitest';
import { neutralizeControls, printable, withoutBidi } from '../../../src/lib/text/controls.ts';
import { renderMdx } from '../../../src/lib/ingest/index.ts';
import { scratchIngest } from '../../helpers/scratch.ts';

/**
 * Issue 22, item 5: NUL and other C0/C1 controls separate words and never reach
 * a page as characters; bidi controls are dropped from titles and metadata and
 * shown inert in the body; each kind is a quality note with its line.
 */
const ingestText = scratchIngest('bp-controls-');

describe('neutralizeControls', () => {
  it('turns C0/C1 controls into spaces and bidi controls into their visible form, keeping lines', () => {
    const r = neutralizeControls('biên\u0000phòng\nxã\u0085biên giới\n\u202Egpj.exe\u202C\ttab\fpage');
    expect(r.text).toBe('biên phòng\nxã biên giới\n⟨U+202E⟩gpj.exe⟨U+202C⟩\ttab\fpage');
    expect(r.controlLines).toEqual([1, 2]);
    expect(r.bidiLines).toEqual([3]);
    expect(r.controlChars).toEqual(['U+0000', 'U+0085']);
    expect(r.bidiChars).toEqual(['U+202C', 'U+202E']);
  });

  it('leaves ordinary text as it is (the same string)', () => {
    const s = 'Ủy ban nhân dân\ttỉnh\nĐồn Biên phòng';
    expect(neutralizeControls(s).text).toBe(s);
  });

  it('withoutBidi and printable', () => {
    expect(withoutBidi('Về \u202Eviệc⟨U+2066⟩ biên phòng')).toBe('Về việc biên phòng');
    expect(printable('a\nb\u202E\u0000.txt')).toBe('a\\nb\\u202e\\u0000.txt');
  });
});

describe('a document with control characters', () => {
  it('NUL separates the words it sat between; the note names the line', async () => {
    const doc = await ingestText('nul.txt', 'CHỈ THỊ\nVề công tác biên phòng\n1. Các xã biên\u0000giới tăng cường tuần tra.\n');
    expect(doc.clauses[0]!.text).toContain('biên giới');
    expect(JSON.stringify(doc)).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/);
    expect(doc.issues.find((i) => i.code === 'control-chars')).toMatchObject({ level: 'warning', line: 3 });
  });

  it('a right-to-left override is not in the title or the metadata, and is shown inert in the body', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 5/CT-UBND\nLào Cai, ngày 3 tháng 4 năm 2026\nCHỈ THỊ\nVề \u202Etăng cường\u202C biên phòng\n1. Đọc tệp \u202Egpj.exe ngay.\n';
    const doc = await ingestText('rlo.txt', text);
    const plain = await ingestText('khong-rlo.txt', text.replace(/[\u202C\u202E]/g, ''));
    expect(doc.subject).toBe(plain.subject);
    expect(JSON.stringify([doc.subject, doc.place, doc.authority, doc.signer, doc.number])).not.toMatch(/[\u202A-\u202E\u2066-\u2069]|⟨U\+/);
    expect(doc.clauses[0]!.text).toContain('⟨U+202E⟩gpj.exe');
    expect(renderMdx(doc)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(doc.issues.find((i) => i.code === 'bidi-chars')).toMatchObject({ level: 'warning', line: 6 });
  });
});
