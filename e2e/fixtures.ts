import { test as base } from '@playwright/test';
import { resolve } from 'node:path';
import { startServer as startServerProcess } from '../server/start-server.mjs';

export const BUILD_DIR = resolve('dist/digital-sanctuary/browser');

export interface AppServer {
  /** e.g. http://localhost:41234/ */
  readonly url: string;
  readonly origin: string;
  /** Stops the server process: from then on only the service worker can answer. */
  stop(): Promise<void>;
}

/** Starts server/serve.mjs, the same server as `npm start`, on a free port. */
export function startServer(root = BUILD_DIR): Promise<AppServer> {
  return startServerProcess(root);
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
