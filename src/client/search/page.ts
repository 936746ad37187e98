import { unmatchedWords, type FilterCounts, type Found, type PagefindData, type PagefindResult, type PagefindSubResult } from './engine.ts';
import { hasMarks, markMatches, normalizeQuery, numberReading, queryTerms } from './query.ts';
import { openBundles } from './bundles.ts';
import { everyValue, needsPagefind, prefetchLists, warmUp } from './common.ts';
import { answer, type Answer } from './answer.ts';
import { excerptSegments } from './excerpt.ts';
import { formatCount as count } from '../../lib/text/vietnamese.ts';

/**
 * The search page: reads ?q= and the filters from the URL, asks the engine,
 * lists results as links inside [data-search-results], and keeps the URL in
 * step so a search can be shared. The page table starts loading as soon as
 * the page opens, so the first query does not wait for it, and Pagefind once
 * the table is in or, for a reader saving data, as soon as the query being
 * typed needs it (bundles.ts). One complete answer per query; the list is
 * aria-busy until its first batch is on screen.
 */

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sort = form.querySelector<HTMLSelectElement>('select[name="sap-xep"]')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const notice = document.querySelector<HTMLElement>('[data-search-notice]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

/** Results fetched per batch: each is a whole document's fragment, so few at a time on a slow connection. */
const PAGE = 8;
const bundles = openBundles();
const unavailable = () => {
  status.textContent = 'Không mở được chỉ mục tìm kiếm. Hãy tải lại trang sau ít phút.';
  list.setAttribute('aria-busy', 'false');
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** What a <mark> may fall on: the query's words (and its number reading) under the search's folding (query.ts `markMatches`). */
let marking: { terms: string[]; exact: boolean } = { terms: [], exact: false };

/** An excerpt as DOM, never as HTML: its text as the document writes it (excerpt.ts), matches in <mark>. */
function excerpt(html: string, content: string): HTMLElement {
  const p = element('p', 'result__excerpt');
  for (const { text, marked } of excerptSegments(html, content)) {
    // Pagefind also marks words that merely start with a term ("dan" → "Đảng"): those stay plain.
    p.append(marked && markMatches(text, marking.terms, marking.exact) ? element('mark', '', text) : document.createTextNode(text));
  }
  return p;
}

/** The clauses of a result that matched, most matches first: deep links into the document. */
function matchedClauses(r: PagefindData): PagefindSubResult[] {
  return (r.sub_results ?? []).filter((sub) => sub.url.includes('#')).sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0));
}

/** A document and, under it, the clauses that matched, each a deep link with its excerpt. */
function renderResult(r: PagefindData): HTMLLIElement {
  const item = element('li', 'result');
  const a = element('a', 'result__title', r.meta.document ?? r.url);
  a.href = r.url;
  const heading = element('p', 'result__head');
  heading.append(a);
  if (r.meta.subject) heading.append(element('span', 'result__subject', ` ${r.meta.subject}`));
  item.append(heading);
  const facts = [r.meta['so-hieu'], r.meta.ngay, r.meta.tinh].filter(Boolean).join(' · ');
  if (facts) item.append(element('p', 'result__meta', facts));
  const clauses = matchedClauses(r);
  if (!clauses.length) {
    item.append(excerpt(r.excerpt, r.content));
    return item;
  }
  const parts = element('ul', 'result__parts');
  for (const sub of clauses.slice(0, 3)) {
    const li = element('li', 'result__part');
    const link = element('a', '', sub.title);
    link.href = sub.url;
    li.append(link, excerpt(sub.excerpt, r.content));
    parts.append(li);
  }
  if (clauses.length > 3) parts.append(element('li', 'result__more muted', `và ${clauses.length - 3} đoạn khác trong văn bản này`));
  item.append(parts);
  return item;
}

const collator = new Intl.Collator('vi');

/** Filter menus offer every value in the index, in Vietnamese order (years newest first). */
function fillFilters(all: FilterCounts): void {
  for (const select of selects) {
    const chosen = select.value;
    const values = Object.keys(all[select.dataset.filter!] ?? {}).map((v) => v.normalize('NFC'));
    // A value from the URL stays on offer even when the bundle read so far lacks it.
    if (chosen && !values.includes(chosen)) values.push(chosen);
    values.sort(select.name === 'nam' ? (a, b) => b.localeCompare(a) : collator.compare);
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
/** The batch of results allowed to go on screen: a new answer stops one still loading (see `show`). */
let batchOnScreen = 0;
let pending: PagefindResult[] = [];
/** The results on screen, in order. */
let shown: Array<{ id: string; data: PagefindData }> = [];

function clearResults(): void {
  list.replaceChildren();
  shown = [];
}

/**
 * Shows the next batch of results, in order, each as soon as the ones before
 * it are in. The first one is fetched alone and the others once it is on
 * screen: each is a whole document, and on a slow line eight at once held
 * back the one the reader sees first.
 */
async function showMore(mine: number, size = PAGE): Promise<void> {
  const me = ++batchOnScreen;
  const batch = pending.splice(0, size);
  const load = (r: PagefindResult) => {
    const data = r.data();
    data.catch(() => undefined); // a batch given up may fail unread
    return { id: r.id, data };
  };
  const loading = batch.slice(0, 1).map(load);
  more.hidden = true;
  for (let i = 0; i < loading.length; i++) {
    const data = await loading[i]!.data;
    if (mine !== generation || me !== batchOnScreen) return;
    shown.push({ id: loading[i]!.id, data });
    list.append(renderResult(data));
    if (i === 0) loading.push(...batch.slice(1).map(load));
  }
  more.hidden = pending.length === 0;
}

/** Puts a search's results on the page: its count, the filter counts, and the first batch. */
async function show(mine: number, found: Found, scope: string, q: string): Promise<void> {
  // A batch of an earlier answer still loading (the reader asked for more) stops here.
  batchOnScreen++;
  const total = found.results.length;
  const number = numberReading(q);
  marking = { terms: [...queryTerms(q), ...(number ? [number] : [])], exact: hasMarks(q) && !found.loosened };
  clearResults();
  pending = found.results;
  // The first result's fragment is on its way before the counts are written.
  const first = showMore(mine);
  showCounts(found.filters);
  status.textContent = total ? `${count(total)} kết quả ${scope}.` : `Không tìm thấy kết quả nào ${scope}.`;
  await first;
}

async function run(): Promise<void> {
  const q = normalizeQuery(input.value);
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value.normalize('NFC')]));
  const mine = ++generation;
  writeUrl(q, filters);
  clearResults();
  notice.hidden = true;
  more.hidden = true;
  list.setAttribute('aria-busy', 'true');
  if (!q && Object.keys(filters).length === 0) {
    status.textContent = 'Nhập từ khóa, số hiệu văn bản hoặc tên cơ quan, hoặc chọn bộ lọc.';
    list.setAttribute('aria-busy', 'false');
    return;
  }
  status.textContent = 'Đang tìm…';
  const opened = await bundles.catch(() => null);
  if (!opened) return unavailable();
  const options = { filters, dWords: opened.dWords, ...(sort.value ? { sort: { ngay: sort.value } } : {}) };
  const scope = q ? `cho “${q}”` : 'theo bộ lọc đã chọn';
  let answered: Answer;
  try {
    answered = await answer(opened, q, options);
  } catch {
    if (mine === generation) unavailable();
    return;
  }
  const { found, pagefind: pf, dropped } = answered;
  if (mine !== generation) return;
  await show(mine, found, scope, q);
  list.setAttribute('aria-busy', 'false');
  const notes = found.loosened ? ['Không có kết quả đúng dấu; dưới đây là kết quả khi bỏ dấu.'] : [];
  const say = () => {
    notice.textContent = notes.join(' ');
    notice.hidden = notes.length === 0;
  };
  say();
  // Every common word is in some page: only Pagefind's answer can have dropped a word.
  if (!q || !pf || mine !== generation) return;
  const unmatched =
    dropped ??
    (await unmatchedWords(
      pf,
      q,
      shown.map((s) => s.data),
    ));
  if (mine !== generation || unmatched.length === 0) return;
  notes.unshift(
    `Không văn bản nào chứa: ${unmatched.map((w) => `“${w}”`).join(', ')}. Kết quả ${found.results.length ? 'dưới đây ' : ''}không tính ${unmatched.length > 1 ? 'các từ' : 'từ'} này.`,
  );
  say();
}

let timer: number | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  void bundles
    .then((b) => {
      prefetchLists(b.common, input.value);
      if (needsPagefind(b.common, input.value)) b.warm();
    })
    .catch(() => undefined);
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
/** Menus offer every value in the collection at once, from the page table (common.ts), which the first search needs anyway. */
void bundles.then(async ({ common }) => {
  fillFilters(everyValue(await common.table()));
  await run();
  await warmUp(common);
}, unavailable);
