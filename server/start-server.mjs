// Starts server/serve.mjs on a free port as a child process; used by the e2e tests, the bench
// and the screenshots, so they all see the app exactly as `npm start` serves it.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

// Relative to the project folder, where every caller runs (npm scripts, Playwright).
const SERVE = resolve('server/serve.mjs');

/**
 * @param {string} root the build folder to serve
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export async function startServer(root) {
  const child = spawn(process.execPath, [SERVE, '--root', root, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match) resolveUrl(match[0]);
    });
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const stop = () =>
    new Promise((/** @type {(value?: void) => void} */ done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { url, origin: new URL(url).origin, stop };
}
