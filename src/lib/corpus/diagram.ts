import type { DocumentModel, Instrument, RelationType } from '../model.ts';
import type { InstrumentEntry } from './instruments.ts';
import { earliestFirst } from './order.ts';

/**
 * The "lược đồ" of a document, as the national legal database draws it, both
 * ways: what it does to other texts (it replaces, amends, guides, rests on,
 * carries out…) and what other documents of the collection do to it. Each
 * relation is a heading that reads as the start of a sentence: "Bị thay thế
 * bởi" Chỉ thị 05/CT-UBND của …, từ ngày ….
 */

/** Relations in the order a reader weighs them: what ends or changes a text first. */
export const RELATION_ORDER: RelationType[] = ['thay-the', 'bai-bo', 'sua-doi', 'huong-dan', 'can-cu', 'thuc-hien', 'bao-cao', 'gui-kem', 'dan-chieu'];

/** "Văn bản này …": what the document does. */
export const OUTGOING: Record<RelationType, string> = {
  'thay-the': 'Thay thế',
  'bai-bo': 'Bãi bỏ, làm hết hiệu lực',
  'sua-doi': 'Sửa đổi, bổ sung',
  'huong-dan': 'Hướng dẫn',
  'can-cu': 'Căn cứ vào',
  'thuc-hien': 'Thực hiện',
  'bao-cao': 'Báo cáo về',
  'gui-kem': 'Gửi kèm',
  'dan-chieu': 'Dẫn chiếu',
};

/** "Văn bản này …": what others do to it. */
export const INCOMING: Record<RelationType, string> = {
  'thay-the': 'Bị thay thế bởi',
  'bai-bo': 'Bị bãi bỏ, hết hiệu lực theo',
  'sua-doi': 'Được sửa đổi, bổ sung bởi',
  'huong-dan': 'Được hướng dẫn bởi',
  'can-cu': 'Là căn cứ của',
  'thuc-hien': 'Được thực hiện bởi',
  'bao-cao': 'Được báo cáo trong',
  'gui-kem': 'Được gửi kèm',
  'dan-chieu': 'Được dẫn chiếu trong',
};

export interface OutgoingGroup {
  type: RelationType;
  /** Each instrument with the id of the document in the collection that is it: what a page shows, not who else cites it, so a page's cache key (utils/page-key.ts) does not hang on them. */
  entries: Array<{ instrument: Instrument; document: string | null }>;
}

export interface IncomingGroup {
  type: RelationType;
  docs: DocumentModel[];
}

/** What the document does to the instruments it cites, by relation; one that it only mentions is "dẫn chiếu". */
export function outgoing(doc: DocumentModel, instruments: Map<string, InstrumentEntry>): OutgoingGroup[] {
  const typed = new Set(doc.relations.map((r) => r.instrument));
  const pairs = [
    ...doc.relations.map((r) => [r.type, r.instrument] as const),
    ...doc.instruments.filter((i) => !typed.has(i.id)).map((i) => ['dan-chieu', i.id] as const),
  ];
  return RELATION_ORDER.flatMap((type) => {
    const entries = pairs
      .filter(([t]) => t === type)
      .flatMap(([, id]) => instruments.get(id) ?? [])
      .map((e) => ({ instrument: e.instrument, document: e.document?.id ?? null }));
    return entries.length ? [{ type, entries }] : [];
  });
}

/** What the documents citing it (through every instrument record that is this document) do to it, by relation, earliest first. */
export function incoming(held: InstrumentEntry[]): IncomingGroup[] {
  return RELATION_ORDER.flatMap((type) => {
    const docs = [
      ...new Set(held.flatMap((e) => e.citedBy.filter((c) => (c.relations.length ? c.relations : ['dan-chieu']).includes(type)).map((c) => c.doc))),
    ];
    docs.sort(earliestFirst);
    return docs.length ? [{ type, docs }] : [];
  });
}
