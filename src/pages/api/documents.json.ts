import type { APIRoute } from 'astro';
import { getDocuments } from '../../utils/documents.ts';
import { documentRecord } from '../../utils/open-data.ts';

/** Open data: every document's model (schema in README.md). */
export const GET: APIRoute = async () => {
  const docs = await getDocuments();
  const documents = [...docs].sort((a, b) => (a.id < b.id ? -1 : 1)).map(documentRecord);
  return new Response(JSON.stringify({ documents }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
