import type { APIRoute } from 'astro';
import { getCorpus } from '../../utils/corpus.ts';
import { STATE_NAMES, type EffectStatus } from '../../lib/corpus/status.ts';

/** Open data: the effect status of every document and cited instrument, with its evidence (lib/corpus/status.ts). */
const record = (s: EffectStatus) => ({
  state: s.state,
  name: STATE_NAMES[s.state],
  since: s.since,
  own: s.own && { from: s.own.from, text: s.own.text, clause: s.own.clause, line: s.own.line },
  acts: s.acts.map((a) => ({ by: a.by.id, relation: a.relation, date: a.date, text: a.text, clause: a.clause })),
  unknown: s.unknown,
});

export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const documents = Object.fromEntries([...corpus.status].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, s]) => [id, record(s)]));
  const instruments = Object.fromEntries([...corpus.instrumentStatus].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, s]) => [id, record(s)]));
  return new Response(JSON.stringify({ documents, instruments }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
