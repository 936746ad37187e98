import { describe, expect, it } from 'vitest';
import { BODY_KEYS } from '../../../src/lib/model.ts';
import { documentRecord, documentSummary } from '../../../src/utils/open-data.ts';
import { parseSeed, seedFiles } from '../../helpers/seeds.ts';

describe('the open data of a document', async () => {
  const doc = await parseSeed(seedFiles().find((f) => f.endsWith('.txt'))!);
  const record = documentRecord(doc);

  it('lists a document by its metadata, without its text, and says where its whole record is', () => {
    const summary = documentSummary(record);
    for (const key of BODY_KEYS) expect(summary, key).not.toHaveProperty(key);
    expect(summary).toMatchObject({ id: doc.id, subject: doc.subject, issues: doc.issues, url: record.url, canonical: record.canonical });
    expect(summary.json).toBe(`/van-ban/${doc.id}.json`);
    expect(record.clauses.length).toBeGreaterThan(0);
  });
});
