import { describe, expect, it } from 'vitest';
import { pairMarkers, splitGluedEmphasis, stripInline } from '../../../src/lib/parse/markdown.ts';
import { toUnits } from '../../../src/lib/parse/units.ts';

/**
 * Emphasis markers are removed only when they pair up, as Markdown pairs them; an
 * unpaired run is text. Fixtures marked "seed NNN, line L" are copied from seeds/,
 * "real NN" from tests/fixtures/real/, "hostile" from tests/fixtures/hostile/.
 */

describe('paired markers are emphasis and go', () => {
  it('glued spans split the line (seed 002, line 3)', () => {
    expect(splitGluedEmphasis('**CHỈ THỊ****CỦA BAN THƯỜNG VỤ TỈNH ỦY**')).toEqual(['CHỈ THỊ', 'CỦA BAN THƯỜNG VỤ TỈNH ỦY']);
  });

  it('a title, a bold span and an italic span glued together (seed 000, line 65)', () => {
    const line =
      'DANH SÁCH**Phân công kết nghĩa, đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh***(Ban hành kèm theo Chỉ thị số /CT-UBND ngày tháng năm 2026 của Chủ tịch UBND tỉnh Thanh Hóa)*';
    expect(splitGluedEmphasis(line)).toEqual([
      'DANH SÁCH',
      'Phân công kết nghĩa, đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh',
      '(Ban hành kèm theo Chỉ thị số /CT-UBND ngày tháng năm 2026 của Chủ tịch UBND tỉnh Thanh Hóa)',
    ]);
  });

  it('italics inside quotation marks (seed 004, line 81)', () => {
    expect(splitGluedEmphasis('phong trào “*Quần chúng tham gia tự quản đường biên, cột mốc*”, Phong trào')).toEqual([
      'phong trào “Quần chúng tham gia tự quản đường biên, cột mốc”, Phong trào',
    ]);
  });

  it('a bold lead-in (seed 002, line 23)', () => {
    expect(splitGluedEmphasis('**2.** Thường xuyên củng cố, kiện toàn')).toEqual(['2. Thường xuyên củng cố, kiện toàn']);
  });

  it('bold spanning the lines of one paragraph (seed 002, lines 5–7)', () => {
    const lines = [
      '**về tăng cường lãnh đạo công tác quản lý, bảo vệ chủ quyền lãnh thổ,  ',
      'an ninh biên giới, vùng biển quốc gia và xây dựng lực lượng  ',
      'Bộ đội Biên phòng tỉnh trong tình hình mới**',
    ];
    const runs = pairMarkers(lines);
    expect(runs.map((r) => r.map((m) => m.paired))).toEqual([[true], [], [true]]);
    expect(lines.map((l, i) => splitGluedEmphasis(l, runs[i]))).toEqual([
      ['về tăng cường lãnh đạo công tác quản lý, bảo vệ chủ quyền lãnh thổ,'],
      ['an ninh biên giới, vùng biển quốc gia và xây dựng lực lượng'],
      ['Bộ đội Biên phòng tỉnh trong tình hình mới'],
    ]);
    // Through units, as the parser reads the seed: one subject line, no marker left.
    expect(toUnits(lines.join('\n')).map((u) => u.text)).toEqual([
      'về tăng cường lãnh đạo công tác quản lý, bảo vệ chủ quyền lãnh thổ, an ninh biên giới, vùng biển quốc gia và xây dựng lực lượng Bộ đội Biên phòng tỉnh trong tình hình mới',
    ]);
  });

  it('a signature block in bold over two lines (seed 001, lines 46–47)', () => {
    expect(toUnits('**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**').map((u) => u.text)).toEqual(['KT. CHỦ TỊCH PHÓ CHỦ TỊCH']);
  });

  it('a glued pair inside a table cell becomes a space, never glue (constructed: a cell cannot split)', () => {
    expect(stripInline('**Đồn Biên phòng**Mường Mìn**')).toBe('Đồn Biên phòng Mường Mìn**');
    expect(stripInline('**Sở Y tế**')).toBe('Sở Y tế');
  });
});

describe('unpaired markers are text and stay', () => {
  it('a lone "*" between digits (property test minimal example)', () => {
    expect(splitGluedEmphasis('Giá 5*3 đồng')).toEqual(['Giá 5*3 đồng']);
    // Two of them do not pair across a word either.
    expect(splitGluedEmphasis('5*3 và 4*2')).toEqual(['5*3 và 4*2']);
  });

  it('"__" inside a word, in a line and in a table cell', () => {
    expect(splitGluedEmphasis('mã__số')).toEqual(['mã__số']);
    expect(stripInline('mã__số')).toBe('mã__số');
    expect(toUnits('TT\tMã số\n1\tmã__số')[1]!.cells).toEqual(['1', 'mã__số']);
  });

  it('"window.__pwned=1" keeps its underscores (hostile, line 20)', () => {
    const line = '2. Sở Thông tin và Truyền thông phối hợp: <script>window.__pwned=1</script> chỉ là chữ.';
    expect(splitGluedEmphasis(line)).toEqual([line]);
  });

  it('neighbours are whole code points: a letter outside the BMP is one letter', () => {
    expect(splitGluedEmphasis('biên*𐀀biên')).toEqual(['biên*𐀀biên']);
  });

  it('a trailing "*" left from lost italics (seed 003, line 16)', () => {
    expect(splitGluedEmphasis('- Kính gửi:*')).toEqual(['- Kính gửi:*']);
  });

  it('an underscore rule between header parts (real 03, line 6) and "{/* … */}"', () => {
    expect(splitGluedEmphasis('_________')).toEqual(['_________']);
    expect(splitGluedEmphasis('{/* chú thích */}')).toEqual(['{/* chú thích */}']);
  });

  it('escaped markers are text (seed 003, line 5)', () => {
    expect(splitGluedEmphasis('\\*')).toEqual(['*']);
    expect(stripInline('a \\*\\* b')).toBe('a ** b');
  });
});
