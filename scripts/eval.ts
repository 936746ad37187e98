/**
 * npm run eval [-- --labelled] [--format web-md] [--misses]: parses the
 * development corpus (CORPUS_DIR, default ../shared/corpus) as ingest does and
 * prints, per format, how the parser fares: documents, crashes, plain-text
 * fallbacks, header found, each field right against the hand labels
 * (tests/fixtures/corpus-labels/), agreement with the sources' own labels,
 * warnings per document and time. `--misses` lists every wrong field.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, formatTable, type Outcome } from './eval/run.ts';
import { readHandLabels, readManifest } from './eval/labels.ts';

const { values } = parseArgs({ options: { labelled: { type: 'boolean' }, format: { type: 'string' }, misses: { type: 'boolean' } } });
const corpus = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const labels = new Map(readHandLabels().map((l) => [l.file, l]));
const rows = readManifest(corpus).filter((r) => (!values.format || r.format === values.format) && (!values.labelled || labels.has(r.file)));

const outcomes: Outcome[] = [];
for (const row of rows) {
  outcomes.push(await evaluate(row, readFileSync(join(corpus, row.file)), labels.get(row.file) ?? null));
  if (outcomes.length % 100 === 0) process.stderr.write(`${outcomes.length}/${rows.length}\n`);
}
console.log(formatTable(outcomes));
if (values.misses) {
  for (const o of outcomes) for (const m of o.misses) console.log(`${o.file}\t${m.field}\tparsed: ${m.got}\tlabel: ${m.want}`);
}
