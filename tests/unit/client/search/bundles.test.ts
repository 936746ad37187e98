import { describe, expect, it } from 'vitest';
import { savingData } from '../../../../src/client/search/bundles.ts';

describe('when Pagefind is opened', () => {
  it('waits for a query that needs it when the reader saves data or the line is slower than 4G', () => {
    expect(
      [{ saveData: true, effectiveType: '4g' }, { effectiveType: '3g' }, { effectiveType: '2g' }, { effectiveType: 'slow-2g' }].every((c) => savingData(c)),
    ).toBe(true);
  });

  it('opens at once on a fast line, or where the browser does not tell (no Network Information API)', () => {
    expect([{ saveData: false, effectiveType: '4g' }, {}, undefined].some((c) => savingData(c))).toBe(false);
  });
});
