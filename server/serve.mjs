// Serves the production build like a careful static host: compression, the CSP and security
// headers, SPA fallback only for paths without a file extension, real 404s otherwise, and no HTTP
// caching of the service worker's own files (anchors.md B-1 #6 and #10).
import compression from 'compression';
import express from 'express';
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SECURITY_HEADERS } from './security-headers.mjs';

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

// Bundles carry a content hash in their name (main-ABCD1234.js) and can be cached for ever.
const HASHED = /-[A-Z0-9]{8}\.(js|css)$/;
const NEVER_CACHE = new Set(['/ngsw.json', '/ngsw-worker.js', '/safety-worker.js', '/index.html']);

const app = express();
app.disable('x-powered-by');
app.set('etag', true);
app.use(compression());
app.use((_req, res, next) => {
  res.set(SECURITY_HEADERS);
  next();
});
app.use(
  express.static(root, {
    index: 'index.html',
    dotfiles: 'ignore',
    redirect: false,
    setHeaders(res, path) {
      const name = path.slice(root.length).replaceAll('\\', '/');
      if (HASHED.test(name)) res.set('Cache-Control', 'public, max-age=31536000, immutable');
      else if (NEVER_CACHE.has(name))
        res.set('Cache-Control', 'no-cache, no-store, must-revalidate');
      else res.set('Cache-Control', 'no-cache');
    },
  }),
);
app.use((req, res) => {
  const wantsPage = (req.method === 'GET' || req.method === 'HEAD') && extname(req.path) === '';
  if (!wantsPage) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  res.set('Cache-Control', 'no-cache');
  res.sendFile(resolve(root, 'index.html'));
});

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
