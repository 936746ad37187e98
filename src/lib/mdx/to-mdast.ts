import type { BlockContent, PhrasingContent, Root, RootContent, Table as MdTable, TableRow } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import type { Annex, Clause, DocumentModel, HeaderLine, Table } from '../model.ts';
import type { MdxComponentName } from './components.ts';
import { writeFrontmatter } from './frontmatter.ts';

/**
 * Document model → mdast tree of the MDX file. Source text only ever becomes
 * `text` nodes (escaped by the serialiser); our components carry ids and labels.
 * The frontmatter is the model itself (see frontmatter.ts).
 */

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });

function element(name: MdxComponentName, attrs: Record<string, string>, children: RootContent[]): MdxJsxFlowElement {
  const attributes: MdxJsxAttribute[] = Object.entries(attrs).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v }));
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

/** One paragraph per line of text ("\n" separates a clause's paragraphs). */
const paragraphs = (s: string): BlockContent[] => s.split('\n').filter(Boolean).map((p) => paragraph([text(p)]));

function table(t: Table): MdTable {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: c ? [text(c)] : [] })),
  });
  return { type: 'table', align: t.header.map(() => null), children: [row(t.header), ...t.rows.map(row)] };
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
  return element('Clause', { id: c.id, label: c.label, kind: c.kind }, children);
}

const headerLine = (h: HeaderLine) => element('HeaderLine', { role: h.role }, [paragraph([text(h.text)])]);

function annex(a: Annex): RootContent {
  return element('Annex', { id: a.id }, [
    { type: 'heading', depth: 2, children: [text(a.title)] },
    ...a.subtitle.map((s) => paragraph([text(s)])),
    ...a.tables.map(table),
    ...a.paragraphs.map((p) => paragraph([text(p)])),
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
    const items = doc.recipients.length ? [list(doc.recipients)] : [];
    children.push(element('Recipients', {}, [paragraph([{ type: 'strong', children: [text(doc.recipientsLabel ?? 'Nơi nhận:')] }]), ...items]));
  }
  const { signer } = doc;
  const signature = [signer.authority, signer.title, signer.name].filter((s): s is string => Boolean(s));
  if (signature.length) children.push(element('Signature', {}, signature.map((s) => paragraph([text(s)]))));
  if (doc.trailer.length) children.push(element('Trailer', {}, doc.trailer.map((s) => paragraph([text(s)]))));
  children.push(...doc.annexes.map(annex));
  // What the cleaning stage took out (page furniture, a site's frame): kept, apart, rule by rule.
  for (const rule of [...new Set(doc.removed.map((r) => r.rule))]) {
    children.push(element('Removed', { rule }, doc.removed.filter((r) => r.rule === rule).map((r) => paragraph([text(r.text)]))));
  }
  return { type: 'root', children };
}
