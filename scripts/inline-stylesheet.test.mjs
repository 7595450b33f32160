import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildFolder as build } from './build-folder.mjs';
import { inlineStylesheet } from './inline-stylesheet.mjs';

const LINK = '<link rel="stylesheet" href="styles-AB12CD34.css">';
const page = (body) => `<!DOCTYPE html><html><head>${LINK}</head><body>${body}</body></html>`;

test('every prerendered page, in every language, carries the stylesheet; the shell links it', async () => {
  const css = 'a{color:red}b::after{content:"$&"}';
  const dir = build({
    'styles-AB12CD34.css': css,
    'index.csr.html': page('shell'),
    'index.html': page('home'),
    'index.ar.html': page('home ar'),
    'tips/x/index.html': page('x'),
    'tips/x/index.ckb.html': page('x ckb'),
    'media/font.woff2': 'font',
  });
  const inlined = await inlineStylesheet(dir);
  assert.deepEqual(inlined.sort(), [
    'index.ar.html',
    'index.html',
    'tips/x/index.ckb.html',
    'tips/x/index.html',
  ]);
  const x = readFileSync(join(dir, 'tips/x/index.ckb.html'), 'utf8');
  assert.equal(
    x,
    page('x ckb').replace(LINK, () => `<style data-inlined="styles-AB12CD34.css">${css}</style>`),
  );
  assert.equal(readFileSync(join(dir, 'index.csr.html'), 'utf8'), page('shell'));
  // Run again on the same build: nothing changes.
  assert.deepEqual(await inlineStylesheet(dir), []);
  assert.equal(readFileSync(join(dir, 'tips/x/index.ckb.html'), 'utf8'), x);
});

test('a page without the link, or a stylesheet that could close <style>, fails the build', async () => {
  const missing = build({
    'styles-AB12CD34.css': 'a{}',
    'index.csr.html': page('shell'),
    'guides/y/index.fa.html': '<html><head></head></html>',
  });
  await assert.rejects(inlineStylesheet(missing), /guides\/y\/index\.fa\.html does not link/);
  const closing = build({
    'styles-AB12CD34.css': 'a::after{content:"</style><script>"}',
    'index.csr.html': page('shell'),
    'index.html': page('home'),
  });
  await assert.rejects(inlineStylesheet(closing), /holds "<\/style"/);
});
