import { BODY_KEYS, emptyDocument, type DocumentMetadata, type QualityIssue } from '../model.ts';

/**
 * The frontmatter of a generated MDX file is the document's metadata (the
 * model without its body fields, which the MDX body holds) written as JSON.
 * JSON is YAML 1.2, so every MDX tool still reads it as YAML frontmatter, but
 * the site loads it with `JSON.parse`: about 100 times faster than a YAML
 * parser, which matters at 10,000 documents. JSON escapes line breaks inside
 * strings, so the closing `---` can never occur inside a value.
 */

/** The lines that open and close the frontmatter (the closing one never occurs inside JSON). */
export const FRONTMATTER_OPEN = '---\n';
export const FRONTMATTER_CLOSE = '\n---\n';

const BODY = new Set<string>(BODY_KEYS);

export function writeFrontmatter(metadata: DocumentMetadata): string {
  // The model's own field order, whatever order the fields were set in, so that reading a file back and writing it gives the same bytes.
  const doc = Object.assign(emptyDocument(metadata.id, metadata.source, metadata.type), metadata);
  return JSON.stringify(
    doc,
    function (this: unknown, key: string, value: unknown) {
      return this === doc && BODY.has(key) ? undefined : value;
    },
    1,
  );
}

const encoder = new TextEncoder();
const COMMA = 44;

/**
 * Where the value of a top-level key starts and ends in frontmatter bytes from
 * `writeFrontmatter`. JSON escapes line breaks inside strings, so a line
 * break followed by exactly one space and a quote starts a top-level key, and
 * one followed by `}` closes the object: the value runs up to the first of
 * either, less its comma.
 */
function topLevelValue(json: Buffer, key: string): [number, number] {
  const line = `\n ${JSON.stringify(key)}: `;
  const at = json.indexOf(line);
  if (at < 0) throw new Error(`Frontmatter has no top-level "${key}".`);
  const start = at + line.length;
  const nextKey = json.indexOf('\n "', start);
  const close = json.indexOf('\n}', start);
  let end = nextKey < 0 || (close >= 0 && close < nextKey) ? close : nextKey;
  if (end < 0) throw new Error('Frontmatter is not closed.');
  if (json[end - 1] === COMMA) end--;
  return [start, end];
}

/**
 * `writeFrontmatter` of a document whose id and issues changed, from the bytes
 * written for it before: those two values are replaced and the rest is copied.
 * Ingest renames a quarter of a large collection's documents after they are
 * rendered; parsing and writing each whole model again cost more than the rename.
 */
export function withIdAndIssues(written: Uint8Array, id: string, issues: QualityIssue[]): Buffer {
  const json = Buffer.from(written.buffer, written.byteOffset, written.byteLength);
  const edits: Array<[start: number, end: number, value: unknown]> = [
    [...topLevelValue(json, 'id'), id],
    [...topLevelValue(json, 'issues'), issues],
  ];
  const out: Uint8Array[] = [];
  let from = 0;
  for (const [start, end, value] of edits.sort((a, b) => a[0] - b[0])) {
    // Nested one level down, every line of a value after its first is indented one more space.
    out.push(json.subarray(from, start), encoder.encode(JSON.stringify(value, null, 1).replaceAll('\n', '\n ')));
    from = end;
  }
  out.push(json.subarray(from));
  return Buffer.concat(out);
}

/** The metadata stored in a generated MDX file; throws with the file's name when it is not one of ours. */
export function readFrontmatter(mdx: string, file: string): DocumentMetadata {
  const end = mdx.indexOf(FRONTMATTER_CLOSE, FRONTMATTER_OPEN.length);
  if (!mdx.startsWith(FRONTMATTER_OPEN) || end < 0) throw new Error(`${file}:1: không có phần frontmatter (---) ở đầu tệp.`);
  try {
    return JSON.parse(mdx.slice(FRONTMATTER_OPEN.length, end)) as DocumentMetadata;
  } catch (error) {
    throw new Error(`${file}:2: frontmatter không phải JSON hợp lệ (${(error as Error).message}).`, { cause: error });
  }
}
