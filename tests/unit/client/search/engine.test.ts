import { describe, expect, it } from 'vitest';
import { lastOf, type PagefindResult } from '../../../../src/client/search/engine.ts';

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
