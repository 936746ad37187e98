import { mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectCommonWords, listedPages, pageListsMaker, type CommonWords, type PageLists } from '../../../src/search/common-words.ts';
import { listsCache } from '../../../src/search/lists-cache.ts';
import { spooledPages, spoolWriter } from '../../../src/search/lists-spool.ts';
import { url } from '../../../src/utils/urls.ts';
import { seedLists } from '../../helpers/common-lists.ts';

/** A page's part as plain arrays, to compare a kept part with a made one. */
const plain = (lists: PageLists) =>
  Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, typeof v === 'number' ? v : Array.from(v as ArrayLike<unknown>)]));

/** What the lists' files are written from, in the order they are written. */
const bytes = (c: CommonWords) =>
  JSON.stringify([c.table, c.dates, c.urls, [...c.words], [...c.phrases.files], c.phrases.count, [...c.numbers.files], c.numbers.count]);

const dir = mkdtempSync(join(tmpdir(), 'lists-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const scratch = () => join(dir, `case-${++files}`);

describe('each page’s part of the common words’ lists, kept between builds', async () => {
  const { pages, keys, collected } = await seedLists(3);
  const made = [...listedPages(pages, keys)].map((p) => p.lists);
  const digest = (i: number) => String(i).padStart(64, '0');
  /** A new cache file that a first build filled with every seed page's part. */
  const keptByAFirstBuild = () => {
    const file = scratch();
    const first = listsCache(file, 'salt');
    made.forEach((lists, i) => first.set(digest(i), lists));
    first.save();
    return file;
  };

  it('gives back, in a later build of the same salt, what it kept', () => {
    const file = keptByAFirstBuild();
    const second = listsCache(file, 'salt');
    made.forEach((lists, i) => expect(plain(second.get(digest(i))!)).toEqual(plain(lists)));
    expect(listsCache(file, 'other code or common words').get(digest(0))).toBeUndefined();
  });

  it('appends what a rebuild makes, and writes the file anew once most of it is no longer asked for', () => {
    const file = keptByAFirstBuild();
    const whole = statSync(file).size;
    // One page changed: the rest is asked for, the new part appended.
    const second = listsCache(file, 'salt');
    made.slice(1).forEach((_, i) => second.get(digest(i + 1)));
    second.set(digest(100), made[0]!);
    second.save();
    expect(statSync(file).size).toBeGreaterThan(whole);
    // A collection of one page: the file keeps that page alone.
    const third = listsCache(file, 'salt');
    expect(plain(third.get(digest(100))!)).toEqual(plain(made[0]!));
    third.save();
    expect(statSync(file).size).toBeLessThan(whole);
    expect(plain(listsCache(file, 'salt').get(digest(100))!)).toEqual(plain(made[0]!));
    expect(listsCache(file, 'salt').get(digest(1))).toBeUndefined();
  });

  it('reads past a record a stopped build left half-written, and appends after the whole ones', () => {
    const file = keptByAFirstBuild();
    truncateSync(file, statSync(file).size - 10);
    const second = listsCache(file, 'salt');
    made.slice(0, -1).forEach((_, i) => expect(second.get(digest(i))).toBeDefined());
    expect(second.get(digest(made.length - 1))).toBeUndefined();
    second.set(digest(made.length - 1), made.at(-1)!);
    second.save();
    const third = listsCache(file, 'salt');
    made.forEach((lists, i) => expect(plain(third.get(digest(i))!)).toEqual(plain(lists)));
  });

  it('gives the same lists, byte for byte, from kept parts as from the text, and reads no text it keeps', () => {
    const isHub = (u: string) => u.startsWith(url.instruments);
    const at = mkdtempSync(join(dir, 'spool-'));
    const writer = spoolWriter(at);
    for (const { html: _, ...page } of pages) writer.add(page);
    writer.close();
    const file = scratch();
    const first = listsCache(file, 'salt');
    expect(bytes(collectCommonWords(spooledPages(at, keys, first), keys, isHub))).toBe(bytes(collected));
    first.save();
    // The texts emptied: every part comes from the file, or the pass fails.
    writeFileSync(join(at, 'texts.jsonl'), '');
    expect(bytes(collectCommonWords(spooledPages(at, keys, listsCache(file, 'salt')), keys, isHub))).toBe(bytes(collected));
    expect(() => collectCommonWords(spooledPages(at, keys, listsCache(file, 'other salt')), keys, isHub)).toThrow();
  });

  it('counts a page’s positions and its phrases once each', () => {
    const lists = pageListsMaker(['bien', 'gioi', 'phong'])([{ text: 'biên giới, biên phòng; biên giới', weight: 1 }]);
    expect(lists.length).toBe(6);
    expect(lists.words).toEqual(['biên', 'giới', 'phòng']);
    expect(Array.from(lists.weights)).toEqual([3, 2, 1]);
    // bien gioi, gioi bien, bien phong, phong bien: "biên giới" twice, once listed.
    expect(Array.from(lists.pairs)).toEqual([0 * 3 + 1, 1 * 3 + 0, 0 * 3 + 2, 2 * 3 + 0]);
    expect(lists.triples.length).toBe(4);
  });
});
