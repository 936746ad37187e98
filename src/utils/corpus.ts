import type { DocumentModel } from '../lib/model.ts';
import { indexInstruments, type InstrumentEntry } from '../lib/corpus/instruments.ts';
import { comparablePairs } from '../lib/corpus/pairs.ts';
import { dutiesByRole, type RoleDuty } from '../lib/corpus/roles.ts';
import { alignClauses, type Alignment } from '../lib/compare/align.ts';
import { getDocuments } from './documents.ts';

/**
 * What the site knows about the collection as a whole, computed once per build
 * and shared by every page: instruments and who cites them, precomputed
 * comparisons, and the duties of each role.
 */
export interface Corpus {
  docs: DocumentModel[];
  byId: Map<string, DocumentModel>;
  instruments: Map<string, InstrumentEntry>;
  alignments: Alignment[];
  /** For each document, the strongest precomputed comparisons it takes part in (at most `MAX_COUNTERPARTS`). */
  alignmentsOf: Map<string, Alignment[]>;
  duties: Map<string, RoleDuty[]>;
}

let cache: Promise<Corpus> | null = null;

/**
 * Comparisons built as static pages: each costs a page render, so a national
 * collection gets the first this many (every document's nearest counterpart, in
 * file order); any other pair opens on the compare page in the browser.
 */
const MAX_PRECOMPUTED = 2000;

/**
 * Counterparts a document's page links to, strongest first: a template that
 * hundreds of communes copied is the nearest counterpart of each of them, and
 * its page would list them all (1.2 MB at 10,000 documents). The reader can
 * still compare it with any document on the compare page.
 */
const MAX_COUNTERPARTS = 8;
const strength = (al: Alignment) => al.pairs.reduce((n, p) => n + p.score, 0);

async function build(): Promise<Corpus> {
  const docs = await getDocuments();
  const byId = new Map(docs.map((d) => [d.id, d]));
  const alignments = comparablePairs(docs).slice(0, MAX_PRECOMPUTED).map(([a, b]) => alignClauses(a, b));
  const alignmentsOf = new Map<string, Alignment[]>();
  for (const al of alignments) {
    for (const id of [al.a, al.b]) alignmentsOf.set(id, [...(alignmentsOf.get(id) ?? []), al]);
  }
  for (const [id, list] of alignmentsOf) alignmentsOf.set(id, list.sort((x, y) => strength(y) - strength(x)).slice(0, MAX_COUNTERPARTS));
  return { docs, byId, instruments: indexInstruments(docs), alignments, alignmentsOf, duties: dutiesByRole(docs) };
}

export function getCorpus(): Promise<Corpus> {
  cache ??= build();
  return cache;
}
