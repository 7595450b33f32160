// `npm start`: serves the production build on a port, with server/static-app.mjs (the rules of a
// careful static host; deploy/ holds the same for nginx, Caddy and static hosts).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticApp } from './static-app.mjs';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist/digital-sanctuary/browser' },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: 'localhost' },
  },
});

const root = resolve(values.root);
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No build in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const app = createStaticApp(root);
const server = app.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`Digital Sanctuary is served at http://localhost:${port}/ (from ${root})`);
});

// A static server has nothing to flush: stop at once, open keep-alive connections included.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.closeAllConnections();
    process.exit(0);
  });
}
