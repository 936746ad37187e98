import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execAll } from '../../../src/lib/text/exec-all.ts';

describe('execAll', () => {
  const patterns = [/\d+/g, /a*/g, /(?<=x)y|z/g, /\p{L}*/gu, /(?:)/gu, /[😀b]/gu, /\s+/g];
  it('finds what matchAll finds, empty matches and astral characters included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.string({ unit: fc.constantFrom('a', 'b', '1', '2', 'x', 'y', 'z', ' ', '😀', 'đ') }), (re, s) => {
        const plain = [...s.matchAll(re)].map((m) => [m.index, m[0]]);
        expect(execAll(re, s).map((m) => [m.index, m[0]])).toEqual(plain);
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses an expression that is not global (it would never end)', () => {
    expect(() => execAll(/a/, 'aaa')).toThrow(/global/);
  });
});
