// Run by `npm test` with node's test runner. A row's shape (names, dir, a known script, English
// first) is the schema's (schema-validation.test.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateLanguages, validateLanguagesInRepo } from './languages-validation.mjs';

const css = "[data-script='Arab'] {} [data-script='Aran'] {}";
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
    "languages.json[2].script: src/styles.css has no [data-script='Beng'] rule",
    'languages.json[3].locale: "not a locale!" is not a locale this runtime knows',
    'languages.json[4].code: "en" is listed twice',
  ]);
});
