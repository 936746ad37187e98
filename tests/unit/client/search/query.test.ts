import { describe, expect, it } from 'vitest';
import {
  containsWord,
  dVariants,
  hasMarks,
  likelyReading,
  markMatches,
  normalizeQuery,
  numberReading,
  phraseOf,
  queryTerms,
} from '../../../../src/client/search/query.ts';
import { commonDWords } from '../../../../src/search/d-words.ts';
import { parseSeed, seedFiles } from '../../../helpers/seeds.ts';
import { emptyDocument } from '../../../helpers/model.ts';

/** What the reader types → what Pagefind is asked (the search page's pure half). */
describe('search queries', () => {
  it('normalises NFD input from phone keyboards to NFC and tidies spaces', () => {
    const nfd = ' đỡ   đầu '.normalize('NFD');
    expect(normalizeQuery(nfd)).toBe('đỡ đầu');
    expect(normalizeQuery(nfd)).toBe('đỡ đầu'.normalize('NFC'));
  });

  it('knows when the reader typed marks', () => {
    expect(hasMarks('bien phong')).toBe(false);
    expect(hasMarks('biên phong')).toBe(true);
    expect(hasMarks('do dau')).toBe(false);
    expect(hasMarks('đo dau')).toBe(true);
    expect(hasMarks('33-NQ/TW')).toBe(false);
  });

  it('reads every unmarked d as d or đ ("do dau" → "đỡ đầu", "nd-cp" → "NĐ-CP")', () => {
    expect(dVariants('do dau')).toEqual(['do dau', 'đo dau', 'do đau', 'đo đau']);
    expect(dVariants('ND-CP 03/2019')).toEqual(['ND-CP 03/2019', 'NĐ-CP 03/2019']);
    expect(dVariants('biên phòng')).toEqual(['biên phòng']);
    // A word already written with marks is taken as typed.
    expect(dVariants('đỡ dau')).toEqual(['đỡ dau', 'đỡ đau']);
  });

  it('caps the expansion: beyond four open words only the two extremes are tried', () => {
    const q = 'da de di do du dy';
    expect(dVariants(q)).toEqual([q, 'đa đe đi đo đu đy']);
  });

  it('searches a phrase of two or more words as a phrase too', () => {
    expect(phraseOf('phân giới cắm mốc')).toBe('"phân giới cắm mốc"');
    expect(phraseOf('biên')).toBeNull();
    expect(phraseOf('"biên phòng" xã')).toBeNull();
    expect(queryTerms('"biên phòng" xã')).toEqual(['biên', 'phòng', 'xã']);
  });

  it('tells whether a record really contains a word, ignoring marks and punctuation of numbers', () => {
    expect(containsWord('Kết nghĩa, đỡ đầu đồn biên phòng', 'do')).toBe(true);
    expect(containsWord('Nghị quyết số 33-NQ/TW ngày 28/9/2018', '33-nq/tw')).toBe(true);
    expect(containsWord('Nghị quyết số 33-NQ/TW', 'xyzqwv')).toBe(false);
    // Pagefind falls back to prefixes ("việt" matched "vi"); a word is only found when the text has it.
    expect(containsWord('vi phạm quy chế', 'việt')).toBe(false);
  });

  it('reads each unmarked d-syllable the way the documents mostly write it, for the quick first answer', () => {
    const dWords = new Set(['dau', 'nd', 'dong']);
    expect(likelyReading('bien phong toan dan', dWords)).toBe('bien phong toan dan');
    expect(likelyReading('ket nghia do dau', dWords)).toBe('ket nghia do đau');
    expect(likelyReading('ND-CP 30/2020', dWords)).toBe('NĐ-CP 30/2020');
    // A word typed with marks is taken as typed.
    expect(likelyReading('dâu Dong', dWords)).toBe('dâu Đong');
  });
});

describe('d-syllables the documents mostly write with đ', async () => {
  const docs = await Promise.all(seedFiles().map(parseSeed));
  const dWords = new Set(commonDWords(docs));
  it('come from the documents themselves', () => {
    // "đầu", "được", "đồng" and "đội" fill the seeds; "dân" and "dục" are written with d.
    for (const w of ['dau', 'duoc', 'dong', 'doi']) expect(dWords.has(w), w).toBe(true);
    for (const w of ['dan', 'duc']) expect(dWords.has(w), w).toBe(false);
  });
  it('count each spelling, whatever its case and marks', () => {
    const doc = (...text: string[]) => emptyDocument({ preamble: text });
    expect(commonDWords([doc('Đàn đan', 'DAN')])).toEqual(['dan']);
    expect(commonDWords([doc('Đàn dân dạn')])).toEqual([]);
  });
});

describe('numbers in every written form', () => {
  it('reads a type and a number as the number a document writes', () => {
    expect(numberReading('nq 33')).toBe('33-NQ');
    expect(numberReading('NQ số 33')).toBe('33-NQ');
    expect(numberReading('33 nq')).toBe('33-NQ');
    expect(numberReading('nghị quyết 33')).toBe('33-NQ');
    expect(numberReading('nghi quyet so 33')).toBe('33-NQ');
    expect(numberReading('Nghị định 30/2020')).toBe('30/2020-NĐ');
    expect(numberReading('nd 30')).toBe('30-NĐ');
    expect(numberReading('chỉ thị 20')).toBe('20-CT');
  });
  it('leaves other queries alone', () => {
    expect(numberReading('33-NQ/TW')).toBeNull();
    expect(numberReading('biên phòng 2025')).toBeNull();
    expect(numberReading('nghị quyết')).toBeNull();
    expect(numberReading('Sở Tài chính')).toBeNull();
  });
  it('finds symbols written without Đ or in lower case through the d readings', () => {
    expect(dVariants('nd-cp')).toContain('nđ-cp');
    expect(dVariants('30/2020/nd-cp')).toContain('30/2020/nđ-cp');
  });
});

describe('marks only on what matched', () => {
  it('keeps a mark on a word equal to a query term under the search folding', () => {
    expect(markMatches('dân', ['dan'], false)).toBe(true);
    expect(markMatches('Đàn', ['dan'], false)).toBe(true);
    expect(markMatches('Biên', ['bien'], false)).toBe(true);
  });
  it('drops a mark on a word that only starts with a term: “dan” does not mark “Đảng”', () => {
    expect(markMatches('Đảng', ['dan'], false)).toBe(false);
    expect(markMatches('Đảng', ['đan'], false)).toBe(false);
  });
  it('with marks typed, marks only the same marks: “cửa” does not mark “của”', () => {
    expect(markMatches('của', ['cửa'], true)).toBe(false);
    expect(markMatches('Cửa', ['cửa'], true)).toBe(true);
  });
  it('marks a number in any of its forms', () => {
    expect(markMatches('33-NQ/TW', ['33/NQ-TW'], false)).toBe(true);
    expect(markMatches('33-NQ/TW', ['33'], false)).toBe(true);
    expect(markMatches('33-NQ/TW,', ['33-NQ'], false)).toBe(true);
    expect(markMatches('330-NQ/TW', ['33'], false)).toBe(false);
  });
});
