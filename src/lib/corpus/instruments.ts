import type { Citation, DocumentModel, Instrument, RelationType } from '../model.ts';
import { signsWith } from '../citations/issuers.ts';
import { leadIssuer, readNumber } from '../citations/numbers.ts';
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

/** Dates that may be one instrument's: equal as far as both go ("2015" and "2015-01-09"), or one unknown. */
const sameDate = (a: string | null, b: string | null): boolean => !a || !b || a.startsWith(b) || b.startsWith(a);

/**
 * Ids that name one instrument two ways: a text that cites "Quyết định số 16 của Hội
 * đồng Bộ trưởng" (`quyet-dinh-16-hoi-dong-bo-truong`) and one that cites "Quyết định
 * số 16/HĐBT". A central record with a bare serial and its issuer in words is the
 * numbered record of the same kind and serial whose symbol's issuer code is that issuer
 * (and whose year, when both give one, agrees), when exactly one such id is cited. A
 * symbol printed in capitals ("01/CT-TTG") already has the id of its proper spelling.
 */
export function sameInstruments(cited: Instrument[]): Map<string, string> {
  // Each way of citing once: thousands of texts cite "01/CT-TTg" alike, and every bare record was checked against every copy
  // (52 s at 30,000 documents). The last of equal records stands for them, so the last record decides as before.
  const distinct = new Map<string, Instrument>();
  for (const r of cited) {
    const key = JSON.stringify([r.id, r.kind, r.number, r.serial, r.issuer, r.date, r.scope]);
    distinct.delete(key);
    distinct.set(key, r);
  }
  const records = [...distinct.values()];
  // Numbered central records by serial, each number read once: a lookup per bare record, not a scan (quadratic at 10,000 documents).
  const bySerial = new Map<number, Array<{ n: Instrument; number: NonNullable<ReturnType<typeof readNumber>> }>>();
  for (const n of records) {
    if (!n.number || n.scope !== 'central' || n.serial === null) continue;
    const serial = Number(n.serial);
    const number = Number.isNaN(serial) ? null : readNumber(n.number);
    if (number) (bySerial.get(serial) ?? bySerial.set(serial, []).get(serial)!).push({ n, number });
  }
  const aliases = new Map<string, string>();
  for (const r of records) {
    if (r.number || !r.serial || !r.issuer || r.scope !== 'central') continue;
    const targets = new Set(
      (bySerial.get(Number(r.serial)) ?? [])
        .filter(({ n, number }) => {
          const year = number.year ? String(number.year) : null;
          return fold(n.kind) === fold(r.kind) && signsWith(r.issuer!, leadIssuer(number)) && sameDate(n.date ?? year, r.date);
        })
        .map(({ n }) => n.id),
    );
    if (targets.size === 1) aliases.set(r.id, [...targets][0]!);
  }
  return aliases;
}

/**
 * Gives every document's records, citations and relations the id of the instrument
 * they name (see `sameInstruments`), in place, so the pages, the open data and the
 * search index link one page per instrument. Idempotent.
 */
export function unifyInstruments(docs: DocumentModel[]): void {
  const aliases = sameInstruments(docs.flatMap((d) => d.instruments));
  if (!aliases.size) return;
  const to = (id: string) => aliases.get(id) ?? id;
  for (const doc of docs) {
    if (!doc.instruments.some((i) => aliases.has(i.id))) continue;
    // A text citing both forms keeps one record: the numbered one, with what only the other gives.
    const byId = new Map<string, Instrument>();
    for (const i of doc.instruments) {
      const id = to(i.id);
      const prev = byId.get(id);
      const [lead, other] = !prev || i.number ? [{ ...i, id }, prev] : [prev, i];
      byId.set(id, other ? { ...lead, date: lead.date ?? other.date, issuer: lead.issuer ?? other.issuer, subject: lead.subject ?? other.subject } : lead);
    }
    doc.instruments = [...byId.values()];
    for (const c of doc.citations) c.instrument = to(c.instrument);
    doc.relations = doc.relations
      .map((r) => ({ ...r, instrument: to(r.instrument) }))
      .filter((r, k, all) => all.findIndex((o) => o.type === r.type && o.instrument === r.instrument) === k);
  }
}

export function indexInstruments(docs: DocumentModel[]): Map<string, InstrumentEntry> {
  unifyInstruments(docs);
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
  'bai-bo': 'bãi bỏ',
  'sua-doi': 'sửa đổi, bổ sung',
  'huong-dan': 'hướng dẫn',
  'can-cu': 'căn cứ',
  'thuc-hien': 'thực hiện',
  'bao-cao': 'báo cáo về',
  'gui-kem': 'gửi kèm',
  'dan-chieu': 'dẫn chiếu',
};
