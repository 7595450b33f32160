// The production build of `npm run build`, `npm start`, `npm test` and `npm run release`:
// checks the content, builds with the build date stamped in (the About page shows it), then
// writes `.br` and `.gz` beside each text file (scripts/precompress.mjs).
//   node scripts/build.mjs [--skip-validate]
// SOURCE_DATE_EPOCH (seconds), when set, fixes the build date for a reproducible build.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { precompressDir } from './precompress.mjs';

export const OUTPUT = 'dist/digital-sanctuary/browser';

const { values } = parseArgs({ options: { 'skip-validate': { type: 'boolean' } } });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const buildDate = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date())
  .toISOString()
  .slice(0, 10);

if (!values['skip-validate']) run(process.execPath, ['scripts/validate-content.mjs']);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
run(npx, ['ng', 'build', '--define', `DS_BUILD_DATE="${buildDate}"`]);
const started = Date.now();
const { written } = await precompressDir(OUTPUT);
console.log(`precompress: ${written} .br/.gz files in ${OUTPUT} (${Date.now() - started} ms)`);
