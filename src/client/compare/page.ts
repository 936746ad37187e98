import type { DocumentModel } from '../../lib/model.ts';
import { alignClauses } from '../../lib/compare/align.ts';
import { compareSections, SCORE_MEANING, scoreLabel, type CompareSection } from '../../lib/compare/view.ts';

/**
 * The compare page in the browser: choose a province, then a document, on each
 * side; the two documents' JSON is fetched and aligned here with the same code
 * the build uses, part by part, and the URL (?a=&b=) can be shared.
 */

const form = document.querySelector<HTMLFormElement>('[data-compare-form]')!;
const status = document.querySelector<HTMLElement>('[data-compare-status]')!;
const result = document.querySelector<HTMLElement>('[data-compare-result]')!;
const meaning = document.querySelector<HTMLElement>('[data-compare-meaning]')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

async function json<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

async function fillDocuments(side: string, slug: string, chosen = ''): Promise<void> {
  const select = form.querySelector<HTMLSelectElement>(`[data-document="${side}"]`)!;
  select.replaceChildren(new Option('Chọn văn bản…', ''));
  if (!slug) return;
  const { documents } = await json<{ documents: Array<{ id: string; title: string; subject: string }> }>(`/api/tinh/${slug}.json`);
  for (const d of documents) select.add(new Option(`${d.title}: ${d.subject}`.slice(0, 140), d.id));
  if (chosen) select.value = chosen;
}

const label = (d: DocumentModel) => `${d.number?.serial ? `${d.type.name} ${d.number.symbol}` : d.type.name}${d.province ? ` (${d.province.name})` : ''}`;

function render(a: DocumentModel, b: DocumentModel, sections: CompareSection[]): void {
  const parts = sections.map((section) => {
    const wrap = el('section', 'compare-part');
    if (section.onlyIn) {
      const [has, lacks] = section.onlyIn === 'a' ? [a, b] : [b, a];
      wrap.append(
        el('h2', '', section.title),
        el('p', 'compare__only', `Phần này chỉ có ở ${label(has)} (${section.rows.length} ${section.unit}); ${label(lacks)} không có.`),
      );
      return wrap;
    }
    const table = el('div', 'compare');
    table.setAttribute('role', 'table');
    table.setAttribute('aria-label', `${section.title}: ${label(a)} và ${label(b)}`);
    const head = el('div', 'compare__row compare__row--head');
    head.setAttribute('role', 'row');
    for (const d of [a, b]) {
      const h = el('div');
      h.setAttribute('role', 'columnheader');
      const link = el('a', '', label(d));
      link.href = `/van-ban/${d.id}/`;
      h.append(link);
      head.append(h);
    }
    table.append(head);
    for (const row of section.rows) {
      const r = el('div', `compare__row${row.a && row.b ? '' : ' compare__row--alone'}`);
      r.setAttribute('role', 'row');
      for (const [cell, doc] of [
        [row.a, a],
        [row.b, b],
      ] as const) {
        const c = el('div', `compare__cell${cell ? '' : ' compare__cell--empty'}`);
        c.setAttribute('role', 'cell');
        if (!cell) {
          c.append(el('p', '', `Không có ${section.unit} tương ứng trong ${doc.province?.name ?? label(doc)}.`));
        } else {
          const p = el('p', 'compare__label');
          const link = el('a', '', cell.label || 'Đoạn');
          link.href = `/van-ban/${doc.id}/${cell.anchor ? `#${cell.anchor}` : ''}`;
          p.append(el('span', 'compare__side', `${doc.province?.name ?? ''} `), link);
          if (row.a && row.b && cell === row.a) {
            const score = el('span', 'muted compare__score', ` · ${scoreLabel(row.score)}`);
            score.title = SCORE_MEANING;
            p.append(score);
          }
          const text = el('p', 'compare__text');
          for (const part of cell.parts)
            text.append(part.kind === 'same' ? document.createTextNode(part.text) : el(part.kind === 'removed' ? 'del' : 'ins', '', part.text));
          c.append(p, text);
        }
        r.append(c);
      }
      table.append(r);
    }
    wrap.append(el('h2', '', section.title), table);
    return wrap;
  });
  result.replaceChildren(...parts);
}

async function compare(aId: string, bId: string): Promise<void> {
  status.textContent = 'Đang so sánh…';
  try {
    const [a, b] = await Promise.all([json<DocumentModel>(`/van-ban/${aId}.json`), json<DocumentModel>(`/van-ban/${bId}.json`)]);
    const sections = compareSections(a, b, alignClauses(a, b));
    const found = sections.filter((s) => s.rows.some((r) => r.a && r.b)).map((s) => `${s.rows.filter((r) => r.a && r.b).length} ${s.unit}`);
    const alone = sections.reduce((n, s) => n + s.rows.filter((r) => !r.a || !r.b).length, 0);
    status.textContent = `${found.length ? `${found.join(', ')} tương ứng` : 'Không có phần nào tương ứng'}; ${alone} đoạn không có đối ứng.`;
    meaning.hidden = !found.length;
    render(a, b, sections);
  } catch {
    status.textContent = 'Không tải được văn bản để so sánh. Kiểm tra lại lựa chọn.';
  }
}

for (const side of ['a', 'b']) {
  form
    .querySelector<HTMLSelectElement>(`[data-province="${side}"]`)!
    .addEventListener('change', (e) => void fillDocuments(side, (e.target as HTMLSelectElement).value));
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const a = String(data.get('a') ?? '');
  const b = String(data.get('b') ?? '');
  if (!a || !b) return;
  history.replaceState(null, '', `?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
  void compare(a, b);
});

/** A shared address (?a=&b=) opens the comparison straight away, with the choosers set to it. */
async function fromUrl(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const ids = { a: params.get('a') ?? '', b: params.get('b') ?? '' };
  for (const [side, id] of Object.entries(ids)) {
    if (!id) continue;
    const doc = await json<DocumentModel>(`/van-ban/${id}.json`).catch(() => null);
    const slug = doc?.province?.slug ?? '';
    form.querySelector<HTMLSelectElement>(`[data-province="${side}"]`)!.value = slug;
    await fillDocuments(side, slug, id);
  }
  if (ids.a && ids.b) await compare(ids.a, ids.b);
}
void fromUrl();
