import type { Clause, DocumentModel } from '../model.ts';
import type { Alignment } from './align.ts';
import { clauseText } from './units.ts';
import { diffWords, type DiffPart } from './diff.ts';
import { clauseIndex } from '../tree.ts';

/**
 * An alignment made ready to show: for every row the two clauses (or one and
 * a gap) and, where both exist, the word differences. Shared by the static
 * compare pages and the in-browser compare, so both show the same thing.
 */
export interface CompareSide {
  id: string;
  label: string;
  /** Parts to show on this side: `same` plus this side's own `removed`/`added`. */
  parts: DiffPart[];
}

export interface CompareRow {
  a: CompareSide | null;
  b: CompareSide | null;
  score: number;
}

export function compareRows(a: DocumentModel, b: DocumentModel, alignment: Alignment): CompareRow[] {
  const ia = clauseIndex(a);
  const ib = clauseIndex(b);
  return alignment.pairs.map((p) => {
    const ca = p.a ? ia.get(p.a) : undefined;
    const cb = p.b ? ib.get(p.b) : undefined;
    if (ca && cb) {
      const diff = diffWords(clauseText(ca), clauseText(cb));
      return {
        a: { id: ca.id, label: ca.label, parts: diff.filter((d) => d.kind !== 'added') },
        b: { id: cb.id, label: cb.label, parts: diff.filter((d) => d.kind !== 'removed') },
        score: p.score,
      };
    }
    const whole = (c: Clause): CompareSide => ({ id: c.id, label: c.label, parts: [{ kind: 'same', text: clauseText(c) }] });
    return { a: ca ? whole(ca) : null, b: cb ? whole(cb) : null, score: p.score };
  });
}
