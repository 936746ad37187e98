import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mdxToMdast, type Features } from 'satteri';
import { emptyBody, emptyDocument, type DocumentMetadata, type DocumentModel } from '../model.ts';
import { mapLimit } from '../map-limit.ts';
import { FRONTMATTER_CLOSE, readFrontmatter } from './frontmatter.ts';
import { fromMdast, UnreadableMdx, type MdNode } from './from-mdast.ts';

/**
 * A generated MDX file → the document the site renders: the metadata from its
 * frontmatter, the text from its body, read by Sätteri, the MDX parser Astro 7
 * compiles MDX with, into mdast and mapped onto the model (from-mdast.ts).
 * What the MDX says is what the page shows.
 */

/** Sätteri's syntax as Astro's MDX integration sets it (GFM on), minus what would rewrite a word: no smart punctuation, no math. */
export const MDX_FEATURES: Features = { gfm: true, frontmatter: true, smartPunctuation: false, math: false };

/** A body nobody can read as ours (a hand edit, a broken file): its lines as plain paragraphs, never markup, with a quality note. */
function unreadable(mdx: string, file: string, error: unknown, meta: DocumentModel['issues']): Partial<DocumentModel> {
  const start = mdx.indexOf(FRONTMATTER_CLOSE) + FRONTMATTER_CLOSE.length;
  const frontmatterLines = mdx.slice(0, start).split('\n').length - 1;
  let line: number | null = null;
  try {
    // Positions only now, to name the line: they cost half the tree's memory.
    fromMdast(mdxToMdast(mdx, { features: MDX_FEATURES }) as MdNode);
  } catch (again) {
    if (again instanceof UnreadableMdx) line = again.line;
  }
  const reason = error instanceof Error ? error.message : String(error);
  const preamble = mdx
    .slice(start)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const issue = {
    level: 'error' as const,
    code: 'mdx-unreadable',
    message: `Phần thân MDX không đọc được như văn bản đã sinh (${reason}).`,
    line: line ?? frontmatterLines + 1,
    file,
    action: 'Đăng phần thân của tệp MDX dạng văn bản thuần; chạy lại ingest để sinh lại tệp.',
  };
  return { ...emptyBody(), preamble, issues: [...meta, issue] };
}

// The model's own field order (emptyDocument's), so the open data reads as it always did.
const model = (meta: DocumentMetadata, body: Partial<DocumentModel>): DocumentModel =>
  Object.assign(emptyDocument(meta.id, meta.source, meta.type), meta, body);

/** One generated MDX file → its document; throws (with the file's name) only when the frontmatter is not ours. */
export function readDocument(mdx: string, file: string): DocumentModel {
  const meta = readFrontmatter(mdx, file);
  try {
    return model(meta, fromMdast(mdxToMdast(mdx, { features: MDX_FEATURES, position: false }) as MdNode));
  } catch (error) {
    return model(meta, unreadable(mdx, file, error, meta.issues));
  }
}

/**
 * One generated MDX file → its document's shell: the metadata, the text left
 * out (an empty body). For work over the whole collection that reads no text
 * (instruments and who cites them, effect status): a fraction of the memory.
 */
export const readShell = (mdx: string, file: string): DocumentModel => model(readFrontmatter(mdx, file), emptyBody());

/** Files read at once: enough to keep the disk busy, few enough that two readers never run out of file handles. */
const AT_ONCE = 64;

/** The file of a further page of a text in parts: `content/<id>/<slug>.mdx` (ingest/parts.ts). */
export const partFile = (contentDir: string, id: string, slug: string) => join(contentDir, id, `${slug}.mdx`);

export function readPart(contentDir: string, id: string, slug: string): DocumentModel {
  const path = partFile(contentDir, id, slug);
  return readDocument(readFileSync(path, 'utf8'), path);
}

/** Each document file of a content folder, read by `read`, in file order. */
export async function readEach<T>(contentDir: string, read: (mdx: string, file: string) => T): Promise<T[]> {
  const files = (await readdir(contentDir)).filter((f) => f.endsWith('.mdx')).sort();
  return mapLimit(files, AT_ONCE, async (f) => read(await readFile(join(contentDir, f), 'utf8'), join(contentDir, f)));
}

/** Every document in a content folder, in file order. */
export const readDocuments = (contentDir: string): Promise<DocumentModel[]> => readEach(contentDir, readDocument);

/** Every document's metadata (its frontmatter, not its text) in a content folder, in file order. */
export const readMetadata = (contentDir: string): Promise<DocumentMetadata[]> => readEach(contentDir, readFrontmatter);
