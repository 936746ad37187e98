import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocuments } from '../../../utils/documents.ts';
import { decode } from '../../../lib/source/decode.ts';
import { SEEDS_DIR } from '../../../lib/paths.ts';

/** The source text as received (decoded to UTF-8, not otherwise touched), for readers who want to check. */
export async function getStaticPaths() {
  return (await getDocuments()).map((doc) => ({ params: { id: doc.id }, props: { file: doc.source.file } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { text } = decode(await readFile(join(SEEDS_DIR, props.file)));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
