import { defineCollection } from 'astro:content';
import { documentsLoader } from './loaders/documents.ts';
import { CONTENT_DIR } from './lib/paths.ts';

/**
 * One collection: the documents ingest wrote into content/. Each entry's data is
 * the whole document model (src/lib/model.ts), read from the MDX frontmatter.
 */
const documents = defineCollection({ loader: documentsLoader(CONTENT_DIR) });

export const collections = { documents };
