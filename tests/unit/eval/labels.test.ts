import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatTable, type Outcome } from '../../../scripts/eval/run.ts';
import { FIELDS, sameName, sameNumber } from '../../../scripts/eval/score.ts';
import { readHandLabels, readManifest } from '../../../scripts/eval/labels.ts';

/**
 * The hand-labelled part of `npm run eval` (tests/fixtures/corpus-labels/):
 * the parser on real documents of every format, held to the share of labelled
 * fields it gets right today, per format, so that no change loses ground. The
 * floors rise as the parser improves; the target is 97 % everywhere.
 */
const CORPUS = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');

/** Share of labelled fields right, per format, that a change may not go below. */
const FLOORS: Record<string, number> = {
  'congbao-text': 0.99,
  crawler: 0.97,
  'pandoc-md': 1.0,
  'pdf-text-layer': 0.98,
  'scan-pdf': 0.57,
  'scraper-json': 1.0,
  'web-md': 0.97,
  'web-page': 0.97,
};

describe('comparisons forgive only what a reader would', () => {
  it('names: case, marks on capitals, UBND, spaces', () => {
    expect(sameName('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', 'Ủy ban nhân dân tỉnh Lạng Sơn')).toBe(true);
    expect(sameName('UBND tỉnh Lạng Sơn', 'Ủy ban nhân dân tỉnh Lạng Sơn')).toBe(true);
    expect(sameName('Sở Tài chính', 'Sở Tư pháp')).toBe(false);
    expect(sameName(null, 'Bộ Tài chính')).toBe(false);
    expect(sameName(null, null)).toBe(true);
  });
  it('numbers: spaces and case only', () => {
    expect(sameNumber('01/CT-TTG', '01/CT-TTg')).toBe(true);
    expect(sameNumber('901 -CV/TU', '901-CV/TU')).toBe(true);
    expect(sameNumber('12/NĐ-CP', '12/ND-CP')).toBe(false);
  });
});

const HAS_CORPUS = existsSync(join(CORPUS, 'MANIFEST.tsv'));

describe.runIf(HAS_CORPUS)('hand-labelled corpus documents', () => {
  // A skipped block is still collected: read the corpus only where there is one.
  const labels = HAS_CORPUS ? readHandLabels() : [];
  const rows = new Map(HAS_CORPUS ? readManifest(CORPUS).map((r) => [r.file, r]) : []);
  const outcomes: Outcome[] = [];

  it('every label names a corpus file', () => {
    expect(labels.filter((l) => !rows.has(l.file)).map((l) => l.file)).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(100);
  });

  it('parses every labelled document without a crash, at or above each format’s floor', async () => {
    for (const label of labels) outcomes.push(await evaluate(rows.get(label.file)!, readFileSync(join(CORPUS, label.file)), label));
    console.log(formatTable(outcomes));
    expect(outcomes.filter((o) => o.crashed).map((o) => o.file)).toEqual([]);
    const shares = Object.fromEntries(
      Object.keys(FLOORS).map((format) => {
        const mine = outcomes.filter((o) => o.format === format);
        const right = mine.reduce((a, o) => a + FIELDS.filter((f) => o.right[f]).length, 0);
        return [format, right / (mine.length * FIELDS.length)];
      }),
    );
    for (const [format, floor] of Object.entries(FLOORS)) expect(shares[format], format).toBeGreaterThanOrEqual(floor);
  }, 900_000);
});
