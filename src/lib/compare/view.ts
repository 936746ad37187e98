import type { DocumentModel } from '../model.ts';
import { partPairs, type Alignment } from './align.ts';
import { documentUnits, PARTS, type PartName, type Unit } from './units.ts';
import { diffWords, type DiffPart } from './diff.ts';

/**
 * An alignment made ready to show: for every part of the two documents, every
 * row with the two units (or one and a gap) and, where both exist, the word
 * differences. Shared by the static compare pages and the in-browser compare,
 * so both show the same thing.
 */
export interface CompareSide {
  id: string;
  label: string;
  /** Element id on the document's page, `null` when there is none (link to the page). */
  anchor: string | null;
  /** Parts to show on this side: `same` plus this side's own `removed`/`added`. */
  parts: DiffPart[];
}

export interface CompareRow {
  a: CompareSide | null;
  b: CompareSide | null;
  score: number;
}

export interface CompareSection {
  part: PartName;
  /** Heading of the part on the compare page. */
  title: string;
  /** What a unit of this part is called, singular: "khoản", "đoạn", "hàng". */
  unit: string;
  rows: CompareRow[];
  /** The one document that has this part, when the other has none: shown as a note, not as rows of gaps. */
  onlyIn: 'a' | 'b' | null;
}

export const PART_TITLES: Record<PartName, { title: string; unit: string }> = {
  preamble: { title: 'Phần mở đầu (căn cứ, mục đích)', unit: 'đoạn mở đầu' },
  clauses: { title: 'Nội dung', unit: 'khoản' },
  closing: { title: 'Phần kết thúc (tổ chức thực hiện, hiệu lực)', unit: 'đoạn kết thúc' },
  annexes: { title: 'Phụ lục', unit: 'dòng phụ lục' },
};

/**
 * What "giống n%" means, said wherever a score is shown: the score is the
 * Dice coefficient on syllable pairs, blended with shared tasked bodies and
 * cited instruments when both sides have some (align.ts).
 */
export const SCORE_MEANING =
  'Tỷ lệ giống là tỷ lệ từ ngữ trùng nhau giữa hai đoạn (hệ số Dice trên các cặp âm tiết liền nhau); khi cả hai đoạn cùng giao việc cho cơ quan hoặc cùng dẫn chiếu văn bản, mức trùng của các cơ quan và văn bản đó được tính thêm.';

/** "giống 63%", as the compare pages print a score. */
export const scoreLabel = (score: number): string => `giống ${Math.round(score * 100)}%`;

/** The parts either document has, in reading order. */
export function compareSections(a: DocumentModel, b: DocumentModel, alignment: Alignment): CompareSection[] {
  const index = (doc: DocumentModel) => {
    const units = documentUnits(doc);
    return new Map(PARTS.flatMap((part) => units[part]).map((u) => [u.id, u]));
  };
  const ia = index(a);
  const ib = index(b);
  const whole = (u: Unit): CompareSide => ({ id: u.id, label: u.label, anchor: u.anchor, parts: [{ kind: 'same', text: u.text }] });
  return PARTS.flatMap((part) => {
    const rows = partPairs(alignment, part).map((p): CompareRow => {
      const ua = p.a ? ia.get(p.a) : undefined;
      const ub = p.b ? ib.get(p.b) : undefined;
      if (ua && ub) {
        const diff = diffWords(ua.text, ub.text);
        return {
          a: { ...whole(ua), parts: diff.filter((d) => d.kind !== 'added') },
          b: { ...whole(ub), parts: diff.filter((d) => d.kind !== 'removed') },
          score: p.score,
        };
      }
      return { a: ua ? whole(ua) : null, b: ub ? whole(ub) : null, score: p.score };
    });
    if (!rows.length) return [];
    const onlyIn = rows.every((r) => !r.b) ? 'a' : rows.every((r) => !r.a) ? 'b' : null;
    return [{ part, ...PART_TITLES[part], rows, onlyIn }];
  });
}
