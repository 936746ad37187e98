import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { useChromium } from './chromium-page.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { words } from '../../src/lib/text/vietnamese.ts';
import { HOSTILE_SIDECAR, OUTSIDE_SECRET, PART_BYTES, PASSWD_LINE, SKIPPED, UNTRUSTED_TEXTS } from '../fixtures/untrusted-folder.ts';
import { mainText } from '../helpers/page-text.ts';
import { filesUnder } from '../../scripts/lib/files.ts';
import { OPEN_PAGEFIND } from '../helpers/pagefind-in-page.ts';

/**
 * Issue 22: a seeds folder from an archive or someone else's repository
 * (tests/fixtures/untrusted-folder.ts), built once with the hostile corpus by
 * the e2e global setup. The build succeeds and names every entry it did not
 * read; nothing outside the folder reaches the site; every word of every text
 * is on its pages; control characters never reach readers as characters.
 */
const hostile = inject('hostileBuild');
const base = inject('hostileUrl');

interface Published {
  id: string;
  url: string;
  source: { file: string };
  type: { name: string };
  subject: string | null;
  year: number | null;
  date: string | null;
  place: string | null;
  draft: boolean;
  parts?: Array<{ slug: string; line: number; bytes: number }>;
  issues: Array<{ level: string; code: string; message: string; line: number | null; file?: string }>;
}

const read = (f: string) => readFileSync(join(hostile.dist, f), 'utf8');
const documents = () => (JSON.parse(read('api/documents.json')) as { documents: Published[] }).documents;
const docOf = (file: string) => documents().find((d) => d.source.file === file)!;
const pageOf = (file: string) => read(`${docOf(file).url}index.html`);
/** Every page of a document: its own and, for a text in parts, the others. */
const pagesOf = (file: string) => [docOf(file).url, ...(docOf(file).parts ?? []).map((p) => `${docOf(file).url}${p.slug}/`)].map((u) => read(`${u}index.html`));

/** Characters that must never reach readers as themselves: C0/C1 controls (but tab and line breaks) and bidi controls. */
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('untrusted folder: the build', () => {
  it('succeeds and names every entry it skipped, with the reason, on one line each', () => {
    const lines = hostile.stderr.split('\n');
    for (const [name, reason] of Object.entries(SKIPPED)) {
      const line = lines.find((l) => l.includes(`/${name}: `));
      expect(line, name).toBeDefined();
      expect(line).toMatch(reason);
    }
    // A file name with a line break stays on its line: escaped, never split.
    expect(hostile.stderr + hostile.stdout).not.toMatch(/^moi\.txt/m);
  });

  it('lists the skipped entries in quality.json and on /chat-luong/', async () => {
    const { skipped } = JSON.parse(read('api/quality.json')) as { skipped: Array<{ file: string; reason: string }> };
    expect(skipped.map((s) => s.file).sort()).toEqual(Object.keys(SKIPPED).sort());
    for (const s of skipped) expect(s.reason).toMatch(SKIPPED[s.file]!);
    const text = mainText(read('chat-luong/index.html'));
    for (const name of Object.keys(SKIPPED)) expect(text).toContain(name);
  });

  it('reads nothing outside the folder: the linked files appear nowhere in the site, the index included', () => {
    const leaks: string[] = [];
    for (const f of filesUnder(hostile.dist)) {
      let bytes = readFileSync(join(hostile.dist, f));
      // Pagefind's index files are gzip streams: look inside them too.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      const text = bytes.toString('utf8');
      if (text.includes(OUTSIDE_SECRET) || text.includes(PASSWD_LINE)) leaks.push(f);
    }
    expect(leaks).toEqual([]);
    for (const f of filesUnder(hostile.content)) expect(readFileSync(join(hostile.content, f), 'utf8')).not.toContain(OUTSIDE_SECRET);
  });

  it('a sidecar with keys named like built-in properties: each reported with file and line, the known field applied', () => {
    const doc = docOf('co-tep-bo-sung.txt');
    const errors = doc.issues.filter((i) => i.code === 'sidecar');
    expect(errors.map((i) => [i.line, i.file?.endsWith('co-tep-bo-sung.yaml')])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
    ]);
    expect(errors.map((i) => i.message).join(' ')).not.toContain('[object Object]');
    expect(doc.place).toBe(/place: (.*)/.exec(HOSTILE_SIDECAR)![1]);
  });
});

describe('untrusted folder: the texts', () => {
  it('blanks in the number, date and signature: a draft that keeps its type, subject, year and place', () => {
    const doc = docOf('du-thao-de-trong.txt');
    expect(doc).toMatchObject({
      type: { name: 'Kế hoạch' },
      subject: 'Tuần tra song phương trên tuyến biên giới',
      year: 2026,
      date: null,
      place: 'Điện Biên',
      draft: true,
    });
    expect(doc.issues.map((i) => i.code)).not.toContain('no-date');
  });

  it('underscores, stars and brackets that belong to the text are shown exactly as written', () => {
    const text = mainText(pageOf('nguyen-van.txt')).replace(/\s+/g, ' ');
    for (const t of ['Mã __pwned__ giữ nguyên', 'Danh sách [*a,*a] giữ nguyên', 'a * b * c và 5*3', 'ma_so_thue và *sao* quanh từ']) expect(text).toContain(t);
  });

  it('control characters: none reaches a page, the open data or the source text as a character; bidi shown inert in the body only', () => {
    const doc = docOf('ky-tu-dieu-khien.txt');
    const html = pageOf('ky-tu-dieu-khien.txt');
    for (const [what, text] of [
      ['page', html],
      ['documents.json', read('api/documents.json')],
      ['document JSON', read(`van-ban/${doc.id}.json`)],
      ['nguon.txt', read(`van-ban/${doc.id}/nguon.txt`)],
    ] as const) {
      expect(CONTROLS.test(text), what).toBe(false);
    }
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]).not.toMatch(/⟨U\+/);
    expect(doc.subject).toBe('Về tuần tra biên giới');
    const main = mainText(html);
    expect(main).toContain('⟨U+202E⟩gpj.exe');
    expect(main).toContain('biên giới tăng cường'); // the NUL separated two words
    expect(doc.issues.find((i) => i.code === 'control-chars')?.line).toBe(7);
    expect(doc.issues.find((i) => i.code === 'bidi-chars')?.line).toBe(6);
    // The original stays untouched.
    expect(readFileSync(join(hostile.dist, `van-ban/${doc.id}/ban-goc.txt`), 'utf8')).toBe(UNTRUSTED_TEXTS['ky-tu-dieu-khien.txt']);
  });

  it('a text above the limit: whole, across pages cut at its sections, one copy of the source, with a note', () => {
    const file = 'van-ban-rat-dai.txt';
    const doc = docOf(file);
    expect(doc.parts!.length).toBeGreaterThanOrEqual(2);
    expect(doc.issues.find((i) => i.code === 'split')?.level).toBe('warning');
    const pages = pagesOf(file);
    // No page carries much more than its share of the text.
    for (const html of pages) expect(Buffer.byteLength(html)).toBeLessThan(6 * PART_BYTES);
    expect(filesUnder(join(hostile.dist, doc.url)).filter((f) => !f.endsWith('index.html'))).toEqual(['ban-goc.txt']);
    const shown = new Set(pages.flatMap((html) => words(mainText(html))));
    expect(words(UNTRUSTED_TEXTS[file]!).filter((w) => !shown.has(w))).toEqual([]);
    // Each page links to every other.
    const urls = [doc.url, ...doc.parts!.map((p) => `${doc.url}${p.slug}/`)];
    pages.forEach((html, k) => {
      for (const u of urls.filter((_, j) => j !== k)) expect(html).toContain(`href="${u}"`);
    });
  });

  it('every word of every text of the folder is on its pages', () => {
    const lost: string[] = [];
    for (const [file, text] of Object.entries(UNTRUSTED_TEXTS)) {
      const shown = new Set(pagesOf(file).flatMap((html) => words(mainText(html))));
      const missing = words(normalizeText(text).text).filter((w) => !shown.has(w));
      if (missing.length) lost.push(`${JSON.stringify(file)}: ${missing.slice(0, 8).join(', ')}`);
    }
    expect(lost).toEqual([]);
  });

  it('titles never end in a dangling separator; every page has a favicon', () => {
    for (const f of filesUnder(hostile.dist).filter((f) => f.endsWith('.html'))) {
      const html = read(f);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, f).not.toMatch(/[:·]\s*·|[:·]\s*$|^\s*·/);
      expect(html, f).toMatch(/<link rel="icon"/);
    }
    expect(/<title>([^<]*)<\/title>/.exec(pageOf('khong-trich-yeu.txt'))![1]).toBe('Công văn 77/UBND-NC · Văn bản Biên phòng');
  });
});

describe('untrusted folder: search, in Chromium', () => {
  const chromium = useChromium();
  const search = async (q: string) => {
    const page = chromium.page();
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(q)}`);
    // The answer told, found or not (the list is hidden when nothing is found).
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false' &&
        /kết quả|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
  };

  it('an excerpt shows entities and markup of the source exactly as written: it decodes only what Pagefind encodes', async () => {
    const page = chromium.page();
    await search('zqxdanhdau');
    const excerpt = (await page.locator('[data-search-results] .result__excerpt').allInnerTexts()).join(' ');
    expect(excerpt).toContain('&lt;b&gt; và &amp; và "ngoặc kép" và \'đơn\' và <b>đậm</b>');
  });

  it('shows only results Pagefind returned for the query', async () => {
    const page = chromium.page();
    for (const q of ['zqxdanhdau', 'pwned', 'mark']) {
      await search(q);
      const shown = await page
        .locator('[data-search-results] a.result__title')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      // Pagefind itself, asked the same query in the same page (a string: the test runner must not rewrite the import).
      const returned = (await page.evaluate(`(async () => {
${OPEN_PAGEFIND}
        const { results } = await pf.search(${JSON.stringify(q)});
        return Promise.all(results.map(async (r) => new URL((await r.data()).url, location.href).pathname));
      })()`)) as string[];
      expect(
        shown.filter((u) => !returned.includes(u)),
        q,
      ).toEqual([]);
    }
  });

  it('finds the words a NUL byte stood between, and the parts of a long text', async () => {
    const page = chromium.page();
    await search('biên giới tăng cường tuần tra');
    expect(await page.locator('[data-search-results] a.result__title').allInnerTexts()).toContain('Chỉ thị 32/CT-UBND');
    await search('viecc9a5k3');
    const hrefs = await page.locator('[data-search-results] a.result__title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(hrefs.some((h) => /\/phan-\d+\/$/.test(h ?? ''))).toBe(true);
  });
});
