import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOpenData } from '../../../src/integrations/open-data.ts';
import { filesUnder } from '../../../src/lib/files-under.ts';
import { url } from '../../../src/utils/urls.ts';
import { parseSeed, seedFiles } from '../../helpers/seeds.ts';

const site = mkdtempSync(join(tmpdir(), 'bp-open-data-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Every file of the site and when it was last written. */
const written = () => new Map(filesUnder(site).map((f) => [f, statSync(f).mtimeMs]));

describe('the open-data files of a rebuild', async () => {
  // Text seeds and a Word file: a text that is its original, and one with its text as read beside it.
  const docs = await Promise.all(
    seedFiles()
      .filter((f) => /\.(txt|docx)$/.test(f))
      .map(parseSeed),
  );
  const whole = { kind: 'whole' } as const;

  it('leaves every file the last build wrote with the same bytes as it is, and says so', async () => {
    const first = await writeOpenData(site, docs, whole);
    expect(first).toEqual({ documents: docs.length, unchanged: [] });
    const before = written();
    const again = await writeOpenData(site, docs, whole);
    const perDocument = [...before.keys()].filter((f) => !f.endsWith(join('api', 'documents.json')));
    expect(perDocument.some((f) => f.endsWith('nguon.txt'))).toBe(true);
    expect(again.unchanged.sort()).toEqual(perDocument.sort());
    // The whole collection's list is written anew; each document's files are not.
    const now = written();
    expect(perDocument.filter((f) => now.get(f) !== before.get(f))).toEqual([]);
  });

  it('writes again what changed, only that', async () => {
    const [changed, ...rest] = docs;
    const edited = { ...changed!, subject: `${changed!.subject} (sửa)` };
    const { unchanged } = await writeOpenData(site, [edited, ...rest], whole);
    const record = join(site, url.json(changed!.id));
    expect(unchanged).not.toContain(record);
    expect(unchanged).toContain(join(site, url.original(changed!.id, changed!.source.file)));
    expect(unchanged).toHaveLength(written().size - 2);
  });
});
