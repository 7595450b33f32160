import assert from 'node:assert/strict';
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

test('a row needs both names, a direction, a script with a font rule and a real locale', () => {
  const errors = validateLanguages(
    [
      row('en'),
      row('ur', { englishName: ' ', dir: 'rtl', script: 'Aran' }),
      row('bn', { script: 'Beng' }),
      row('xx', { script: 'Klingon', dir: 'down', locale: 'not a locale!' }),
      row('en'),
    ],
    { files: files(['en', 'ur', 'bn', 'xx']), css },
  );
  assert.deepEqual(errors, [
    'languages.json[1].englishName: missing',
    "languages.json[2].script: src/styles.css has no [data-script='Beng'] font-family",
    'languages.json[3].dir: must be "ltr" or "rtl"',
    'languages.json[3].script: "Klingon" has no font rule',
    'languages.json[3].locale: "not a locale!" is not a locale this runtime knows',
    'languages.json[4].code: "en" is listed twice',
  ]);
});

test('English comes first: it is the fallback and the original', () => {
  assert.deepEqual(validateLanguages([row('fr'), row('en')], { files: files(['fr', 'en']), css }), [
    'languages.json[0]: English must come first',
  ]);
});
