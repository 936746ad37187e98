import type { Clause, ClauseKind, QualityIssue, Table } from '../model.ts';
import { isUpperCase, POINT_LETTERS, romanToInt } from '../text/vietnamese.ts';
import { endsSentence, type Unit } from './units.ts';
import { labelId, PARAGRAPH_LEVEL, readLabel, readLongClause, type Label } from './numbering.ts';
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
/** A clause's title on a line of its own is short; a longer line is a sentence wrapped by the source. */
const SHORT_TITLE = 50;

/** A short lead-in that is a heading, not a sentence: "Mục đích", "Phạm vi điều chỉnh". */
const isHeading = (s: string, max: number) => s.length > 0 && s.length <= max && !endsSentence(s);

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
  const structural = kind === 'part' || kind === 'chapter' || kind === 'section';
  // "Điều 5. Trách nhiệm thi hành" is a title; "Điều 2. Quyết định này có hiệu lực thi hành kể từ…./." is the article's text.
  const articleTitle = kind === 'article' && isHeading(rest, MAX_TITLE);
  if (unit.heading || articleTitle || (structural && isUpperCase(rest))) {
    return { title: rest || null, text: '' };
  }
  const nextLabel = next ? readLabel(next.text) : null;
  // "1. Công tác lãnh đạo, chỉ đạo" followed by its own items reads as a heading.
  const childFollows = nextLabel && nextLabel.rule.level > label.rule.level;
  if (childFollows && rest.length <= 120 && !endsSentence(rest)) return { title: rest || null, text: '' };
  // "1. Mục đích" on a line of its own, its paragraphs below (Kế hoạch 07/KH-UBND Lạng Sơn).
  const paragraphFollows = label.rule.level <= 5 && next && !next.cells && !nextLabel && /^\p{Lu}/u.test(next.text);
  if (paragraphFollows && unit.lines.length === 1 && isHeading(rest, SHORT_TITLE) && !/[,;:]/u.test(rest)) return { title: rest, text: '' };
  return { title: null, text: rest };
}

/**
 * A heading label alone on its line takes the next line as its title: "Chương I" /
 * "QUY ĐỊNH CHUNG", "Điều 1." / "Phạm vi điều chỉnh" (Quyết định 45/2013/QĐ-TTg).
 */
function titleBelow(label: Label, next: Unit | undefined): string | null {
  if (label.rest || !next || next.cells || readLabel(next.text)) return null;
  const kind = label.rule.kind;
  if ((kind === 'part' || kind === 'chapter' || kind === 'section') && isUpperCase(next.text)) return next.text;
  if (kind === 'article' && isHeading(next.text, MAX_TITLE)) return next.text;
  return null;
}

/** "- Căn cứ Điều lệ Đảng;": the grounds of a Party text, printed as a list before the first clause. */
const GROUNDS = /^(Căn cứ|Xét|Theo đề nghị|Thực hiện)\s/u;

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

/** Curly quotes opened minus closed in a text (straight quotes do not say which way they go). */
function quoteBalance(text: string): number {
  if (!text.includes('“') && !text.includes('”')) return 0;
  let n = 0;
  for (const ch of text) {
    if (ch === '“') n++;
    else if (ch === '”') n--;
  }
  return n;
}

/** Parts, chapters, sections and articles: the levels a quotation can interrupt and this document resumes. */
const STRUCTURE: ClauseKind[] = ['part', 'chapter', 'section', 'article'];

/** "Điều 2" after this document's "Điều 1", "Chương III" after its "Chương II": its own numbering goes on (or starts). */
function continuesNumbering(label: Label, top: Clause[]): boolean {
  const kind = label.rule.kind;
  if (!STRUCTURE.includes(kind)) return false;
  const same = (nodes: Clause[]): Clause[] => nodes.flatMap((n) => (n.kind === kind ? [n] : STRUCTURE.includes(n.kind) ? same(n.children) : []));
  const last = same(top).at(-1);
  const n = (l: string) => {
    const core = l.replace(/^(?:Phần|Chương|Mục|Điều)\s+/iu, '').replace(/[.\s-]+$/u, '');
    return /^\d+/.test(core) ? parseInt(core, 10) : /^[IVXLC]+$/i.test(core) ? romanToInt(core) : NaN;
  };
  // The first of its kind ("Chương I", "Điều 1") starts this document's own numbering; one
  // number may be lost with the quote a crawler glued it to ('…hải quan."Điều 2 Luật này…').
  const step = n(label.label) - (last === undefined ? 0 : n(last.label));
  return last === undefined ? step === 1 : step === 1 || step === 2;
}

export function buildTree(units: Unit[], issues: QualityIssue[]): BodyTree {
  const tree: BodyTree = { preamble: [], preambleTables: [], clauses: [] };
  const stack: Open[] = [];
  const childrenOf = (o: Open | undefined) => (o ? o.node.children : tree.clauses);
  /** Number of the last clause read, for clauses numbered past 999. */
  let lastClause: number | null = null;
  /** Quotations open at this unit (“ not yet closed by ”). */
  let quoteDepth = 0;

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
    // Inside the new wording an amending text quotes ('… như sau:' / '“Điều 48b. …”'), numbering
    // is the quoted text's, not this document's structure. Sources drop closing quotes: a new
    // quotation ends the one before, and this document's own next article or chapter ends any.
    const own = readLabel(unit.text) ?? readLongClause(unit.text, lastClause);
    const resumes = own !== null && quoteDepth > 0 && continuesNumbering(own, tree.clauses);
    const quoted = quoteDepth > 0 && !resumes;
    // The new wording follows "… như sau:", quoted, or not quoted at all when its numbering is not this document's.
    const amends = /:\s*$/u.test(units[i - 1]?.text ?? '');
    const opens = amends && (unit.text.startsWith('“') || (own !== null && STRUCTURE.includes(own.rule.kind) && !continuesNumbering(own, tree.clauses)));
    if (opens) quoteDepth = Math.max(1, quoteBalance(unit.text));
    else if (resumes) quoteDepth = 0;
    else if (quoteDepth > 0) quoteDepth = Math.max(0, quoteDepth + quoteBalance(unit.text));
    const label = quoted || opens ? null : own;
    if (label && label.rule.kind === 'item' && stack.length === 0 && tree.clauses.length === 0 && GROUNDS.test(label.rest)) {
      tree.preamble.push(unit.text);
      continue;
    }
    if (label) {
      while (stack.length && stack[stack.length - 1]!.level >= label.rule.level) stack.pop();
      const parent = stack[stack.length - 1];
      const siblings = childrenOf(parent);
      const node = makeNode(label.rule.kind, label.label, parent?.node ?? null, siblings, unit.line);
      const below = titleBelow(label, units[i + 1]);
      if (below !== null) {
        node.title = below;
        i++;
      } else {
        Object.assign(node, titleAndText(unit, label, units[i + 1]));
      }
      if (label.rule.kind === 'clause') lastClause = parseInt(label.label, 10);
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

/**
 * Where a label stands in its sequence: khoản 1., 2.…; mục I., II.…; điểm in
 * Vietnamese alphabetical order (a b c d đ e g h i k…, so "i)" follows "h)").
 */
const POSITION: Partial<Record<Clause['kind'], (label: string) => number | null>> = {
  clause: (l) => (/^\d+/.test(l) ? parseInt(l, 10) : null),
  section: (l) => (/^[IVXLC]+\b/i.test(l) ? romanToInt(/^[IVXLC]+/i.exec(l)![0]) : null),
  point: (l) => {
    const i = POINT_LETTERS.indexOf(l.replace(/[).]/g, '').toLowerCase());
    return i < 0 ? null : i + 1;
  },
};
const NAMES: Partial<Record<Clause['kind'], string>> = { clause: 'khoản', section: 'mục', point: 'điểm' };

/** Flags gaps and repeats in numbering (1, 2, 4; I, III; a, b, d): often a page lost in scanning. */
function checkNumbering(nodes: Clause[], issues: QualityIssue[]): void {
  const last = new Map<Clause['kind'], { n: number; label: string }>();
  for (const node of nodes) {
    const n = POSITION[node.kind]?.(node.label) ?? null;
    if (n !== null) {
      const before = last.get(node.kind);
      if (before && n !== before.n + 1) {
        issues.push({
          level: 'info',
          code: 'numbering-gap',
          message: `Đánh số không liên tục: sau ${NAMES[node.kind]} ${before.label} là ${NAMES[node.kind]} ${node.label}${node.label.endsWith('.') ? '' : '.'}`,
          line: node.line,
          action: 'Giữ nguyên số như bản gốc.',
        });
      }
      last.set(node.kind, { n, label: node.label });
    }
    checkNumbering(node.children, issues);
  }
}
