import type { APIRoute } from 'astro';
import { getCorpus } from '../../utils/corpus.ts';

/** Open data: the precomputed clause alignments, `{ alignments: [{ a: {doc, clause}, b: {doc, clause}, score }] }`. */
export const GET: APIRoute = async () => {
  const { alignments } = await getCorpus();
  const rows = alignments.flatMap((al) =>
    al.pairs.map((p) => ({ a: { doc: al.a, clause: p.a }, b: { doc: al.b, clause: p.b }, score: p.score })),
  );
  return new Response(JSON.stringify({ alignments: rows }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
