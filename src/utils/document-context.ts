import type { DocumentModel } from '../lib/model.ts';
import { incoming, outgoing, type IncomingGroup, type OutgoingGroup } from '../lib/corpus/diagram.ts';
import { instrumentLabel } from '../lib/corpus/instruments.ts';
import type { EffectStatus } from '../lib/corpus/status.ts';
import { formatDate } from '../lib/text/vietnamese.ts';
import type { Mark } from './annotate.ts';
import { clauseName } from './clauses.ts';
import type { Corpus } from './corpus.ts';
import { shortTitle } from './titles.ts';
import { url } from './urls.ts';

/**
 * What a document's page shows of the collection around it, worked out when the
 * routes are listed, so the page renders from its props alone and its cache key
 * (page-key.ts) covers all it shows: a change elsewhere re-renders this page only
 * when it changes one of these.
 */
export interface DocumentContext {
  status: EffectStatus;
  /** Citations as links: to the document itself when the collection holds it, else to the instrument's page. */
  citationMarks: Mark[];
  outgoing: OutgoingGroup[];
  incoming: IncomingGroup[];
  /** The page listing every document that cites this one, for long lists. */
  more: string | undefined;
  /** Counterparts of each clause in the documents it is compared with, by clause id. */
  related: Record<string, Array<{ href: string; label: string }>>;
  counterparts: Array<{ doc: DocumentModel; href: string }>;
}

export function documentContext(doc: DocumentModel, corpus: Corpus): DocumentContext {
  const citationMarks = doc.citations.flatMap((c) => {
    const entry = corpus.instruments.get(c.instrument);
    if (!entry) return [];
    const i = entry.instrument;
    const detail = [instrumentLabel(i), i.date && i.date.length === 10 ? `ngày ${formatDate(i.date)}` : i.date, i.issuer && `của ${i.issuer}`]
      .filter(Boolean)
      .join(' ');
    return [{ text: c.text, href: entry.document ? url.document(entry.document.id) : url.instrument(i.id), title: detail }];
  });
  // The instrument records that are this document: its page lists who cites it.
  const held = corpus.heldBy.get(doc.id) ?? [];
  const alignments = corpus.alignmentsOf.get(doc.id) ?? [];
  // No prototype: a clause id is a key, never an inherited name.
  const related: DocumentContext['related'] = Object.create(null);
  for (const al of alignments) {
    const mine = al.a === doc.id ? 'a' : 'b';
    const other = corpus.byId.get(mine === 'a' ? al.b : al.a)!;
    for (const pair of al.pairs) {
      const here = pair[mine];
      const there = pair[mine === 'a' ? 'b' : 'a'];
      if (!here || !there) continue;
      (related[here] ??= []).push({
        href: `${url.comparePair(al.a, al.b)}#${mine}-${here}`,
        label: `${other.province?.name ?? shortTitle(other)}, ${clauseName(other, there)}`,
      });
    }
  }
  return {
    status: corpus.status.get(doc.id)!,
    citationMarks,
    outgoing: outgoing(doc, corpus.instruments),
    incoming: incoming(held),
    more: held[0] && url.instrument(held[0].instrument.id),
    related,
    counterparts: alignments.map((al) => ({ doc: corpus.byId.get(al.a === doc.id ? al.b : al.a)!, href: url.comparePair(al.a, al.b) })),
  };
}
