import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';

/**
 * A saved web page or Word's HTML → text, as a browser lays it out (`innerText`):
 * a line per block, table cells apart by tabs, so that the parser reads tables
 * as it reads a text export's. Scripts, styles and the `<head>` hold no text of
 * the document; what the site wraps around it (menus, notices) is text, left to
 * the cleaning rules, which report what they take out.
 */

/** Elements whose content is never shown as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object']);

function prune(node: Root | Element): void {
  node.children = node.children.filter((c: RootContent) => !(c.type === 'element' && HIDDEN.has(c.tagName)) && c.type !== 'comment');
  for (const c of node.children) if (c.type === 'element') prune(c);
}

export function htmlToText(html: string): string {
  const tree = fromHtml(html);
  prune(tree);
  return toText(tree)
    .split('\n')
    .map((l) => l.replace(/[ \u00a0]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
