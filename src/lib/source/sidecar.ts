import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { DocumentMetadata, QualityIssue } from '../model.ts';
import { parseSymbol } from '../vocabulary/doc-number.ts';
import { provinceByName } from '../vocabulary/provinces.ts';
import { typeFromCode } from '../vocabulary/doc-types.ts';
import { isoDate } from '../text/vietnamese.ts';

/**
 * Corrections by hand: `seeds/<name>.yaml` beside `seeds/<name>.txt` overrides
 * parsed metadata (the number and date once a draft is signed, a province the
 * text never names…). Every field is checked by the zod schema below; a bad one
 * is reported with its file and line and ignored, the others still apply. The
 * page lists the fields that came from the sidecar. The document keeps its id,
 * so links stay valid.
 */

type Patch = Partial<DocumentMetadata>;

/** A non-blank string, trimmed; `message` when it is anything else. */
const text = (message: string) => z.string({ error: message }).trim().min(1, { error: message });

/** A string of any kind, with the message a wrong type gets. */
const string = (message: (input: unknown) => string) => z.string({ error: (issue) => message(issue.input) });

/** The field's error, for a transform to return (`return fail(…)`). */
function fail(ctx: z.core.$RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

function dateOf(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return m ? (m[1]!.length === 4 ? isoDate(+m[1]!, +m[2]!, +m[3]!) : isoDate(+m[3]!, +m[2]!, +m[1]!)) : null;
}

const SIGNER = z.strictObject(
  {
    name: text('phải là chuỗi').optional(),
    title: text('phải là chuỗi').optional(),
    authority: text('phải là chuỗi').optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `trường không biết: ${issue.keys.join(', ')} (chỉ có name, title, authority)` : undefined) },
);

/**
 * The sidecar: each field's value is checked and turned into what it changes
 * in the document. Made per document: `type` reads its code in the document's
 * system (state or party), `authority` and `signer` keep what they do not set.
 */
function sidecarSchema(doc: DocumentMetadata) {
  return z.strictObject({
    number: text('cần một chuỗi như "15/CT-UBND"').transform((v, ctx): Patch => {
      const n = parseSymbol(v.replace(/^Số:?\s*/u, ''));
      if (!n?.serial) return fail(ctx, `"${v}" không phải số, ký hiệu văn bản`);
      return n.year ? { number: n, year: n.year } : { number: n };
    }),
    date: z.unknown().transform((v, ctx): Patch => {
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');
      const iso = dateOf(s);
      if (!iso) return fail(ctx, `"${s}" không phải ngày (yyyy-mm-dd hoặc dd/mm/yyyy)`);
      return { date: iso, year: Number(iso.slice(0, 4)) };
    }),
    place: text('cần một địa danh').transform((place): Patch => ({ place })),
    province: string((v) => `"${String(v)}" không phải một trong 34 tỉnh, thành phố`).transform((v, ctx): Patch => {
      const p = provinceByName(v);
      if (!p) return fail(ctx, `"${v}" không phải một trong 34 tỉnh, thành phố`);
      return { province: { name: p.name, slug: p.slug, source: 'sidecar', evidence: v } };
    }),
    authority: text('cần tên cơ quan ban hành').transform((name): Patch => ({
      authority: { name, parent: doc.authority?.parent ?? null, source: 'sidecar' },
    })),
    subject: text('cần trích yếu').transform((subject): Patch => ({ subject })),
    type: string((v) => `"${String(v)}" không phải ký hiệu loại văn bản (CT, KH, BC…)`).transform((v, ctx): Patch => {
      const type = typeFromCode(v.trim(), doc.number?.system ?? 'state');
      if (!type) return fail(ctx, `"${v}" không phải ký hiệu loại văn bản (CT, KH, BC…)`);
      return { type };
    }),
    // Maps arrive as Map (see applySidecar) and become objects with own keys only, whatever they are called.
    signer: z
      .instanceof(Map, { error: 'cần các trường name, title, authority' })
      .transform((m) => Object.fromEntries([...m].map(([k, v]) => [String(k), v])))
      .pipe(SIGNER)
      .transform(({ name, title, authority }): Patch => ({
        signer: { name: name ?? doc.signer.name, title: title ?? doc.signer.title, authority: authority ?? doc.signer.authority },
      })),
    draft: z.boolean({ error: 'cần true hoặc false' }).transform((draft): Patch => ({ draft })),
  });
}

/** Applies a sidecar's YAML to a parsed document; never throws. */
export function applySidecar(doc: DocumentMetadata, yamlText: string, file: string): void {
  const lines = new LineCounter();
  const parsed = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const error = (line: number, message: string) =>
    doc.issues.push({
      level: 'error',
      code: 'sidecar',
      message: `Tệp bổ sung: ${message}`,
      line,
      file,
      action: 'Bỏ qua trường này của tệp bổ sung; giữ dữ liệu phân tích từ văn bản.',
    } satisfies QualityIssue);
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
  // Each pair is checked on its own, so its line is known and a bad field leaves the others.
  // Looked up in a Map: a sidecar's key is untrusted, and "__proto__", "constructor" or
  // "valueOf" must be an unknown field, not a property every object inherits.
  const fields = new Map<string, z.ZodType<Patch>>(Object.entries(sidecarSchema(doc).shape));
  for (const pair of parsed.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf(pair.key as Node);
    const field = fields.get(key);
    if (!field) {
      error(line, `trường không biết "${key}" (dùng: ${[...fields.keys()].join(', ')})`);
      continue;
    }
    // Nested maps as Map, never as objects whose keys ("__proto__") could reach their prototype.
    const result = field.safeParse(pair.value ? (pair.value as Node).toJS(parsed, { mapAsMap: true }) : null);
    if (!result.success) {
      error(line, `trường "${key}": ${result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`);
      continue;
    }
    Object.assign(doc, result.data);
    doc.overrides.push(key);
  }
  if (doc.overrides.length) {
    doc.issues.push({
      level: 'info',
      code: 'sidecar-applied',
      message: `Sửa bằng tay từ ${file}: ${doc.overrides.join(', ')}.`,
      line: null,
      action: 'Dùng giá trị của tệp bổ sung.',
    });
  }
  if (doc.overrides.includes('number') && !doc.overrides.includes('draft') && doc.number?.serial && doc.date) doc.draft = false;
}
