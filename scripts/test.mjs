// `npm test`: lint, format check, type check of the Node-side code (tsconfig.tools.json), content
// and deploy-config checks (node --test), unit tests (Karma in headless Chromium), production build
// (scripts/build.mjs: precompressed files too), end-to-end tests (Playwright against that build,
// served by server/serve.mjs, nginx and Caddy).
// Installs Debian's Chromium, zbar-tools for reading QR codes, nginx (with its brotli module) and
// caddy when missing. The previous release, for the upgrade test, is built alongside the unit
// tests (scripts/previous-release.mjs, cached between runs).
// `--only lint|unit|e2e` runs one stage (e2e still builds first).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureChromium, ensureE2eTools } from './chromium.mjs';

// `node --test scripts/` also picks up this file (its name matches the runner's test.mjs pattern):
// running all of `npm test` from inside the fast stage would be slow and recursive.
if (process.env.NODE_TEST_CONTEXT) {
  console.log('scripts/test.mjs is `npm test` itself: not run under node --test');
  process.exit(0);
}

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const stages = values.only ? [values.only] : ['lint', 'unit', 'e2e'];

const chromium = ensureChromium();
if (stages.includes('e2e')) ensureE2eTools();
const env = { ...process.env, CHROME_BIN: chromium, NG_CLI_ANALYTICS: 'false' };
const counts = { passed: 0, failed: 0 };

/** Runs a command, echoing its output, and resolves with that output; exits on failure. */
function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => {
      if (code === 0) return resolve(output);
      countFrom(label, output);
      console.error(`\n✘ ${label} failed (exit ${code})`);
      console.log(`\ntests: ${counts.passed} passed, ${Math.max(counts.failed, 1)} failed`);
      process.exit(code ?? 1);
    });
  });
}

function countFrom(label, output) {
  if (label === 'unit') {
    const match = [...output.matchAll(/Executed (\d+) of \d+(?: \((\d+) FAILED\))?/g)].at(-1);
    if (match) {
      counts.failed += Number(match[2] ?? 0);
      counts.passed += Number(match[1]) - Number(match[2] ?? 0);
    }
  } else if (label === 'content') {
    counts.passed += Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
    counts.failed += Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0);
  } else if (label === 'e2e') {
    counts.passed += Number(/(\d+) passed/.exec(output)?.[1] ?? 0);
    counts.failed += Number(/(\d+) failed/.exec(output)?.[1] ?? 0);
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The previous release's build, started now in the background: it takes a minute on 2 cores. */
let previousRelease;
if (stages.includes('e2e')) {
  console.log('\n▶ previous release (background): node scripts/previous-release.mjs');
  previousRelease = new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/previous-release.mjs'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

if (stages.includes('lint')) {
  await run('lint', npx, ['ng', 'lint']);
  await run('format', npx, ['prettier', '--check', '.']);
  // scripts/, server/, e2e/, bench/ and the Playwright config: the code that runs in Node.
  await run('types', npx, ['tsc', '-p', 'tsconfig.tools.json']);
  countFrom(
    'content',
    await run('content', process.execPath, [
      '--test',
      ...readdirSync('scripts')
        .filter((name) => name.endsWith('.test.mjs'))
        .map((name) => `scripts/${name}`),
    ]),
  );
}
if (stages.includes('unit')) {
  countFrom('unit', await run('unit', npx, ['ng', 'test']));
}
if (stages.includes('e2e')) {
  await run('build', process.execPath, ['scripts/build.mjs']);
  const { code, output } = await previousRelease;
  console.log(`\n▶ previous release:\n${output.trim()}`);
  if (code !== 0) {
    console.error('\n✘ building the previous release failed');
    console.log(`\ntests: ${counts.passed} passed, 1 failed`);
    process.exit(1);
  }
  countFrom('e2e', await run('e2e', npx, ['playwright', 'test']));
}
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
