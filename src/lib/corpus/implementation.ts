import type { DocumentModel, RelationType } from '../model.ts';
import type { InstrumentEntry } from './instruments.ts';
import { PROVINCES } from '../vocabulary/provinces.ts';
import { clauseIndex } from '../tree.ts';
import { earliestFirst } from './order.ts';

/**
 * Who has acted on an instrument (Nghị quyết 33-NQ/TW, Chỉ thị 01/CT-TTg…):
 * for each of the 34 provinces, the documents that carry it out (thực hiện,
 * hướng dẫn, căn cứ), the first of them, how many days after the instrument it
 * came, and, when the collection holds the instrument's own text, which of its
 * points that first document takes up. Reports on it are counted apart: they
 * say it was done, not that it was ordered.
 */

/** Relations by which a document puts an instrument into effect locally. */
export const IMPLEMENTING: RelationType[] = ['thuc-hien', 'huong-dan', 'can-cu'];

export interface ProvinceImplementation {
  slug: string;
  name: string;
  /** Documents that carry it out, earliest first. */
  documents: DocumentModel[];
  /** Reports on carrying it out. */
  reports: DocumentModel[];
  /** Days from the instrument's date to the first document's; null when either date is unknown. */
  delay: number | null;
  /** Labels of the instrument's clauses the first document takes up ("Điều 2", "1."), when its text is held. */
  points: string[] | null;
}

export interface Implementation {
  /** Every province, in the order of the tile map; those with no document have empty lists. */
  provinces: ProvinceImplementation[];
  /** Provinces with at least one implementing document. */
  acted: number;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/**
 * The instrument's points a document takes up: the labels of its clauses that
 * `align` pairs with a clause of the document (compare/align.ts), in order.
 */
export type PointsTaken = (instrument: DocumentModel, doc: DocumentModel) => string[];

export function implementation(entry: InstrumentEntry, pointsTaken: PointsTaken): Implementation {
  const start = entry.instrument.date?.length === 10 ? entry.instrument.date : (entry.document?.date ?? null);
  const bySlug = Map.groupBy(
    entry.citedBy.filter((c) => c.doc.province && c.doc !== entry.document && !c.doc.draft),
    (c) => c.doc.province!.slug,
  );
  const provinces = PROVINCES.map(({ slug, name }) => {
    const citing = bySlug.get(slug) ?? [];
    const documents = citing
      .filter((c) => c.relations.some((r) => IMPLEMENTING.includes(r)) && c.doc.type.code !== 'BC')
      .map((c) => c.doc)
      .sort(earliestFirst);
    const reports = citing
      .filter((c) => c.relations.includes('bao-cao') || (c.doc.type.code === 'BC' && c.relations.length > 0))
      .map((c) => c.doc)
      .sort(earliestFirst);
    const first = documents[0];
    return {
      slug,
      name,
      documents,
      reports,
      delay: first?.date && start ? days(start, first.date) : null,
      points: first && entry.document ? pointsTaken(entry.document, first) : null,
    };
  });
  return { provinces, acted: provinces.filter((p) => p.documents.length).length };
}

/** `PointsTaken` from clause pairs: the instrument's clauses that found a counterpart, by their printed labels. */
export function labelsOfPaired(instrument: DocumentModel, paired: Array<string | null>): string[] {
  const clauses = clauseIndex(instrument);
  return paired.flatMap((id) => {
    const c = id ? clauses.get(id) : undefined;
    return c?.label ? [`${c.label}${c.title ? ` ${c.title}` : ''}`] : [];
  });
}
