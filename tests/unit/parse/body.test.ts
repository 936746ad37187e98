import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse/index.ts';
import { readLabel, readLongClause } from '../../../src/lib/parse/numbering.ts';
import type { DocumentModel } from '../../../src/lib/model.ts';

/**
 * Numbering, the clause tree and the closing, each rule with lines from a real text
 * (tests/fixtures/real/, "real NN, line L"; seeds/, "seed NNN").
 */

const source = { file: 'x.txt', sha256: '0', encoding: 'utf-8', bytes: 0, format: 'text' as const, readAsIs: false };
const parse = (text: string): DocumentModel => parseDocument(text, source);
const label = (text: string) => {
  const l = readLabel(text);
  return l && [l.rule.kind, l.label, l.rest];
};

describe('labels with a dash after the number', () => {
  it('"I-", "1-", "2 -" (real 04, lines 20, 22, 60) and "1.1-", "2.1- (" (real 08, lines 28, 43)', () => {
    expect(label('I- TỔ CHỨC CỦA BỘ ĐỘI BIÊN PHÒNG')).toEqual(['section', 'I-', 'TỔ CHỨC CỦA BỘ ĐỘI BIÊN PHÒNG']);
    expect(label('1- Cấp Bộ tư lệnh Bộ đội biên phòng có Tư lệnh')).toEqual(['clause', '1-', 'Cấp Bộ tư lệnh Bộ đội biên phòng có Tư lệnh']);
    expect(label('2 - Cấp Bộ chỉ huy Bộ đội biên phòng tỉnh')).toEqual(['clause', '2 -', 'Cấp Bộ chỉ huy Bộ đội biên phòng tỉnh']);
    expect(label('1.1- Về tuổi đời')).toEqual(['subclause', '1.1-', 'Về tuổi đời']);
    expect(label('2.1- (Khoản 1): Quyền được thông tin')).toEqual(['subclause', '2.1-', '(Khoản 1): Quyền được thông tin']);
  });

  it('a range or a year is not a label (real 06, line 17: "2019 -" / "2020")', () => {
    expect(readLabel('30 - 40 hộ dân tham gia')).toBeNull();
    expect(readLabel('2019 - 2020')).toBeNull();
  });

  it('dashed clauses nest like dotted ones (real 04)', () => {
    const doc = parse(
      'I- TỔ CHỨC CỦA BỘ ĐỘI BIÊN PHÒNG\n\n1- Cấp Bộ tư lệnh Bộ đội biên phòng có Tư lệnh và các Phó Tư lệnh. Tổ chức của Bộ Tư lệnh Bộ đội biên phòng gồm:\n\na) Cơ quan Bộ Tư lệnh Bộ đội biên phòng.\n\n2 - Cấp Bộ chỉ huy Bộ đội biên phòng tỉnh, thành phố có Chỉ huy trưởng.',
    );
    const one = doc.clauses[0]!;
    expect(one.children.map((c) => [c.label, c.id])).toEqual([
      ['1-', 'muc-i__khoan-1'],
      ['2 -', 'muc-i__khoan-2'],
    ]);
    expect(one.children[0]!.children[0]!.label).toBe('a)');
    expect(doc.issues.map((i) => i.code)).not.toContain('numbering-gap');
  });
});

describe('clauses numbered past 999', () => {
  it('"1000." continues 999; a year opening a line does not (real 06, line 23)', () => {
    expect(readLongClause('1000. Nhiệm vụ số hiệu mã1000.', 999)?.label).toBe('1000.');
    expect(readLongClause('1000. Nhiệm vụ số hiệu mã1000.', 998)).toBeNull();
    expect(readLongClause('2020. Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:', 1)).toBeNull();
  });
});

describe('titles', () => {
  it('an article whose words are a sentence has no title (real 02, lines 20–21)', () => {
    const doc = parse('Điều 2. Quyết định này có hiệu\nlực thi hành kể từ ngày 01 tháng 10 năm 2013.\nĐiều 3. Trách nhiệm thi hành');
    expect(doc.clauses.map((c) => [c.title, c.text])).toEqual([
      [null, 'Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2013.'],
      ['Trách nhiệm thi hành', ''],
    ]);
  });

  it('a label alone takes the next line as its title (real 02, lines 36–40)', () => {
    const doc = parse('Chương I\nQUY ĐỊNH CHUNG\nĐiều 1.\nPhạm vi điều chỉnh\n1. Quy chế này áp dụng tại các cửa\nkhẩu quốc tế và cửa khẩu chính.');
    const chapter = doc.clauses[0]!;
    expect([chapter.label, chapter.title, chapter.text]).toEqual(['Chương I', 'QUY ĐỊNH CHUNG', '']);
    const article = chapter.children[0]!;
    expect([article.label, article.title]).toEqual(['Điều 1', 'Phạm vi điều chỉnh']);
    expect(article.children.map((c) => c.label)).toEqual(['1.']);
  });

  it('a short clause on its own line over paragraphs is a title (real 06, lines 25–29)', () => {
    const doc = parse('1. Mục đích\nXác định các\nvùng có thể xảy ra hạn hán, thiếu nước, đề xuất phương án tổng thể ứng phó kịp\nthời.');
    expect(doc.clauses[0]).toMatchObject({
      label: '1.',
      title: 'Mục đích',
      text: 'Xác định các vùng có thể xảy ra hạn hán, thiếu nước, đề xuất phương án tổng thể ứng phó kịp thời.',
    });
  });

  it('a sentence-length clause over a paragraph stays text (seed 002 style)', () => {
    const doc = parse('1. Các sở, ngành, đơn vị cấp tỉnh chủ động phối hợp.\n\nĐồng thời, đẩy mạnh tuyên truyền.');
    expect(doc.clauses[0]).toMatchObject({ title: null, text: 'Các sở, ngành, đơn vị cấp tỉnh chủ động phối hợp.\nĐồng thời, đẩy mạnh tuyên truyền.' });
  });
});

describe('the grounds of a Party text', () => {
  it('"- Căn cứ …" before the first clause is preamble, not a list (real 08, lines 18–26)', () => {
    const doc = parse(
      '- Căn cứ Điều lệ Đảng;\n- Xét Tờ trình và Báo cáo của Bộ\nChính trị,\nBAN CHẤP HÀNH TRUNG ƯƠNG\nQUY ĐỊNH THI HÀNH ĐIỀU LỆ ĐẢNG\n1- Điều 1 (Khoản\n2): Tuổi đời và trình độ học vấn của người vào Đảng\n1.1- Về tuổi đời\na) Tại thời điểm chi bộ xét kết nạp.',
    );
    expect(doc.preamble).toEqual([
      '- Căn cứ Điều lệ Đảng;',
      '- Xét Tờ trình và Báo cáo của Bộ Chính trị,',
      'BAN CHẤP HÀNH TRUNG ƯƠNG QUY ĐỊNH THI HÀNH ĐIỀU LỆ ĐẢNG',
    ]);
    expect(doc.clauses.map((c) => [c.label, c.title])).toEqual([['1-', 'Điều 1 (Khoản 2): Tuổi đời và trình độ học vấn của người vào Đảng']]);
  });

  it('"- " items after a clause stay items (seed 003)', () => {
    const doc = parse('1. Đảng ủy Ủy ban nhân dân tỉnh\n\n- Thực hiện nghiêm túc Chỉ thị số 01/CT-TTg.');
    expect(doc.clauses[0]!.children.map((c) => c.kind)).toEqual(['item']);
  });
});

describe('closing', () => {
  it('a second "Nơi nhận:" is kept as a line of the list (property test minimal example)', () => {
    const doc = parse('Số: 12/CT-UBND\n\nNơi nhận:\n- Như trên;\n\nNơi nhận:\n- Lưu: VT.');
    expect(doc.recipientsLabel).toBe('Nơi nhận:');
    expect(doc.recipients).toEqual(['Như trên;', 'Nơi nhận:', 'Lưu: VT.']);
  });

  it('the signature is one run of lines; a document issued with this one is an annex (real 02, lines 26–40)', () => {
    const text = [
      'Điều 3. Bộ trưởng các Bộ chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận: |',
      'THỦ TƯỚNG |',
      '|',
      'Số: 45/2013/QĐ-TTg |',
      'Hà Nội, ngày 25 tháng 07 năm 2013 |',
      'QUY CHẾ',
      'Điều hành hoạt động tại các cửa khẩu biên giới đất liền',
      '(Ban hành kèm theo Quyết định số 45/2013/QĐ-TTg ngày 25 tháng 07 năm 2013 của Thủ tướng Chính phủ)',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1.',
      'Phạm vi điều chỉnh',
    ].join('\n');
    const doc = parse(text);
    expect(doc.signer).toEqual({ authority: null, title: 'THỦ TƯỚNG', name: null });
    expect(doc.annexes.map((a) => [a.title, a.subtitle.length, a.paragraphs])).toEqual([
      ['QUY CHẾ', 1, ['Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1.', 'Phạm vi điều chỉnh']],
    ]);
  });

  it('a DANH SÁCH annex keeps its subtitle lines and table (seed 000)', () => {
    const doc = parse(
      'Nơi nhận:\n- Lưu: VT.\n\nDANH SÁCH**Phân công kết nghĩa***(Ban hành kèm theo Chỉ thị số /CT-UBND)*\n\nTT\tĐơn vị\n1\tĐồn Biên phòng Đa Lộc',
    );
    expect(doc.annexes[0]).toMatchObject({ title: 'DANH SÁCH', subtitle: ['Phân công kết nghĩa', '(Ban hành kèm theo Chỉ thị số /CT-UBND)'], paragraphs: [] });
    expect(doc.annexes[0]!.tables[0]!.rows).toEqual([['1', 'Đồn Biên phòng Đa Lộc']]);
  });
});

describe('number lines', () => {
  it('a number that cannot be read is not a blank number, and not a draft', () => {
    const doc = parse('Số: 12 CT UBND\n\nHuế, ngày 1 tháng 2 năm 2026');
    expect(doc.draft).toBe(false);
    expect(doc.issues.map((i) => i.code)).toContain('unreadable-number');
    expect(doc.issues.map((i) => i.code)).not.toContain('blank-number');
  });

  it('a blank number still is (seed 000, line 3)', () => {
    const doc = parse('Số: /CT-UBND\n\nThanh Hóa, ngày tháng năm 2026');
    expect(doc.draft).toBe(true);
    expect(doc.issues.map((i) => i.code)).toContain('blank-number');
  });
});

describe('quoted wording of an amending text', () => {
  // congbao-text/congbao-text_luat-so-51-2024-qh15-43559.txt, lines 822–835: the new articles 48a and 48b are quoted.
  const amending = [
    'Điều 1. Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế',
    '33. Bổ sung Điều 48a và Điều 48b vào sau Điều 48 như sau:',
    '“Điều 48a. Chậm đóng bảo hiểm y tế',
    '1. Chưa đóng hoặc đóng chưa đầy đủ số tiền phải đóng bảo hiểm y tế.',
    'Điều 48b. Trốn đóng bảo hiểm y tế',
    '1. Trốn đóng bảo hiểm y tế là hành vi của người sử dụng lao động.”',
    'Điều 2. Hiệu lực thi hành',
    'Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.',
  ].join('\n');

  it('keeps the quoted articles inside the clause that quotes them; the next own article ends the quotation', () => {
    const doc = parse(amending);
    expect(doc.clauses.map((c) => c.label)).toEqual(['Điều 1', 'Điều 2']);
    expect(JSON.stringify(doc.clauses[0])).toContain('Điều 48b. Trốn đóng bảo hiểm y tế');
  });

  it('a quotation the source never closes still ends at the document’s next article', () => {
    const doc = parse(amending.replace('người sử dụng lao động.”', 'người sử dụng lao động.'));
    expect(doc.clauses.map((c) => c.label)).toEqual(['Điều 1', 'Điều 2']);
  });

  it('new wording given without quotes: its article numbering is not this document’s (scraper-json/…luat-so-26-2012-qh13-6276.json)', () => {
    const doc = parse(
      [
        'Điều 1.',
        'Sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân:',
        '6. Điều 24 được sửa đổi, bổ sung như sau:',
        'Điều 24. Trách nhiệm của tổ chức, cá nhân trả thu nhập',
        '1. Trách nhiệm kê khai, khấu trừ, nộp thuế.',
        'Điều 2.',
        '1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013.',
      ].join('\n'),
    );
    expect(doc.clauses.map((c) => c.label)).toEqual(['Điều 1', 'Điều 2']);
  });

  it('"Điều 14 như sau:" opening a line is a wrapped reference, not an article (crawler/crawler_luat-hai-quan-sua-doi-2005.txt)', () => {
    expect(label('Điều 14 như sau:')).toBeNull();
    expect(label('Điều 1 Những quy định chung')).toEqual(['article', 'Điều 1', 'Những quy định chung']);
  });
});
