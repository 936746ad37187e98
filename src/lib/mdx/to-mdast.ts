import type { BlockContent, PhrasingContent, Root, RootContent, Table as MdTable, TableRow } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Annex, Clause, DocumentModel, HeaderLine, Table } from '../model.ts';
import type { MdxComponentName } from './components.ts';
import { writeFrontmatter } from './frontmatter.ts';

/**
 * Document model → mdast tree of the MDX file: the metadata as frontmatter, the
 * text as printed as the body. Source text only ever becomes `text` nodes
 * (escaped by the serialiser); our components carry ids, labels, source lines
 * and role ids, which from-mdast.ts reads back into the same model.
 */

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });

function element(name: MdxComponentName, attrs: Record<string, string | number | undefined>, children: RootContent[]): MdxJsxFlowElement {
  const attributes: MdxJsxAttribute[] = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: String(v) }));
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

/** One paragraph per line of text ("\n" separates a clause's paragraphs). */
const paragraphs = (s: string): BlockContent[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((p) => paragraph([text(p)]));

function table(t: Table): RootContent {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: c ? [text(c)] : [] })),
  });
  const grid: MdTable = { type: 'table', align: t.header.map(() => null), children: [row(t.header), ...t.rows.map(row)] };
  return element('Table', { id: t.id, line: t.line }, [grid]);
}

function clause(c: Clause): RootContent {
  const lead: PhrasingContent[] = [];
  if (c.title) lead.push({ type: 'strong', children: [text(c.title)] });
  const [first, ...rest] = c.text.split('\n').filter(Boolean);
  if (first) lead.push(text(lead.length ? ` ${first}` : first));
  const children: RootContent[] = [];
  if (lead.length) children.push(paragraph(lead));
  children.push(...rest.map((p) => paragraph([text(p)])));
  if (c.table) children.push(table(c.table));
  children.push(...c.children.map(clause));
  return element('Clause', { id: c.id, label: c.label, kind: c.kind, line: c.line, roles: c.roles?.length ? c.roles.join(' ') : undefined }, children);
}

const headerLine = (h: HeaderLine) => element('HeaderLine', { role: h.role, line: h.line }, [paragraph([text(h.text)])]);

function annex(a: Annex): RootContent {
  return element('Annex', { id: a.id, line: a.line }, [
    { type: 'heading', depth: 2, children: a.title ? [text(a.title)] : [] },
    ...(a.subtitle.length ? [element('Subtitle', {}, a.subtitle.flatMap(paragraphs))] : []),
    ...a.tables.map(table),
    ...a.paragraphs.flatMap(paragraphs),
  ]);
}

function list(items: string[]): RootContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((i) => ({ type: 'listItem', spread: false, children: [paragraph([text(i)])] })),
  };
}

export function toMdast(doc: DocumentModel): Root {
  const children: RootContent[] = [{ type: 'yaml', value: writeFrontmatter(doc) }];
  if (doc.header.length) children.push(element('DocHeader', {}, doc.header.map(headerLine)));
  children.push(...doc.preamble.flatMap(paragraphs));
  children.push(...doc.preambleTables.map(table));
  children.push(...doc.clauses.map(clause));
  if (doc.closing.length) children.push(element('Closing', {}, doc.closing.flatMap(paragraphs)));
  // The heading is printed even over an empty list (a page that lost its Nơi nhận cell).
  if (doc.recipients.length || doc.recipientsLabel) {
    const label = doc.recipientsLabel ? [paragraph([{ type: 'strong', children: [text(doc.recipientsLabel)] }])] : [];
    children.push(element('Recipients', {}, [...label, ...(doc.recipients.length ? [list(doc.recipients)] : [])]));
  }
  if (doc.signature.length) children.push(element('Signature', {}, doc.signature.flatMap(paragraphs)));
  if (doc.trailer.length) children.push(element('Trailer', {}, doc.trailer.flatMap(paragraphs)));
  children.push(...doc.annexes.map(annex));
  // What the cleaning stage took out (page furniture, a site's frame): kept, apart, line by line.
  children.push(...doc.removed.map((r) => element('Removed', { rule: r.rule, line: r.line }, [paragraph([text(r.text)])])));
  return { type: 'root', children };
}
