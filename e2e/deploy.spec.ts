import { Response } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../server/security-headers.mjs';
import { PAGES } from './app-pages';
import { BUILD_DIR, expect, test } from './fixtures';
import { driverState, waitUntilOfflineReady } from './helpers/service-worker';

// The rules every host must follow (README, "Deploying on any static host"), checked on the
// project's server: server/serve.mjs, or nginx and Caddy with the configuration in deploy/.

const NO_STORE = /no-cache/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  }
}

/** The build's ngsw.json: every file the worker caches, with its SHA-1. */
async function builtManifest(): Promise<{ hashTable: Record<string, string> }> {
  return JSON.parse(await readFile(join(BUILD_DIR, 'ngsw.json'), 'utf8'));
}

test('every response the app gets from the host carries the security headers', async ({
  page,
  context,
  server,
}) => {
  const responses: Response[] = [];
  context.on('response', (response) => {
    if (response.url().startsWith(server.origin) && !response.fromServiceWorker())
      responses.push(response);
  });
  await page.goto(server.url);
  await waitUntilOfflineReady(page);
  for (const { path } of PAGES.slice(0, 4)) {
    await page.goto(`${server.origin}${path}?lang=ar`);
    await expect(page.locator('main h1')).toBeVisible();
  }
  expect(await driverState(page)).toContain('Driver state: NORMAL');

  const seen = new Set<string>();
  for (const response of responses) {
    const path = new URL(response.url()).pathname;
    seen.add(path);
    expectSecurityHeaders(await response.allHeaders(), path);
  }
  // The worker's own fetches are there too: the manifest, bundles, and the languages' files.
  expect([...seen]).toEqual(
    expect.arrayContaining(['/', '/ngsw-worker.js', '/ngsw.json', '/i18n/ar.json']),
  );
  expect([...seen].some((path) => /^\/main-[\w-]{8}\.js$/.test(path))).toBe(true);
});

test('real 404s for missing files, the app for pages, and the cache rules', async ({ server }) => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(server.origin + path, { headers });
  for (const missing of [
    '/chunk-DOESNOTEXIST.js',
    '/main-ABCDEFGH.js',
    '/content/xx.json',
    '/tips%3F.js',
  ]) {
    const response = await get(missing);
    expect(response.status, missing).toBe(404);
    expect(await response.text(), missing).not.toContain('<app-root>');
    expectSecurityHeaders(Object.fromEntries(response.headers), missing);
    // A 404 for a hashed name must not be cached for a year.
    expect(response.headers.get('cache-control') ?? '', missing).not.toContain('immutable');
  }
  // A page the build prerendered comes with its text; any other page is the shell.
  const pages = {
    '/tips/anything': '<app-root></app-root>',
    '/notes': '<app-root></app-root>',
    '/notes/': '<app-root></app-root>',
    '/share/pack': '<app-root></app-root>',
    '/': 'ng-server-context="ssg"',
    '/tips/protect-your-phone': '>Protect your phone and accounts</h1>',
    '/guides/subject-access-request': 'ng-server-context="ssg"',
  };
  for (const [page, holds] of Object.entries(pages)) {
    const response = await get(page);
    expect(response.status, page).toBe(200);
    expect(response.headers.get('content-type'), page).toMatch(/^text\/html/);
    expect(await response.text(), page).toContain(holds);
    expect(response.headers.get('cache-control'), page).toMatch(NO_STORE);
    expectSecurityHeaders(Object.fromEntries(response.headers), page);
  }
  // Home, like the shell, is never kept: a kept copy would point at bundles a deploy removed.
  expect((await get('/')).headers.get('cache-control')).toContain('no-store');
  const files = ['/ngsw.json', '/ngsw-worker.js', '/index.html', '/index.csr.html'];
  for (const file of [...files, '/safety-worker.js']) {
    const response = await get(file);
    expect(response.status, file).toBe(200);
    expect(response.headers.get('cache-control'), file).toContain('no-cache');
  }
  const manifest = await builtManifest();
  // Every bundle and font: main, and the chunks, whose names come from esbuild or Rollup.
  const hashed = Object.keys(manifest.hashTable).filter((url) =>
    /^\/(main|chunk|styles|media\/.*)-.{8}\.(js|css|woff2?)$/.test(url),
  );
  expect(hashed.length).toBeGreaterThan(20);
  for (const url of hashed) {
    const bundle = await get(url);
    expect(bundle.headers.get('cache-control'), url).toBe(IMMUTABLE);
    if (url.endsWith('.js')) expect(bundle.headers.get('content-type'), url).toMatch(/javascript/);
  }
  // Every other file may change under the same name: never kept for a year.
  const others = Object.keys(manifest.hashTable).filter((url) => !hashed.includes(url));
  expect(others).toEqual(expect.arrayContaining(['/contrast.css', '/i18n/en.json']));
  for (const url of others) {
    // Headers only: the bodies (about 3 MB in all) are not what is checked here.
    const response = await fetch(server.origin + url, { method: 'HEAD' });
    expect(response.status, url).toBe(200);
    expect(response.headers.get('cache-control') ?? '', url).not.toContain('immutable');
  }
  const webManifest = await get('/manifest.webmanifest');
  expect(webManifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
});

test("a prerendered page comes in the link's language, else the phone's first, else English", async ({
  server,
}) => {
  const pageLanguage = async (path: string, acceptLanguage: string) => {
    const response = await fetch(server.origin + path, {
      headers: { 'accept-language': acceptLanguage },
    });
    expect(response.status, path).toBe(200);
    // No cache may hand one reader's language to another.
    expect(response.headers.get('vary') ?? '', path).toMatch(/accept-language/i);
    expect(response.headers.get('cache-control'), path).toMatch(NO_STORE);
    expectSecurityHeaders(Object.fromEntries(response.headers), path);
    return /^<!DOCTYPE html><html lang="([\w-]+)"/i.exec(await response.text())?.[1];
  };
  for (const path of ['/', '/tips/protect-your-phone', '/guides/subject-access-request/']) {
    expect(await pageLanguage(path, 'ar'), path).toBe('ar');
    expect(await pageLanguage(path, 'fa-IR,fa;q=0.9,en;q=0.8'), path).toBe('fa');
    expect(await pageLanguage(path, 'en-GB,ar;q=0.5'), path).toBe('en');
    expect(await pageLanguage(path, ''), path).toBe('en');
    expect(await pageLanguage(`${path}?lang=ti`, 'ar'), path).toBe('ti');
    expect(await pageLanguage(`${path}?lang=en`, 'ar'), path).toBe('en');
    // A language the app does not ship, or a link made to reach another file: the phone decides.
    expect(await pageLanguage(`${path}?lang=de`, 'ckb'), path).toBe('ckb');
    expect(await pageLanguage(`${path}?lang=..%2F..%2Findex`, 'ckb'), path).toBe('ckb');
    expect(await pageLanguage(`${path}?lang=ar/../../x`, 'en'), path).toBe('en');
  }
  // Pages the build did not prerender are the shell, in any language.
  const shell = await fetch(`${server.origin}/notes?lang=ar`, {
    headers: { 'accept-language': 'ar' },
  });
  expect(await shell.text()).toContain('<app-root></app-root>');
});

test("ngsw.json hashes every file as the host sends it, and main carries V8's compile hint", async ({
  server,
}) => {
  const manifest = await builtManifest();
  for (const [url, hash] of Object.entries(manifest.hashTable)) {
    const body = Buffer.from(await (await fetch(server.origin + url)).arrayBuffer());
    expect(createHash('sha1').update(body).digest('hex'), url).toBe(hash);
    if (/^\/main-[\w-]{8}\.js$/.test(url)) {
      expect(body.toString('utf8', 0, 40), url).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
    }
  }
});

test('precompressed files are sent by encoding, decode to the very bytes ngsw.json hashes', async ({
  server,
}) => {
  const manifest = await builtManifest();
  const main = Object.keys(manifest.hashTable).find((url) => /^\/main-[\w-]{8}\.js$/.test(url))!;
  for (const path of [main, '/index.html', '/ngsw.json', '/i18n/ar.json']) {
    expect(
      existsSync(join(BUILD_DIR, `${path}.br`)),
      `${path}.br: build with \`npm run build\` (scripts/build.mjs), not a bare \`ng build\``,
    ).toBe(true);
    const original = await readFile(join(BUILD_DIR, path));
    for (const [accept, encoding, decode] of [
      ['br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['gzip, deflate, br', 'br', brotliDecompressSync],
    ] as const) {
      // Node's http module, not fetch: fetch would decode the body before we could look at it.
      const { headers, body } = await rawGet(server.origin + path, accept);
      expect(headers['content-encoding'], `${path} for ${accept}`).toBe(encoding);
      expect(headers['vary'] ?? '', path).toMatch(/accept-encoding/i);
      expect(headers['content-type'], path).not.toMatch(/brotli|gzip|octet/);
      if (headers['content-length'])
        expect(Number(headers['content-length']), path).toBe(body.length);
      expect(Buffer.compare(decode(body), original), `${path} decoded (${accept})`).toBe(0);
    }
    const plain = await rawGet(server.origin + path, 'identity');
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(Buffer.compare(plain.body, original), path).toBe(0);
  }
});

async function rawGet(
  url: string,
  acceptEncoding: string,
): Promise<{ headers: Record<string, string | undefined>; body: Buffer }> {
  const { get } = await import('node:http');
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          headers: response.headers as Record<string, string | undefined>,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

test('About names the app version, the content version and the day of the build', async ({
  page,
  server,
}) => {
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  const meta = JSON.parse(await readFile(join(BUILD_DIR, 'content', 'meta.json'), 'utf8')) as {
    contentVersion: string;
  };
  await page.goto(`${server.origin}/about?lang=en`);
  await expect(page.getByTestId('app-version')).toHaveText(pkg.version);
  await expect(page.getByTestId('content-version')).toHaveText(meta.contentVersion);
  // scripts/build.mjs stamps the build's day (UTC); the test runs on the day of its build or later.
  const built = await page.getByTestId('build-date').textContent();
  const day = new Date(`${built} UTC`);
  expect(Number.isNaN(day.getTime()), `"${built}" is a date`).toBe(false);
  expect(day.getTime()).toBeLessThanOrEqual(Date.now());
  expect(Date.now() - day.getTime()).toBeLessThan(7 * 24 * 3600 * 1000);
});
