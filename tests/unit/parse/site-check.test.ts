import { describe, expect, it } from 'vitest';
import { siteInfoNotes } from '../../../src/lib/parse/site-check.ts';
import { parseSymbol } from '../../../src/lib/vocabulary/doc-number.ts';

/** A legal site's information table held against the document (web-page/web-page_9a53c71ee9f5781f.md). */
describe('the site’s information table, as evidence', () => {
  const type = { code: 'CV', name: 'Công văn' };
  it('names a difference with the document, keeping the document’s value', () => {
    const notes = siteInfoNotes({
      number: parseSymbol('3799/CHQ-GSQL'),
      type,
      date: '2025-11-25',
      siteInfo: { 'Số hiệu': '37999/CHQ-GSQL', 'Ngày ban hành': '25/11/2025' },
    });
    expect(notes).toEqual([expect.objectContaining({ level: 'warning', code: 'site-info-differs', message: expect.stringContaining('"3799/CHQ-GSQL"') })]);
  });
  it('only names what the document does not print (web-page/web-page_2d737276bf416017.md has no header)', () => {
    const notes = siteInfoNotes({
      number: null,
      type: { code: 'VB', name: 'Văn bản' },
      date: null,
      siteInfo: { 'Số hiệu': '17809/BTC-CTK', 'Loại văn bản': 'Công văn', 'Ngày ban hành': 'Đã biết' },
    });
    expect(notes).toEqual([expect.objectContaining({ level: 'info', code: 'site-info-only' })]);
    expect(notes[0]!.message).toContain('17809/BTC-CTK');
  });
  it('says nothing when they agree, or when the site knows nothing', () => {
    expect(
      siteInfoNotes({
        number: parseSymbol('5348/CT-CS'),
        type,
        date: '2025-11-20',
        siteInfo: { 'Số hiệu': '5348/CT-CS', 'Loại văn bản': 'Công văn', 'Ngày ban hành': '20/11/2025' },
      }),
    ).toEqual([]);
    expect(siteInfoNotes({ number: null, type, date: null, siteInfo: {} })).toEqual([]);
  });
});
