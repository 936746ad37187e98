import type { DocumentModel } from '../lib/model.ts';
import { indexInstruments, unifyInstruments, type InstrumentEntry } from '../lib/corpus/instruments.ts';
import { comparablePairs } from '../lib/corpus/pairs.ts';
import { dutiesByRole, type RoleDuty } from '../lib/corpus/roles.ts';
import { alignClauses, matchedCounts, type Alignment } from '../lib/compare/align.ts';
import { documentStatuses, effectStatus, entriesHeldBy, laterActs, type EffectStatus } from '../lib/corpus/status.ts';
import { implementation, labelsOfPaired, type Implementation } from '../lib/corpus/implementation.ts';
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
  /** The instrument records that are each document (cited under one or more ids), by document id. */
  heldBy: Map<string, InstrumentEntry[]>;
  /** Effect status of every document, and of every instrument, by id (lib/corpus/status.ts). */
  status: Map<string, EffectStatus>;
  instrumentStatus: Map<string, EffectStatus>;
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
  // One instrument, one id, before anything compares or counts citations (lib/corpus/instruments.ts).
  unifyInstruments(docs);
  const byId = new Map(docs.map((d) => [d.id, d]));
  // A pair the suggestion rules let through but where no part matches (plans on one subject in other words) is not worth a page.
  const alignments = comparablePairs(docs)
    .slice(0, MAX_PRECOMPUTED)
    .map(([a, b]) => alignClauses(a, b))
    .filter((al) => Object.values(matchedCounts(al)).some((n) => n > 0));
  const alignmentsOf = new Map<string, Alignment[]>();
  for (const al of alignments) {
    for (const id of [al.a, al.b]) alignmentsOf.set(id, [...(alignmentsOf.get(id) ?? []), al]);
  }
  for (const [id, list] of alignmentsOf) alignmentsOf.set(id, list.sort((x, y) => strength(y) - strength(x)).slice(0, MAX_COUNTERPARTS));
  const instruments = indexInstruments(docs);
  const heldBy = entriesHeldBy(instruments);
  const status = documentStatuses(docs, heldBy);
  const instrumentStatus = new Map(
    [...instruments.values()].map((e) => [e.instrument.id, e.document ? status.get(e.document.id)! : effectStatus(null, laterActs(e))]),
  );
  return { docs, byId, instruments, alignments, alignmentsOf, duties: dutiesByRole(docs), heldBy, status, instrumentStatus };
}

export function getCorpus(): Promise<Corpus> {
  cache ??= build();
  return cache;
}

const implementations = new Map<string, Implementation>();

/**
 * Which provinces carried out an instrument, when, and which of its points
 * (lib/corpus/implementation.ts): the points are the instrument's clauses the
 * first document of each province aligns with. Once per instrument per build:
 * its page and the open data share it.
 */
export function implementationOf(entry: InstrumentEntry): Implementation {
  let found = implementations.get(entry.instrument.id);
  if (!found) {
    found = implementation(entry, (inst, doc) =>
      labelsOfPaired(
        inst,
        alignClauses(inst, doc)
          .pairs.filter((p) => p.a && p.b)
          .map((p) => p.a),
      ),
    );
    implementations.set(entry.instrument.id, found);
  }
  return found;
}
