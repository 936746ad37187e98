import type { Citation, DocumentModel, Instrument, RelationType } from '../model.ts';
import { fold } from '../text/vietnamese.ts';

/**
 * The cited instruments of the whole corpus: each document's records merged by
 * id (date from one mention, subject from another), with every citing document
 * and clause, and the corpus document that *is* the instrument when we hold it.
 */

export interface Citing {
  doc: DocumentModel;
  mentions: Citation[];
  relations: RelationType[];
}

export interface InstrumentEntry {
  instrument: Instrument;
  /** The document in the corpus that is this instrument, when there is one. */
  document: DocumentModel | null;
  citedBy: Citing[];
}

/** The most frequent non-empty value; ties go to the longest, then the first seen. */
function consensus<T extends string | null>(values: T[]): T | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) {
    const m = best === null ? -1 : counts.get(best)!;
    if (n > m || (n === m && v.length > best!.length)) best = v;
  }
  return best as T | null;
}

function merge(records: Instrument[]): Instrument {
  const pick = <K extends keyof Instrument>(k: K) => consensus(records.map((r) => r[k] as string | null));
  return {
    id: records[0]!.id,
    kind: pick('kind') ?? records[0]!.kind,
    number: pick('number'),
    serial: pick('serial'),
    name: pick('name'),
    date: pick('date'),
    issuer: pick('issuer'),
    subject: pick('subject'),
    scope: records.some((r) => r.scope === 'central') ? 'central' : 'local',
  };
}

const symbolKey = (s: string) => fold(s).replace(/[^a-z0-9]/g, '');

/** A corpus document is the instrument when the numbers agree and, for local ones, the province too. */
function holder(instrument: Instrument, bySymbol: Map<string, DocumentModel[]>): DocumentModel | null {
  if (!instrument.number) return null;
  const candidates = bySymbol.get(symbolKey(instrument.number)) ?? [];
  return candidates.find((d) => instrument.scope === 'central' || (d.province && instrument.id.endsWith(`-${d.province.slug}`))) ?? null;
}

export function indexInstruments(docs: DocumentModel[]): Map<string, InstrumentEntry> {
  const records = new Map<string, Instrument[]>();
  const citing = new Map<string, Citing[]>();
  for (const doc of docs) {
    for (const inst of doc.instruments) {
      const list = records.get(inst.id) ?? [];
      list.push(inst);
      records.set(inst.id, list);
      const entry: Citing = {
        doc,
        mentions: doc.citations.filter((c) => c.instrument === inst.id),
        relations: doc.relations.filter((r) => r.instrument === inst.id).map((r) => r.type),
      };
      const cl = citing.get(inst.id) ?? [];
      cl.push(entry);
      citing.set(inst.id, cl);
    }
  }
  const bySymbol = Map.groupBy(
    docs.filter((d) => d.number?.serial),
    (d) => symbolKey(d.number!.symbol),
  );
  const out = new Map<string, InstrumentEntry>();
  for (const [id, recs] of records) {
    const instrument = merge(recs);
    out.set(id, { instrument, document: holder(instrument, bySymbol), citedBy: citing.get(id)! });
  }
  return out;
}

/** "Nghị quyết 33-NQ/TW", "Luật Biên phòng Việt Nam", "Quyết định số 16". */
export function instrumentLabel(i: Instrument): string {
  if (i.number) return `${i.kind} ${i.number}`;
  if (i.name) return i.name;
  return `${i.kind} số ${i.serial ?? '…'}`;
}

export const RELATION_NAMES: Record<RelationType, string> = {
  'thay-the': 'thay thế',
  'can-cu': 'căn cứ',
  'thuc-hien': 'thực hiện',
  'bao-cao': 'báo cáo về',
  'gui-kem': 'gửi kèm',
  'dan-chieu': 'dẫn chiếu',
};
