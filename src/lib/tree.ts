import type { Clause, DocumentModel } from './model.ts';

/** Every clause of a document by its id, at any depth. */
export function clauseIndex(doc: DocumentModel): Map<string, Clause> {
  const out = new Map<string, Clause>();
  const walk = (cs: Clause[]) => {
    for (const c of cs) {
      out.set(c.id, c);
      walk(c.children);
    }
  };
  walk(doc.clauses);
  return out;
}

/** A table row as words: its non-empty cells, apart. */
export const rowText = (cells: string[]): string => cells.filter((c) => c.trim()).join(' · ');

/**
 * The words of a clause for similarity and display: its title and text, then
 * each descendant on its own line with its label ("- …", "a) …"), and a table
 * printed in it row by row. The clause's own label is left out: numbering is
 * not content.
 */
export function clauseText(c: Clause): string {
  const own = [c.title, c.text].filter((s): s is string => !!s && !!s.trim()).join('\n');
  const table = c.table ? [c.table.header, ...c.table.rows].map(rowText) : [];
  const below = c.children.map((k) => {
    const text = clauseText(k);
    return k.label && text ? `${k.label} ${text}` : text;
  });
  return [own, ...table, ...below].filter(Boolean).join('\n');
}
