// Starts a real web server on the build, with the deploy/ configuration as a deployer would use
// it: Debian's nginx with deploy/nginx/digital-sanctuary.conf, or Caddy with
// deploy/caddy/Caddyfile. Each runs from a temporary prefix on a free loopback port, in the
// foreground, with its pid, logs and temporary files in that prefix: never root's config, never
// a system service. Used by the e2e tests (e2e/fixtures.ts) like start-server.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_CONF = resolve('deploy/nginx/digital-sanctuary.conf');
export const CADDYFILE = resolve('deploy/caddy/Caddyfile');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The first of these binaries that exists, or undefined. */
const which = (...paths) => paths.find((path) => existsSync(path));
export const findNginx = () => which(process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx');
export const findCaddy = () =>
  which(process.env.CADDY_BIN, '/usr/bin/caddy', '/usr/local/bin/caddy');
/** Whether this nginx can load ngx_brotli's static module (Debian's libnginx-mod-http-brotli-static). */
export const nginxHasBrotli = () => existsSync(BROTLI_MODULE);

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** A port nobody listens on now, on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => done(port));
    });
  });
}

/** Replaces exactly one line matching `pattern` in a config, or throws: no silent drift. */
function replaceLine(text, pattern, line, what) {
  const matches = text.match(new RegExp(pattern.source, 'gm')) ?? [];
  if (matches.length !== 1)
    throw new Error(`${what}: expected one ${pattern}, found ${matches.length}`);
  return text.replace(new RegExp(pattern.source, 'm'), line);
}

/**
 * The deploy config for nginx, with only `listen` and `root` changed.
 * @param {string} root the build folder
 * @param {number} port
 * @param {{ brotli?: boolean }} options without ngx_brotli, the `brotli_static` line goes
 */
export async function nginxSite(root, port, { brotli = nginxHasBrotli() } = {}) {
  let site = await readFile(NGINX_CONF, 'utf8');
  site = replaceLine(site, /^\s*listen 80;$/, `    listen 127.0.0.1:${port};`, NGINX_CONF);
  site = replaceLine(site, /^\s*listen \[::\]:80;$/, '', NGINX_CONF);
  site = replaceLine(site, /^\s*root \S+;$/, `    root ${resolve(root)};`, NGINX_CONF);
  if (!brotli) site = replaceLine(site, /^\s*brotli_static on;$/, '', NGINX_CONF);
  return site;
}

async function waitForHttp(url, child, output) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${output()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`no answer on ${url}: ${output()}`);
}

function startChild(command, args, url, prefix, env = {}) {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () =>
    new Promise((/** @type {(value?: void) => void} */ done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }).then(() => rm(prefix, { recursive: true, force: true }));
  return waitForHttp(url, child, () => output).then(
    () => ({ url, origin: new URL(url).origin, stop }),
    async (error) => {
      await stop();
      throw new Error(`${command} did not start: ${error.message}`);
    },
  );
}

/**
 * Starts nginx on `root` with deploy/nginx/digital-sanctuary.conf.
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export async function startNginx(root) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
  const prefix = await mkdtemp(join(tmpdir(), 'ds-nginx-'));
  for (const dir of ['logs', 'temp']) await mkdir(join(prefix, dir));
  const port = await freePort();
  const brotli = nginxHasBrotli();
  await writeFile(join(prefix, 'site.conf'), await nginxSite(root, port, { brotli }));
  const mimeTypes = which('/etc/nginx/mime.types');
  await writeFile(
    join(prefix, 'nginx.conf'),
    [
      brotli ? `load_module ${BROTLI_MODULE};` : '',
      'daemon off;',
      // Started by root, nginx's workers would run as `nobody`, who cannot read the tests'
      // private temporary folders: run them as whoever runs the tests.
      isRoot() ? `user ${userInfo().username};` : '',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      mimeTypes ? `  include ${mimeTypes};` : '',
      '  default_type application/octet-stream;',
      '  sendfile on;',
      `  access_log ${prefix}/logs/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${prefix}/temp/${kind};`,
      ),
      `  include ${prefix}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const url = `http://localhost:${port}/`;
  return startChild(
    nginx,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')],
    url,
    prefix,
  );
}

/**
 * Starts Caddy on `root` with deploy/caddy/Caddyfile (its site address and root changed).
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export async function startCaddy(root) {
  const caddy = findCaddy();
  if (!caddy) throw new Error('caddy is not installed (Debian: apt-get install caddy)');
  const prefix = await mkdtemp(join(tmpdir(), 'ds-caddy-'));
  const port = await freePort();
  let file = await readFile(CADDYFILE, 'utf8');
  file = replaceLine(file, /^example\.org \{$/, `http://localhost:${port} {`, CADDYFILE);
  file = replaceLine(file, /^\s*root \* \S+$/, `\troot * ${resolve(root)}`, CADDYFILE);
  // No admin endpoint, no automatic HTTPS, storage in the prefix: nothing outside it is touched.
  file = `{\n\tadmin off\n\tauto_https off\n\tstorage file_system ${prefix}/data\n}\n\n${file}`;
  await writeFile(join(prefix, 'Caddyfile'), file);
  const env = { XDG_DATA_HOME: prefix, XDG_CONFIG_HOME: prefix, HOME: prefix };
  const url = `http://localhost:${port}/`;
  const args = ['run', '--config', join(prefix, 'Caddyfile'), '--adapter', 'caddyfile'];
  return startChild(caddy, args, url, prefix, env);
}
