import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, renderMdx } from '../../../src/lib/ingest/index.ts';
import { frontmatterEnd, frontmatterFor } from '../../../src/lib/ingest/document.ts';
import type { DocumentModel } from '../../../src/lib/model.ts';
import { plainDocument } from '../../../src/lib/parse/plain.ts';
import { parseSeed, SEEDS_DIR, seedFiles } from '../../helpers/seeds.ts';

/**
 * Ingest converts files in worker threads and in its own thread, and fixes the
 * frontmatter of documents whose id changed afterwards: none of it may change
 * a byte of what is written.
 */

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bp-ingest-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The seeds, plus an exact copy and an edited copy of the first (ids collide). */
function seeds(): string {
  const dir = join(root, 'seeds');
  mkdirSync(dir);
  for (const f of seedFiles()) copyFileSync(join(SEEDS_DIR, f), join(dir, f));
  const first = readFileSync(join(SEEDS_DIR, seedFiles()[0]!), 'utf8');
  writeFileSync(join(dir, 'z-copy.txt'), first);
  writeFileSync(join(dir, 'z-edited.txt'), `${first}\nGhi chú của người biên tập.\n`);
  return dir;
}

const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('ingest in parallel', () => {
  it('writes exactly what a single thread writes, documents in file order', async () => {
    const dir = seeds();
    const one = await ingest(dir, join(root, 'one'), { workers: 0 });
    const many = await ingest(dir, join(root, 'many'), { workers: 2 });
    expect(files(join(root, 'many'))).toEqual(files(join(root, 'one')));
    expect(many.documents).toEqual(one.documents);
    expect(many.documents.map((d) => d.source.file)).toEqual(readdirSync(dir).sort());
    expect(many.documents.filter((d) => d.issues.some((i) => i.code === 'duplicate-id'))).toHaveLength(2);
  });

  it('parses again only what changed, with or without workers', async () => {
    const dir = seeds();
    const content = join(root, 'content');
    const cacheDir = join(root, 'cache');
    const first = await ingest(dir, content, { cacheDir, workers: 1 });
    expect(first.parsed).toBe(seedFiles().length + 2);
    const again = await ingest(dir, content, { cacheDir, workers: 1 });
    expect([again.parsed, again.written]).toEqual([0, []]);
    writeFileSync(join(dir, 'z-edited.txt'), `${readFileSync(join(dir, 'z-edited.txt'), 'utf8')}\nGhi chú.\n`);
    const edited = await ingest(dir, content, { cacheDir, workers: 0 });
    expect(edited.parsed).toBe(1);
    expect(edited.written).toEqual([join(content, `${edited.documents.at(-1)!.id}.mdx`)]);
  });

  it('keeps the entries before a cache index cut short, and parses the rest again', async () => {
    const dir = seeds();
    const content = join(root, 'content');
    const cacheDir = join(root, 'cache');
    await ingest(dir, content, { cacheDir, workers: 0 });
    const [name] = readdirSync(cacheDir);
    const path = join(cacheDir, name!);
    const whole = readFileSync(path);
    // The first seeds are written as parsed: their entries are one line each, naming their content file.
    const third = whole.indexOf(10, whole.indexOf(10) + 1) + 1;
    writeFileSync(path, whole.subarray(0, third + 30));
    const again = await ingest(dir, content, { cacheDir, workers: 1 });
    expect([again.parsed, again.written]).toEqual([seedFiles().length, []]);
  });

  it('parses a file again when its content file was edited or removed since', async () => {
    const dir = seeds();
    const content = join(root, 'content');
    const cacheDir = join(root, 'cache');
    const first = await ingest(dir, content, { cacheDir, workers: 0 });
    const [a, b] = first.documents.map((d) => join(content, `${d.id}.mdx`));
    writeFileSync(a!, `${readFileSync(a!, 'utf8')}\nSửa tay.\n`);
    rmSync(b!);
    const again = await ingest(dir, content, { cacheDir, workers: 0 });
    expect(again.parsed).toBe(2);
    expect(again.written.sort()).toEqual([a, b].sort());
    expect(readFileSync(a!, 'utf8')).not.toContain('Sửa tay.');
  });

  it('reads sub-folders, and skips a folder named like a source', async () => {
    const dir = seeds();
    mkdirSync(join(dir, 'y-folder.txt'));
    mkdirSync(join(dir, 'nam-2026'));
    writeFileSync(join(dir, 'nam-2026', 'z.txt'), 'Số: 12/CT-UBND\n\nCHỈ THỊ\n\nVề việc thử');
    const result = await ingest(dir, join(root, 'content'), { workers: 1 });
    expect(result.documents.map((d) => d.source.file)).toContain('nam-2026/z.txt');
    expect(result.documents.map((d) => d.source.file)).not.toContain('y-folder.txt');
  });
});

describe('the frontmatter is the only part of the MDX that depends on the id and the issues', () => {
  const warning = { level: 'warning', code: 'duplicate-id', message: 'x', line: null, action: 'y' } as const;
  const renamed = (doc: DocumentModel, id: string) => {
    const before = renderMdx(doc);
    doc.id = id;
    doc.issues.push(warning);
    return frontmatterFor(doc) + before.slice(frontmatterEnd(before));
  };

  it('for a parsed document', async () => {
    const doc = await parseSeed(seedFiles()[1]!);
    expect(renamed(doc, `${doc.id}-2`)).toBe(renderMdx(doc));
  });

  it('for a plain-text fallback', async () => {
    const doc = await parseSeed(seedFiles()[2]!);
    const fallback = plainDocument('Dòng một\n\nDòng hai', doc.source, new Error('hỏng'));
    expect(renamed(fallback, `${doc.id}-3`)).toBe(renderMdx(fallback));
  });
});
