import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * A static file server for dist/ on 127.0.0.1, as any web server would serve it:
 * text compressed with gzip when the browser asks (Pagefind's own index files
 * are compressed already), so the benchmark's byte counts are what readers pay,
 * with the cache headers a deployment would set.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

/**
 * Astro's hashed assets never change; the search bundles change only with a
 * build, so an hour is safe, and lets the search page's two Pagefind instances
 * share one download of the runtime and the first bundle. Pages revalidate.
 */
function cacheControl(pathname: string): string {
  if (pathname.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/pagefind/') && !pathname.endsWith('/bundles.json')) return 'public, max-age=3600';
  return 'no-cache';
}

/** Compressed once per file, as a web server's cache or pre-compressed files would serve it (tests and the benchmark ask for the same files again and again). */
const gzipped = new Map<string, Buffer>();
let cachedBytes = 0;
const CACHE_BYTES = 64 * 2 ** 20;
function compressed(version: string, body: Buffer): Buffer {
  let out = gzipped.get(version);
  if (!out) {
    out = gzipSync(body);
    if (cachedBytes + out.length > CACHE_BYTES) {
      gzipped.clear();
      cachedBytes = 0;
    }
    gzipped.set(version, out);
    cachedBytes += out.length;
  }
  return out;
}

async function resolveFile(dir: string, pathname: string): Promise<string | null> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [join(dir, safe), join(dir, safe, 'index.html'), join(dir, `${safe}.html`)]) {
    const s = await stat(candidate).catch(() => null);
    if (s?.isFile()) return candidate;
  }
  return null;
}

export async function startServer(dir: string): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(dir, pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    const headers = { 'Content-Type': type, 'Cache-Control': cacheControl(pathname) };
    if (/^(text|application\/(json|xml))|javascript|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(compressed(`${file}:${(await stat(file)).mtimeMs}`, body));
      return;
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * The same server in a process of its own, so a measurement's own work (the
 * browser's driver) does not hold back the files it measures. Its first line
 * of output is the address.
 */
export async function startServerProcess(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return {
    url: line,
    close: async () => {
      child.kill();
      await once(child, 'exit');
    },
  };
}

if (import.meta.main) console.log((await startServer(process.argv[2] ?? 'dist')).url);
