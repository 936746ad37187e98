import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS, SAFE_ATTRIBUTE } from './components.ts';
import { parseMdx } from './serialize.ts';
import { execAll } from '../text/exec-all.ts';

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

const TAG_LINE = /^\s*<\/?([A-Za-z]+)((?: [a-z]+="[^"]*")*)(?: \/)?>\s*$/;
const ATTRIBUTE = / ([a-z]+)="([^"]*)"/g;
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
  const end = mdx.startsWith('---\n') ? mdx.indexOf('\n---\n', 4) : -1;
  const body = end >= 0 ? mdx.slice(end + 5) : mdx;
  const allowed = MDX_COMPONENTS as Record<string, readonly string[]>;
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(body); m; m = SUSPECT.exec(body)) {
    const from = body.lastIndexOf('\n', m.index) + 1;
    const next = body.indexOf('\n', m.index);
    const to = next < 0 ? body.length : next;
    const tag = TAG_LINE.exec(body.slice(from, to));
    const attrs = tag && allowed[tag[1]!];
    if (!attrs) return false;
    for (const [, name, value] of execAll(ATTRIBUTE, tag[2]!)) if (!attrs.includes(name!) || !SAFE_ATTRIBUTE.test(value!)) return false;
    SUSPECT.lastIndex = to;
  }
  return true;
}
