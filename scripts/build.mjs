// The production build of `npm run build`, `npm start`, `npm test` and `npm run release`:
// checks the content, builds with the build date stamped in (the About page shows it), files the
// pages prerendered in other languages (scripts/language-pages.mjs), puts the stylesheet inside
// each prerendered page (scripts/inline-stylesheet.mjs), puts V8's compile hint on
// `main` (scripts/compile-hint.mjs), then writes `.br` and `.gz` beside each text file
// (scripts/precompress.mjs).
//   node scripts/build.mjs [--skip-validate]
// SOURCE_DATE_EPOCH (seconds), when set, fixes the build date for a reproducible build.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { addCompileHint } from './compile-hint.mjs';
import { inlineStylesheet } from './inline-stylesheet.mjs';
import { shippedLanguageCodes } from './language-files.mjs';
import { checkLanguagePages, fileLanguagePages } from './language-pages.mjs';
import { precompressDir } from './precompress.mjs';

export const OUTPUT = 'dist/digital-sanctuary/browser';

const { values } = parseArgs({ options: { 'skip-validate': { type: 'boolean' } } });

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const buildDate = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date())
  .toISOString()
  .slice(0, 10);

if (!values['skip-validate']) run(process.execPath, ['scripts/validate-content.mjs']);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// NG_BUILD_OPTIMIZE_CHUNKS: Angular's own pass (Rollup, after esbuild) that merges the many small
// shared chunks esbuild leaves. The first screen came in one file instead of ten, 85.7 kB gzip
// against 91.2, and a tip page asked for 26 scripts instead of 35. In alternating Lighthouse runs
// the first paint came 0.2 to 0.5 s sooner on every page (README, "Performance").
run(npx, ['ng', 'build', '--define', `DS_BUILD_DATE="${buildDate}"`], {
  NG_BUILD_OPTIMIZE_CHUNKS: '1',
  ...process.env,
});
const pages = await fileLanguagePages(OUTPUT);
await checkLanguagePages(
  OUTPUT,
  shippedLanguageCodes().filter((code) => code !== 'en'),
);
console.log(`language pages: ${pages.length} filed beside their English pages`);
const inlined = await inlineStylesheet(OUTPUT);
console.log(`stylesheet: inlined in ${inlined.length} prerendered pages`);
// Before precompressing: the hint changes main's bytes and its hash in ngsw.json.
await addCompileHint(OUTPUT);
const started = Date.now();
const { written } = await precompressDir(OUTPUT);
console.log(`precompress: ${written} .br/.gz files in ${OUTPUT} (${Date.now() - started} ms)`);
