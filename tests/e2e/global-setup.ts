import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/static-server.ts';
import { buildHostile, type HostileBuild } from '../fixtures/hostile-corpus.ts';
import { buildCorpus, hasCorpus, type CorpusBuild } from '../fixtures/corpus-build.ts';

/**
 * Builds the site once for all end-to-end tests (ingest → Astro → Pagefind, the
 * same command as `npm run build`) and serves dist/ on a loopback port.
 *
 * Then builds the hostile fixture corpus (tests/fixtures/hostile-corpus.ts: code-like
 * text, empty, binary, unstructured, duplicate and legacy-encoded files) once more,
 * with `--strict`, into a temporary directory, and serves it too, for
 * tests/e2e/reliability.test.ts. That second build costs a few seconds.
 *
 * Last, where the real development corpus is at hand (tests/fixtures/corpus-build.ts),
 * builds it too, about a minute, for tests/e2e/corpus.test.ts.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  // Words in three pages are common (src/search/common-words.ts), so the seeds' searches go through both the common words' lists and Pagefind.
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, SEARCH_COMMON: '3' } });
  const server = await startServer(`${root}dist`);
  project.provide('baseUrl', server.url);

  // The build is expected to exit 1 (--strict, errors in the corpus): the tests check that, so no throw here.
  const tmp = mkdtempSync(join(tmpdir(), 'bp-hostile-'));
  const hostile = buildHostile(tmp);
  console.log(`hostile corpus: ${hostile.files.length} files built in ${hostile.ms} ms, exit status ${hostile.status}`);
  const hostileServer = await startServer(hostile.dist);
  project.provide('hostileUrl', hostileServer.url);
  project.provide('hostileBuild', hostile);

  const corpus = hasCorpus() ? buildCorpus(join(tmp, 'corpus')) : null;
  if (corpus) console.log(`real corpus: built in ${corpus.ms} ms, exit status ${corpus.status}`);
  const corpusServer = corpus ? await startServer(corpus.dist) : null;
  project.provide('corpusUrl', corpusServer?.url ?? '');
  project.provide('corpusBuild', corpus);

  return async () => {
    await Promise.all([server.close(), hostileServer.close(), corpusServer?.close()]);
    rmSync(tmp, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The hostile corpus's site (see tests/fixtures/hostile-corpus.ts). */
    hostileUrl: string;
    hostileBuild: HostileBuild;
    /** The real corpus's site, when ../shared/corpus is there ('' and null otherwise). */
    corpusUrl: string;
    corpusBuild: CorpusBuild | null;
  }
}
