// Run by `npm test` with node's test runner: how scripts/ finds language files.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { languageCodesIn, languageFiles, shippedLanguageCodes } from './language-files.mjs';

/**
 * A folder holding the given files, removed when the test ends.
 * @param {import('node:test').TestContext} t
 * @param {Record<string, string>} files names and contents
 */
function folderWith(t, files) {
  const dir = mkdtempSync(join(tmpdir(), 'language-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('lists language files by code, not the files every language shares', (t) => {
  const dir = folderWith(t, {
    'kmr.json': '{}',
    'en.json': '{}',
    'pt-BR.json': '{}',
    'meta.json': '{}',
    'search-terms.json': '{}',
    'fa.json.bak': '{',
    'ar.txt': '',
  });
  assert.deepEqual(languageCodesIn(dir), ['en', 'kmr', 'pt-BR']);
});

test('a folder that does not exist has no language files', () => {
  assert.deepEqual(languageCodesIn(join(tmpdir(), 'no-such-folder-for-language-files')), []);
});

test('reads each language file, parsed, by code', (t) => {
  const dir = folderWith(t, {
    'en.json': '{"hello":"Hello"}',
    'kmr.json': '{"hello":"Silav"}',
    'meta.json': '{"versions":[]}',
  });
  assert.deepEqual(languageFiles(dir), { en: { hello: 'Hello' }, kmr: { hello: 'Silav' } });
});

test('a broken language file throws rather than being skipped', (t) => {
  const dir = folderWith(t, { 'fa.json': '{"hello":' });
  assert.throws(() => languageFiles(dir), SyntaxError);
});

test('the shipped languages: English first, each once, each with an interface file', () => {
  const codes = shippedLanguageCodes();
  assert.equal(codes[0], 'en');
  assert.equal(new Set(codes).size, codes.length);
  assert.deepEqual([...codes].sort(), languageCodesIn('public/i18n'));
});
