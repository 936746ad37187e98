import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS, SAFE_ATTRIBUTE, SAFE_ATTRIBUTE_CHAR } from './components.ts';
import { parseMdx } from './serialize.ts';
import { FRONTMATTER_CLOSE, FRONTMATTER_OPEN } from './frontmatter.ts';

/**
 * Reads generated MDX back as a compiler would and lists everything in it that
 * could run: ESM, expressions, raw HTML, or JSX other than our own components
 * with plain string attributes. An empty list means the file is only text.
 */
export function findCode(mdx: string): string[] {
  if (onlyTextAndOurTags(mdx)) return [];
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
        // GFM reads a written e-mail address as a mailto: link; that is text, not code.
        if (!/^(\/|#|https?:\/\/|mailto:)/.test(node.url)) problems.push(`${node.type} URL "${node.url}"`);
        break;
    }
  });
  return problems;
}

/** A line that is one of our tags: a component of ours, opening, closing or self-closing, with its own attributes only, each a safe string. */
const OUR_TAG_LINE = new RegExp(
  `^\\s*(?:${Object.entries(MDX_COMPONENTS)
    .map(([name, attrs]) => `</${name}>|<${name}${attrs.length ? `(?: (?:${attrs.join('|')})="${SAFE_ATTRIBUTE_CHAR}*")*` : ''}(?: /)?>`)
    .join('|')})\\s*$`,
  'u',
);
/** What could open code: a tag or an expression, a link target, ESM at the start of a line. */
const SUSPECT = /[<{]|\]\(|^[^\S\n]*(?:import|export)\b/gm;

/**
 * The fast path (a full MDX parse costs ~35 ms a document): a body in which no
 * line but our own component tags (opening, closing or self-closing) holds `<`, `{` or `](`, and none starts with
 * `import`/`export`, cannot contain code, so the parse is skipped. Anything else,
 * even an escaped `\{`, goes through the full parse above. Only the lines
 * holding a suspect character are looked at.
 */
export function onlyTextAndOurTags(mdx: string): boolean {
  const end = mdx.startsWith(FRONTMATTER_OPEN) ? mdx.indexOf(FRONTMATTER_CLOSE, FRONTMATTER_OPEN.length) : -1;
  const body = end >= 0 ? mdx.slice(end + FRONTMATTER_CLOSE.length) : mdx;
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(body); m; m = SUSPECT.exec(body)) {
    const from = body.lastIndexOf('\n', m.index) + 1;
    const next = body.indexOf('\n', m.index);
    const to = next < 0 ? body.length : next;
    if (!OUR_TAG_LINE.test(body.slice(from, to))) return false;
    SUSPECT.lastIndex = to;
  }
  return true;
}
