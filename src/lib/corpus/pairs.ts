import type { Clause, DocumentModel, RelationType } from '../model.ts';
import { bigrams, syllables } from '../compare/similarity.ts';
import { matchedCounts, type Alignment } from '../compare/align.ts';
import { PART_TITLES } from '../compare/view.ts';
import { PARTS } from '../compare/units.ts';
import { ROLE_BY_ID } from '../roles/index.ts';
import { instrumentLabel } from './instruments.ts';

/**
 * Which document pairs the build compares in advance, and why. Only texts of
 * one kind are compared (a report says what was done, a directive what must be
 * done: clause by clause they have nothing to pair), from two provinces, that
 * share evidence: cited instruments, wording of the trích yếu, the bodies they
 * task. Comparing every pair is quadratic; instead each document is paired
 * with its nearest counterpart, found through an inverted index of those
 * features (each posting list capped, so a template shared by thousands of
 * documents stays cheap). Readers can still compare any two documents on the
 * compare page.
 */

const POSTING_CAP = 64;

/**
 * Texts that direct others to act are compared with one another whatever
 * their name (a Chỉ thị with a Kế hoạch or a Công văn that gives tasks); any
 * other type only with its own type (a Báo cáo with a Báo cáo, a Quyết định
 * with a Quyết định).
 */
const DIRECTING: ReadonlySet<string> = new Set(['CT', 'KH', 'CV', 'HD', 'CĐ', 'CTr']);
const family = (doc: DocumentModel): string => (DIRECTING.has(doc.type.code) ? 'chi-dao' : doc.type.code);

/**
 * What a shared feature is worth: a cited instrument says most (both act on
 * the same text), a syllable pair of the trích yếu less, a tasked body least
 * (Bộ đội Biên phòng is tasked by almost every border text).
 */
const WEIGHT = { i: 2, s: 1, r: 0.5 } as const;
/**
 * Evidence a pair needs: one shared instrument and a little more, or a trích
 * yếu of several shared phrases. Shared bodies add to it but never make it
 * alone: almost every plan tasks "các sở, ban, ngành".
 */
const MIN_EVIDENCE = 3;
const MIN_TEXT_EVIDENCE = 2;
/**
 * A feature most documents have says little: "kế hoạch", "năm 2025" in the
 * trích yếu, the Luật Tổ chức chính quyền địa phương every provincial decision
 * rests on. Above this share of the collection (and at least this many
 * documents) it counts a quarter.
 */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 5;
const COMMON_DISCOUNT = 0.25;

const docRoles = (doc: DocumentModel): string[] => {
  const walk = (cs: Clause[]): string[] => cs.flatMap((c) => [...(c.roles ?? []), ...walk(c.children)]);
  return [...new Set(walk(doc.clauses))];
};

function features(doc: DocumentModel): string[] {
  return [
    ...new Set([
      ...bigrams(syllables(doc.subject ?? '')).map((g) => `s:${g}`),
      ...doc.instruments.map((i) => `i:${i.id}`),
      ...docRoles(doc).map((r) => `r:${r}`),
    ]),
  ];
}

/** Two documents worth comparing: of one kind, from two known provinces. */
const comparable = (a: DocumentModel, b: DocumentModel): boolean =>
  !!a.province && !!b.province && a.province.slug !== b.province.slug && family(a) === family(b);

export function comparablePairs(docs: DocumentModel[], perDocument = 1): Array<[DocumentModel, DocumentModel]> {
  const postings = new Map<string, number[]>();
  const frequency = new Map<string, number>();
  const feats = docs.map(features);
  feats.forEach((fs, i) => {
    if (!docs[i]!.province) return;
    for (const f of fs) {
      const list = postings.get(f) ?? [];
      if (list.length < POSTING_CAP) list.push(i);
      postings.set(f, list);
      frequency.set(f, (frequency.get(f) ?? 0) + 1);
    }
  });
  const common = Math.max(COMMON_MIN, COMMON_SHARE * docs.length);
  const weight = (f: string): number => WEIGHT[f[0] as keyof typeof WEIGHT] * (frequency.get(f)! > common ? COMMON_DISCOUNT : 1);
  const seen = new Set<string>();
  const out: Array<[DocumentModel, DocumentModel]> = [];
  // Evidence shared with each other document, in arrays over the collection (a map per document cost seconds at 10,000); `touched` lists those to reset.
  const all = new Float64Array(docs.length);
  const text = new Float64Array(docs.length);
  const touched: number[] = [];
  docs.forEach((doc, i) => {
    if (!doc.province) return;
    for (const f of feats[i]!) {
      const w = weight(f);
      const inText = !f.startsWith('r:');
      for (const j of postings.get(f)!) {
        if (j === i) continue;
        if (all[j] === 0) touched.push(j);
        all[j]! += w;
        if (inText) text[j]! += w;
      }
    }
    const best = touched
      .filter((j) => all[j]! >= MIN_EVIDENCE && text[j]! >= MIN_TEXT_EVIDENCE && comparable(doc, docs[j]!))
      .sort((x, y) => all[y]! - all[x]! || x - y)
      .slice(0, perDocument);
    for (const j of touched) all[j] = text[j] = 0;
    touched.length = 0;
    for (const j of best) {
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

/** How both documents stand to a shared instrument, as the reason says it. */
const SHARED_VERB: Partial<Record<RelationType, string>> = {
  'thuc-hien': 'cùng thực hiện',
  'can-cu': 'cùng căn cứ',
  'bao-cao': 'cùng báo cáo về',
  'thay-the': 'cùng thay thế',
};
const LISTED = 3;

const list = (names: string[], rest: string): string =>
  names.length > LISTED ? `${names.slice(0, LISTED).join(', ')} và ${names.length - LISTED} ${rest} khác` : names.join(', ');

/**
 * Why a pair was suggested, in the reader's words: "cùng thực hiện Nghị quyết
 * 33-NQ/TW", "cùng loại Chỉ thị", "cùng giao việc cho Sở Tài chính",
 * "6 khoản tương ứng". The evidence the pair was chosen on, then what the
 * alignment found.
 */
export function pairReasons(a: DocumentModel, b: DocumentModel, alignment: Alignment): string[] {
  const reasons: string[] = [];
  const relationsOf = (d: DocumentModel, id: string) => new Set(d.relations.filter((r) => r.instrument === id).map((r) => r.type));
  const inB = new Set(b.instruments.map((i) => i.id));
  const byVerb = new Map<string, string[]>();
  for (const instrument of a.instruments) {
    if (!inB.has(instrument.id)) continue;
    const ra = relationsOf(a, instrument.id);
    const rb = relationsOf(b, instrument.id);
    const shared = (Object.keys(SHARED_VERB) as RelationType[]).find((t) => ra.has(t) && rb.has(t));
    const verb = shared ? SHARED_VERB[shared]! : 'cùng dẫn chiếu';
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), instrumentLabel(instrument)]);
  }
  for (const [verb, names] of byVerb) reasons.push(`${verb} ${list(names, 'văn bản')}`);

  if (a.type.code === b.type.code) reasons.push(`cùng loại ${a.type.name}`);
  else if (family(a) === family(b)) reasons.push(`${a.type.name} và ${b.type.name}, cùng là văn bản chỉ đạo`);

  const subjectB = new Set(bigrams(syllables(b.subject ?? '')));
  const phrases = new Set(bigrams(syllables(a.subject ?? '')).filter((g) => subjectB.has(g))).size;
  if (phrases >= MIN_EVIDENCE) reasons.push(`trích yếu có ${phrases} cặp từ chung`);

  const rolesB = new Set(docRoles(b));
  const roles = docRoles(a)
    .filter((r) => rolesB.has(r))
    .map((r) => ROLE_BY_ID.get(r)?.name ?? r);
  if (roles.length) reasons.push(`cùng giao việc cho ${list(roles, 'cơ quan')}`);

  const counts = matchedCounts(alignment);
  const found = PARTS.filter((p) => counts[p] > 0).map((p) => `${counts[p]} ${PART_TITLES[p].unit}`);
  reasons.push(found.length ? `${found.join(', ')} tương ứng` : 'không có phần nào tương ứng');
  return reasons;
}
