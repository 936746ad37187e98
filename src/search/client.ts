import { find, type FilterCounts, type Pagefind, type PagefindData } from './engine.ts';
import { normalizeQuery } from './query.ts';

/**
 * The search page: reads ?q= and the filters from the URL, asks the engine,
 * lists results as links inside [data-search-results], and keeps the URL in
 * step so a search can be shared. Pagefind starts loading as soon as the page
 * opens, so the first query does not wait for it.
 */

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sap-xep"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const notice = document.querySelector<HTMLElement>('[data-search-notice]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

/** Clauses fetched per batch: enough to rank documents, small enough for a slow connection. */
const PAGE = 12;
const path = '/pagefind/pagefind.js';
const pagefind: Promise<Pagefind> = import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
  await pf.init();
  return pf;
});

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Pagefind marks matches with <mark> in an otherwise escaped excerpt; rebuild it as DOM, never as HTML. */
function excerpt(html: string): HTMLElement {
  const p = element('p', 'result__excerpt');
  for (const part of html.split(/(<mark>.*?<\/mark>)/g)) {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1]! : part).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    p.append(m ? element('mark', '', text) : document.createTextNode(text));
  }
  return p;
}

interface Group {
  url: string;
  score: number;
  parts: PagefindData[];
  item: HTMLLIElement;
}

/** A document and, under it, the clauses that matched, each a deep link with its excerpt. */
function renderGroup(g: Group): void {
  const first = g.parts[0]!;
  const a = element('a', 'result__title', first.meta.document ?? g.url);
  a.href = g.url;
  const heading = element('p', 'result__head');
  heading.append(a);
  if (first.meta.subject) heading.append(element('span', 'result__subject', ` ${first.meta.subject}`));
  const facts = [first.meta['so-hieu'], first.meta.ngay, first.meta.tinh].filter(Boolean).join(' · ');
  const parts = element('ul', 'result__parts');
  for (const part of g.parts.slice(0, 3)) {
    const li = element('li', 'result__part');
    const link = element('a', '', part.meta.title ?? part.url);
    link.href = part.url;
    li.append(link, excerpt(part.excerpt));
    parts.append(li);
  }
  if (g.parts.length > 3) parts.append(element('li', 'result__more muted', `và ${g.parts.length - 3} đoạn khác trong văn bản này`));
  g.item.replaceChildren(heading, ...(facts ? [element('p', 'result__meta', facts)] : []), parts);
}

const collator = new Intl.Collator('vi');

/** Filter menus offer every value in the index, in Vietnamese order (years newest first). */
function fillFilters(all: FilterCounts): void {
  for (const select of selects) {
    const values = Object.keys(all[select.dataset.filter!] ?? {}).map((v) => v.normalize('NFC'));
    values.sort(select.name === 'nam' ? (a, b) => b.localeCompare(a) : collator.compare);
    const chosen = select.value;
    select.replaceChildren(select.options[0]!, ...values.map((v) => new Option(v, v)));
    select.value = chosen;
  }
}

/** Filter menus show each value's count for the current search. */
function showCounts(counts: FilterCounts): void {
  for (const select of selects) {
    const values = counts[select.dataset.filter!] ?? {};
    for (const option of select.options) {
      if (!option.value) continue;
      option.textContent = `${option.value} (${values[option.value] ?? 0})`;
    }
  }
}

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = normalizeQuery(params.get('q') ?? '');
  sort.value = params.get('sap-xep') ?? '';
  for (const select of selects) {
    const value = params.get(select.name)?.normalize('NFC') ?? '';
    if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
    select.value = value;
  }
}

function writeUrl(q: string, filters: Record<string, string>): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(filters)) params.set(k, v);
  if (sort.value) params.set('sap-xep', sort.value);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

let generation = 0;
let pending: Array<{ score: number; data(): Promise<PagefindData> }> = [];
let groups = new Map<string, Group>();

/**
 * Loads the next batch of matching clauses and groups them by document: a
 * document's rank is the sum of its clauses' scores, so the document that is
 * about the query outranks one that mentions it once.
 */
async function showMore(mine: number): Promise<void> {
  const batch = pending.splice(0, PAGE);
  more.hidden = true;
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== generation) return;
  const fresh: Group[] = [];
  data.forEach((d, i) => {
    const url = d.url.replace(/#.*$/, '');
    let g = groups.get(url);
    if (!g) {
      g = { url, score: 0, parts: [], item: element('li', 'result') };
      groups.set(url, g);
      fresh.push(g);
    }
    g.score += batch[i]!.score;
    g.parts.push(d);
  });
  fresh.sort((a, b) => b.score - a.score);
  for (const g of groups.values()) renderGroup(g);
  list.append(...fresh.map((g) => g.item));
  more.hidden = pending.length === 0;
}

async function run(): Promise<void> {
  const q = normalizeQuery(input.value);
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value.normalize('NFC')]));
  const mine = ++generation;
  writeUrl(q, filters);
  list.replaceChildren();
  groups = new Map();
  notice.hidden = true;
  more.hidden = true;
  if (!q && Object.keys(filters).length === 0) {
    status.textContent = 'Nhập từ khóa, số hiệu văn bản hoặc tên cơ quan, hoặc chọn bộ lọc.';
    return;
  }
  status.textContent = 'Đang tìm…';
  const pf = await pagefind;
  const found = await find(pf, q, { filters, ...(sort.value ? { sort: { ngay: sort.value } } : {}) });
  if (mine !== generation) return;
  showCounts(found.filters);
  const scope = q ? `cho “${q}”` : 'theo bộ lọc đã chọn';
  status.textContent = found.results.length ? `${found.results.length} đoạn văn bản khớp ${scope}.` : `Không tìm thấy kết quả nào ${scope}.`;
  const notes = [
    found.unmatched.length ? `Không văn bản nào chứa: ${found.unmatched.map((w) => `“${w}”`).join(', ')}. Kết quả dưới đây không tính ${found.unmatched.length > 1 ? 'các từ' : 'từ'} này.` : '',
    found.loosened ? 'Không có kết quả đúng dấu; dưới đây là kết quả khi bỏ dấu.' : '',
  ].filter(Boolean);
  if (notes.length) {
    notice.textContent = notes.join(' ');
    notice.hidden = false;
  }
  pending = [...found.results];
  await showMore(mine);
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(() => void run(), 150);
});
for (const s of [...selects, sort]) s.addEventListener('change', () => void run());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run();
});
more.addEventListener('click', () => void showMore(generation));

/** Arrow keys move between the box and the result links; Escape returns to the box. */
document.addEventListener('keydown', (event) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result__title')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0) && links.length) {
    event.preventDefault();
    links[Math.min(at + 1, links.length - 1)]!.focus();
  } else if (event.key === 'ArrowUp' && at >= 0) {
    event.preventDefault();
    (at === 0 ? input : links[at - 1]!).focus();
  } else if (event.key === 'Escape' && at >= 0) {
    input.focus();
  }
});

readUrl();
// Filters stay folded on a phone unless one is in use; on a wide screen they are open.
const filtersBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
filtersBox.open = matchMedia('(min-width: 761px)').matches || selects.some((s) => s.value) || Boolean(sort.value);
void pagefind.then((pf) => pf.filters()).then(fillFilters);
void run();
