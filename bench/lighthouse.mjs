// `npm run bench` (first part): Lighthouse's mobile preset (simulated slow 4G, 4x CPU) against the
// production build served by server/serve.mjs, as `npm start` serves it. Three runs a page, the
// median printed beside the targets of README.md, "Performance". Figures, not pass or fail.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { startServer } from '../server/start-server.mjs';
import { FIRST_VISIT_PAGES as PAGES } from './pages.mjs';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TARGETS = { perf: 98, lcp: 1500, tbt: 50, cls: 0.01 };
const LIGHTHOUSE = resolve('node_modules/lighthouse/cli/index.js');
const run = promisify(execFile);

async function lighthouse(url, out) {
  const flags = [...CHROMIUM_ARGS, '--headless=new'].join(' ');
  // Lighthouse exits non-zero on some harmless warnings: the report decides.
  await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      `--chrome-path=${findChromium()}`,
      `--chrome-flags=${flags}`,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch(() => undefined);
  let report;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    return { perf: NaN, lcp: NaN, tbt: NaN, cls: NaN, cpu: NaN };
  }
  const value = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    // A run whose page failed to load has no score: it counts as no run, not as a 0.
    perf: report.categories.performance?.score
      ? Math.round(report.categories.performance.score * 100)
      : NaN,
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    // Lighthouse's own measure of this machine's CPU at the time of the run: on a shared machine
    // it moves a lot, and TBT, four times each observed task, moves with it.
    cpu: report.environment?.benchmarkIndex ?? NaN,
  };
}

/** The median of the runs that produced a figure (a run that crashed reports none). */
const median = (values) => {
  const real = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return real.length ? real[Math.floor(real.length / 2)] : NaN;
};

const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const server = await startServer(resolve('dist/digital-sanctuary/browser'));
const rows = [];
try {
  for (const path of PAGES) {
    const runs = [];
    // A run that crashes (it happens, on a busy machine) is tried again, twice at most a page,
    // so each median is of RUNS real runs where it can be.
    for (
      let i = 0;
      runs.filter((r) => Number.isFinite(r.perf)).length < RUNS && i < RUNS + 2;
      i++
    ) {
      runs.push(await lighthouse(new URL(path, server.url).href, join(dir, `run-${i}.json`)));
    }
    const m = (key) => median(runs.map((r) => r[key]));
    rows.push({
      path,
      perf: m('perf'),
      lcp: m('lcp'),
      tbt: m('tbt'),
      cls: m('cls'),
      all: runs.map((r) => (Number.isFinite(r.perf) ? r.perf : 'failed')).join(' / '),
      tbts: runs
        .filter((r) => Number.isFinite(r.tbt))
        .map((r) => Math.round(r.tbt))
        .join(' / '),
      cpus: runs.map((r) => r.cpu).filter((v) => Number.isFinite(v)),
    });
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

const met = (ok) => (ok ? '' : ' (!)');
console.log(
  `\nLighthouse mobile preset, median of ${RUNS} runs ` +
    `(targets: perf >= ${TARGETS.perf}, LCP <= ${TARGETS.lcp} ms, TBT <= ${TARGETS.tbt} ms, CLS <= ${TARGETS.cls})`,
);
console.log('| page | perf (runs) | LCP | TBT (runs) | CLS |\n|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.path} | ${r.perf}${met(r.perf >= TARGETS.perf)} (${r.all}) | ` +
      `${(r.lcp / 1000).toFixed(2)} s${met(r.lcp <= TARGETS.lcp)} | ` +
      `${Math.round(r.tbt)} ms${met(r.tbt <= TARGETS.tbt)} (${r.tbts}) | ` +
      `${r.cls.toFixed(3)}${met(r.cls <= TARGETS.cls)} |`,
  );
}
const cpus = rows.flatMap((r) => r.cpus);
if (cpus.length) {
  console.log(
    `Lighthouse's benchmark index of this machine over these runs: ${Math.round(Math.min(...cpus))} ` +
      `to ${Math.round(Math.max(...cpus))}, median ${Math.round(median(cpus))} (higher is faster)`,
  );
}
