// The deploy/ configurations say what server/serve.mjs does: the same security headers, value
// for value, the same cache rules, and the SPA fallback for the app's pages only. (The e2e
// projects `nginx` and `caddy` then run them for real.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  HASHED,
  IMMUTABLE,
  NEVER_CACHE,
  NO_STORE,
  SECURITY_HEADERS,
} from '../server/security-headers.mjs';
import { findCaddy } from '../server/start-host.mjs';
import { DEPLOY_FILES, withHeaders } from './deploy-config.mjs';

const read = (path) => readFileSync(path, 'utf8');
const NGINX = read('deploy/nginx/digital-sanctuary.conf');
const CADDY = read('deploy/caddy/Caddyfile');
const HEADERS = read('deploy/static-hosts/_headers');
const REDIRECTS = read('deploy/static-hosts/_redirects');

test('each deploy file holds the header block scripts/deploy-config.mjs writes', () => {
  for (const file of DEPLOY_FILES) {
    const text = read(file.path);
    assert.equal(text, withHeaders(text, file), `${file.path}: run node scripts/deploy-config.mjs`);
  }
});

test('nginx sends exactly the security headers of security-headers.mjs, on every response', () => {
  const sent = Object.fromEntries(
    [...NGINX.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  assert.deepEqual(sent, SECURITY_HEADERS);
  // A location with an add_header of its own would drop every header of the server block.
  const locations = NGINX.split(/^\s*location\b/m).slice(1);
  for (const location of locations) assert.doesNotMatch(location, /add_header/);
});

test('Caddy and the _headers file send the same headers', () => {
  const caddyBlock = /^\theader \{\n([\s\S]*?)\n\t\}/m.exec(CADDY)?.[1] ?? '';
  const caddy = Object.fromEntries(
    [...caddyBlock.matchAll(/^\t\t([\w-]+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]),
  );
  assert.deepEqual(caddy, SECURITY_HEADERS);
  const all = /^\/\*\n((?: {2}.*\n)+)/m.exec(HEADERS)?.[1] ?? '';
  const netlify = Object.fromEntries(
    [...all.matchAll(/^ {2}([\w-]+): (.*)$/gm)].map((m) => [m[1], m[2]]),
  );
  assert.deepEqual(netlify, SECURITY_HEADERS);
});

test('every config has the cache rules of serve.mjs', () => {
  for (const [path, text] of [
    ['nginx', NGINX],
    ['Caddyfile', CADDY],
    ['_headers', HEADERS],
  ]) {
    assert.ok(text.includes(NO_STORE), `${path}: ${NO_STORE}`);
    assert.ok(text.includes(IMMUTABLE), `${path}: ${IMMUTABLE}`);
    for (const file of NEVER_CACHE) {
      const spelt = {
        nginx: file.slice(1).replaceAll('.', '\\.'),
        Caddyfile: ` ${file}`,
        _headers: `\n${file}\n`,
      }[path];
      assert.ok(text.includes(spelt), `${path}: ${file}`);
    }
  }
  // The same pattern, written with bare slashes as nginx and Caddy take it.
  const hashed = HASHED.source.replaceAll('\\/', '/');
  assert.ok(NGINX.includes(hashed), `nginx map: ${hashed}`);
  assert.ok(CADDY.includes(hashed), `Caddyfile: ${hashed}`);
  // The SPA fallback is for paths without an extension only.
  assert.match(NGINX, /location ~ \\\.\[\^\/\]\*\$ \{\n\s*try_files \$uri =404;/);
  assert.match(CADDY, /@file path_regexp \\\.\[\^\/\]\*\$/);
});

test('_redirects sends every route of the app to the shell, index.csr.html, and nothing else', () => {
  const routes = [...read('src/app/app.routes.ts').matchAll(/path: '([a-z-]+)'/g)].map((m) => m[1]);
  assert.ok(routes.length > 5);
  const rules = REDIRECTS.split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
  for (const [from, to, status] of rules) {
    assert.equal(to, '/index.csr.html');
    assert.equal(status, '200', `${from} is a rewrite, not a redirect`);
    assert.notEqual(from, '/*', 'a catch-all would answer missing .js files with index.html');
  }
  const froms = new Set(rules.map(([from]) => from));
  for (const route of routes) {
    assert.ok(froms.has(`/${route}`) && froms.has(`/${route}/*`), `_redirects: /${route}`);
  }
});

test('caddy validate accepts the Caddyfile', (t) => {
  const caddy = findCaddy();
  if (!caddy) return t.skip('caddy is not installed');
  const out = execFileSync(
    caddy,
    ['validate', '--adapter', 'caddyfile', '--config', 'deploy/caddy/Caddyfile'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  assert.match(out, /Valid configuration/);
});

test('the static-hosts 404 page exists, so Cloudflare Pages keeps 404s real', () => {
  assert.ok(existsSync('deploy/static-hosts/404.html'));
});
