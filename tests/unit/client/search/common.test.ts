import { describe, expect, it } from 'vitest';
import {
  commonWords,
  findCommon,
  findFiltered,
  findNumbered,
  narrow,
  needsPagefind,
  numberOf,
  ownNumbered,
  prefetchLists,
  splitQuery,
  warmUp,
  type CommonLists,
} from '../../../../src/client/search/common.ts';
import { inTitleKey } from '../../../../src/search/common-format.ts';
import type { Found, PagefindResult } from '../../../../src/client/search/engine.ts';
import { positionsOf, wordKey } from '../../../../src/search/words.ts';
import type { SearchPage } from '../../../../src/search/records.ts';
import { listsOf, seedLists } from '../../../helpers/common-lists.ts';

/**
 * The answer to a query of common words, from the lists alone, checked
 * against the pages' own words: the same rules Pagefind's path follows.
 */
const { pages, lists } = await seedLists(3);
const byUrl = new Map(pages.map((p) => [p.url, p]));
const positionsOfPage = (page: SearchPage) => page.text.flatMap(({ text }) => positionsOf(text));
const holds = (page: SearchPage, word: string, exact: boolean) =>
  positionsOfPage(page)
    .flat()
    .some((w) => (exact ? w === word : wordKey(w) === wordKey(word)));
/** Does a run of positions hold words with these keys side by side? */
const sideBySide = (positions: string[][], keys: string[]) =>
  positions.some((_, i) => keys.every((k, j) => (positions[i + j] ?? []).some((w) => wordKey(w) === k)));
const urls = (found: Found | null) => found!.results.map((r) => r.id);
const ask = (q: string, filters: Record<string, string> = {}, sort?: Record<string, string>) => findCommon(lists, q, { filters, ...(sort ? { sort } : {}) });

describe('a query of common words', () => {
  it('finds every page holding every word, and only those, under folding when typed without marks', async () => {
    for (const q of ['bien phong', 'do dau', 'ban nhan dan']) {
      const words = q.split(' ');
      const expected = pages.filter((p) => words.every((w) => holds(p, w, false))).map((p) => p.url);
      expect(urls(await ask(q)).sort(), q).toEqual(expected.sort());
    }
  });

  it('matches the spelling typed with marks, and says when it had to drop them', async () => {
    const exact = urls(await ask('biên phòng'));
    expect(exact.every((u) => holds(byUrl.get(u)!, 'biên', true) && holds(byUrl.get(u)!, 'phòng', true))).toBe(true);
    expect(exact.length).toBeLessThanOrEqual(urls(await ask('bien phong')).length);
    // "biền" is in no page with those marks: the unmarked reading answers, and says so.
    const loose = await ask('biền phòng');
    expect(loose!.loosened).toBe(true);
    expect(urls(loose).sort()).toEqual(urls(await ask('bien phong')).sort());
  });

  it('puts the pages holding the words side by side first, and a quoted query finds only those', async () => {
    const together = (u: string) => sideBySide(positionsOfPage(byUrl.get(u)!), ['bien', 'gioi']);
    const found = urls(await ask('gioi bien'));
    const quoted = urls(await ask('"bien gioi"'));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.every(together)).toBe(true);
    const ranked = urls(await ask('bien gioi')).filter((u) => u.startsWith('/van-ban/'));
    const firstApart = ranked.findIndex((u) => !together(u));
    if (firstApart >= 0) expect(ranked.slice(firstApart).filter(together)).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(quoted.length);
  });

  it('puts first the directive about “Ngày Biên phòng toàn dân”, whose title holds the phrase (its “dân” glued to a date)', async () => {
    expect(urls(await ask('bien phong toan dan'))[0]).toBe('/van-ban/chi-thi-881-ct-ttg-2007/');
  });

  it('lists the documents holding the phrase in their title before those holding it elsewhere', async () => {
    const phrase = ['bo', 'doi', 'bien', 'phong'];
    const inTitle = (u: string) =>
      sideBySide(
        byUrl
          .get(u)!
          .text.filter((t) => t.weight >= 7)
          .flatMap((t) => positionsOf(t.text)),
        phrase,
      );
    const found = urls(await ask(phrase.join(' '))).filter((u) => u.startsWith('/van-ban/'));
    expect(found.filter(inTitle).length).toBeGreaterThan(0);
    const firstNot = found.findIndex((u) => !inTitle(u));
    expect(found.slice(firstNot).filter(inTitle)).toEqual([]);
    expect(sideBySide(positionsOfPage(byUrl.get(found[firstNot]!)!), phrase)).toBe(true);
  });

  it('lists a document holding the phrase in its title before one holding the words there and the phrase in its text', async () => {
    const page = (url: string, title: string, text: string): SearchPage => ({
      url,
      html: '',
      text: [
        { text: title, weight: 7 },
        { text, weight: 1 },
      ],
      filters: {},
      sortKey: '2026',
      number: '',
    });
    const { lists: made } = listsOf(
      [
        page('/van-ban/a/', 'Về Ngày Biên phòng toàn dân', 'Kế hoạch tổ chức các hoạt động. '.repeat(40)),
        page('/van-ban/b/', 'Phong trào toàn dân bảo vệ biên giới', 'Xây dựng nền biên phòng toàn dân. '.repeat(20)),
      ],
      1,
    );
    const found = await findCommon(made, 'bien phong toan dan', { filters: {} });
    expect(found!.results.map((r) => r.id)).toEqual(['/van-ban/a/', '/van-ban/b/']);
  });

  it('lists documents whose title holds the words before those whose text does, and the instruments’ pages last', async () => {
    const found = urls(await ask('kết nghĩa'));
    const hub = (u: string) => u.startsWith('/dan-chieu/');
    const firstHub = found.findIndex(hub);
    if (firstHub >= 0) expect(found.slice(firstHub).filter((u) => !hub(u))).toEqual([]);
    const inTitle = (u: string) =>
      byUrl
        .get(u)!
        .text.filter((t) => t.weight >= 7)
        .some((t) => /kết nghĩa/i.test(t.text));
    const documents = found.filter((u) => !hub(u));
    expect(inTitle(documents[0]!)).toBe(true);
    const firstNot = documents.findIndex((u) => !inTitle(u));
    if (firstNot >= 0) expect(documents.slice(firstNot).filter(inTitle)).toEqual([]);
  });

  it('filters, counts each filter value, and sorts by date when asked', async () => {
    const all = await ask('bien phong');
    const hue = await ask('bien phong', { tinh: 'Huế' });
    expect(urls(hue)).toEqual(['/van-ban/chi-thi-20-ct-ubnd-2026-hue/']);
    expect(all!.filters.tinh!['Huế']).toBe(1);
    expect(Object.values(all!.filters.loai!).reduce((a, b) => a + b, 0)).toBe(all!.results.length);
    const dates = urls(await ask('bien phong', {}, { ngay: 'asc' })).map((u) => byUrl.get(u)!.sortKey);
    expect(dates).toEqual([...dates].sort());
  });

  it('leaves to Pagefind a query with a rare word', () => {
    expect(commonWords('biên phòng', lists.keys)).toEqual(['biên', 'phòng']);
    expect(commonWords('Mường Mìn', lists.keys)).toBeNull();
    expect(commonWords('', lists.keys)).toBeNull();
  });
});

describe('a number typed by its type', () => {
  it('finds the page whose own number it is, not one that only shares the serial', async () => {
    const own = async (q: string) => (await ownNumbered(lists, q)).map((r) => r.id);
    expect(await own('nghị định 106')).toEqual(['/van-ban/nghi-dinh-106-2021-nd-cp-2021/']);
    expect(await own('nghi dinh 106')).toEqual(['/van-ban/nghi-dinh-106-2021-nd-cp-2021/']);
    expect(await own('nq 33')).toEqual(['/dan-chieu/nghi-quyet-33-nq-tw/']);
    expect(await own('quyết định 106')).toEqual([]);
    expect(await own('biên phòng')).toEqual([]);
  });
});

describe('a number, from its bucket', () => {
  /** Pages with a token (its indexed whole form) that `starts`. */
  const holdingToken = (starts: (word: string) => boolean) =>
    pages.filter((p) => positionsOfPage(p).some((words) => words[0] !== undefined && starts(words[0]))).map((p) => p.url);
  const numbered = (q: string, filters: Record<string, string> = {}) => findNumbered(lists, q, { filters });

  it('reads a query as a number only when it is one', () => {
    expect(numberOf('nghị quyết 33')).toBe('33-NQ');
    expect(numberOf('33/NQ-TW')).toBe('33/NQ-TW');
    expect(numberOf('biên phòng')).toBeNull();
    expect(numberOf('"33-NQ/TW"')).toBeNull();
    expect(numberOf('33-NQ/TW biên phòng')).toBeNull();
  });

  it('finds every page holding the number as Pagefind reads it, whichever way it is written, and only those', async () => {
    const expected = holdingToken((w) => wordKey(w).startsWith('33nqtw')).sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(urls(await numbered('33-NQ/TW')).sort()).toEqual(expected);
    expect(urls(await numbered('33/NQ-TW')).sort()).toEqual(expected);
    expect(urls(await numbered('nghi quyet 33')).sort()).toEqual(holdingToken((w) => wordKey(w).startsWith('33nq')).sort());
  });

  it('keeps the marks a reader typed unless no page holds the number so', async () => {
    const exact = await numbered('nghị định 106');
    expect(exact!.loosened).toBe(false);
    expect(urls(exact).sort()).toEqual(holdingToken((w) => w.startsWith('106nđ')).sort());
    const loose = await numbered('106/2021/ND-CP');
    expect(urls(loose).sort()).toEqual(holdingToken((w) => wordKey(w).startsWith('1062021ndcp')).sort());
    const unmarked = await numbered('106/2021/NĐ-CP');
    expect(urls(unmarked).length).toBeGreaterThan(0);
  });

  it('lists first the document whose own number it is, the instrument’s page after the documents, and counts the filters', async () => {
    const found = await numbered('106/2021/NĐ-CP');
    expect(urls(found)[0]).toBe('/van-ban/nghi-dinh-106-2021-nd-cp-2021/');
    const cited = urls(await numbered('33-NQ/TW'));
    expect(cited.at(-1)).toBe('/dan-chieu/nghi-quyet-33-nq-tw/');
    expect(cited.slice(0, -1).every((u) => u.startsWith('/van-ban/'))).toBe(true);
    expect(Object.values(found!.filters.loai!).reduce((a, b) => a + b, 0)).toBe(found!.results.length);
    const province = Object.keys(found!.filters.tinh!)[0]!;
    expect(urls(await numbered('106/2021/NĐ-CP', { tinh: province })).length).toBe(found!.filters.tinh![province]);
    expect(await numbered('biên phòng')).toBeNull();
  });
});

describe('a query of common and rare words', () => {
  it('asks Pagefind only the rare words', () => {
    expect(splitQuery('Mường Mìn biên phòng', lists.keys)).toEqual({ common: ['biên', 'phòng'], rest: 'Mường Mìn' });
    expect(splitQuery('"Mường Mìn biên phòng"', lists.keys)).toBeNull();
    expect(splitQuery('biên phòng', lists.keys)).toBeNull();
    expect(splitQuery('Mường Mìn', lists.keys)).toBeNull();
  });

  it('keeps Pagefind’s results that hold the common words too, in its order, and counts the filters again', async () => {
    const table = await lists.table();
    const result = (url: string): PagefindResult => ({ id: url, score: 1, data: () => Promise.reject(new Error('not fetched')) });
    // As if Pagefind had found every page: only those holding "kết nghĩa" stay, in the order given.
    const everything: Found = { results: [...table.ids].reverse().map(result), filters: {}, loosened: false };
    const narrowed = await narrow(lists, everything, 'IUU kết nghĩa', ['kết', 'nghĩa']);
    const expected = [...pages].reverse().filter((p) => holds(p, 'kết', true) && holds(p, 'nghĩa', true));
    expect(narrowed.results.map((r) => r.id)).toEqual(expected.map((p) => p.url));
    expect(Object.values(narrowed.filters.loai!).reduce((a, b) => a + b, 0)).toBe(expected.length);
  });
});

describe('lists fetched before Enter', () => {
  /** The lists, noting each word file and phrase bucket asked for. */
  const recorded = () => {
    const asked: string[] = [];
    const recording: CommonLists = {
      ...lists,
      word: (key) => (asked.push(`word ${key}`), lists.word(key)),
      phrase: (key) => (asked.push(`phrase ${key}`), lists.phrase(key)),
    };
    return { asked, recording };
  };

  it('asks, while the reader types, for the files of the words finished, and the buckets of their triples when every word is common', () => {
    const { asked, recording } = recorded();
    prefetchLists(recording, 'Biên phòng toàn d');
    expect(asked).toEqual(['word bien', 'word phong', 'word toan', 'phrase bien phong toan', `phrase ${inTitleKey('bien phong toan')}`]);
    asked.length = 0;
    prefetchLists(recording, 'biên phòng');
    expect(asked).toEqual(['word bien']);
    asked.length = 0;
    prefetchLists(recording, 'biên qxqz phòng toàn ');
    expect(asked).toEqual(['word bien', 'word phong', 'word toan']);
  });

  it('opens Pagefind only for a query the lists cannot answer: a finished word without a list, or one being typed that starts none', () => {
    const typing = (typed: string) => needsPagefind(lists, typed);
    expect(lists.keys.has('bien') && lists.keys.has('phong')).toBe(true);
    expect(['', 'b', 'biên ', 'Biên ph', 'biên phòng', '"biên phòng"', 'BIEN PHONG'].filter(typing)).toEqual([]);
    expect(['qxqz', 'biên qxqz', 'qxqz biên', 'biên phòng qx', '"qxqz" biên'].every(typing)).toBe(true);
  });

  it('warms the ranking up from the page table alone', async () => {
    const { asked, recording } = recorded();
    await warmUp(recording);
    expect(asked).toEqual([]);
  });
});

describe('filters without words', () => {
  const value = pages.find((p) => p.filters.loai?.length)!.filters.loai![0]!;
  const allowed = pages.filter((p) => p.filters.loai?.includes(value));
  const isHub = (url: string) => url.startsWith('/dan-chieu/');
  const dates = (found: Found) => urls(found).map((u) => byUrl.get(u)!.sortKey);

  it('lists every page the filters allow, the newest documents first, the instruments last, with the counts of every filter', async () => {
    const found = await findFiltered(lists, { filters: { loai: value } });
    expect([...urls(found)].sort()).toEqual(allowed.map((p) => p.url).sort());
    const hubsFrom = urls(found).findIndex(isHub);
    if (hubsFrom >= 0) expect(urls(found).slice(hubsFrom).every(isHub)).toBe(true);
    const documents = dates(found).slice(0, hubsFrom >= 0 ? hubsFrom : undefined);
    expect(documents).toEqual([...documents].sort().reverse());
    expect(found.filters.loai).toEqual({ [value]: allowed.length });
    const everyPage = await findFiltered(lists, { filters: {} });
    expect(everyPage.results).toHaveLength(pages.length);
    const firstHub = urls(everyPage).findIndex(isHub);
    expect(firstHub).toBeGreaterThan(0);
    expect(urls(everyPage).slice(firstHub).every(isHub)).toBe(true);
  });

  it('in the reader’s date order when they sort, and nothing for a value no page holds', async () => {
    const found = await findFiltered(lists, { filters: { loai: value }, sort: { ngay: 'asc' } });
    expect(dates(found)).toEqual([...dates(found)].sort());
    expect((await findFiltered(lists, { filters: { loai: value, tinh: 'Không có tỉnh này' } })).results).toEqual([]);
  });
});
