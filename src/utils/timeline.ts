import type { DocumentModel, Instrument } from '../lib/model.ts';
import { instrumentLabel, type InstrumentEntry } from '../lib/corpus/instruments.ts';
import { scopeOfCode } from '../lib/citations/issuers.ts';
import { isCentralBody } from '../lib/vocabulary/issuers.ts';
import { compareVi } from '../lib/text/vietnamese.ts';
import { shortTitle } from './titles.ts';

/** The timeline's two columns: the centre's decisions and the provinces' documents. */
export type Level = Instrument['scope'];

export type TimelineEntry =
  { kind: 'instrument'; date: string; level: Level; entry: InstrumentEntry } | { kind: 'document'; date: string; level: Level; doc: DocumentModel };

export interface TimelineYear {
  year: string;
  /** In date order, at most `perYear` documents (every cited instrument of the year stays). */
  entries: TimelineEntry[];
  /** Documents of the year left out of `entries`: the page links to all of them on the search page. */
  hidden: number;
  documents: number;
}

export interface Timeline {
  years: TimelineYear[];
  /** Documents with neither day nor year (a draft left blank, a date the parser could not read): listed apart, never dropped. */
  undated: DocumentModel[];
}

/**
 * A document of the centre: no province, and an issuer that is a central body by
 * its printed name (vocabulary/issuers.ts), or failing a name, by the code in its
 * number (`TTg`, `BQP`, `TW`). A province's committee or department is local
 * even when its name starts like a ministry's.
 */
export function documentLevel(doc: Pick<DocumentModel, 'province' | 'authority' | 'number'>): Level {
  if (doc.province) return 'local';
  if (doc.authority && isCentralBody(doc.authority.name)) return 'central';
  return doc.number?.issuerCode && scopeOfCode(doc.number.issuerCode) === 'central' ? 'central' : 'local';
}

/**
 * ISO dates compare as text; a date known only to the year (`2026`) or month
 * goes after every day it could be, since it may be any of them: padding with
 * `~` (after the digits and `-`) does that.
 */
const dayKey = (date: string) => date.padEnd(10, '~');
const nameOf = (e: TimelineEntry) => (e.kind === 'document' ? shortTitle(e.doc) : instrumentLabel(e.entry.instrument));

/** By day; on one day the centre's decision before the provinces' documents, then by name. */
export function byDay(a: TimelineEntry, b: TimelineEntry): number {
  const ka = dayKey(a.date);
  const kb = dayKey(b.date);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.level !== b.level) return a.level === 'central' ? -1 : 1;
  return compareVi(nameOf(a), nameOf(b));
}

/**
 * The collection's documents and the instruments they cite on one axis, year by
 * year. A cited instrument held in the collection is shown once, as its
 * document; one cited without a date cannot be placed (the instruments' index
 * lists it).
 */
export function timelineOf(docs: DocumentModel[], instruments: Iterable<InstrumentEntry>, perYear = Infinity): Timeline {
  const entries: TimelineEntry[] = [];
  const undated: DocumentModel[] = [];
  for (const e of instruments) {
    if (e.instrument.date && !e.document) entries.push({ kind: 'instrument', date: e.instrument.date, level: e.instrument.scope, entry: e });
  }
  for (const doc of docs) {
    const date = doc.date ?? (doc.year ? `${doc.year}` : null);
    if (date) entries.push({ kind: 'document', date, level: documentLevel(doc), doc });
    else undated.push(doc);
  }
  entries.sort(byDay);
  const years = new Map<string, TimelineYear>();
  for (const e of entries) {
    const year = e.date.slice(0, 4);
    const y = years.get(year) ?? { year, entries: [], hidden: 0, documents: 0 };
    years.set(year, y);
    if (e.kind === 'document' && ++y.documents > perYear) y.hidden++;
    else y.entries.push(e);
  }
  undated.sort(
    (a, b) =>
      compareVi(a.province?.name ?? '', b.province?.name ?? '') || compareVi(shortTitle(a), shortTitle(b)) || compareVi(a.subject ?? '', b.subject ?? ''),
  );
  return { years: [...years.values()], undated };
}
