import { emptyBody, type Annex, type Clause, type ClauseKind, type DocumentBody, type HeaderLine, type RemovedText, type Table } from '../model.ts';
import { MDX_COMPONENTS, SAFE_ATTRIBUTE, type MdxComponentName } from './components.ts';

/**
 * The body of a generated MDX file, as mdast, → the document's text as the
 * model holds it: the inverse of to-mdast.ts. It is also the check made when
 * the site reads a file: anything to-mdast.ts never writes (ESM, expressions,
 * HTML, a component or attribute not in components.ts, links, emphasis) is
 * refused with the line it stands on, so a hand-edited file cannot put code or
 * markup on a page.
 */

/** The mdast nodes as a parser gives them; only their shape is relied on. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: unknown;
  depth?: number;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** A node from-mdast cannot read; `line` is its line in the file when the tree has positions. */
export class UnreadableMdx extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.line = line;
  }
}

function refuse(node: MdNode, what: string): never {
  const name = node.type.startsWith('mdxJsx') ? `<${node.name ?? ''}>` : node.type;
  throw new UnreadableMdx(`${what}: ${name}`, node.position?.start.line ?? null);
}

const kids = (node: MdNode): MdNode[] => node.children ?? [];

/**
 * GFM reads a written web or e-mail address as a link even where its `@` or
 * `:` is escaped (Sätteri does; micromark does not): that is the text as
 * written, read back as text.
 */
const AUTOLINK = /^(?:https?:\/\/|mailto:)/;

/** Text of a paragraph, heading or cell: text nodes only (a clause's leading strong is read by `clause`). */
function plain(node: MdNode): string {
  return kids(node)
    .map((child) => {
      if (child.type === 'text') return String(child.value);
      if (child.type === 'link' && AUTOLINK.test(String(child.url))) return plain(child);
      return refuse(child, 'không phải chữ');
    })
    .join('');
}

function paragraphText(node: MdNode): string {
  if (node.type !== 'paragraph') refuse(node, 'cần một đoạn văn');
  return plain(node);
}

/** Our component's attributes, each checked against the contract; `name` must be one of `expected`. */
function attributes(node: MdNode, ...expected: MdxComponentName[]): Record<string, string> {
  const name = node.name as MdxComponentName;
  if (node.type !== 'mdxJsxFlowElement' || !expected.includes(name)) refuse(node, 'không phải thành phần được phép ở đây');
  const allowed: readonly string[] = MDX_COMPONENTS[name];
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name || !allowed.includes(a.name) || typeof a.value !== 'string' || !SAFE_ATTRIBUTE.test(a.value)) {
      refuse(node, 'thuộc tính không được phép');
    }
    out[a.name] = a.value;
  }
  return out;
}

const lineOf = (attrs: Record<string, string>): number => Number(attrs.line ?? 0);

function table(node: MdNode): Table {
  const attrs = attributes(node, 'Table');
  const [grid, ...extra] = kids(node);
  if (!grid || grid.type !== 'table' || extra.length) refuse(node, 'cần đúng một bảng');
  const [header = [], ...rows] = kids(grid).map((row) => kids(row).map(plain));
  return { id: attrs.id ?? '', header, rows, line: lineOf(attrs) };
}

function clause(node: MdNode): Clause {
  const attrs = attributes(node, 'Clause');
  const out: Clause = {
    id: attrs.id ?? '',
    kind: (attrs.kind ?? 'paragraph') as ClauseKind,
    label: attrs.label ?? '',
    title: null,
    text: '',
    line: lineOf(attrs),
    children: [],
  };
  const lines: string[] = [];
  for (const [i, child] of kids(node).entries()) {
    if (child.type === 'paragraph') {
      const [first, ...rest] = kids(child);
      if (i === 0 && first?.type === 'strong') {
        // The title, then the first line after one space (to-mdast's lead paragraph).
        out.title = plain(first);
        const after = plain({ type: 'paragraph', children: rest });
        if (after) lines.push(after.replace(/^ /, ''));
      } else lines.push(plain(child));
    } else if (child.type === 'mdxJsxFlowElement' && child.name === 'Table') out.table = table(child);
    else out.children.push(clause(child));
  }
  out.text = lines.join('\n');
  if (attrs.roles) out.roles = attrs.roles.split(' ');
  return out;
}

function annex(node: MdNode): Annex {
  const attrs = attributes(node, 'Annex');
  const out: Annex = { id: attrs.id ?? '', title: '', subtitle: [], paragraphs: [], tables: [], line: lineOf(attrs) };
  for (const child of kids(node)) {
    if (child.type === 'heading') out.title = plain(child);
    else if (child.type === 'paragraph') out.paragraphs.push(plain(child));
    else if (child.type === 'mdxJsxFlowElement' && child.name === 'Subtitle') out.subtitle = kids(child).map(paragraphText);
    else out.tables.push(table(child));
  }
  return out;
}

function recipients(node: MdNode, body: DocumentBody): void {
  for (const child of kids(node)) {
    const [only] = kids(child);
    if (child.type === 'paragraph' && only?.type === 'strong' && kids(child).length === 1) body.recipientsLabel = plain(only);
    else if (child.type === 'list')
      body.recipients = kids(child).map((item) => (kids(item).length === 1 ? paragraphText(kids(item)[0]!) : refuse(item, 'mục danh sách một đoạn')));
    else refuse(child, 'không thuộc Nơi nhận');
  }
}

/** mdast of a generated MDX file (frontmatter node included or not) → the model's body fields. */
export function fromMdast(root: MdNode): DocumentBody {
  const body = emptyBody();
  for (const node of kids(root)) {
    if (node.type === 'yaml') continue;
    if (node.type === 'paragraph') {
      body.preamble.push(plain(node));
      continue;
    }
    const attrs = attributes(node, 'DocHeader', 'Table', 'Clause', 'Closing', 'Recipients', 'Signature', 'Trailer', 'Annex', 'Removed');
    switch (node.name as MdxComponentName) {
      case 'DocHeader':
        body.header = kids(node).map((line): HeaderLine => {
          const a = attributes(line, 'HeaderLine');
          return { role: a.role as HeaderLine['role'], text: kids(line).map(paragraphText).join('\n'), line: lineOf(a) };
        });
        break;
      case 'Table':
        body.preambleTables.push(table(node));
        break;
      case 'Clause':
        body.clauses.push(clause(node));
        break;
      case 'Closing':
        body.closing = kids(node).map(paragraphText);
        break;
      case 'Recipients':
        recipients(node, body);
        break;
      case 'Signature':
        body.signature = kids(node).map(paragraphText);
        break;
      case 'Trailer':
        body.trailer = kids(node).map(paragraphText);
        break;
      case 'Annex':
        body.annexes.push(annex(node));
        break;
      case 'Removed':
        body.removed.push(...kids(node).map((p): RemovedText => ({ rule: attrs.rule ?? '', line: lineOf(attrs), text: paragraphText(p) })));
        break;
    }
  }
  return body;
}
