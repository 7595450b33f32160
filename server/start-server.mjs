// Serves a build folder on a free port inside this process, with the very app `npm start` runs
// (server/static-app.mjs). Used by the e2e tests, the bench and the screenshots. In-process, a
// server starts in milliseconds instead of the half second a new Node process takes.
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createStaticApp } from './static-app.mjs';

/**
 * @param {string} root the build folder to serve
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void>, resume(): Promise<void> }>}
 */
export async function startServer(root) {
  const server = createStaticApp(resolve(root)).listen(0, 'localhost');
  // `once` also rejects on 'error', and leaves no listener behind after either.
  await once(server, 'listening');
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://localhost:${address.port}/`;
  // Stopped means stopped: open keep-alive connections close too, so from then on only the
  // service worker can answer, as with no network at all.
  const stop = () =>
    new Promise((/** @type {(value?: void) => void} */ done) => {
      if (!server.listening) return done();
      server.close(() => done());
      server.closeAllConnections();
    });
  /** Listens again on the same port after a stop, so the same origin is back. */
  const resume = async () => {
    if (server.listening) return;
    server.listen(address.port, 'localhost');
    await once(server, 'listening');
  };
  return { url, origin: new URL(url).origin, stop, resume };
}
