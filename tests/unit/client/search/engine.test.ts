import { describe, expect, it } from 'vitest';
import { holdsRun, lastOf, numberedFirst, type PagefindResult } from '../../../../src/client/search/engine.ts';

const result = (id: string): PagefindResult => ({ id, score: 1, data: () => Promise.reject(new Error('not fetched')) });

describe('the instruments’ pages after the documents', () => {
  it('moves the listed ids last, each group in its order', () => {
    const ids = lastOf(['a', 'hub1', 'b', 'hub2', 'c'].map(result), new Set(['hub1', 'hub2'])).map((r) => r.id);
    expect(ids).toEqual(['a', 'b', 'c', 'hub1', 'hub2']);
  });
  it('leaves the results alone when there is nothing to move', () => {
    const results = ['a', 'b'].map(result);
    expect(lastOf(results, undefined)).toBe(results);
    expect(lastOf(results, new Set())).toBe(results);
  });
});

describe('the phrase, from the positions Pagefind gives', () => {
  it('holds the words side by side when as many positions follow each other', () => {
    expect(holdsRun([40, 3, 4, 17], 2)).toBe(true);
    expect(holdsRun([3, 5, 7], 2)).toBe(false);
    expect(holdsRun([10, 11, 12, 30], 3)).toBe(true);
    expect(holdsRun([10, 11, 30, 31], 3)).toBe(false);
    expect(holdsRun([], 2)).toBe(false);
  });
});

describe('a number typed by its type', () => {
  it('puts the documents so numbered before the answer to the words, once each, the instruments’ pages last', () => {
    const numbered = { results: ['numbered', 'hub'].map(result), filters: {}, loosened: false };
    const words = { results: ['a', 'numbered', 'b'].map(result), filters: {}, loosened: false };
    const options = { filters: {}, after: new Set(['hub']) };
    expect(numberedFirst(numbered, words, options).results.map((r) => r.id)).toEqual(['numbered', 'a', 'b', 'hub']);
    expect(numberedFirst(numbered, words, options, [result('own')]).results.map((r) => r.id)).toEqual(['own', 'numbered', 'a', 'b', 'hub']);
  });

  it('leaves an answer alone when the query names no number, and says when the number lost its marks', () => {
    const words = { results: ['a'].map(result), filters: {}, loosened: false };
    expect(numberedFirst(null, words, { filters: {} })).toBe(words);
    expect(numberedFirst({ ...words, loosened: true }, words, { filters: {} }).loosened).toBe(true);
  });
});
