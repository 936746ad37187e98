import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { parseMdx, serializeMdx } from '../../../src/lib/mdx/serialize.ts';
import { findCode } from '../../../src/lib/mdx/verify.ts';
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from '../../../src/lib/mdx/read.ts';

/**
 * Our MDX writer against the MDX parser: random trees of the nodes to-mdast.ts
 * builds, with text made of everything that means something in Markdown, MDX
 * or GFM, must read back as themselves and hold no code. The library it
 * replaced, mdast-util-to-markdown, is the reference for the layout; it loses
 * spaces at the edges of table cells, which ours keeps.
 */

/** The library, configured as our writer was, with MDX's ESM rule. */
const library = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(function () {
    (this.data().toMarkdownExtensions ??= []).push({
      unsafe: [
        { atBreak: true, character: 'i', after: 'mport\\s' },
        { atBreak: true, character: 'e', after: 'xport\\s' },
      ],
    });
  })
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });

const PIECES = [
  'a',
  'Đ',
  'ư',
  'ế',
  'w',
  'W',
  's',
  'p',
  '1',
  '9',
  ' ',
  ' ',
  '\t',
  '\u00A0',
  '\n',
  '\r',
  '#',
  '>',
  '-',
  '+',
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '<',
  '/',
  '~',
  '&',
  '@',
  '.',
  ':',
  '|',
  '\\',
  '!',
  '=',
  '"',
  "'",
  '$',
  ';',
  'import ',
  'export ',
  'import',
  'www.',
  'WWW.',
  'http://',
  'https://',
  'a@b.vn',
  '1. ',
  '2) ',
  '&amp;',
  '&#123;',
  '---',
  '***',
  '```',
  '<Clause id="x">',
  '</Clause>',
  '{1+1}',
  '[x](javascript:y)',
  '- [ ] ',
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
const t = (value: string): PhrasingContent => ({ type: 'text', value });

const paragraph: fc.Arbitrary<BlockContent> = fc.oneof(
  text.map((v) => ({ type: 'paragraph', children: [t(v)] }) as BlockContent),
  fc.tuple(text, fc.option(text)).map(
    ([title, rest]) =>
      ({
        type: 'paragraph',
        children: [{ type: 'strong', children: [t(title)] }, ...(rest === null ? [] : [t(` ${rest}`)])],
      }) as BlockContent,
  ),
);
const heading = text.map((v) => ({ type: 'heading', depth: 2, children: [t(v)] }) as BlockContent);
const cell = fc.option(text).map((v) => ({ type: 'tableCell', children: v === null ? [] : [t(v)] }));
const table = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 }).map(
    (rows) =>
      ({
        type: 'table',
        align: Array(n).fill(null),
        children: rows.map((children) => ({ type: 'tableRow', children })),
      }) as BlockContent,
  ),
);
const list = fc.array(text, { minLength: 1, maxLength: 3 }).map(
  (items) =>
    ({
      type: 'list',
      ordered: false,
      spread: false,
      children: items.map((v) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [t(v)] }] })),
    }) as BlockContent,
);
const trees = (attribute: fc.Arbitrary<string>) => {
  const { block } = fc.letrec<{ block: RootContent }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      paragraph,
      heading,
      table,
      list,
      fc.tuple(attribute, attribute, fc.array(tie('block'), { maxLength: 3 })).map(
        ([id, label, children]) =>
          ({
            type: 'mdxJsxFlowElement',
            name: 'Clause',
            attributes: [
              { type: 'mdxJsxAttribute', name: 'id', value: id },
              { type: 'mdxJsxAttribute', name: 'label', value: label },
            ],
            children,
          }) as MdxJsxFlowElement,
      ),
    ),
  }));
  return fc.array(block, { minLength: 1, maxLength: 4 }).map((children) => ({ type: 'root', children }) as Root);
};
/** Attribute values as to-mdast writes them (ids, labels: SAFE_ATTRIBUTE), and with quotes and ampersands the writer must encode. */
const tree = trees(fc.stringMatching(/^[a-zđươăâêô0-9 _.,()+\-–/]{0,12}$/));
const anyAttributeTree = trees(fc.stringMatching(/^[a-zđ0-9 .()\-"&]{0,12}$/));

/**
 * A parsed tree without positions, in the shape to-mdast builds (the parser
 * adds `start`, `checked` and so on). GFM finds e-mail addresses and `www.`
 * addresses in text after escapes are gone, so no writer can keep them plain
 * text; the link keeps the same words, so it counts as text here (a link with
 * any other words, or a URL that is code, still fails these tests).
 */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'position' || k === 'data' || v === null || v === undefined) continue;
    out[k] = k === 'children' ? mergeText((v as Node[]).map(unlink)).map(shape) : shape(v);
  }
  return out;
}

type Node = { type: string; value?: string; url?: string; children?: Node[] };
const unlink = (n: Node): Node => (n.type === 'link' ? { type: 'text', value: n.children!.map((c) => c.value).join('') } : n);
const mergeText = (nodes: Node[]) =>
  nodes.reduce<Node[]>((out, n) => {
    const last = out.at(-1);
    if (last?.type === 'text' && n.type === 'text') out[out.length - 1] = { type: 'text', value: last.value! + n.value! };
    else out.push(n);
    return out;
  }, []);

describe('serializeMdx', () => {
  it('writes trees that read back as themselves', () => {
    fc.assert(
      fc.property(anyAttributeTree, (root) => {
        expect(shape(parseMdx(serializeMdx(root)))).toEqual(shape(root));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('writes trees that Sätteri, the parser Astro 7 compiles MDX with and the site reads with, reads back as themselves', () => {
    fc.assert(
      fc.property(anyAttributeTree, (root) => {
        expect(shape(mdxToMdast(serializeMdx(root), { features: MDX_FEATURES, position: false }))).toEqual(shape(root));
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('never writes code, whatever the text', () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(findCode(serializeMdx(root))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('writes a document as the library did, but for table padding', () => {
    const root: Root = {
      type: 'root',
      children: [
        { type: 'yaml', value: '{"id": "x"}' },
        {
          type: 'mdxJsxFlowElement',
          name: 'Clause',
          attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'muc-i' }],
          children: [
            { type: 'paragraph', children: [{ type: 'strong', children: [t('ĐẶC ĐIỂM')] }, t(' - Nhơn Hưng có 03 khóm_')] },
            { type: 'mdxJsxFlowElement', name: 'Clause', attributes: [], children: [] },
          ],
        },
        {
          type: 'list',
          ordered: false,
          spread: false,
          children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [t('- Lưu: VT.')] }] }],
        },
      ],
    };
    expect(serializeMdx(root)).toBe(library.stringify(root));
  });

  it('refuses nodes it has no rule for instead of writing them loosely', () => {
    const root = (children: RootContent[]): Root => ({ type: 'root', children });
    expect(() => serializeMdx(root([{ type: 'code', value: 'x' }]))).toThrow(/"code"/);
    expect(() => serializeMdx(root([{ type: 'paragraph', children: [t('a'), { type: 'strong', children: [t('b')] }] }]))).toThrow(/strong|"strong"/);
    expect(() => serializeMdx(root([{ type: 'paragraph', children: [{ type: 'strong', children: [t('b')] }, t('c')] }]))).toThrow(/space/);
  });
});
