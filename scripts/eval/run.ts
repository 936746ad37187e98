import type { DocumentModel } from '../../src/lib/model.ts';
import { parseSource, readSource, renderOrFallBack } from '../../src/lib/ingest/document.ts';
import { extractCached } from '../../src/lib/source/extract/index.ts';
import { EXTRACT_CACHE_DIR } from '../../src/lib/paths.ts';
import { citationScore, FIELDS, fieldRight, fieldValue, sourceAgreement, type CitationScore, type Field } from './score.ts';
import type { HandLabel, ManifestRow } from './labels.ts';

/** One corpus file through extraction, parsing and the MDX writer, scored. */
export interface Outcome {
  file: string;
  format: string;
  crashed: boolean;
  plain: boolean;
  headerFound: boolean;
  warnings: number;
  ms: number;
  labelled: boolean;
  right: Partial<Record<Field, boolean>>;
  misses: Array<{ field: Field; got: string; want: string }>;
  citations: CitationScore | null;
  source: { checked: number; agreed: number };
}

/** The header was read: a number, a date or a type from the header itself. */
const headerFound = (doc: DocumentModel) => doc.header.some((h) => h.role === 'number' || h.role === 'place-date' || h.role === 'type');

export async function evaluate(row: ManifestRow, bytes: Uint8Array, label: HandLabel | null): Promise<Outcome> {
  const started = performance.now();
  const out: Outcome = {
    file: row.file,
    format: row.format,
    crashed: false,
    plain: false,
    headerFound: false,
    warnings: 0,
    ms: 0,
    labelled: label !== null,
    right: {},
    misses: [],
    citations: null,
    source: { checked: 0, agreed: 0 },
  };
  let doc: DocumentModel;
  try {
    const read = readSource(row.file, bytes, await extractCached(row.file, bytes, EXTRACT_CACHE_DIR));
    doc = renderOrFallBack(parseSource(read), () => read.text).doc;
  } catch (error) {
    out.crashed = true;
    out.misses.push({ field: 'type', got: `crash: ${error instanceof Error ? error.message : String(error)}`, want: '' });
    out.ms = performance.now() - started;
    return out;
  }
  out.ms = performance.now() - started;
  out.plain =
    doc.issues.some((i) => i.code === 'parse-failed' || i.code === 'mdx-unsafe') ||
    (doc.type.code === 'VB' && doc.clauses.length === 0 && doc.header.length === 0);
  out.headerFound = headerFound(doc);
  out.warnings = doc.issues.filter((i) => i.level !== 'info').length;
  out.source = sourceAgreement(doc, row);
  if (label) {
    for (const field of FIELDS) {
      const ok = fieldRight(field, doc, label);
      out.right[field] = ok;
      if (!ok) out.misses.push({ field, got: fieldValue(field, doc), want: String(label[field] ?? '∅') });
    }
    if (label.citations) out.citations = citationScore(doc, label);
  }
  return out;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');

/** The per-format table the README shows. */
export function formatTable(outcomes: Outcome[]): string {
  const formats = [...new Set(outcomes.map((o) => o.format))].sort();
  const head = [
    'format',
    'docs',
    'crashes',
    'plain',
    'header found',
    'labelled',
    ...FIELDS,
    'all fields',
    'citations P/R',
    'source labels',
    'warnings/doc',
    'ms/doc',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  const rowFor = (name: string, os: Outcome[]) => {
    const labelled = os.filter((o) => o.labelled);
    const fieldPct = FIELDS.map((f) => pct(labelled.filter((o) => o.right[f]).length, labelled.length));
    const allRight = labelled.reduce((a, o) => a + FIELDS.filter((f) => o.right[f]).length, 0);
    const cit = os.flatMap((o) => (o.citations ? [o.citations] : []));
    const sum = (k: keyof CitationScore) => cit.reduce((a, c) => a + c[k], 0);
    const src = os.reduce((a, o) => ({ c: a.c + o.source.checked, g: a.g + o.source.agreed }), { c: 0, g: 0 });
    return [
      name,
      os.length,
      os.filter((o) => o.crashed).length,
      os.filter((o) => o.plain).length,
      pct(os.filter((o) => o.headerFound).length, os.length),
      labelled.length,
      ...fieldPct,
      pct(allRight, labelled.length * FIELDS.length),
      cit.length ? `${pct(sum('correct'), sum('found'))} / ${pct(sum('right'), sum('labelled'))}` : '–',
      pct(src.g, src.c),
      (os.reduce((a, o) => a + o.warnings, 0) / os.length).toFixed(1),
      Math.round(os.reduce((a, o) => a + o.ms, 0) / os.length),
    ];
  };
  for (const f of formats)
    lines.push(
      `| ${rowFor(
        f,
        outcomes.filter((o) => o.format === f),
      ).join(' | ')} |`,
    );
  if (formats.length > 1) lines.push(`| ${rowFor('**all**', outcomes).join(' | ')} |`);
  return lines.join('\n');
}
