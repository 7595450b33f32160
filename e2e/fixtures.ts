import { test as base } from '@playwright/test';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const BUILD_DIR = resolve('dist/digital-sanctuary/browser');

export interface AppServer {
  /** e.g. http://localhost:41234/ */
  readonly url: string;
  readonly origin: string;
  /** Stops the server process: from then on only the service worker can answer. */
  stop(): Promise<void>;
}

/** Starts server/serve.mjs, the same server as `npm start`, on a free port. */
export async function startServer(root = BUILD_DIR): Promise<AppServer> {
  const child = spawn(process.execPath, ['server/serve.mjs', '--root', root, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match) resolveUrl(match[0]);
    });
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { url, origin: new URL(url).origin, stop };
}

export const test = base.extend<{ server: AppServer }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
});

export { expect } from '@playwright/test';
