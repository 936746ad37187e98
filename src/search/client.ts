import { normalizeQuery } from './query.ts';

/**
 * The search page's behaviour: reads ?q=, asks Pagefind, lists results as links
 * inside [data-search-results], and keeps the URL in step so a search can be shared.
 */

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;

let pagefind: Promise<Pagefind> | null = null;
function load(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Pagefind marks matches with <mark>; everything else in an excerpt is text. */
function excerpt(html: string): HTMLElement {
  const p = element('p', 'result__excerpt');
  const parts = html.split(/(<mark>.*?<\/mark>)/g);
  for (const part of parts) {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1]! : part).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    p.append(m ? element('mark', '', text) : document.createTextNode(text));
  }
  return p;
}

let generation = 0;
async function run(raw: string): Promise<void> {
  const q = normalizeQuery(raw);
  const mine = ++generation;
  const params = new URLSearchParams(location.search);
  if (q) params.set('q', q);
  else params.delete('q');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  list.replaceChildren();
  if (!q) {
    status.textContent = 'Nhập từ khóa, số hiệu văn bản hoặc tên cơ quan.';
    return;
  }
  status.textContent = 'Đang tìm…';
  const pf = await load();
  const search = await pf.search(q);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (mine !== generation) return;
  status.textContent = results.length ? `${search.results.length} kết quả cho “${q}”.` : `Không tìm thấy văn bản nào cho “${q}”.`;
  for (const r of results) {
    const li = element('li', 'result');
    const a = element('a', 'result__title', r.meta.title ?? r.url);
    a.href = r.url;
    li.append(a);
    const facts = [r.meta['so-hieu'], r.meta.ngay, r.meta.tinh].filter(Boolean).join(' · ');
    if (facts) li.append(element('p', 'result__meta', facts));
    li.append(excerpt(r.excerpt));
    list.append(li);
  }
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => void run(input.value), 200);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value);
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = normalizeQuery(initial);
void run(initial);
