import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildFolder as build } from './build-folder.mjs';
import { checkLanguagePages, fileLanguagePages } from './language-pages.mjs';
import { acceptedLanguages, pageLanguage } from '../server/page-language.mjs';

test('each page rendered from ?lang= is filed beside its English page, home included', async () => {
  const dir = build({
    'index.html': 'home en',
    '?lang=ar/index.html': 'home ar',
    'tips/x/index.html': 'x en',
    'tips/x?lang=ckb/index.html': 'x ckb',
    'tips?lang=ar/index.html': 'tips ar',
    'tips/index.html': 'tips en',
    'media/font.woff2': 'font',
  });
  const filed = await fileLanguagePages(dir);
  assert.deepEqual(filed.sort(), ['index.ar.html', 'tips/index.ar.html', 'tips/x/index.ckb.html']);
  assert.equal(readFileSync(join(dir, 'index.ar.html'), 'utf8'), 'home ar');
  assert.equal(readFileSync(join(dir, 'tips/x/index.ckb.html'), 'utf8'), 'x ckb');
  assert.equal(readFileSync(join(dir, 'tips/index.html'), 'utf8'), 'tips en');
  for (const gone of ['?lang=ar', 'tips/x?lang=ckb', 'tips?lang=ar'])
    assert.equal(existsSync(join(dir, gone)), false, gone);
  // Run again on the filed build: nothing left to move.
  assert.deepEqual(await fileLanguagePages(dir), []);
});

test('a page with no English page beside it fails the build: no host would send it', async () => {
  const dir = build({ 'guides/y?lang=fa/index.html': 'y fa' });
  await assert.rejects(fileLanguagePages(dir), /guides\/y\?lang=fa: no English page/);
});

test('a build missing a page in a language, or with one that says the wrong thing, fails', async () => {
  const html = (lang, page, languages = 'en ar fa') =>
    `<!DOCTYPE html><html lang="${lang}" dir="ltr" data-page="${page}" data-languages="${languages}">`;
  const dir = build({
    'index.html': html('en', ''),
    'index.ar.html': html('ar', ''),
    'tips/x/index.html': html('en', '/tips/x'),
    'tips/x/index.ar.html': html('ar', '/tips/x'),
    'tips/x/index.fa.html': html('en', '/tips/x'),
  });
  const check = () => checkLanguagePages(dir, ['ar', 'fa']);
  await assert.rejects(
    check(),
    /^Error: language pages: index\.fa\.html is missing, tips\/x\/index\.fa\.html is lang="en" for "\/tips\/x" among "ar en fa"$/,
  );
  writeFileSync(join(dir, 'index.fa.html'), html('fa', ''));
  // Every page for one address (a render that ignored the route) is caught, English too.
  writeFileSync(join(dir, 'tips/x/index.html'), html('en', ''));
  writeFileSync(join(dir, 'tips/x/index.fa.html'), html('fa', ''));
  await assert.rejects(check(), /tips\/x\/index\.html is lang="en" for ""/);
  writeFileSync(join(dir, 'tips/x/index.html'), html('en', '/tips/x'));
  writeFileSync(join(dir, 'tips/x/index.fa.html'), html('fa', '/tips/x', 'en fa'));
  await assert.rejects(check(), /index\.fa\.html is lang="fa" for "\/tips\/x" among "en fa"$/);
  writeFileSync(join(dir, 'tips/x/index.fa.html'), html('fa', '/tips/x'));
  await check();
});

test('Accept-Language: best first, by q then by order; q=0 and * refuse', () => {
  assert.deepEqual(acceptedLanguages('fa;q=0.5, ar-SY, en;q=0.8, de;q=0, *;q=0.1'), [
    'ar-SY',
    'en',
    'fa',
  ]);
  assert.deepEqual(acceptedLanguages(''), []);
  assert.deepEqual(acceptedLanguages(undefined), []);
});

test("the page's language: the link's, else the phone's in order, else English, as the app chooses", () => {
  const built = new Set(['ar', 'fa', 'ckb', 'prs', 'csr']);
  const shipped = new Set(['en', 'ar', 'fa', 'ckb', 'prs']);
  const choose = (query, acceptLanguage) =>
    pageLanguage({ query, acceptLanguage, shipped, hasPage: (code) => built.has(code) });
  assert.equal(choose('ar', 'fa'), 'ar');
  assert.equal(choose('AR_sy', 'fa'), 'ar');
  assert.equal(choose('en', 'ar'), 'en');
  assert.equal(choose(null, 'fa-IR,fa;q=0.9'), 'fa');
  // Not shipped, so the next language on the phone's list.
  assert.equal(choose('de', 'de-DE,ckb;q=0.5'), 'ckb');
  assert.equal(choose(null, 'en-GB,ar;q=0.5'), 'en');
  assert.equal(choose(null, 'so'), 'en');
  assert.equal(choose(null, undefined), 'en');
  // Exact before the first part: a shipped `prs`, not some `pr`.
  assert.equal(choose('prs', ''), 'prs');
  // Another file of the build whose name looks like a code (the shell, index.csr.html) is not a page.
  assert.equal(choose('csr', 'fa'), 'fa');
  // Nothing but a shipped code reaches a file name, and a long header costs at most ten checks.
  const asked = [];
  pageLanguage({
    query: '../../etc/passwd',
    acceptLanguage: ['ar/../x', 'fa-IR', 'fa-AF', ...Array(3000).fill('fa')].join(','),
    shipped: new Set(['fa']),
    hasPage: (code) => (asked.push(code), false),
  });
  assert.deepEqual(asked, ['fa']);
});
