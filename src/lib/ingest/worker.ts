/** Entry point of an ingest worker thread (see pool.ts): converts the seed files it is sent. */
import { enableCompileCache } from 'node:module';
import type { ConvertTask } from './convert.ts';

// A worker loads the parser and the MDX writer anew, ~0.5 s of CPU; Node's
// code cache on disk (in os.tmpdir(), or NODE_COMPILE_CACHE) halves that from
// the second run on. It is best effort: it never throws.
enableCompileCache();
const { convertFile } = await import('./convert.ts');
const { serveTasks } = await import('./pool.ts');

// The model stays here: sending it cost more than parsing its metadata back from the frontmatter, which
// ingest does only for a document a sidecar corrects. utf8() gives each array a buffer of its own.
serveTasks(
  (task: ConvertTask) => {
    const converted = convertFile(task);
    return 'unreadable' in converted ? converted : { ...converted, model: undefined };
  },
  (r) => ('unreadable' in r ? [] : ([r.head.buffer, r.body.buffer, ...(r.parts ?? []).map((p) => p.mdx.buffer)] as ArrayBuffer[])),
);
