import type { Citation, DocumentModel, Instrument, Relation, RelationType } from '../model.ts';
import { fold } from '../text/vietnamese.ts';
import { passagesOf, type Passage } from './passages.ts';
import { relationOf } from './relations.ts';
import { resolve, type Located } from './resolve.ts';
import { scanText, type Mention } from './scan.ts';

/**
 * Legal citations of a document: the instruments it cites (Nghị quyết
 * 33-NQ/TW, Chỉ thị 01/CT-TTg, Luật Biên phòng Việt Nam…), every mention of
 * them, and what the document does with them (căn cứ, thực hiện, thay thế…).
 *
 *   passages.ts  where to look: subject, preamble, clauses, closing, annexes
 *   scan.ts      one string → mentions (kinds.ts, numbers.ts, laws.ts, details.ts)
 *   relations.ts what the sentence says about each mention
 *   resolve.ts   short forms → full citations, ids (identity.ts, issuers.ts)
 */

/** "Ban hành kèm theo Chỉ thị số 20/CT-UBND" in the document's own annex is the document itself. */
const isSelf = (m: Mention, doc: DocumentModel): boolean =>
  m.form === 'full' && !!doc.number?.serial && m.number!.symbol === doc.number.symbol && fold(m.kind) === fold(doc.type.name);

/** Finds every instrument the document cites, in header subject, preamble, clauses (recursively, incl. title and text, tables cells too), closing, annexes; not in recipients/trailer. */
export function extractCitations(doc: DocumentModel): { instruments: Instrument[]; citations: Citation[]; relations: Relation[] } {
  const report = doc.type.code === 'BC';
  const guidance = doc.type.name === 'Hướng dẫn' || doc.type.name === 'Thông tư';
  const acts = !report && doc.type.code !== 'VBHN';
  const located: Located[] = [];
  const found: Array<{ passage: Passage; relation: RelationType }> = [];
  for (const passage of passagesOf(doc)) {
    const mentions = scanText(passage.text);
    const global = new Map<number, number>();
    mentions.forEach((mention, i) => {
      if (isSelf(mention, doc)) return;
      global.set(i, located.length);
      located.push({ mention, aliasOf: null });
      found.push({ passage, relation: relationOf(mention, { passage, mentions, report, guidance, acts }) });
    });
    mentions.forEach((mention, i) => {
      const at = global.get(i);
      if (at !== undefined && mention.aliasOf !== null) located[at]!.aliasOf = global.get(mention.aliasOf) ?? null;
    });
  }

  const { ids, instruments } = resolve(located, doc);
  const citations: Citation[] = [];
  located.forEach(({ mention }, i) => {
    const id = ids[i];
    if (!id) return;
    const { passage, relation } = found[i]!;
    citations.push({ instrument: id, clause: passage.clause, text: mention.text, line: passage.line(mention.start), relation });
  });

  const relations: Relation[] = [];
  for (const c of citations) {
    if (c.relation === 'dan-chieu') continue;
    if (!relations.some((r) => r.type === c.relation && r.instrument === c.instrument)) {
      relations.push({ type: c.relation, instrument: c.instrument });
    }
  }
  return { instruments, citations, relations };
}
