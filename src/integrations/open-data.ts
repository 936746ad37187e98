import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentModel } from '../lib/model.ts';
import { EXTRACT_CACHE_DIR, SEEDS_DIR } from '../lib/paths.ts';
import { decode } from '../lib/source/decode.ts';
import { readInside } from '../lib/source/folder.ts';
import { neutralizeControls, printable } from '../lib/text/controls.ts';
import { extractCached } from '../lib/source/extract/index.ts';
import { documentRecord, documentSummary } from '../utils/open-data.ts';
import { hasOwnText, url } from '../utils/urls.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { buildPartFromEnv, makesShared, ownDocuments, type BuildPart } from '../utils/build-part.ts';

/**
 * The open-data files that hold whole models, written straight into the built
 * site: `/api/documents.json` (every document's metadata), and for each document
 * `/van-ban/<id>.json` (the model), `/van-ban/<id>/ban-goc.<ext>` (the file as
 * received, byte for byte: the trusted record) and `/van-ban/<id>/nguon.txt`
 * (its text as read: decoded to UTF-8, or extracted from a PDF, Word file or
 * scan, from the extractors' cache that ingest filled; utils/urls.ts
 * `hasOwnText` says when there is one). Plain file writes: as Astro routes they cost
 * two page renders per document, a third of the build at 10,000 documents.
 * Several documents at a time: the step waits on the disk (280 MB at 10,000
 * documents), and overlapping the writes took it from 10.6 s to 8.2 s. A file
 * the last build wrote with the same bytes is left as it is: a rebuild reads
 * it instead of writing it again, and says which files it kept.
 */
const AT_ONCE = 16;

/** Writes `data` at `path` unless the file there holds it already; says whether it wrote. */
async function writeChanged(path: string, data: string | Buffer): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const old = await stat(path).catch(() => null);
  if (old?.size === bytes.length && (await readFile(path)).equals(bytes)) return false;
  await writeFile(path, bytes);
  return true;
}

/** Documents per write of `/api/documents.json`: it grows with the collection, never one string. */
const SLICE = 200;

/** The text as read (decoded, or the extractor's), less the control characters that must not reach readers as characters (the original keeps them). */
async function sourceText(doc: DocumentModel, bytes: Buffer): Promise<string> {
  const extracted = doc.source.format === 'text' ? null : await extractCached(doc.source.file, bytes, EXTRACT_CACHE_DIR);
  return neutralizeControls(extracted ? extracted.text.normalize('NFC') : decode(bytes).text).text;
}

/**
 * `/api/documents.json` (`{ "documents": [ … ] }`, by id, not indented; each
 * document's summary, utils/open-data.ts `documentSummary`) and each
 * document's own files, a slice of documents at a time. A build of part of the site (utils/build-part.ts)
 * writes its part: the shared part `/api/documents.json`, a shard its
 * documents' files. `docs` may be shells, whose `recordOf` reads each whole
 * model in its turn (as in searchPages). Returns how many documents' files were written, and the
 * paths of those left as the last build wrote them.
 */
export async function writeOpenData(
  site: string,
  docs: DocumentModel[],
  part: BuildPart = buildPartFromEnv(),
  recordOf: (doc: DocumentModel) => string = (doc) => JSON.stringify(documentRecord(doc)),
): Promise<{ documents: number; unchanged: string[] }> {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
  const own = new Set(ownDocuments(sorted, part));
  await mkdir(join(site, 'api'), { recursive: true });
  const all = makesShared(part) ? await open(join(site, 'api', 'documents.json'), 'w') : null;
  const unchanged: string[] = [];
  const write = async (path: string, data: string | Buffer) => {
    if (!(await writeChanged(path, data))) unchanged.push(path);
  };
  try {
    await all?.write('{"documents":[');
    for (let k = 0; k < sorted.length; k += SLICE) {
      const slice = sorted.slice(k, k + SLICE).map((doc) => ({ doc, json: recordOf(doc) }));
      if (all) await all.write(`${k ? ',' : ''}${slice.map((d) => JSON.stringify(documentSummary(JSON.parse(d.json)))).join(',')}`);
      await mapLimit(
        slice.filter(({ doc }) => own.has(doc)),
        AT_ONCE,
        async ({ doc, json }) => {
          await mkdir(join(site, url.document(doc.id)), { recursive: true });
          let bytes: Buffer;
          try {
            // Read as ingest read it: only a regular file inside the folder (source/folder.ts).
            bytes = readInside(SEEDS_DIR, doc.source.file);
          } catch (error) {
            // Gone since ingest read it: the model is published, the file is not.
            console.warn(`${printable(doc.source.file)}: ${(error as Error).message}; bản gốc không được đăng (chạy lại npm run build).`);
            await write(join(site, url.json(doc.id)), json);
            return;
          }
          await Promise.all([
            write(join(site, url.json(doc.id)), json),
            write(join(site, url.original(doc.id, doc.source.file)), bytes),
            hasOwnText(doc) ? write(join(site, url.source(doc.id)), await sourceText(doc, bytes)) : null,
          ]);
        },
      );
    }
    await all?.write(']}');
  } finally {
    await all?.close();
  }
  return { documents: own.size, unchanged };
}
