// The static host as an Express app: the build's precompressed `.br`/`.gz` files when the browser
// accepts them (compression on the fly otherwise), the CSP and security headers, SPA fallback only
// for paths without a file extension, real 404s otherwise, and no HTTP caching of the service
// worker's own files (see server/security-headers.mjs). server/serve.mjs runs it for `npm start`;
// server/start-server.mjs runs it inside the e2e tests, the bench and the screenshots. deploy/
// holds the same rules for nginx, Caddy and static hosts.
import compression from 'compression';
import express from 'express';
import { statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { languageCodesIn } from '../scripts/language-files.mjs';
import { pageLanguage } from './page-language.mjs';
import { HASHED, IMMUTABLE, NEVER_CACHE, NO_STORE, SECURITY_HEADERS } from './security-headers.mjs';

/** The encodings a request accepts, from its Accept-Encoding header (q=0 refuses one). */
function acceptedEncodings(header = '') {
  const accepted = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return accepted;
}

/** The precompressed files the build has, and how to label them. Brotli first: it is smaller. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Points a request for `/x.js` at `/x.js.br` or `/x.js.gz` when the build has one and the browser
 * takes it, with the Content-Type of `/x.js`. The worker's hashes in ngsw.json are of the
 * original bytes, which is what the browser hands it after decoding.
 */
function precompressed(root, req, res, path) {
  res.vary('Accept-Encoding');
  const accepted = acceptedEncodings(req.get('accept-encoding'));
  const file = resolve(root, '.' + path);
  if (!file.startsWith(root + sep) || !isFile(file)) return path;
  for (const { encoding, suffix } of PRECOMPRESSED) {
    if (!accepted.has(encoding) || !isFile(file + suffix)) continue;
    res.set('Content-Encoding', encoding);
    res.type(extname(file));
    return path + suffix;
  }
  return path;
}

/**
 * The prerendered page for the address `path` ("/", "/tips/x"), in the language a first visit
 * opens in, or false when the build has none. Each says that it depends on Accept-Language, so
 * that no cache hands one reader's language to another.
 */
function prerenderedPage(root, shipped, req, res, path) {
  const folder = path.endsWith('/') ? path : `${path}/`;
  const file = (name) => resolve(root, '.' + folder + name);
  if (!file('index.html').startsWith(root + sep) || !isFile(file('index.html'))) return false;
  const code = pageLanguage({
    query: new URLSearchParams(req.url.slice(req.path.length)).get('lang'),
    acceptLanguage: req.get('accept-language'),
    shipped,
    hasPage: (code) => isFile(file(`index.${code}.html`)),
  });
  res.vary('Accept-Language');
  return folder + (code === 'en' ? 'index.html' : `index.${code}.html`);
}

/**
 * @param {string} root the build folder, absolute
 * @returns {import('express').Express}
 */
export function createStaticApp(root) {
  const app = express();
  // The languages the build ships: one interface file each (public/i18n/).
  const shipped = new Set(languageCodesIn(resolve(root, 'i18n')));
  app.disable('x-powered-by');
  app.set('etag', true);
  app.use((_req, res, next) => {
    res.set(SECURITY_HEADERS);
    next();
  });
  app.use((req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let path;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    // A page the build prerendered is `<route>/index.html`, served for `/route` without a
    // redirect, or the same page in the reader's language beside it (server/page-language.mjs).
    const prerendered = extname(path) === '' && prerenderedPage(root, shipped, req, _res, path);
    if (path.endsWith('/')) path += 'index.html';
    const served = precompressed(root, req, _res, prerendered || path);
    if (prerendered || served !== path) {
      req.url = encodeURI(served) + req.url.slice(req.path.length);
    }
    next();
  });
  // Compresses on the fly what has no precompressed copy (compression() leaves encoded responses be).
  app.use(compression());
  app.use(
    express.static(root, {
      index: 'index.html',
      dotfiles: 'ignore',
      redirect: false,
      setHeaders(res, path) {
        const name = path
          .slice(root.length)
          .replaceAll('\\', '/')
          .replace(/\.(br|gz)$/, '');
        if (HASHED.test(name)) res.set('Cache-Control', IMMUTABLE);
        else if (NEVER_CACHE.includes(name)) res.set('Cache-Control', NO_STORE);
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
    // `/index.html` is the prerendered home page; every other route gets the shell.
    const shell = isFile(resolve(root, 'index.csr.html')) ? '/index.csr.html' : '/index.html';
    res.sendFile(resolve(root, '.' + precompressed(root, req, res, shell)));
  });
  return app;
}
