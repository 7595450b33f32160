import { test as base } from '@playwright/test';
import { resolve } from 'node:path';
import { startCaddy, startNginx } from '../server/start-host.mjs';
import { startServer as startServerProcess } from '../server/start-server.mjs';

export const BUILD_DIR = resolve('dist/digital-sanctuary/browser');

export interface AppServer {
  /** e.g. http://localhost:41234/ */
  readonly url: string;
  readonly origin: string;
  /** Stops the server process: from then on only the service worker can answer. */
  stop(): Promise<void>;
}

/**
 * Which web server serves the build: server/serve.mjs (`npm start`), or a real nginx or Caddy
 * with the configuration in deploy/. Set per Playwright project (playwright.config.ts).
 */
export type ServerKind = 'node' | 'nginx' | 'caddy';

/** Starts a server of that kind on `root`, on a free port. */
export function startServer(root = BUILD_DIR, kind: ServerKind = 'node'): Promise<AppServer> {
  if (kind === 'nginx') return startNginx(root);
  if (kind === 'caddy') return startCaddy(root);
  return startServerProcess(root);
}

export const test = base.extend<
  {
    server: AppServer;
    /** Serves another folder with this project's kind of server; stopped after the test. */
    serveFolder: (root: string) => Promise<AppServer>;
  },
  {
    serverKind: ServerKind;
    /** Project `node`: the build, served once per worker; null for the other kinds. */
    workerServer: Awaited<ReturnType<typeof startServerProcess>> | null;
  }
>({
  serverKind: ['node', { option: true, scope: 'worker' }],
  workerServer: [
    async ({ serverKind }, use) => {
      if (serverKind !== 'node') return use(null);
      const server = await startServerProcess(BUILD_DIR);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  serveFolder: async ({ serverKind }, use) => {
    const started: AppServer[] = [];
    await use(async (root) => {
      const server = await startServer(root, serverKind);
      started.push(server);
      return server;
    });
    await Promise.all(started.map((server) => server.stop()));
  },
  // One server per worker where it can restart in a moment (in-process); a test that stopped it
  // finds it running again. Every test still has its own browser context, so nothing is shared
  // but the files. nginx and Caddy start per test, as a deployer runs them.
  server: async ({ workerServer, serveFolder }, use) => {
    if (!workerServer) return use(await serveFolder(BUILD_DIR));
    await workerServer.resume();
    await use(workerServer);
  },
});

export { expect } from '@playwright/test';
