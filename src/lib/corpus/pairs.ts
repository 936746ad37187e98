import type { DocumentModel } from '../model.ts';
import { bigrams, syllables } from '../compare/similarity.ts';

/**
 * Which document pairs the build compares in advance. Comparing every pair is
 * quadratic; instead each document is paired with its nearest counterparts in
 * other provinces, found through an inverted index of subject bigrams and cited
 * instruments (each posting list capped, so a template shared by thousands of
 * documents stays cheap). Readers can still compare any two documents on the
 * compare page.
 */

const POSTING_CAP = 64;

function features(doc: DocumentModel): string[] {
  return [...new Set([...bigrams(syllables(doc.subject ?? '')).map((g) => `s:${g}`), ...doc.instruments.map((i) => `i:${i.id}`), `t:${doc.type.code}`])];
}

export function comparablePairs(docs: DocumentModel[], perDocument = 1): Array<[DocumentModel, DocumentModel]> {
  const postings = new Map<string, number[]>();
  const feats = docs.map(features);
  feats.forEach((fs, i) => {
    for (const f of fs) {
      const list = postings.get(f) ?? [];
      if (list.length < POSTING_CAP) list.push(i);
      postings.set(f, list);
    }
  });
  const seen = new Set<string>();
  const out: Array<[DocumentModel, DocumentModel]> = [];
  docs.forEach((doc, i) => {
    const shared = new Map<number, number>();
    for (const f of feats[i]!) for (const j of postings.get(f)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    const best = [...shared]
      .filter(([j, n]) => n >= 3 && docs[j]!.province?.slug !== doc.province?.slug)
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, perDocument);
    for (const [j] of best) {
      const [a, b] = i < j ? [doc, docs[j]!] : [docs[j]!, doc];
      const key = `${a.id}--${b.id}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push([a, b]);
      }
    }
  });
  return out;
}
