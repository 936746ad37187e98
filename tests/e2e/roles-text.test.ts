import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import type { Element, Root } from 'hast';
import type { Clause, DocumentModel } from '../../src/lib/model.ts';
import { words } from '../../src/lib/text/vietnamese.ts';
import { normalizeText } from '../../src/lib/text/normalize.ts';
import { useChromium } from './chromium-page.ts';
import { textAsRead, textAsReadPath, type Listed } from '../helpers/text-as-read.ts';

/**
 * Issue 20, items 4 and 7: the role pages list duties only (reports apart,
 * assignment tables taken in, names as running text writes them), and the
 * document pages are faithful (every OCR slip the page names is marked where
 * it stands; no two words of the source glued into one).
 */
const base = inject('baseUrl');
const build = inject('corpusBuild');
const chromium = useChromium();
let page: Page;
beforeAll(() => {
  page = chromium.page();
});

const lower = (w: string) => w.toLocaleLowerCase('vi');

/**
 * Words of the document's text on its page that the source writes as two
 * ("xã hộicó", "thựchiện"), each once. Only words with letters: the page's own
 * numbers (a removed line's "dòng 313") are not the source's.
 */
function gluedWords(pageText: string, source: string): string[] {
  const src = words(normalizeText(source).text).map(lower);
  const known = new Set(src);
  const pairs = new Set(src.slice(1).map((w, i) => `${src[i]}${w}`));
  return [
    ...new Set(
      words(pageText)
        .map(lower)
        .filter((w) => /\p{L}/u.test(w) && !known.has(w) && pairs.has(w)),
    ),
  ];
}

const classes = (e: Element) => String(e.properties.className ?? '').split(/[ ,]+/);
/** Elements of a built page that pass `test`, given their ancestors. */
function elements(tree: Root, test: (e: Element, ancestors: Element[]) => boolean): Element[] {
  const found: Element[] = [];
  visitParents(tree, 'element', (e: Element, parents) => {
    if (
      test(
        e,
        parents.filter((p): p is Element => p.type === 'element'),
      )
    )
      found.push(e);
  });
  return found;
}

/** What the page flags as OCR slips, as printed. */
const flaggedIn = (html: string) => new Set(elements(fromHtml(html), (e) => e.tagName === 'mark' && classes(e).includes('ocr-variant')).map((m) => toText(m)));

/** Blocks of the document's column that are the site's, not the document's: abbreviations, removed lines, quality notes, print footer, part links. */
const OURS = ['glossary', 'doc-removed', 'doc-quality', 'print-footer', 'part-nav'];

/** The document's own text on a built page: its column without our blocks. */
function documentText(html: string): string {
  const column = elements(fromHtml(html), (e) => classes(e).includes('document__text'))[0];
  if (!column) return '';
  const own = column.children.filter((c) => c.type !== 'element' || (c.tagName !== 'nav' && !classes(c).some((k) => OURS.includes(k))));
  return toText({ ...column, children: own });
}

const clauseTexts = (clauses: Clause[]): string[] => clauses.flatMap((c) => [c.title ?? '', c.text, ...clauseTexts(c.children)]);

const SEED_DOCS = [
  'bao-cao-35-bc-ubnd-2025-nhon-hung',
  'chi-thi-ban-thuong-vu-tinh-uy-nghe-an-tang-cuong-lanh-dao-cong-tac-quan-ly',
  'huong-dan-7210-hd-bqp-2015',
  'chi-thi-20-ct-ubnd-2026-hue',
];

describe('duties by role (seeds)', () => {
  it('names roles as running text does: "các sở, ban, ngành", never a capitalised "Các" or "UBND"', async () => {
    await page.goto(`${base}/co-quan/`);
    const names = await page.locator('main ul.counts a').allInnerTexts();
    expect(names).toContain('các sở, ban, ngành');
    expect(names).toContain('Ủy ban nhân dân các xã, phường biên giới');
    expect(names.filter((n) => /^Các\b|\bUBND\b/u.test(n))).toEqual([]);
    await page.goto(`${base}/co-quan/cac-so-nganh/`);
    expect(await page.locator('h1').innerText()).toBe('Nhiệm vụ của các sở, ban, ngành');
  });

  it('lists a Báo cáo apart, under "Đã báo cáo thực hiện", never among the duties', async () => {
    await page.goto(`${base}/co-quan/don-bien-phong/`);
    const report = 'a[href^="/van-ban/bao-cao-35-bc-ubnd-2025-nhon-hung/"]';
    expect(await page.locator('#da-bao-cao').innerText()).toMatch(/^Đã báo cáo thực hiện/);
    expect(await page.locator(`.role-reports ${report}`).count()).toBeGreaterThan(0);
    expect(await page.locator(`main > .citing ${report}`).count()).toBe(0);
    // Province headings keep the space before their count ("Thanh Hóa 16", not "Thanh Hóa16").
    for (const h of await page.locator('main .citing :is(h2, h3)').allInnerTexts()) expect(h).toMatch(/\S \d+$/u);
  });

  it('takes in the annex table that pairs border posts, departments and communes (Thanh Hóa)', async () => {
    await page.goto(`${base}/co-quan/so-y-te/`);
    const row = page.locator('main .citing__docs > li').first();
    expect(await row.locator('a').first().getAttribute('href')).toMatch(/^\/van-ban\/[^/]+thanh-hoa[^/]*\/#phu-luc-1__bang-1$/);
    expect(await row.locator('.duty__caption').innerText()).toBe('Phân công kết nghĩa, đỡ đầu các đơn vị Bộ đội Biên phòng trên địa bàn tỉnh');
    expect(await row.locator('dd').allInnerTexts()).toEqual(['Đồn Biên phòng Đa Lộc', 'Sở Y tế', 'Xã Triệu Lộc; xã Đông Thành; xã Hậu Lộc; xã Hoa Lộc.']);
  });
});

describe('faithful text (seeds)', () => {
  it('marks every OCR slip the document names, where it stands, as printed', async () => {
    for (const id of SEED_DOCS) {
      const doc = (await (await fetch(`${base}/van-ban/${id}.json`)).json()) as DocumentModel;
      await page.goto(`${base}/van-ban/${id}/`);
      const flagged = new Set(await page.locator('main mark.ocr-variant').allInnerTexts());
      expect(
        doc.ocrVariants.filter((v) => !flagged.has(v.found)),
        id,
      ).toEqual([]);
    }
    await page.goto(`${base}/van-ban/bao-cao-35-bc-ubnd-2025-nhon-hung/`);
    const slip = page.locator('main mark.ocr-variant', { hasText: 'Nhon Hưng' }).first();
    expect(await slip.getAttribute('title')).toContain('Nhơn Hưng');
    // "01/CT-TTG" in a title set in capitals is how capitals write TTg: no slip.
    await page.goto(`${base}/van-ban/huong-dan-7210-hd-bqp-2015/`);
    expect(await page.locator('main mark.ocr-variant', { hasText: 'TTG' }).count()).toBe(0);
  });

  it('glues no two words of the source into one', async () => {
    const { documents } = (await (await fetch(`${base}/api/documents.json`)).json()) as { documents: Listed[] };
    const glued: string[] = [];
    for (const doc of documents) {
      const { id } = doc;
      const path = textAsReadPath(doc);
      if (path === null) continue;
      const source = await fetch(`${base}${path}`);
      expect(source.ok, path).toBe(true);
      await page.goto(`${base}/van-ban/${id}/`);
      const found = gluedWords(documentText(await page.content()), await source.text());
      if (found.length) glued.push(`${id}: ${found.slice(0, 8).join(', ')}`);
    }
    expect(glued).toEqual([]);
  }, 120_000);
});

describe.runIf(build !== null)('on the real corpus', () => {
  const dist = build?.dist ?? '';
  const ids = () =>
    readdirSync(join(dist, 'van-ban'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  const html = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('marks every OCR slip a document names on its page, in the running text', () => {
    const unmarked: string[] = [];
    for (const id of ids()) {
      const doc = JSON.parse(html(`van-ban/${id}.json`)) as DocumentModel;
      if (!doc.ocrVariants?.length) continue;
      const flagged = flaggedIn(html(`van-ban/${id}/index.html`));
      // The running text the page annotates. The Nơi nhận list, the signature and table cells are
      // printed without marks of any kind (DocumentBody, DataTable): a slip only there is not held here.
      const running = [
        ...doc.header.map((h) => h.text),
        ...doc.preamble,
        ...clauseTexts(doc.clauses),
        ...doc.closing,
        ...doc.annexes.flatMap((a) => a.paragraphs),
      ].join('\n');
      const missing = doc.ocrVariants.filter((v) => running.includes(v.found) && !flagged.has(v.found)).map((v) => `${v.found} (dòng ${v.line})`);
      if (missing.length) unmarked.push(`${id}: ${missing.join(', ')}`);
    }
    expect(unmarked.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('glues no two words of the source into one', () => {
    const glued: string[] = [];
    const { documents } = JSON.parse(html('api/documents.json')) as { documents: Listed[] };
    for (const doc of documents) {
      const { id } = doc;
      const source = textAsRead(dist, doc);
      if (source === null) continue; // a text in parts: its pages are the text
      const found = gluedWords(documentText(html(`van-ban/${id}/index.html`)), source);
      if (found.length) glued.push(`${id}: ${found.slice(0, 8).join(', ')}`);
    }
    expect(glued.slice(0, 20)).toEqual([]);
  }, 300_000);

  it('role pages: duties only, names as running text, no report among the duties', () => {
    const roles = readdirSync(join(dist, 'co-quan'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(roles.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const role of roles) {
      const tree = fromHtml(html(`co-quan/${role}/index.html`));
      const h1 = toText(elements(tree, (e) => e.tagName === 'h1')[0]!);
      if (/ Các |\bUBND\b/u.test(h1)) wrong.push(`${role}: ${h1}`);
      // A Báo cáo is listed only under .role-reports, never among the duties.
      const duties = elements(
        tree,
        (e, up) =>
          e.tagName === 'a' &&
          String(e.properties.href).startsWith('/van-ban/bao-cao-') &&
          !up.some((p) => classes(p).includes('role-reports')) &&
          up.some((p) => classes(p).includes('citing')),
      );
      if (duties.length) wrong.push(`${role}: ${duties.length} báo cáo among the duties`);
    }
    expect(wrong).toEqual([]);
  });
});
