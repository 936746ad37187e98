import type { APIRoute } from 'astro';
import { getCorpus, implementationOf } from '../../utils/corpus.ts';
import { instrumentLabel } from '../../lib/corpus/instruments.ts';
import { STATE_NAMES } from '../../lib/corpus/status.ts';

/**
 * Open data: for every instrument some province has acted on, who acted, when
 * and on which points (lib/corpus/implementation.ts), and its effect status.
 */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const instruments = [...corpus.instruments.values()]
    .map((entry) => ({ entry, impl: implementationOf(entry) }))
    .filter(({ impl }) => impl.acted > 0)
    .sort((a, b) => b.impl.acted - a.impl.acted || (a.entry.instrument.id < b.entry.instrument.id ? -1 : 1))
    .map(({ entry: { instrument: i, document }, impl }) => {
      const status = corpus.instrumentStatus.get(i.id)!;
      return {
        instrument: i.id,
        label: instrumentLabel(i),
        date: i.date,
        issuer: i.issuer,
        document: document?.id ?? null,
        status: { state: status.state, name: STATE_NAMES[status.state], since: status.since },
        provinces: impl.provinces
          .filter((p) => p.documents.length || p.reports.length)
          .map((p) => ({
            province: p.slug,
            name: p.name,
            documents: p.documents.map((d) => ({ id: d.id, date: d.date })),
            delayDays: p.delay,
            points: p.points,
            reports: p.reports.map((d) => d.id),
          })),
      };
    });
  return new Response(JSON.stringify({ instruments }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
