import { describe, expect, it } from 'vitest';
import { inDocumentCase } from '../../../src/utils/document-case.ts';
import { subjectTitle } from '../../../src/utils/titles.ts';
import { parseSeed } from '../../helpers/seeds.ts';

describe('a trích yếu set in capitals, in its own document’s case (issue 20, item 6)', () => {
  it('Chỉ thị 881/CT-TTg (seed 101): the body’s “Ngày Biên phòng toàn dân”, the symbol and the dates kept', async () => {
    const doc = await parseSeed('101_chi-thi-881-ct-ttg-2007.txt');
    expect(doc.subject).toMatch(/^VỀ VIỆC TỔ CHỨC/);
    expect(subjectTitle(doc)).toBe('Về việc tổ chứcsơ kết 20 năm thực hiện "Ngày Biên phòng toàn dân"(03/3/1989-03/3/2009)');
  });

  it('Hướng dẫn 7210/HD-BQP (seed 105): "01/CT-TTG" spelt as issued, the Prime Minister’s title as the body writes it', async () => {
    const doc = await parseSeed('105_huong-dan-7210-hd-bqp-2015.txt');
    expect(subjectTitle(doc)).toMatch(
      /^Thực hiện Chỉ thị số 01\/CT-TTg ngày 09 tháng 01 năm 2015 của Thủ tướng Chính phủ “về việc tổ chức phong trào toàn dân/,
    );
  });

  it('takes a word’s case from the runs of words around it, never from the word alone', () => {
    const body = ['Tổ quốc Việt Nam.', 'Các đơn vị Bộ đội Biên phòng tổ chức kết nghĩa; UBND tỉnh chỉ đạo.'];
    expect(inDocumentCase('VỀ VIỆC KẾT NGHĨA VỚI CÁC ĐƠN VỊ BỘ ĐỘI BIÊN PHÒNG', body)).toBe('Về việc kết nghĩa với các đơn vị Bộ đội Biên phòng');
    // "Tổ" of "Tổ quốc" says nothing of "tổ chức"; an abbreviation the body never prints keeps its capitals.
    expect(inDocumentCase('TỔ CHỨC HỘI NGHỊ CỦA BĐBP', body)).toBe('Tổ chức hội nghị của BĐBP');
    expect(inDocumentCase('V/V KẾT NGHĨA', body)).toBe('V/v kết nghĩa');
  });

  it('a subject in ordinary case is left as written, its first letter capitalised', async () => {
    const doc = await parseSeed('001_846d10196a3887a8.txt');
    expect(subjectTitle(doc)).toBe('Về việc kết nghĩa với các đơn vị Bộ đội Biên phòng trên địa bàn thành phố');
  });
});
