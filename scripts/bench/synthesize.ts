/**
 * A realistic synthetic corpus for the benchmark: every document is one of the
 * seeds, re-issued by another province with its own number and date, some
 * clauses in another order and some wording changed. Citations are kept as they
 * are, so search and instrument pages see the same load as a real collection.
 * Seeded, so two runs with the same N produce the same corpus.
 */
import { PROVINCES } from '../../src/lib/vocabulary/provinces.ts';

export interface SeedText {
  file: string;
  text: string;
  /** The seed's own province, replaced by the synthetic document's. */
  province: string | null;
}

/** mulberry32: tiny, fast and good enough to vary a corpus reproducibly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wordings provincial texts use interchangeably. */
const SYNONYMS: Array<[string, string]> = [
  ['tăng cường', 'đẩy mạnh'],
  ['phối hợp chặt chẽ', 'phối hợp'],
  ['kịp thời', 'nhanh chóng'],
  ['triển khai', 'tổ chức thực hiện'],
  ['hiệu quả', 'thiết thực'],
  ['thường xuyên', 'định kỳ'],
];

const NUMBER_LINE = /^(\s*(?:\*\*)?\s*Số:?\s*)(\d+)/m;
const DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/;
/** A top-level clause label at the start of a line: "3.", "**3.", "## **3." (not "3.1."). */
const CLAUSE_HEAD = /^(\s*(?:#+\s*)?(?:\*\*)?)(\d+)(\.\s)/;

function swapAdjacentClauses(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const heads = lines.flatMap((l, i) => {
    const m = CLAUSE_HEAD.exec(l);
    return m ? [{ line: i, n: Number(m[2]) }] : [];
  });
  // Candidates: clause k followed by k+1 and then k+2, so the block being moved never runs into the closing.
  const candidates = heads.flatMap((h, i) => (heads[i + 1]?.n === h.n + 1 && heads[i + 2]?.n === h.n + 2 ? [i] : []));
  if (!candidates.length) return text;
  const i = candidates[Math.floor(rnd() * candidates.length)]!;
  const [a, b, c] = [heads[i]!, heads[i + 1]!, heads[i + 2]!];
  const first = lines.slice(a.line, b.line);
  const second = lines.slice(b.line, c.line);
  const relabel = (block: string[], n: number) => [block[0]!.replace(CLAUSE_HEAD, (_m, pre: string, _n, post: string) => `${pre}${n}${post}`), ...block.slice(1)];
  lines.splice(a.line, c.line - a.line, ...relabel(second, a.n), ...relabel(first, b.n));
  return lines.join('\n');
}

function reword(text: string, rnd: () => number): string {
  let out = text;
  for (const [x, y] of SYNONYMS) out = out.replaceAll(x, (m) => (rnd() < 0.3 ? y : m));
  return out;
}

export function synthesize(seeds: SeedText[], n: number): Array<{ file: string; text: string }> {
  const rnd = random(n);
  const out: Array<{ file: string; text: string }> = [];
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length]!;
    const province = PROVINCES[(i * 7 + Math.floor(i / seeds.length)) % PROVINCES.length]!;
    let text = seed.text;
    if (seed.province) {
      text = text.replaceAll(seed.province, province.name).replaceAll(seed.province.toLocaleUpperCase('vi'), province.name.toLocaleUpperCase('vi'));
    }
    text = text.replace(NUMBER_LINE, (_m, pre: string) => `${pre}${1 + Math.floor(i / seeds.length)}`);
    const year = 2015 + Math.floor(rnd() * 12);
    text = text.replace(DATE, () => `ngày ${1 + Math.floor(rnd() * 28)} tháng ${1 + Math.floor(rnd() * 12)} năm ${year}`);
    text = reword(swapAdjacentClauses(text, rnd), rnd);
    out.push({ file: `${String(i).padStart(6, '0')}_${seed.file.replace(/^\d+_/, '')}`, text });
  }
  return out;
}
