import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { DocumentModel, QualityIssue } from '../model.ts';
import { parseSymbol } from '../parse/doc-number.ts';
import { provinceByName } from '../parse/provinces.ts';
import { typeFromCode } from '../parse/doc-types.ts';
import { isoDate } from '../text/vietnamese.ts';

/**
 * Corrections by hand: `seeds/<name>.yaml` beside `seeds/<name>.txt` overrides
 * parsed metadata (the number and date once a draft is signed, a province the
 * text never names…). Every field is checked; a bad one is reported with its
 * file and line and ignored, the others still apply. The page lists the fields
 * that came from the sidecar. The document keeps its id, so links stay valid.
 */

type Apply = (doc: DocumentModel, value: unknown) => string | null;

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Each field: how to apply it; a returned string is the error. Looked up as a
 * Map: a sidecar's key is untrusted, and "__proto__", "constructor" or
 * "valueOf" must be an unknown field, not a property every object inherits.
 */
const FIELDS = new Map<string, Apply>(Object.entries({
  number(doc, v) {
    if (!text(v)) return 'cần một chuỗi như "15/CT-UBND"';
    const n = parseSymbol(v.replace(/^Số:?\s*/u, ''));
    if (!n?.serial) return `"${v}" không phải số, ký hiệu văn bản`;
    doc.number = n;
    if (n.year) doc.year = n.year;
    return null;
  },
  date(doc, v) {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    const iso = m ? (m[1]!.length === 4 ? isoDate(+m[1]!, +m[2]!, +m[3]!) : isoDate(+m[3]!, +m[2]!, +m[1]!)) : null;
    if (!iso) return `"${s}" không phải ngày (yyyy-mm-dd hoặc dd/mm/yyyy)`;
    doc.date = iso;
    doc.year = Number(iso.slice(0, 4));
    return null;
  },
  place(doc, v) {
    if (!text(v)) return 'cần một địa danh';
    doc.place = v.trim();
    return null;
  },
  province(doc, v) {
    const p = text(v) ? provinceByName(v) : null;
    if (!p) return `"${String(v)}" không phải một trong 34 tỉnh, thành phố`;
    doc.province = { name: p.name, slug: p.slug, source: 'sidecar', evidence: String(v) };
    return null;
  },
  authority(doc, v) {
    if (!text(v)) return 'cần tên cơ quan ban hành';
    doc.authority = { name: v.trim(), parent: doc.authority?.parent ?? null, source: 'sidecar' };
    return null;
  },
  subject(doc, v) {
    if (!text(v)) return 'cần trích yếu';
    doc.subject = v.trim();
    return null;
  },
  type(doc, v) {
    const t = text(v) ? typeFromCode(v.trim(), doc.number?.system ?? 'state') : null;
    if (!t) return `"${String(v)}" không phải ký hiệu loại văn bản (CT, KH, BC…)`;
    doc.type = t;
    return null;
  },
  signer(doc, v) {
    // Maps arrive as Map (see applySidecar): own keys only, whatever they are called.
    if (!(v instanceof Map)) return 'cần các trường name, title, authority';
    const keys = [...v.keys()].map(String);
    const bad = keys.filter((k) => !SIGNER_FIELDS.includes(k));
    if (bad.length) return `trường không biết: ${bad.join(', ')} (chỉ có ${SIGNER_FIELDS.join(', ')})`;
    if ([...v.values()].some((x) => !text(x))) return `${SIGNER_FIELDS.join(', ')} phải là chuỗi`;
    doc.signer = { ...doc.signer, ...Object.fromEntries([...v].map(([k, x]) => [String(k), (x as string).trim()])) };
    return null;
  },
  draft(doc, v) {
    if (typeof v !== 'boolean') return 'cần true hoặc false';
    doc.draft = v;
    return null;
  },
} satisfies Record<string, Apply>));

const SIGNER_FIELDS = ['name', 'title', 'authority'];

export const SIDECAR_FIELDS = [...FIELDS.keys()];

/** Applies a sidecar's YAML to a parsed document; never throws. */
export function applySidecar(doc: DocumentModel, yamlText: string, file: string): void {
  const lines = new LineCounter();
  const parsed = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const error = (line: number, message: string) =>
    doc.issues.push({ level: 'error', code: 'sidecar', message: `Tệp bổ sung: ${message}`, line, file, action: 'Bỏ qua trường này của tệp bổ sung; giữ dữ liệu phân tích từ văn bản.' } satisfies QualityIssue);
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    error(lines.linePos(e.pos[0]).line, `YAML không hợp lệ: ${e.message.split('\n')[0]}`);
    return;
  }
  if (parsed.contents === null) return;
  if (!isMap(parsed.contents)) {
    error(lineOf(parsed.contents as Node), 'tệp bổ sung phải là các cặp "trường: giá trị"');
    return;
  }
  for (const pair of parsed.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as Node);
    const apply = FIELDS.get(key);
    if (!apply) {
      error(line, `trường không biết "${key}" (dùng: ${SIDECAR_FIELDS.join(', ')})`);
      continue;
    }
    // Nested maps as Map, never as objects whose keys ("__proto__") could reach their prototype.
    const value = pair.value ? (pair.value as Node).toJS(parsed, { mapAsMap: true }) : null;
    const problem = apply(doc, value);
    if (problem) {
      error(line, `trường "${key}": ${problem}`);
      continue;
    }
    doc.overrides.push(key);
  }
  if (doc.overrides.length) {
    doc.issues.push({ level: 'info', code: 'sidecar-applied', message: `Sửa bằng tay từ ${file}: ${doc.overrides.join(', ')}.`, line: null, action: 'Dùng giá trị của tệp bổ sung.' });
  }
  if (doc.overrides.includes('number') && !doc.overrides.includes('draft') && doc.number?.serial && doc.date) doc.draft = false;
}
