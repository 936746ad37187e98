import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { escapeAttribute, escapeText } from './escape.ts';

/**
 * mdast → MDX text. The only way MDX is written in this project.
 *
 * It writes the nodes to-mdast.ts builds (frontmatter, our components,
 * paragraphs of text and strong, headings, GFM tables, tight lists), each
 * paragraph on one line, and throws on any other node. It does what
 * `mdast-util-to-markdown` does for these nodes at about a seventh of the cost
 * (that library was 40 % of ingest); tests/unit/mdx/serialize.test.ts holds it
 * to the MDX parser on random trees, and to that library's layout.
 */
export function serializeMdx(tree: Root): string {
  return `${flow(tree.children, '')}\n`;
}

const INDENT = '  ';

function flow(nodes: RootContent[], indent: string): string {
  let mark: '-' | '*' = '*';
  return nodes
    .map((node, i) => {
      if (node.type !== 'list') return block(node, indent);
      // Two lists in a row with the same bullet would read as one.
      mark = nodes[i - 1]?.type === 'list' && mark === '-' ? '*' : '-';
      return list(node, indent, mark);
    })
    .join('\n\n');
}

function block(node: RootContent, indent: string): string {
  switch (node.type) {
    case 'yaml':
      return `---\n${node.value}\n---`;
    case 'paragraph':
      return indent + phrasing(node);
    case 'heading':
      return indent + heading(node);
    case 'mdxJsxFlowElement':
      return element(node, indent);
    case 'table':
      return table(node, indent);
    default:
      throw new Error(`serializeMdx: no rule for a "${node.type}" node.`);
  }
}

/** A paragraph's text and strong spans, on one line. */
function phrasing({ children }: Paragraph | Heading, also?: '#'): string {
  return children
    .map((node, i) => {
      const before = i === 0 ? 'line' : undefined;
      const after = i === children.length - 1 ? 'edge' : undefined;
      if (node.type === 'text') return escapeText(node.value, { before, after, also });
      if (node.type === 'strong' && i === 0) return strong(node, children[1]);
      throw new Error(`serializeMdx: no rule for a "${node.type}" node in a paragraph.`);
    })
    .join('');
}

/**
 * `**…**` opens and closes as strong only where its neighbours allow: to-mdast
 * puts it first on its line with a space or nothing after it (a title), and
 * anything else is refused rather than written as stray asterisks.
 */
function strong(node: PhrasingContent & { type: 'strong' }, next: PhrasingContent | undefined): string {
  const [only] = node.children;
  if (node.children.length !== 1 || only?.type !== 'text' || !only.value) throw new Error('serializeMdx: strong holds exactly one non-empty text.');
  if (next && !(next.type === 'text' && /^[ \t]/.test(next.value))) throw new Error('serializeMdx: strong is followed by a space or ends its line.');
  return `**${escapeText(only.value, { before: 'edge', after: 'edge' })}**`;
}

function heading(node: Heading): string {
  return `${'#'.repeat(node.depth)} ${phrasing(node, '#')}`.trimEnd();
}

function element(node: MdxJsxFlowElement, indent: string): string {
  const attributes = node.attributes.map((a) => {
    if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') throw new Error(`serializeMdx: <${node.name}> takes string attributes only.`);
    return ` ${a.name}="${escapeAttribute(a.value)}"`;
  });
  const open = `${indent}<${node.name}${attributes.join('')}`;
  if (!node.children.length) return `${open} />`;
  return `${open}>\n${flow(node.children as RootContent[], indent + INDENT)}\n${indent}</${node.name}>`;
}

/** GFM table, columns padded so that the text file reads as a table too. */
function table(node: Table, indent: string): string {
  const rows = node.children.map((row) =>
    row.children.map((cell) => {
      const [only] = cell.children;
      if (cell.children.length > 1 || (only && only.type !== 'text')) throw new Error('serializeMdx: a table cell holds one text.');
      return only ? escapeText(only.value, { before: 'edge', after: 'edge', also: '|' }) : '';
    }),
  );
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(1, ...rows.map((r) => r[c]?.length ?? 0)));
  const line = (cells: string[]) => `${indent}| ${widths.map((w, c) => (cells[c] ?? '').padEnd(w)).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** A tight bullet list, one paragraph per item. */
function list(node: List, indent: string, mark: '-' | '*'): string {
  if (node.ordered || node.spread) throw new Error('serializeMdx: only tight bullet lists.');
  return node.children
    .map((item) => {
      const [only] = item.children;
      if (item.children.length !== 1 || only?.type !== 'paragraph') throw new Error('serializeMdx: a list item holds one paragraph.');
      return `${indent}${mark} ${phrasing(only)}`;
    })
    .join('\n');
}

/** MDX text → mdast, as an MDX compiler would read it (used to verify what we wrote). */
const reader = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMdx(text: string): Root {
  return reader.parse(text);
}
