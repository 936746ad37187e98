import type { Clause, DocumentModel } from '../lib/model.ts';
import { clauseIndex } from '../lib/tree.ts';

/** "II. 3.": how to name a clause in a list, from its id path. */
export function clauseName(doc: DocumentModel, id: string): string {
  const index = clauseIndex(doc);
  const parts = id.split('__').map((_, i, all) => index.get(all.slice(0, i + 1).join('__')));
  return (
    parts
      .filter((c): c is Clause => !!c && !!c.label && c.label !== '-' && c.label !== '+')
      .map((c) => c.label)
      .join(' ') || 'đoạn'
  );
}
