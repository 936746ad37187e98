import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile, renderMdx } from '../../../src/lib/ingest/index.ts';
import { readDocument } from '../../../src/lib/mdx/read.ts';
import { BODY_KEYS } from '../../../src/lib/model.ts';

/**
 * The site renders what the MDX file says: its frontmatter holds the metadata
 * only, its body is read back by Sätteri into the same model ingest wrote; a
 * body that is not ours is shown as plain text with a quality note.
 */

const SEEDS = 'seeds';
const seeds = readdirSync(SEEDS).filter((f) => /\.(txt|html|docx?|pdf)$/.test(f));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('readDocument', () => {
  it.each(seeds)(
    'reads the MDX written for %s back as the model ingest made',
    async (file) => {
      const doc = await ingestFile(SEEDS, file);
      const mdx = renderMdx(doc);
      expect(readDocument(mdx, `${doc.id}.mdx`)).toEqual(clone(doc));
    },
    60_000,
  );

  it('keeps the text out of the frontmatter: no second copy of the body', async () => {
    const doc = await ingestFile(SEEDS, seeds[1]!);
    const mdx = renderMdx(doc);
    const frontmatter = JSON.parse(mdx.slice(4, mdx.indexOf('\n---\n', 4)));
    for (const key of BODY_KEYS) expect(frontmatter).not.toHaveProperty(key);
    expect(frontmatter.id).toBe(doc.id);
    const longest = doc.clauses.flatMap((c) => c.text.split('\n')).sort((a, b) => b.length - a.length)[0]!;
    expect(JSON.stringify(frontmatter)).not.toContain(longest);
  }, 60_000);

  const edits: Array<[string, string]> = [
    ['an expression', '{process.exit(1)}'],
    ['ESM', 'import fs from "node:fs"'],
    ['raw HTML', '<script>alert(1)</script>'],
    ['a component that is not ours', '<Foo />'],
    ['an attribute that is not ours', '<Clause id="a" onClick="x" />'],
    ['a link to code', '[xem](javascript:alert(1))'],
    ['emphasis', 'một *chữ* nghiêng'],
  ];

  it.each(edits)(
    'shows a hand-edited body with %s as plain text, naming the file and line',
    async (_, edit) => {
      const doc = await ingestFile(SEEDS, seeds[1]!);
      const mdx = renderMdx(doc);
      const lines = mdx.split('\n');
      const at = lines.length - 3;
      lines.splice(at, 0, '', edit, '');
      const read = readDocument(lines.join('\n'), 'content/x.mdx');
      const issue = read.issues.find((i) => i.code === 'mdx-unreadable');
      expect(issue).toMatchObject({ level: 'error', file: 'content/x.mdx', line: at + 2 });
      expect(read.clauses).toEqual([]);
      expect(read.preamble).toContain(edit);
      // The metadata stays as the frontmatter says.
      expect(read.id).toBe(doc.id);
      expect(read.number).toEqual(clone(doc.number));
    },
    60_000,
  );

  it('reads a body Sätteri cannot parse (an unclosed component) as plain text', async () => {
    const doc = await ingestFile(SEEDS, seeds[1]!);
    const broken = `${renderMdx(doc)}\n<Clause id="x">\n\nchữ\n`;
    const read = readDocument(broken, 'content/x.mdx');
    expect(read.issues.at(-1)).toMatchObject({ code: 'mdx-unreadable', file: 'content/x.mdx' });
    expect(read.preamble.join('\n')).toContain('chữ');
  }, 60_000);
});
