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
