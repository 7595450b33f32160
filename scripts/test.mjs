// `npm test`: lint and format check, content validation (node --test), unit tests (Karma in headless Chromium), production build,
// end-to-end tests (Playwright against that build). Installs Debian's Chromium, and zbar-tools for
// reading QR codes, when missing.
// `--only lint|unit|e2e` runs one stage (e2e still builds first).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ensureChromium, ensureZbar } from './chromium.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const stages = values.only ? [values.only] : ['lint', 'unit', 'e2e'];

const chromium = ensureChromium();
if (stages.includes('e2e')) ensureZbar();
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

if (stages.includes('lint')) {
  await run('lint', npx, ['ng', 'lint']);
  await run('format', npx, ['prettier', '--check', '.']);
  countFrom(
    'content',
    await run('content', process.execPath, [
      '--test',
      'scripts/content-validation.test.mjs',
      'scripts/letters-validation.test.mjs',
    ]),
  );
}
if (stages.includes('unit')) {
  countFrom('unit', await run('unit', npx, ['ng', 'test']));
}
if (stages.includes('e2e')) {
  await run('build', npx, ['ng', 'build']);
  countFrom('e2e', await run('e2e', npx, ['playwright', 'test']));
}
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
