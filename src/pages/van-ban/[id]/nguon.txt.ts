import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getDocuments } from '../../../utils/documents.ts';

/** The source file exactly as received, for readers who want to check the text. */
export async function getStaticPaths() {
  return (await getDocuments()).map(({ entry, doc }) => ({ params: { id: entry.id }, props: { file: doc.source.file } }));
}

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(resolve('seeds', props.file)); // the build runs from the project root
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
