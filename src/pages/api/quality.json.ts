import type { APIRoute } from 'astro';
import { getDocuments, getSkipped } from '../../utils/documents.ts';

/** Open data: every quality note, per source file, and the entries of the input folder that were not read. */
export const GET: APIRoute = async () => {
  const docs = await getDocuments();
  const files = [...docs]
    .sort((a, b) => (a.source.file < b.source.file ? -1 : 1))
    .map((doc) => ({ file: doc.source.file, document: doc.id, issues: doc.issues }));
  return new Response(JSON.stringify({ files, skipped: getSkipped() }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
