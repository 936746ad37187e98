import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

/** The page's <main>: what a reader reads, without the site's header and footer. */
function mainOf(node: Root | Element): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = mainOf(child);
    if (found) return found;
  }
  return null;
}

/** The text of a built page's <main>, as a browser would lay it out in lines. */
export function mainText(html: string): string {
  const main = mainOf(fromHtml(html));
  return main ? toText(main) : '';
}
