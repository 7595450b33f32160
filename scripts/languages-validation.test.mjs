// Run by `npm test` with node's test runner. A row's shape (names, dir, a known script, English
// first) is the schema's (schema-validation.test.mjs).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateLanguages, validateLanguagesInRepo } from './languages-validation.mjs';

const css = `[data-script='Arab'] { font-family: 'Noto Naskh Arabic'; }
  [data-script='Aran'] { font-family: 'Noto Nastaliq Urdu'; }
  [data-script='Beng'] { line-height: 1.7; }`;
const row = (code, extra = {}) => ({
  code,
  nativeName: code.toUpperCase(),
  englishName: code,
  dir: 'ltr',
  script: 'Latn',
  ...extra,
});
const files = (codes) => ({
  'public/i18n': codes,
  'public/content': codes,
  'public/letters': codes,
});

test('the shipped languages.json agrees with the files and the font rules', () => {
  assert.deepEqual(validateLanguagesInRepo(), []);
});

test('a language with a row but no files, or files but no row, is half added', () => {
  const errors = validateLanguages([row('en'), row('so')], {
    files: { ...files(['en', 'so']), 'public/letters': ['en', 'vi'] },
    css,
  });
  assert.deepEqual(errors, [
    'public/letters/so.json: missing',
    'public/letters/vi.json: not listed in languages.json',
  ]);
});

test('a script needs a font rule unless the phone draws it, a locale must be real, a code once', () => {
  const errors = validateLanguages(
    [
      row('en'),
      row('ur', { dir: 'rtl', script: 'Aran' }),
      row('bn', { script: 'Beng' }),
      row('uk', { script: 'Cyrl', locale: 'not a locale!' }),
      row('en'),
    ],
    { files: files(['en', 'ur', 'bn', 'uk']), css },
  );
  assert.deepEqual(errors, [
    "languages.json[2].script: src/styles.css has no [data-script='Beng'] font-family",
    'languages.json[3].locale: "not a locale!" is not a locale this runtime knows',
    'languages.json[4].code: "en" is listed twice',
  ]);
});

test('every language in languages.json needs a letters file, even before its interface file', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'languages-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  /** @param {string} path @param {unknown} data */
  const write = (path, data) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), JSON.stringify(data));
  };
  write('src/app/core/i18n/languages.json', [row('en'), row('ar', { script: 'Arab' }), row('so')]);
  writeFileSync(join(root, 'src/styles.css'), css);
  for (const code of ['en', 'ar', 'so']) write(`public/content/${code}.json`, {});
  for (const code of ['en', 'ar']) write(`public/letters/${code}.json`, {});
  for (const code of ['en', 'ar']) write(`public/i18n/${code}.json`, {});
  assert.deepEqual(validateLanguagesInRepo(root), [
    'public/i18n/so.json: missing',
    'public/letters/so.json: missing',
  ]);
});
