import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS, SAFE_ATTRIBUTE } from './components.ts';
import { parseMdx } from './serialize.ts';

/**
 * Reads generated MDX back as a compiler would and lists everything in it that
 * could run: ESM, expressions, raw HTML, or JSX other than our own components
 * with plain string attributes. An empty list means the file is only text.
 */
export function findCode(mdx: string): string[] {
  const tree: Root = parseMdx(mdx);
  const problems: string[] = [];
  const allowed = MDX_COMPONENTS as Record<string, readonly string[]>;
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
        problems.push(`${node.type} at line ${node.position?.start.line}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!(name in allowed)) {
          problems.push(`<${name}> at line ${node.position?.start.line}`);
          break;
        }
        for (const attr of node.attributes) {
          if (attr.type !== 'mdxJsxAttribute' || !allowed[name]!.includes(attr.name) || typeof attr.value !== 'string' || !SAFE_ATTRIBUTE.test(attr.value)) {
            problems.push(`attribute on <${name}> at line ${node.position?.start.line}`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
        if (!/^(\/|#|https?:\/\/)/.test(node.url) ) problems.push(`${node.type} URL "${node.url}"`);
        break;
    }
  });
  return problems;
}
