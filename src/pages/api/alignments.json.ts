import type { APIRoute } from 'astro';
import { getCorpus } from '../../utils/corpus.ts';
import { partPairs } from '../../lib/compare/align.ts';
import { PARTS } from '../../lib/compare/units.ts';

/**
 * Open data: the precomputed alignments. `alignments` holds the clause pairs,
 * `[{ a: {doc, clause}, b: {doc, clause}, score }]` as before; `parts` the
 * other parts, `[{ part, a: {doc, unit}, b: {doc, unit}, score }]` where `part`
 * is preamble, closing or annexes and a unit is `mo-dau-n`, `phan-cuoi-n`, or
 * an annex paragraph or table row (`<table id>__hang-n`).
 */
export const GET: APIRoute = async () => {
  const { alignments } = await getCorpus();
  const rows = alignments.flatMap((al) => al.pairs.map((p) => ({ a: { doc: al.a, clause: p.a }, b: { doc: al.b, clause: p.b }, score: p.score })));
  const parts = alignments.flatMap((al) =>
    PARTS.filter((part) => part !== 'clauses').flatMap((part) =>
      partPairs(al, part).map((p) => ({ part, a: { doc: al.a, unit: p.a }, b: { doc: al.b, unit: p.b }, score: p.score })),
    ),
  );
  return new Response(JSON.stringify({ alignments: rows, parts }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
