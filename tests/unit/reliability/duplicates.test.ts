import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dedupeIds, ingest } from '../../../src/lib/ingest/index.ts';
import { readDocument } from '../../../src/lib/mdx/read.ts';
import type { Ingested } from '../../../src/lib/ingest/convert.ts';
import { DIRECTIVE } from '../../fixtures/encodings.ts';

/**
 * Issue "bad inputs never lose text", part 4: the same document saved twice
 * under two names, and two different documents that would get the same id.
 * Both are kept, with distinct ids, and the collision is reported on the later
 * one (file names sort first, so the outcome is the same every run).
 */

let seeds: string;
let content: string;
beforeEach(() => {
  seeds = mkdtempSync(join(tmpdir(), 'bp-dup-seeds-'));
  content = mkdtempSync(join(tmpdir(), 'bp-dup-content-'));
});
afterEach(() => {
  rmSync(seeds, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

const byFile = (docs: Ingested[]) => Object.fromEntries(docs.map((d) => [d.source.file, d]));
const codes = (d: Ingested) => d.issues.map((i) => i.code);
/** What every page and the quality report read: the model stored in each MDX file. */
/** The MDX files ingest wrote (content/ also holds its list of skipped entries). */
const mdxFiles = () => readdirSync(content).filter((f) => f.endsWith('.mdx'));
const stored = () =>
  mdxFiles()
    .map((f) => readDocument(readFileSync(join(content, f), 'utf8'), f))
    .sort((a, b) => (a.source.file < b.source.file ? -1 : 1));

describe('duplicates', () => {
  it('the same file under two names: both published, ids distinct, the copy reported as a duplicate of the first', async () => {
    writeFileSync(join(seeds, 'a-chi-thi.txt'), DIRECTIVE);
    writeFileSync(join(seeds, 'b-ban-sao.txt'), DIRECTIVE);
    const { documents } = await ingest(seeds, content);
    const { 'a-chi-thi.txt': a, 'b-ban-sao.txt': b } = byFile(documents);
    expect(a!.id).toBe('chi-thi-07-ct-ubnd-2026-quang-tri');
    expect(b!.id).toBe('chi-thi-07-ct-ubnd-2026-quang-tri-2');
    expect(codes(a!)).not.toContain('duplicate-file');
    expect(b!.issues.find((i) => i.code === 'duplicate-file')!.message).toContain('a-chi-thi.txt');
    const idNote = b!.issues.find((i) => i.code === 'duplicate-id')!;
    expect(idNote.message).toContain('a-chi-thi.txt');
    expect(idNote.action).toContain(b!.id);
    expect(stored().map((d) => [d.source.file, d.id])).toEqual([
      ['a-chi-thi.txt', a!.id],
      ['b-ban-sao.txt', b!.id],
    ]);
    // The text itself is kept in both.
    expect(stored().map((d) => d.clauses.length)).toEqual([3, 3]);
  });

  it('two different documents that get the same id (same number, year, province): both kept, only an id note', async () => {
    writeFileSync(join(seeds, '1.txt'), DIRECTIVE);
    writeFileSync(join(seeds, '2.txt'), DIRECTIVE.replace('Sở Tài chính bảo đảm kinh phí', 'Sở Tài chính cấp đủ kinh phí'));
    writeFileSync(join(seeds, '3.md'), DIRECTIVE.replace('Nguyễn Văn Hùng', 'Lê Thị Lan'));
    const { documents } = await ingest(seeds, content);
    expect(documents.map((d) => d.id)).toEqual([
      'chi-thi-07-ct-ubnd-2026-quang-tri',
      'chi-thi-07-ct-ubnd-2026-quang-tri-2',
      'chi-thi-07-ct-ubnd-2026-quang-tri-3',
    ]);
    for (const d of documents.slice(1)) {
      expect(codes(d)).toContain('duplicate-id');
      expect(codes(d)).not.toContain('duplicate-file');
    }
    expect(mdxFiles()).toHaveLength(3);
    expect(stored().map((d) => d.signer.name)).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Lê Thị Lan']);
  });

  it('a suffixed id never takes an id another document has by nature', () => {
    // "x-2" is the natural id of the first document; the second "x" must skip it.
    const doc = (id: string, file: string, sha256: string) =>
      ({ id, source: { file, sha256, encoding: 'utf-8', bytes: 1, format: 'text' as const, readAsIs: false }, issues: [] }) as Ingested;
    const docs = [doc('x-2', 'a.txt', '1'), doc('x', 'b.txt', '2'), doc('x', 'c.txt', '3'), doc('x-2', 'd.txt', '4')];
    dedupeIds(docs);
    expect(new Set(docs.map((d) => d.id)).size).toBe(4);
    expect(docs.map((d) => d.id)).toEqual(['x-2', 'x', 'x-3', 'x-2-2']);
  });

  it('ids resolve the same way on every run, whatever the directory order, and a rerun rewrites nothing', async () => {
    writeFileSync(join(seeds, 'b.txt'), DIRECTIVE);
    writeFileSync(join(seeds, 'a.txt'), DIRECTIVE);
    const first = await ingest(seeds, content);
    const second = await ingest(seeds, content);
    expect(second.documents.map((d) => [d.source.file, d.id])).toEqual(first.documents.map((d) => [d.source.file, d.id]));
    expect(first.documents.map((d) => d.source.file)).toEqual(['a.txt', 'b.txt']);
    expect(second.written).toEqual([]);
  });

  it('when the first copy is deleted, the survivor takes the plain id and the stale file goes', async () => {
    writeFileSync(join(seeds, 'a.txt'), DIRECTIVE);
    writeFileSync(join(seeds, 'b.txt'), DIRECTIVE);
    await ingest(seeds, content);
    rmSync(join(seeds, 'a.txt'));
    const { documents } = await ingest(seeds, content);
    expect(documents.map((d) => d.id)).toEqual(['chi-thi-07-ct-ubnd-2026-quang-tri']);
    expect(mdxFiles()).toEqual(['chi-thi-07-ct-ubnd-2026-quang-tri.mdx']);
    expect(codes(documents[0]!)).not.toContain('duplicate-id');
  });
});
