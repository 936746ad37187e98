import type { APIRoute } from 'astro';
import { getDocuments } from '../../utils/documents.ts';
import { documentRecord } from '../../utils/open-data.ts';

/** One document's model as JSON. */
export async function getStaticPaths() {
  return (await getDocuments()).map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}

export const GET: APIRoute = ({ props }) => Response.json(documentRecord(props.doc));
