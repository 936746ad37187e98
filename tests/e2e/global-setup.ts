import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/static-server.ts';

/**
 * Builds the site once for all end-to-end tests (ingest → Astro → Pagefind, the
 * same command as `npm run build`) and serves dist/ on a loopback port.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const server = await startServer(`${root}dist`);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
