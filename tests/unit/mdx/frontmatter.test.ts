import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import type { DocumentModel, QualityIssue } from '../../../src/lib/model.ts';
import { ingestFile } from '../../../src/lib/ingest/index.ts';
import { withIdAndIssues, writeFrontmatter } from '../../../src/lib/mdx/frontmatter.ts';

/**
 * `withIdAndIssues` patches the bytes `writeFrontmatter` wrote; it must give
 * exactly what writing the changed model afresh gives, for any id and issues,
 * with those keys anywhere in the object.
 */

const seeds = await Promise.all(
  readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ingestFile('seeds', f)),
);
const bytes = (s: string) => Buffer.from(s, 'utf8');

/** Text with everything JSON escapes or that looks like its layout. */
const tricky = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ế', ' ', '"', '\\', '\n', '\t', ',', '{', '}', '[', ']', ':', '\n "', '\n}', '\u2028', '😀') });
const issue: fc.Arbitrary<QualityIssue> = fc.record({
  level: fc.constantFrom('error', 'warning', 'info'),
  code: tricky,
  message: tricky,
  line: fc.option(fc.nat(), { nil: null }),
  action: tricky,
});

/** The same model with its keys in another order: ids first or last, issues anywhere. */
const reordered = (doc: DocumentModel, order: number[]): DocumentModel => {
  const entries = Object.entries(doc);
  return Object.fromEntries(order.map((k) => entries[k % entries.length]!).concat(entries)) as unknown as DocumentModel;
};

describe('withIdAndIssues', () => {
  it('gives what writing the renamed model gives, on every seed', () => {
    for (const doc of seeds) {
      const id = `${doc.id}-2`;
      const issues = [
        ...doc.issues,
        { level: 'warning', code: 'duplicate-id', message: `Mã "${doc.id}" đã dùng.`, line: null, action: `Đổi mã thành "${id}".` } as const,
      ];
      expect(withIdAndIssues(bytes(`---\n${writeFrontmatter(doc)}`), id, issues).toString()).toBe(`---\n${writeFrontmatter({ ...doc, id, issues })}`);
    }
  });

  it('holds for any id, any issues and any key order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), tricky, fc.array(issue, { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 }), (seed, id, issues, order) => {
        const doc = reordered(seed, order);
        expect(withIdAndIssues(bytes(writeFrontmatter(doc)), id, issues).toString()).toBe(writeFrontmatter({ ...doc, id, issues }));
      }),
      { numRuns: 300 },
    );
  });

  it('says so when the bytes are not a frontmatter of ours', () => {
    expect(() => withIdAndIssues(bytes('{"id": "a", "issues": []}'), 'b', [])).toThrow(/no top-level "id"/);
  });
});
