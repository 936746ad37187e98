import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import remarkSafeMdx from './remark-safe-mdx.ts';

/** mdast → MDX text. The only way MDX is written in this project. */
const writer = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkSafeMdx)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });

export function serializeMdx(tree: Root): string {
  return writer.stringify(tree);
}

/** MDX text → mdast, as an MDX compiler would read it (used to verify what we wrote). */
const reader = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMdx(text: string): Root {
  return reader.parse(text);
}
