import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * One collection: the MDX files the ingest step writes into content/. The
 * frontmatter is the whole document model (src/lib/model.ts); the schema checks
 * the fields pages rely on and lets the rest through.
 */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content' }),
  schema: z.looseObject({
    id: z.string(),
    type: z.object({ code: z.string(), name: z.string() }),
    draft: z.boolean(),
    date: z.string().nullable(),
    subject: z.string().nullable(),
    clauses: z.array(z.unknown()),
    issues: z.array(z.unknown()),
  }),
});

export const collections = { documents };
