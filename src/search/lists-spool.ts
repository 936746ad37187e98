import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../utils/page-key.ts';
import { pageListsMaker, type IndexedPage, type ListedPage } from './common-words.ts';
import type { ListsCache } from './lists-cache.ts';

/**
 * The pages as the common words' first pass saw them, for the second
 * (common-words.ts), in the scratch folder, so the documents' models can be
 * freed between the two: each page's text in one file, and a line per page
 * of all else, with its text's digest and place in that file. The second pass
 * reads a page's text only when its part of the lists is not kept from the
 * last build (lists-cache.ts).
 */

type PageEntry = Omit<IndexedPage, 'text'> & { digest: string; at: number; bytes: number };

const entriesOf = (scratch: string) => join(scratch, 'pages.jsonl');
const textsOf = (scratch: string) => join(scratch, 'texts.jsonl');

export function spoolWriter(scratch: string) {
  const entries = openSync(entriesOf(scratch), 'w');
  const texts = openSync(textsOf(scratch), 'w');
  let at = 0;
  return {
    add({ url, text, filters, sortKey, number }: IndexedPage): void {
      const json = JSON.stringify(text);
      const bytes = writeSync(texts, json);
      writeSync(entries, `${JSON.stringify({ url, filters, sortKey, number, digest: sha256(json), at, bytes } satisfies PageEntry)}\n`);
      at += bytes;
    },
    close(): void {
      closeSync(entries);
      closeSync(texts);
    },
  };
}

/** The spooled pages in order, each with its part of the lists for the common keys `sorted`: kept in `cache`, or made from its text and kept. */
export function* spooledPages(scratch: string, sorted: string[], cache: ListsCache): Generator<ListedPage> {
  const listsOf = pageListsMaker(sorted);
  const texts = openSync(textsOf(scratch), 'r');
  try {
    for (const line of readFileSync(entriesOf(scratch), 'utf8').split('\n')) {
      if (!line) continue;
      const { digest, at, bytes, ...page } = JSON.parse(line) as PageEntry;
      let lists = cache.get(digest);
      if (lists === undefined) {
        const buffer = Buffer.alloc(bytes);
        readSync(texts, buffer, 0, bytes, at);
        lists = listsOf(JSON.parse(buffer.toString('utf8')) as IndexedPage['text']);
        cache.set(digest, lists);
      }
      yield { ...page, lists };
    }
  } finally {
    closeSync(texts);
  }
}
