import type { Clause, ClauseKind, QualityIssue, Table } from '../model.ts';
import { isUpperCase } from '../text/vietnamese.ts';
import { endsSentence, type Unit } from './units.ts';
import { labelId, PARAGRAPH_LEVEL, readLabel, type Label } from './numbering.ts';
import { readTable } from './tables.ts';

/**
 * Body units → the clause tree. Numbering decides the level (see numbering.ts);
 * a paragraph without numbering continues the clause above it.
 */

export interface BodyTree {
  preamble: string[];
  /** Tables before the first clause. */
  preambleTables: Table[];
  clauses: Clause[];
}

interface Open {
  node: Clause;
  level: number;
}

/** Headings longer than this are sentences that happen to be bold. */
const MAX_TITLE = 200;

function titleAndText(unit: Unit, label: Label, next: Unit | undefined): { title: string | null; text: string } {
  const rest = label.rest;
  if (unit.lead) {
    const lead = readLabel(unit.lead);
    const leadTitle = lead ? lead.rest : unit.lead;
    const after = unit.text.slice(unit.text.indexOf(unit.lead) + unit.lead.length).trim();
    const sentence = unit.wholeBold && !unit.heading && (leadTitle.length > MAX_TITLE || endsSentence(leadTitle));
    if (leadTitle && !sentence) return { title: leadTitle, text: after };
    return { title: null, text: rest };
  }
  const kind = label.rule.kind;
  const structural = kind === 'part' || kind === 'chapter' || kind === 'section' || kind === 'article';
  if (unit.heading || (structural && (isUpperCase(rest) || kind === 'article'))) {
    return { title: rest || null, text: '' };
  }
  // "1. Công tác lãnh đạo, chỉ đạo" followed by its own items reads as a heading.
  const childFollows = next && readLabel(next.text) && readLabel(next.text)!.rule.level > label.rule.level;
  if (childFollows && rest.length <= 120 && !endsSentence(rest)) return { title: rest, text: '' };
  return { title: null, text: rest };
}

function uniqueId(base: string, siblings: Clause[]): string {
  let id = base;
  for (let n = 2; siblings.some((s) => s.id === id); n++) id = `${base}-${n}`;
  return id;
}

function makeNode(kind: ClauseKind, label: string, parent: Clause | null, siblings: Clause[], line: number): Clause {
  const ordinal = siblings.filter((s) => s.kind === kind).length + 1;
  const fragment = labelId(kind, label, ordinal);
  const id = uniqueId(parent ? `${parent.id}__${fragment}` : fragment, siblings);
  return { id, kind, label, title: null, text: '', line, children: [] };
}

export function buildTree(units: Unit[], issues: QualityIssue[]): BodyTree {
  const tree: BodyTree = { preamble: [], preambleTables: [], clauses: [] };
  const stack: Open[] = [];
  const childrenOf = (o: Open | undefined) => (o ? o.node.children : tree.clauses);

  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.cells) {
      const container = stack[stack.length - 1];
      const siblings = childrenOf(container);
      const node = makeNode('paragraph', '', container?.node ?? null, siblings, unit.line);
      const run = readTable(units, i, `${node.id}-bang`);
      i += run.count - 1;
      if (!container && tree.clauses.length === 0) {
        tree.preambleTables.push({ ...run.table, id: `bang-${tree.preambleTables.length + 1}` });
      } else {
        siblings.push({ ...node, table: run.table });
      }
      continue;
    }
    const label = readLabel(unit.text);
    if (label) {
      while (stack.length && stack[stack.length - 1]!.level >= label.rule.level) stack.pop();
      const parent = stack[stack.length - 1];
      const siblings = childrenOf(parent);
      const node = makeNode(label.rule.kind, label.label, parent?.node ?? null, siblings, unit.line);
      Object.assign(node, titleAndText(unit, label, units[i + 1]));
      siblings.push(node);
      stack.push({ node, level: label.rule.level });
      continue;
    }
    // Unnumbered paragraph.
    const top = stack[stack.length - 1];
    if (!top) {
      if (tree.clauses.length === 0) {
        tree.preamble.push(unit.text);
      } else {
        tree.clauses.push({ ...makeNode('paragraph', '', null, tree.clauses, unit.line), text: unit.text });
      }
      continue;
    }
    if (top.level < PARAGRAPH_LEVEL && (top.node.kind === 'item' || top.node.kind === 'subitem')) {
      // After a list, a paragraph belongs to the clause that holds the list.
      while (stack.length && ['item', 'subitem'].includes(stack[stack.length - 1]!.node.kind)) stack.pop();
      const holder = stack[stack.length - 1];
      const siblings = childrenOf(holder);
      siblings.push({ ...makeNode('paragraph', '', holder?.node ?? null, siblings, unit.line), text: unit.text });
      continue;
    }
    if (top.node.children.length === 0) {
      top.node.text = top.node.text ? `${top.node.text}\n${unit.text}` : unit.text;
    } else {
      top.node.children.push({ ...makeNode('paragraph', '', top.node, top.node.children, unit.line), text: unit.text });
    }
  }
  checkNumbering(tree.clauses, issues);
  return tree;
}

/** Flags gaps and repeats in arabic numbering (e.g. 1, 2, 4). */
function checkNumbering(nodes: Clause[], issues: QualityIssue[]): void {
  let expected: number | null = null;
  for (const node of nodes) {
    if (node.kind === 'clause') {
      const n = parseInt(node.label, 10);
      if (expected !== null && n !== expected) {
        issues.push({
          level: 'info',
          code: 'numbering-gap',
          message: `Đánh số không liên tục: sau khoản ${expected - 1} là khoản ${n}.`,
          line: node.line,
          action: 'Giữ nguyên số như bản gốc.',
        });
      }
      expected = n + 1;
    }
    checkNumbering(node.children, issues);
  }
}
