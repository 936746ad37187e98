import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
import { DIRECTIVE } from '../fixtures/encodings.ts';
import { GENERATED, NODE } from '../fixtures/hostile-corpus.ts';
import { LITERAL, UNDERSCORED } from '../fixtures/hostile-tokens.ts';
import { crawl } from '../helpers/site-crawl.ts';
import { filesUnder } from '../../scripts/lib/files.ts';
import { textAsRead, type Listed } from '../helpers/text-as-read.ts';
import { hasOwnText } from '../../src/utils/urls.ts';

/**
 * Issue "Reliability and security: bad inputs never break the site, run code,
 * or lose text", end to end:
 *  - the hostile corpus (tests/fixtures/hostile-corpus.ts), built once by the
 *    global setup with --strict: exit status, one page per file, no script from
 *    the source runs in Chromium, hostile text shown literally, quality report;
 *  - the real site (baseUrl): no broken internal link, no serious or critical
 *    axe-core violation on each kind of page;
 *  - determinism: ingest twice → identical content/; Astro twice → identical
 *    dist/api/*.json, and in fact every file but pagefind/ (one extra Astro
 *    build without Pagefind, ~5 s).
 * The hostile build keeps Pagefind: search results are one more place where
 * source text is put into the DOM.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const base = inject('baseUrl');
const hostileUrl = inject('hostileUrl');
const hostile = inject('hostileBuild');

let browser: Browser;
/** One tab for the whole file (a new tab costs ~0.3 s); `open()` records what each navigation does. */
let page: Page;
const probe = { dialogs: [] as string[], errors: [] as string[] };
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('dialog', (d) => {
    probe.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => probe.errors.push(e.message));
});
afterAll(async () => browser?.close());

// ---------------------------------------------------------------------------
// Helpers

/** Navigates the shared tab, recording dialogs (alert/confirm/prompt) and uncaught errors of this page only. */
async function open(url: string): Promise<void> {
  probe.dialogs = [];
  probe.errors = [];
  await page.goto(url, { waitUntil: 'load' });
}

/** What a script from the source would have left behind, read in the page. */
function injected() {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const all = [...document.querySelectorAll('*')];
    return {
      flags: ['__pwned', 'pwned'].filter((k) => k in w),
      // Event-handler attributes carrying the source's payloads (the site's own markup is not judged here).
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name) && /pwned|alert/.test(a.value)).map((a) => `<${el.localName} ${a.name}>`),
      ),
      scripts: [...document.scripts].map((s) => s.textContent ?? '').filter((t) => /pwned|alert\(|process\.exit/.test(t)),
      jsLinks: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).map((el) => el.outerHTML.slice(0, 80)),
      foreign: document.querySelectorAll('img[src="x"], svg[onload], b[onmouseover], clause, iframe').length,
    };
  });
}

const clean = { flags: [], handlers: [], scripts: [], jsLinks: [], foreign: 0 };

interface QualityFile {
  file: string;
  document: string;
  issues: Array<{ level: string; code: string; message: string; line: number | null; action: string }>;
}

// ---------------------------------------------------------------------------
// The hostile corpus

describe('hostile corpus: the build', () => {
  it('exits with status 1 under --strict, naming the files with errors', () => {
    expect(hostile.status).toBe(1);
    expect(hostile.stderr).toContain('--strict');
    for (const f of ['rong.txt', 'nhi-phan.txt']) expect(hostile.stderr).toMatch(new RegExp(`${f}:\\d+: lỗi: `));
  });

  it('still writes the complete site', () => {
    for (const f of [
      'index.html',
      '404.html',
      'api/documents.json',
      'api/quality.json',
      'chat-luong/index.html',
      'van-ban/index.html',
      'pagefind/bundles.json',
      'pagefind/phan-1/pagefind.js',
    ]) {
      expect(existsSync(join(hostile.dist, f)), f).toBe(true);
    }
  });

  it('publishes a page, a JSON record and the source for every file, with distinct ids', () => {
    expect(hostile.files).toEqual(
      expect.arrayContaining(['chi-thi-ma-doc.txt', 'ban-sao-chi-thi.txt', 'rong.txt', 'khong-cau-truc.txt', ...Object.keys(GENERATED)]),
    );
    const { documents } = JSON.parse(readFileSync(join(hostile.dist, 'api/documents.json'), 'utf8')) as {
      documents: Array<Listed & { url: string }>;
    };
    expect(documents.map((d) => d.source.file).sort()).toEqual(hostile.files);
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    for (const d of documents) {
      expect(existsSync(join(hostile.dist, d.url, 'index.html')), d.url).toBe(true);
      expect(existsSync(join(hostile.dist, `van-ban/${d.id}.json`))).toBe(true);
      // A text in parts keeps one copy of its source on the site: the original (tests/e2e/untrusted.test.ts); so does a text that is its original.
      expect(existsSync(join(hostile.dist, `van-ban/${d.id}/nguon.txt`))).toBe(hasOwnText(d));
      if (!d.parts) expect(textAsRead(hostile.dist, d)).toBeTypeOf('string');
    }
  });

  it('reads UTF-16, Windows-1258 and TCVN3 sources, records the encoding and serves the source as readable UTF-8', async () => {
    const { documents } = JSON.parse(readFileSync(join(hostile.dist, 'api/documents.json'), 'utf8')) as {
      documents: Array<{ id: string; url: string; source: { file: string; encoding: string } }>;
    };
    const expected: Record<string, [string, string]> = {
      'utf16-le.txt': ['utf-16le (BOM)', '08'],
      'windows-1258.txt': ['windows-1258', '09'],
      'tcvn3.txt': ['tcvn3', '10'],
    };
    for (const [file, [encoding, number]] of Object.entries(expected)) {
      const doc = documents.find((d) => d.source.file === file)!;
      expect(doc.source.encoding).toBe(encoding);
      expect(doc.id).toBe(`chi-thi-${number}-ct-ubnd-2026-quang-tri`);
      expect(readFileSync(join(hostile.dist, `van-ban/${doc.id}/nguon.txt`), 'utf8')).toBe(DIRECTIVE.replace('Số: 07/', `Số: ${number}/`));
      await open(`${hostileUrl}${doc.url}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Ủy ban nhân dân các xã biên giới tăng cường tuyên truyền');
      expect(text).toContain('Nguyễn Văn Hùng');
    }
  });
});

describe('hostile corpus: no script from the source runs, in Chromium', () => {
  // Every page whose HTML carries hostile text (escaped), plus the search page and the in-browser compare.
  const pages = () =>
    filesUnder(hostile.dist)
      .filter((f) => f.endsWith('.html') && /pwned|onerror|alert\(/i.test(readFileSync(join(hostile.dist, f), 'utf8')))
      .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);

  it('the probe sees a script that does run (the check itself can fail)', async () => {
    await open(`${hostileUrl}/`);
    await page.setContent('<img src=x onerror="window.__pwned=1"><script>alert(1)</script><a href="javascript:void 0">x</a>');
    await page.waitForTimeout(100);
    expect(probe.dialogs).toEqual(['1']);
    const found = await injected();
    expect(found.flags).toEqual(['__pwned']);
    expect(found.handlers).toEqual(['<img onerror>']);
    expect(found.scripts).toHaveLength(1);
    expect(found.jsLinks).toHaveLength(1);
  });

  it('the hostile text reaches many pages (documents, lists, province, compare…)', () => {
    expect(pages().length).toBeGreaterThanOrEqual(6);
    expect(pages()).toEqual(expect.arrayContaining(['/', '/van-ban/', '/van-ban/chi-thi-99-ct-ubnd-2026-cao-bang/', '/tinh/cao-bang/']));
  });

  it('on each of those pages: no dialog, no flag set, no event handler, no script, no javascript: link', async () => {
    const dirty: string[] = [];
    for (const path of pages()) {
      await open(`${hostileUrl}${path}`);
      await page.waitForTimeout(50); // let onerror/onload handlers fire, were there any
      const found = await injected();
      if (probe.dialogs.length || JSON.stringify(found) !== JSON.stringify(clean))
        dirty.push(`${path}: ${JSON.stringify({ dialogs: probe.dialogs, ...found })}`);
    }
    expect(dirty).toEqual([]);
  });

  it('the search page renders hostile matches as text (Pagefind excerpts, titles)', async () => {
    for (const q of ['onerror', 'pwned', 'script alert']) {
      await open(`${hostileUrl}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await page.locator('[data-search-results] a').first().waitFor({ timeout: 15_000 });
      await page.waitForTimeout(100);
      expect(probe.dialogs).toEqual([]);
      expect(await injected()).toEqual(clean);
    }
  });

  it('the in-browser compare of a hostile document renders its text as text', async () => {
    await open(`${hostileUrl}/so-sanh/?a=chi-thi-99-ct-ubnd-2026-cao-bang&b=chi-thi-08-ct-ubnd-2026-quang-tri`);
    await page.locator('[data-compare-result] *').first().waitFor({ timeout: 15_000 });
    await page.waitForTimeout(100);
    expect(probe.dialogs).toEqual([]);
    expect(await injected()).toEqual(clean);
    expect(await page.locator('[data-compare-result]').innerText()).toContain('<script>alert("xss")</script>');
  });

  it('the document page shows every hostile token literally', async () => {
    await open(`${hostileUrl}/van-ban/chi-thi-99-ct-ubnd-2026-cao-bang/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(LITERAL.filter((t) => !text.includes(t))).toEqual([]);
    expect(probe.errors).toEqual([]);
  });

  /*
   * BUG (src/lib/parse/markdown.ts, splitGluedEmphasis): "__" inside a word is taken for
   * glued emphasis, so "<script>window.__pwned=1</script>" reaches the page as
   * "<script>window." and "pwned=1</script>" in two paragraphs. Nothing runs (see above),
   * but the text is not shown as written. Remove `.fails` once fixed.
   */
  it('the document page shows "window.__pwned" payloads literally', async () => {
    await open(`${hostileUrl}/van-ban/chi-thi-99-ct-ubnd-2026-cao-bang/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(UNDERSCORED.filter((t) => !text.includes(t))).toEqual([]);
  });
});

describe('hostile corpus: quality report', () => {
  const quality = () => (JSON.parse(readFileSync(join(hostile.dist, 'api/quality.json'), 'utf8')) as { files: QualityFile[] }).files;
  const entry = (file: string) => quality().find((f) => f.file === file)!;
  const issue = (file: string, code: string) => entry(file).issues.find((i) => i.code === code);

  /** file → the issue that makes it a bad file. */
  const BAD: Array<[string, string, 'error' | 'warning']> = [
    ['rong.txt', 'empty', 'error'],
    ['nhi-phan.txt', 'binary', 'error'],
    ['khong-cau-truc.txt', 'no-structure', 'warning'],
    ['chi-thi-ma-doc.txt', 'duplicate-file', 'warning'],
    ['chi-thi-ma-doc.txt', 'duplicate-id', 'warning'],
    ['windows-1258.txt', 'legacy-encoding', 'warning'],
    ['tcvn3.txt', 'legacy-encoding', 'warning'],
  ];

  it('dist/api/quality.json lists every file, and each bad one with level, code, message, line and action', () => {
    expect(quality().map((f) => f.file)).toEqual(hostile.files);
    for (const [file, code, level] of BAD) {
      const i = issue(file, code);
      expect(i, `${file}: ${code}`).toBeDefined();
      expect(i!.level).toBe(level);
      expect(i!.message.length).toBeGreaterThan(5);
      expect(i!.action.length).toBeGreaterThan(5);
      expect(i!.line === null || (Number.isInteger(i!.line) && i!.line > 0)).toBe(true);
    }
    // Line-level notes carry their line; the duplicate notes name the other file and the new id.
    expect(issue('khong-cau-truc.txt', 'no-structure')!.line).toBe(1);
    expect(issue('chi-thi-ma-doc.txt', 'duplicate-file')!.message).toContain('ban-sao-chi-thi.txt');
    expect(issue('chi-thi-ma-doc.txt', 'duplicate-id')!.action).toContain(entry('chi-thi-ma-doc.txt').document);
    expect(issue('windows-1258.txt', 'legacy-encoding')!.message).toContain('windows-1258');
    // Good files are not flagged as errors.
    expect(entry('utf16-le.txt').issues.filter((i) => i.level === 'error')).toEqual([]);
  });

  it('the data-quality page /chat-luong/ names each bad file with its messages and what was done', async () => {
    await open(`${hostileUrl}/chat-luong/`);
    const text = await page.locator('main').innerText();
    for (const [file, code] of BAD) {
      expect(text).toContain(file);
      const i = issue(file, code)!;
      expect(text).toContain(i.message);
      expect(text).toContain(i.action);
    }
  });

  it('the pages of the empty and binary files say what is wrong', async () => {
    for (const file of ['rong.txt', 'nhi-phan.txt']) {
      await open(`${hostileUrl}/van-ban/${entry(file).document}/`);
      const text = await page.locator('main').innerText();
      expect(text).toContain(entry(file).issues.find((i) => i.level === 'error')!.message);
    }
  });
});

// ---------------------------------------------------------------------------
// The real site

describe('links (main site): no broken internal link on any page', () => {
  it('every internal href/src of every HTML file in dist/ resolves, #fragments included', () => {
    const result = crawl(dist);
    console.log(
      `links: ${result.pages} pages, ${result.links} href/src; external (not checked): ${result.external.length ? `\n  ${result.external.join('\n  ')}` : 'none'}`,
    );
    expect(result.pages).toBeGreaterThan(20);
    expect(result.broken).toEqual([]);
  });

  it('the same holds on the hostile site (source text never becomes a link)', () => {
    const result = crawl(hostile.dist);
    expect(result.broken).toEqual([]);
    expect(result.external.filter((u) => !u.startsWith('https://bienphong.vn/'))).toEqual([]);
  });

  it('the crawler finds a broken link when there is one (the check itself can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-crawl-'));
    try {
      mkdirSync(join(dir, 'a'));
      const write = (f: string, html: string) => writeFileSync(join(dir, f), html);
      write(
        'index.html',
        '<meta content="<img src=x> quoted, not a tag"><a href="/a/">ok</a><a href=/b/>missing</a><a href="/a/#x">ok</a>' +
          '<a href=\'/a/#y\'>missing id</a><a href="javascript:alert(1)">js</a><!-- <a href="/c/"> --><script>const s = "<a href=/d/>";</script>',
      );
      write('a/index.html', '<h2 id="x">x</h2>');
      expect(crawl(dir).broken).toEqual([
        'index.html: /b/ (no file for /b/)',
        'index.html: /a/#y (no id "y" in a/index.html)',
        'index.html: javascript: URL "javascript:alert(1)"',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('accessibility (main site): axe-core finds no serious or critical violation', () => {
  const first = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  const PAGES: Array<[string, () => string, string?]> = [
    ['home', () => '/'],
    ['document list', () => '/van-ban/'],
    ['document', () => '/van-ban/chi-thi-20-ct-ubnd-2026-hue/'],
    ['province', () => '/tinh/hue/'],
    ['provinces', () => '/tinh/'],
    ['instrument', () => '/dan-chieu/nghi-quyet-33-nq-tw/'],
    ['compare index', () => '/so-sanh/'],
    ['compare pair', () => `/so-sanh/${first('so-sanh')}/`],
    ['roles', () => '/co-quan/'],
    ['role', () => `/co-quan/${first('co-quan')}/`],
    ['timeline', () => '/dong-thoi-gian/'],
    ['search', () => `/tim-kiem/?q=${encodeURIComponent('biên phòng')}`, '[data-search-results] a'],
    ['data quality', () => '/chat-luong/'],
    ['404', () => '/khong-co-trang-nay/'],
  ];

  /** Serious and critical violations on the current page, as "impact rule (help): selectors". */
  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    return page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              o: object,
            ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
          };
        }
      ).axe;
      const { violations } = await axe.run(document, { resultTypes: ['violations'] });
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.impact} ${v.id} (${v.help}): ${v.nodes
              .slice(0, 5)
              .map((n) => n.target.join(' '))
              .join(' | ')}${v.nodes.length > 5 ? ` … ${v.nodes.length} nodes` : ''}`,
        );
    });
  }

  it('axe reports a violation when there is one (the check itself can fail)', async () => {
    await open(`${base}/`);
    await page.setContent('<html lang="vi"><body><main><img src="/favicon.svg"><p style="color:#ccc;background:#fff">chữ mờ</p></main></body></html>');
    const found = await axeViolations();
    expect(found.some((v) => v.includes('image-alt'))).toBe(true);
    expect(found.some((v) => v.includes('color-contrast'))).toBe(true);
  });

  for (const [name, path, waitFor] of PAGES) {
    it(`${name}`, async () => {
      await open(`${base}${path()}`);
      if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 15_000 });
      const violations = await axeViolations();
      expect(violations).toEqual([]);
    });
  }
});

describe('determinism', () => {
  /** Every file of a directory, path → bytes. */
  const snapshot = (dir: string) => new Map(filesUnder(dir).map((f) => [f, readFileSync(join(dir, f))]));
  const differences = (a: Map<string, Buffer>, b: Map<string, Buffer>) =>
    [...new Set([...a.keys(), ...b.keys()])].filter((f) => !a.get(f) || !b.get(f) || !a.get(f)!.equals(b.get(f)!));

  it.each([
    ['seeds/', () => join(root, 'seeds')],
    ['the hostile corpus', () => hostile.seeds],
  ])('two ingests of %s (no cache) write byte-identical content/', async (_name, seeds) => {
    const tmp = mkdtempSync(join(tmpdir(), 'bp-determinism-'));
    try {
      await ingest(seeds(), join(tmp, 'one'));
      await ingest(seeds(), join(tmp, 'two'));
      const one = snapshot(join(tmp, 'one'));
      expect(one.size).toBeGreaterThan(0);
      expect(differences(one, snapshot(join(tmp, 'two')))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the cached ingest of the main build wrote the same content/ as a clean one', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'bp-determinism-'));
    try {
      await ingest(join(root, 'seeds'), tmp);
      expect(differences(snapshot(join(root, 'content')), snapshot(tmp))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  describe('a second Astro build of the same content/ (no ingest, no Pagefind, ~5 s, into a temporary dist)', () => {
    let second: string;
    beforeAll(() => {
      second = mkdtempSync(join(tmpdir(), 'bp-determinism-dist-'));
      const started = performance.now();
      execFileSync(NODE, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: root,
        env: { ...process.env, DIST_DIR: second, PAGEFIND: 'skip' },
        stdio: 'pipe',
      });
      console.log(`determinism: second Astro build in ${Math.round(performance.now() - started)} ms`);
    }, 180_000);
    afterAll(() => rmSync(second, { recursive: true, force: true }));

    it('gives identical dist/api/*.json and per-document JSON', () => {
      const json = (dir: string) => new Map([...snapshot(dir)].filter(([f]) => /^api\/.*\.json$|^van-ban\/[^/]+\.json$/.test(f)));
      const main = json(dist);
      expect([...main.keys()]).toEqual(expect.arrayContaining(['api/documents.json', 'api/quality.json']));
      expect(differences(main, json(second))).toEqual([]);
    });

    it('gives identical files everywhere else too (HTML, CSS, JS, sitemap; pagefind/ left out)', () => {
      const site = (dir: string) => new Map([...snapshot(dir)].filter(([f]) => !f.startsWith('pagefind/')));
      expect(differences(site(dist), site(second))).toEqual([]);
    });
  });
});
