/**
 * npm run bench -- --docs N [--ingest-runs 3]
 *
 * Builds a synthetic corpus of N documents from the seeds (scripts/bench/synthesize.ts),
 * runs the whole pipeline step by step in .bench/N/ (the clean ingest several times:
 * its median counts), and prints one Markdown table:
 * time (GNU time) and peak memory of each step (the resident memory of its whole
 * process tree, sampled from /proc: the OS's own figure), throughput, output sizes,
 * and search in headless Chromium over
 * loopback (time and index bytes to first and to complete results, cold cache, per
 * query; scripts/bench/search.ts); and the same for a plain Hugo + Pagefind site
 * of the same raw texts, built in the same run (scripts/bench/plain-site.ts;
 * skipped with a message where Debian's hugo is missing), with the ratios.
 * Figures are printed, never asserted: targets live in bench/RESULTS.md.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestFile, SOURCE_PATTERN } from '../src/lib/ingest/index.ts';
import { synthesize } from './bench/synthesize.ts';
import { detectFormat } from '../src/lib/source/extract/formats.ts';
import { comparisonTable, measureSearch, QUERIES, searchRows, searchTable } from './bench/search.ts';
import { hasHugo, writePlainProject } from './bench/plain-site.ts';
import { samplePeak } from './bench/process-tree.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '100' }, 'ingest-runs': { type: 'string', default: '3' } } });
const N = Number(values.docs);
if (!Number.isInteger(N) || N < 1) throw new Error(`--docs phải là số nguyên dương (nhận "${values.docs}").`);
// The same ingest takes ±15 % of CPU from one run to the next on a shared 2-core machine: a median says more than one run.
const INGEST_RUNS = Number(values['ingest-runs']);
if (!Number.isInteger(INGEST_RUNS) || INGEST_RUNS < 1) throw new Error(`--ingest-runs phải là số nguyên dương (nhận "${values['ingest-runs']}").`);

const root = resolve('.bench', String(N));
const dirs = { seeds: join(root, 'seeds'), content: join(root, 'content'), dist: join(root, 'dist'), cache: join(root, 'cache'), logs: join(root, 'logs') };
rmSync(root, { recursive: true, force: true });
for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
const env = { ...process.env, SEEDS_DIR: dirs.seeds, CONTENT_DIR: dirs.content, DIST_DIR: dirs.dist, CACHE_DIR: dirs.cache, ASTRO_TELEMETRY_DISABLED: '1' };

// 1. The corpus.
// The text seeds: the synthetic corpus rewrites their words (a PDF or a scan has none to rewrite).
const seedFiles = readdirSync('seeds')
  .filter((f) => SOURCE_PATTERN.test(f) && detectFormat(f, new Uint8Array(0)) === 'text')
  .sort();
const seeds = await Promise.all(
  seedFiles.map(async (file) => ({
    file,
    text: readFileSync(join('seeds', file), 'utf8'),
    province: (await ingestFile('seeds', file)).province?.name ?? null,
  })),
);
let rawBytes = 0;
for (const { file, text } of synthesize(seeds, N)) {
  writeFileSync(join(dirs.seeds, file), text);
  rawBytes += Buffer.byteLength(text);
}

interface Step {
  name: string;
  seconds: number;
  /** Peak resident memory of the step's whole process tree, sampled from /proc. */
  peakMiB: number;
  /** What the step printed. */
  log: string;
}
const steps: Step[] = [];
/** Runs one step as its own process under GNU time (wall time); its output goes to .bench/N/logs/. A Node script unless `command` says otherwise. */
async function run(name: string, args: string[], command = process.execPath): Promise<Step> {
  const timing = join(dirs.logs, `${steps.length}.time`);
  const log = join(dirs.logs, `${steps.length}-${name.replace(/\W+/g, '-')}.log`);
  const child = spawn('/usr/bin/time', ['-f', '%e', '-o', timing, command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stopSampling = samplePeak(child.pid!);
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b));
  child.stderr.on('data', (b: Buffer) => (output += b));
  const [status] = (await once(child, 'close')) as [number];
  const peakBytes = stopSampling();
  writeFileSync(log, output);
  if (status !== 0) throw new Error(`Bước "${name}" thất bại (mã ${status}); xem ${log}`);
  const seconds = Number(readFileSync(timing, 'utf8').trim().split(/\s+/).at(-1));
  const step = { name, seconds, peakMiB: peakBytes / 2 ** 20, log };
  steps.push(step);
  console.error(`${name}: ${seconds.toFixed(1)} s, ${step.peakMiB.toFixed(0)} MiB`);
  return step;
}

// 2. The pipeline, one step at a time. Each clean ingest starts from nothing (no content, no cache); the last one's output goes on.
const ingests: Step[] = [];
for (let k = 0; k < INGEST_RUNS; k++) {
  rmSync(dirs.content, { recursive: true, force: true });
  rmSync(dirs.cache, { recursive: true, force: true });
  ingests.push(await run('ingest', ['scripts/ingest.ts']));
}
const byTime = [...ingests].sort((a, b) => a.seconds - b.seconds);
const ingest = { ...byTime[Math.floor((byTime.length - 1) / 2)]!, peakMiB: Math.max(...ingests.map((s) => s.peakMiB)) };
const ingestRange = ingests.length > 1 ? ` (median of ${ingests.length} clean runs: ${ingests.map((s) => s.seconds.toFixed(1)).join(', ')} s)` : '';
const changed = readdirSync(dirs.seeds).sort()[Math.floor(N / 2)]!;
appendFileSync(join(dirs.seeds, changed), '\nGhi chú của người biên tập.\n');
const reingest = await run('ingest, 1 tệp đổi', ['scripts/ingest.ts']);
const reparsed = /(\d+) phân tích lại/.exec(readFileSync(reingest.log, 'utf8'))?.[1] ?? '?';
// The site: Astro renders the pages while Pagefind indexes the models beside it (src/integrations/search-and-open-data.ts).
const site = await run('astro build + pagefind', ['node_modules/astro/bin/astro.mjs', 'build']);
const siteLog = readFileSync(site.log, 'utf8');
const [pagesSeconds, openDataSeconds, indexSeconds] = (
  /Song song với Astro: trang cho Pagefind sau ([\d.]+) s, dữ liệu mở sau ([\d.]+) s, chỉ mục xong sau ([\d.]+) s/.exec(siteLog)?.slice(1) ?? []
).map(Number);

// One more document changed, the whole build again with the caches of the one before: ingest parses one file,
// and only the search index's shard that holds the document is indexed again (src/search/shards.ts).
const changedAgain = readdirSync(dirs.seeds).sort()[Math.floor(N / 3)]!;
appendFileSync(join(dirs.seeds, changedAgain), '\nGhi chú thứ hai của người biên tập.\n');
const rebuild = await run('build again, 1 tệp đổi', ['scripts/build.ts']);
const rebuiltShards = /(\d+) phần lập lại, (\d+) phần không đổi/.exec(readFileSync(rebuild.log, 'utf8'))?.slice(1) ?? ['?', '?'];

// The yardstick: a plain Hugo + Pagefind site of the same raw texts (scripts/bench/plain-site.ts).
const plainDir = join(root, 'plain');
const plainSite = join(plainDir, 'public');
let plain: { hugo: Step; pagefind: Step } | null = null;
if (hasHugo()) {
  writePlainProject(dirs.seeds, plainDir);
  const hugo = await run('plain site: hugo', ['--quiet', '--source', plainDir, '--destination', plainSite], 'hugo');
  plain = { hugo, pagefind: await run('plain site: pagefind', ['scripts/bench/plain-site.ts', 'index', plainSite]) };
} else console.error('hugo không có trên máy này (apt-get install hugo): bỏ qua trang tĩnh đơn giản để so sánh.');

// 3. What came out.
function du(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0);
}
const docPages = readdirSync(join(dirs.dist, 'van-ban'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(dirs.dist, 'van-ban', d.name, 'index.html'));
const pageSizes = docPages.map((p) => statSync(p).size).sort((a, b) => a - b);
const typical = docPages.find((p) => statSync(p).size === pageSizes[Math.floor(pageSizes.length / 2)])!;
const typicalHtml = readFileSync(typical, 'utf8');
const css = readdirSync(join(dirs.dist, '_astro'))
  .filter((f) => f.endsWith('.css'))
  .reduce((n, f) => n + statSync(join(dirs.dist, '_astro', f)).size, 0);
const scripts = (typicalHtml.match(/<script\b/g) ?? []).length;
const search = await measureSearch(dirs.dist, QUERIES);
const plainSearch = plain ? await measureSearch(plainSite, QUERIES) : null;

/**
 * Where the Astro step's time goes: Astro logs every page with its render time
 * ("├─ /van-ban/…/index.html (+3ms)"); summed per section of the site. The rest
 * of the step is start-up, reading the documents, bundling and the search and open-data hooks.
 */
function astroSections(log: string): Array<[string, number, number]> {
  const sections = new Map<string, [number, number]>();
  for (const m of log.matchAll(/[├└]─ \/([^/\s]*)\S* \(\+([\d.]+)(ms|s)\)/g)) {
    const section = m[1]!.replace(/\.(html|json)$/, '') || '/';
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const [n, total] = sections.get(section) ?? [0, 0];
    sections.set(section, [n + 1, total + ms]);
  }
  return [...sections].map(([k, [n, ms]]) => [k, n, ms] as [string, number, number]).sort((a, b) => b[2] - a[2]);
}
const sections = astroSections(siteLog);
const rendered = sections.reduce((n, [, , ms]) => n + ms, 0) / 1000;

// 4. The table.
const MB = 1e6;
const KB = 1e3;
const total = ingest.seconds + site.seconds;
const peak = Math.max(ingest.peakMiB, site.peakMiB);
const rows: Array<[string, string]> = [
  ['documents / raw text', `${N} / ${(rawBytes / MB).toFixed(1)} MB`],
  [
    'ingest',
    `${ingest.seconds.toFixed(1)} s, ${ingest.peakMiB.toFixed(0)} MiB peak; ${(N / ingest.seconds).toFixed(0)} docs/s, ${(rawBytes / MB / ingest.seconds).toFixed(1)} MB/s${ingestRange}`,
  ],
  ['ingest again, 1 file changed', `${reingest.seconds.toFixed(1)} s, ${reparsed} file(s) parsed`],
  ['astro build, with Pagefind beside it', `${site.seconds.toFixed(1)} s, ${site.peakMiB.toFixed(0)} MiB peak (both together)`],
  [
    "beside Astro, from its setup: Pagefind's pages; open data; search index",
    `ready after ${pagesSeconds?.toFixed(1)} s; ${openDataSeconds?.toFixed(1)} s; ${indexSeconds?.toFixed(1)} s`,
  ],
  [
    'whole build again, 1 file changed (ingest + astro + pagefind)',
    `${rebuild.seconds.toFixed(1)} s, ${rebuild.peakMiB.toFixed(0)} MiB peak; search index shards indexed again: ${rebuiltShards[0]} of ${Number(rebuiltShards[0]) + Number(rebuiltShards[1])}`,
  ],
  ['whole pipeline', `**${total.toFixed(1)} s**, peak **${(peak / 1024).toFixed(2)} GiB** (largest step)`],
  ['dist/ / search index', `${(du(dirs.dist) / MB).toFixed(1)} MB / ${(du(join(dirs.dist, 'pagefind')) / MB).toFixed(1)} MB`],
  ['typical document page', `${(statSync(typical).size / KB).toFixed(1)} KB HTML + ${(css / KB).toFixed(1)} KB CSS, ${scripts} script(s)`],
  ...searchRows(search),
  ...(plain
    ? ([
        [
          'plain Hugo + Pagefind site, same texts',
          `${(plain.hugo.seconds + plain.pagefind.seconds).toFixed(1)} s (hugo ${plain.hugo.seconds.toFixed(1)} s, pagefind ${plain.pagefind.seconds.toFixed(1)} s), peak ${(Math.max(plain.hugo.peakMiB, plain.pagefind.peakMiB) / 1024).toFixed(2)} GiB; output ${(du(plainSite) / MB).toFixed(1)} MB`,
        ],
        [
          'this site ÷ plain site',
          `wall ${(total / (plain.hugo.seconds + plain.pagefind.seconds)).toFixed(2)}, peak memory ${(peak / Math.max(plain.hugo.peakMiB, plain.pagefind.peakMiB)).toFixed(2)}, output ${(du(dirs.dist) / du(plainSite)).toFixed(2)}`,
        ],
      ] as Array<[string, string]>)
    : []),
];
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}, Node ${process.versions.node}`;
console.log(`\n### ${N} documents\n\nMachine: ${machine}\n\n| measure | value |\n|---|---|`);
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
console.log(`\n${searchTable(search)}`);
if (plainSearch) console.log(`\nSearch beside the plain site, same queries, same run:\n\n${comparisonTable(search, plainSearch)}`);
console.log(
  `\nAstro step, ${site.seconds.toFixed(1)} s: pages rendered in ${rendered.toFixed(1)} s; the other ${(site.seconds - rendered).toFixed(1)} s are start-up, reading the documents, bundling and the search and open-data hooks.\n`,
);
console.log(`| section | pages | render time |\n|---|---|---|`);
for (const [section, n, ms] of sections.slice(0, 8)) console.log(`| \`/${section === '/' ? '' : `${section}/`}\` | ${n} | ${(ms / 1000).toFixed(1)} s |`);
