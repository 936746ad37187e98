import type { APIRoute } from 'astro';
import { getCorpus } from '../../utils/corpus.ts';
import { url } from '../../utils/urls.ts';

/** Open data: every cited instrument, merged across documents, with who cites it and how. */
export const GET: APIRoute = async () => {
  const { instruments } = await getCorpus();
  const out = [...instruments.values()]
    .sort((a, b) => (a.instrument.id < b.instrument.id ? -1 : 1))
    .map(({ instrument, document, citedBy }) => ({
      ...instrument,
      url: url.instrument(instrument.id),
      document: document?.id ?? null,
      citedBy: citedBy.map((c) => ({ document: c.doc.id, relations: c.relations, clauses: [...new Set(c.mentions.map((m) => m.clause))] })),
    }));
  return new Response(JSON.stringify({ instruments: out }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
