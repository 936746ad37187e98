import type { APIRoute } from 'astro';
import { getDocuments } from '../../utils/documents.ts';
import { documentRecord } from '../../utils/open-data.ts';

/** Open data: every document's model (schema in README.md). Not indented: at 10,000 documents that is 100 MB less to write and fetch. */
export const GET: APIRoute = async () => {
  const docs = await getDocuments();
  const documents = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1)).map(documentRecord);
  return new Response(JSON.stringify({ documents }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
