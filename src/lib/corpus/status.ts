import type { DocumentModel, Effect, RelationType } from '../model.ts';
import type { InstrumentEntry } from './instruments.ts';
import { earliestFirst } from './order.ts';

/**
 * Is it still in force? A document's effect status, from two kinds of
 * evidence, each kept with its words and date so the reader can judge:
 * its own effect clause ("có hiệu lực kể từ ngày…", parse/effect.ts), and what
 * later documents of the collection say of it (they replace, repeal or amend
 * it: citations/relations.ts). The collection is not the whole legal system:
 * "còn hiệu lực" means no document held here ends it.
 */

export type EffectState = 'con-hieu-luc' | 'het-hieu-luc' | 'bi-thay-the' | 'duoc-sua-doi' | 'chua-ro';

export const STATE_NAMES: Record<EffectState, string> = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'bi-thay-the': 'Bị thay thế',
  'duoc-sua-doi': 'Được sửa đổi, bổ sung',
  'chua-ro': 'Chưa rõ hiệu lực',
};

/** A later document that acts on this one. */
export interface LaterAct {
  by: DocumentModel;
  relation: RelationType;
  /** When it acts: its own effect date, else its date of issue. */
  date: string | null;
  /** The words of the mention, as the later document writes them. */
  text: string;
  clause: string | null;
}

export interface EffectStatus {
  state: EffectState;
  /** Since when, as the evidence dates it. */
  since: string | null;
  /** Its own effect clause, when the collection holds its text. */
  own: Effect | null;
  /** Later documents that replace, repeal or amend it, earliest first (`effectStatus` sorts them). */
  acts: LaterAct[];
  /** Why the state is unknown, when it is. */
  unknown: string | null;
}

/** Relations by which a later document changes whether this one applies, strongest first. */
const ENDING: RelationType[] = ['thay-the', 'bai-bo', 'sua-doi'];
const STATE_OF: Partial<Record<RelationType, EffectState>> = { 'thay-the': 'bi-thay-the', 'bai-bo': 'het-hieu-luc', 'sua-doi': 'duoc-sua-doi' };

const actDate = (d: DocumentModel) => d.effect?.from ?? d.date;

/** Kinds no later document replaces or amends: what they say stays said. */
const NOT_ACTED_ON = ['Báo cáo', 'Tờ trình', 'Thông báo'];

/**
 * The acts of the collection on an instrument: its citing documents that
 * replace, repeal or amend it (a report or a consolidated text only tells of
 * them: citations/relations.ts). A draft has not made them yet; an act cannot
 * come before the text it acts on; and a law cited by its name alone may be
 * any of its versions ("Bộ luật Dân sự" of 2005 or 2015), so only instruments
 * known by their number are acted on.
 */
export function laterActs(entry: InstrumentEntry): LaterAct[] {
  if (!entry.instrument.number || NOT_ACTED_ON.includes(entry.instrument.kind)) return [];
  const since = entry.document?.date ?? entry.instrument.date;
  return entry.citedBy
    .filter(({ doc }) => !doc.draft && doc !== entry.document)
    .flatMap(({ doc, mentions }) =>
      ENDING.flatMap((relation) => {
        const mention = mentions.find((m) => m.relation === relation);
        const date = actDate(doc);
        if (!mention || (since && date && date < since)) return [];
        return [{ by: doc, relation, date, text: mention.text, clause: mention.clause }];
      }),
    );
}

/** The status of a document of the collection (`doc`) or of an instrument known only from citations (`doc` null). */
export function effectStatus(doc: DocumentModel | null, unsorted: LaterAct[]): EffectStatus {
  const own = doc?.effect ?? null;
  const acts = [...unsorted].sort(earliestFirst);
  for (const relation of ENDING) {
    const act = acts.find((a) => a.relation === relation);
    if (act) return { state: STATE_OF[relation]!, since: act.date, own, acts, unknown: null };
  }
  if (doc?.draft) return { state: 'chua-ro', since: null, own, acts, unknown: 'Dự thảo: chưa ban hành.' };
  if (own) return { state: 'con-hieu-luc', since: own.from, own, acts, unknown: null };
  const unknown = doc
    ? 'Văn bản không ghi điều khoản hiệu lực, và chưa văn bản nào trong kho thay thế, bãi bỏ hay sửa đổi nó.'
    : 'Toàn văn chưa có trong kho, và chưa văn bản nào trong kho thay thế, bãi bỏ hay sửa đổi nó.';
  return { state: 'chua-ro', since: null, own, acts, unknown };
}

/** Per document, the instruments' entries that are that document (one may be cited under two ids). */
export const entriesHeldBy = (instruments: Map<string, InstrumentEntry>): Map<string, InstrumentEntry[]> =>
  Map.groupBy(
    [...instruments.values()].filter((e) => e.document),
    (e) => e.document!.id,
  );

/** Every document's status, from the collection's instruments (instruments.ts `indexInstruments`) and `entriesHeldBy`. */
export function documentStatuses(docs: DocumentModel[], heldBy: Map<string, InstrumentEntry[]>): Map<string, EffectStatus> {
  // A document cited under two ids (a short and a full form) is acted on once per later document.
  const actsOn = (entries: InstrumentEntry[]) => [...new Map(entries.flatMap(laterActs).map((a) => [`${a.by.id}|${a.relation}`, a])).values()];
  return new Map(docs.map((d) => [d.id, effectStatus(d, actsOn(heldBy.get(d.id) ?? []))]));
}
