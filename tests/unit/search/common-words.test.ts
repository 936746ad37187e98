import { describe, expect, it } from 'vitest';
import { commonFromEnv, DEFAULT_COMMON } from '../../../src/search/common-words.ts';
import {
  fromGaps,
  IN_NUMBER,
  IN_TITLE,
  inTitleKey,
  isNumberToken,
  leadingDigits,
  numberBucket,
  phraseBucket,
  serialOf,
  toGaps,
} from '../../../src/search/common-format.ts';
import { positionsOf, wordKey, wordsAt, wordsOf } from '../../../src/search/words.ts';
import type { SearchPage } from '../../../src/search/records.ts';
import { seedLists } from '../../helpers/common-lists.ts';

/** Per position of a page, the words the index reads there. */
const positionsOfPage = (page: SearchPage) => page.text.flatMap(({ text }) => positionsOf(text));
/** Every word of a page, as the index reads it. */
const wordsOfPage = (page: SearchPage) => positionsOfPage(page).flat();
/** Does the page hold words with these keys at positions side by side? */
const sideBySide = (positions: string[][], keys: string[]) =>
  positions.some((_, i) => keys.every((k, j) => (positions[i + j] ?? []).some((w) => wordKey(w) === k)));

describe('words as the index and the search page read them', () => {
  it('splits at white space, keeps letters and digits, and keeps a place for punctuation alone', () => {
    expect(wordsOf('Bộ đội Biên phòng, 33-NQ/TW – (tỉnh)')).toEqual(['bộ', 'đội', 'biên', 'phòng', '33nqtw', '', 'tỉnh']);
  });
  it('reads the parts of a token joined by punctuation at its position too, as Pagefind does', () => {
    expect(wordsAt('chính/kho')).toEqual(['chínhkho', 'chính', 'kho']);
    expect(wordsAt('dân"(03/3/1989')).toEqual(['dân0331989', 'dân', '03', '3', '1989']);
    expect(wordsAt('(tỉnh),')).toEqual(['tỉnh']);
    expect(wordsAt('–')).toEqual([]);
    expect(positionsOf('Sở Tài chính/Kho bạc')).toEqual([['sở'], ['tài'], ['chínhkho', 'chính', 'kho'], ['bạc']]);
  });

  it('keys a word without its marks, đ read as d', () => {
    expect(['phòng', 'đầu', 'Đảng', 'dau'].map((w) => wordKey(w.toLowerCase()))).toEqual(['phong', 'dau', 'dang', 'dau']);
  });
});

describe('the common words’ lists of the seeds', async () => {
  const { pages, keys, collected, table } = await seedLists(3);

  it('holds the words that at least the threshold of pages hold, and only those', () => {
    const held = new Map<string, number>();
    for (const page of pages) for (const k of new Set(wordsOfPage(page).map(wordKey))) held.set(k, (held.get(k) ?? 0) + 1);
    expect(keys).toEqual(
      [...held]
        .filter(([, n]) => n >= 3)
        .map(([k]) => k)
        .sort(),
    );
    expect(keys).toContain('bien');
    expect(keys).not.toContain('iuu');
  });

  it('lists every page holding each spelling, and only those', () => {
    for (const key of ['bien', 'phong', 'dau', 'dan']) {
      for (const [spelling, [gaps]] of Object.entries(collected.words.get(key)!)) {
        const expected = pages.flatMap((page, p) => (wordsOfPage(page).includes(spelling) ? [p] : []));
        expect(fromGaps(gaps), spelling).toEqual(expected);
      }
    }
    expect(Object.keys(collected.words.get('dau')!)).toEqual(expect.arrayContaining(['đầu', 'đấu']));
  });

  it('weighs each page’s occurrences, and says when the word is in the number or the title', () => {
    const [gaps, codes] = collected.words.get('phong')!['phòng']!;
    const hue = pages.findIndex((p) => p.url === '/van-ban/chi-thi-20-ct-ubnd-2026-hue/');
    const code = codes[fromGaps(gaps).indexOf(hue)]!;
    // "Bộ đội Biên phòng" is in the directive's trích yếu, and in its text several times.
    expect(code & IN_TITLE).toBe(IN_TITLE);
    expect(code & IN_NUMBER).toBe(0);
    expect(code >> 2).toBeGreaterThan(70);
    // Only words with digits in the number's run are the number: "20ctubnd", not "chỉ", "thị".
    const number = collected.words.get('20ctubnd');
    if (number) expect(number['20ctubnd']![1].some((c) => c & IN_NUMBER)).toBe(true);
    expect(collected.words.get('thi')!['thị']![1].every((c) => !(c & IN_NUMBER))).toBe(true);
  });

  it('lists every number, common or not, in the bucket of its leading digits, and each own number in its serial’s', () => {
    const bucket = (digits: string) => collected.numbers.files.get(numberBucket(digits, collected.numbers.count))!;
    const tokens = new Map<string, number[]>();
    pages.forEach((page, p) => {
      for (const [whole] of positionsOfPage(page)) if (whole && isNumberToken(whole)) tokens.set(whole, [...new Set([...(tokens.get(whole) ?? []), p])]);
    });
    expect(['33nqtw', '1022021nđcp', '2021', 'nq33', ''].map(isNumberToken)).toEqual([true, true, false, false, false]);
    expect(tokens.size).toBeGreaterThan(20);
    for (const [token, held] of tokens) expect(fromGaps(bucket(leadingDigits(token)).tokens[token]![0]), token).toEqual(held);
    // Rare numbers too: not only those the common words' lists hold.
    expect([...tokens.keys()].some((t) => !keys.includes(wordKey(t)))).toBe(true);
    const numbered = pages.flatMap((page, p) => (page.number ? [[page.number, p] as const] : []));
    for (const [number, p] of numbered) expect(fromGaps(bucket(serialOf(number)).own[number]!)).toContain(p);
    const [code] = bucket('20').tokens['20ctubnd']![1];
    expect(code! & IN_NUMBER).toBe(IN_NUMBER);
  });

  it('lists the pages holding two or three common words side by side, in any spelling, in their bucket', () => {
    const phrase = (key: string) => fromGaps(collected.phrases.files.get(phraseBucket(key, collected.phrases.count))![key]!);
    const together = (page: SearchPage, keys: string[]) => wordsOfPage(page).some((_, i, all) => keys.every((k, j) => wordKey(all[i + j] ?? '') === k));
    for (const key of ['bien phong', 'bien gioi quoc'])
      expect(phrase(key), key).toEqual(pages.flatMap((page, p) => (together(page, key.split(' ')) ? [p] : [])));
    expect(phrase('bien phong').length).toBeGreaterThan(1);
  });

  it('lists apart the pages holding a phrase in their title, in the same bucket', () => {
    const key = 'ket nghia';
    const file = collected.phrases.files.get(phraseBucket(inTitleKey(key), collected.phrases.count))!;
    const inTitle = (page: SearchPage) =>
      sideBySide(
        page.text.filter((t) => t.weight >= 7).flatMap((t) => positionsOf(t.text)),
        ['ket', 'nghia'],
      );
    expect(fromGaps(file[inTitleKey(key)]!)).toEqual(pages.flatMap((page, p) => (inTitle(page) ? [p] : [])));
    expect(file[key]!.length).toBeGreaterThan(file[inTitleKey(key)]!.length);
  });

  it('spreads phrases over buckets by a hash every browser computes alike', () => {
    expect(phraseBucket('so tai chinh', 1)).toBe(0);
    expect(phraseBucket('so tai chinh', 1024)).toBe(phraseBucket('so tai chinh', 1024));
    expect(new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => phraseBucket(k, 64))).size).toBeGreaterThan(4);
  });

  it('numbers the pages in one table: lengths, instruments’ pages and filters; their dates apart', () => {
    expect(table.ids).toHaveLength(pages.length);
    expect(table.lengths).toEqual(pages.map((p) => positionsOfPage(p).length));
    expect(collected.dates).toEqual(pages.map((p) => p.sortKey));
    expect(table.hubs.map((p) => pages[p]!.url.startsWith('/dan-chieu/'))).not.toContain(false);
    const { values, pages: holding } = table.filters.tinh!;
    const hue = fromGaps(holding[values.indexOf('Huế')]!);
    expect(hue.map((p) => pages[p]!.url)).toContain('/van-ban/chi-thi-20-ct-ubnd-2026-hue/');
  });

  it('stores ascending numbers as gaps', () => {
    expect(toGaps([2, 3, 7, 20])).toEqual([2, 1, 4, 13]);
    expect(fromGaps(toGaps([2, 3, 7, 20]))).toEqual([2, 3, 7, 20]);
  });
});

describe('the threshold', () => {
  it('comes from SEARCH_COMMON, with a clear message for a bad value', () => {
    expect(commonFromEnv(undefined)).toBe(DEFAULT_COMMON);
    expect(commonFromEnv('3')).toBe(3);
    expect(() => commonFromEnv('0')).toThrow(/SEARCH_COMMON="0"/);
    expect(() => commonFromEnv('abc')).toThrow(/whole number/);
  });
});
