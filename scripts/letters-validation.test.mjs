// Run by `npm test` with node's test runner: broken letter texts fail with file and field named.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { validateLetters, validateLettersDir } from './letters-validation.mjs';

const en = JSON.parse(readFileSync('public/letters/en.json', 'utf8'));
const ar = JSON.parse(readFileSync('public/letters/ar.json', 'utf8'));

test('the shipped letter texts are valid, in every language', () => {
  assert.deepEqual(validateLettersDir(), []);
});

/** @type {[string, (files: any) => unknown, RegExp][]} */
const broken = [
  ['a missing language', (f) => delete f.ar, /ar\.json: \(file\): missing/],
  [
    'a missing text',
    (f) => delete f.ar.texts['hoSar.intro'],
    /ar\.json: texts\.hoSar\.intro: missing/,
  ],
  [
    'an empty text',
    (f) => (f.ar.texts['common.thanks'] = ' '),
    /ar\.json: texts\.common\.thanks: empty/,
  ],
  [
    'a lost slot',
    (f) => (f.ar.texts['common.nameItem'] = 'الاسم'),
    /ar\.json: texts\.common\.nameItem: placeholders \(none\) differ from English \{\{fullName\}\}/,
  ],
  [
    'a translated slot name',
    (f) => (f.ar.texts['common.nameItem'] = '{{الاسم}}'),
    /ar\.json: texts\.common\.nameItem: placeholders \{\{الاسم\}\} differ/,
  ],
  [
    'a placeholder without brackets',
    (f) => (f.ar.placeholders.fullName = 'اسمك'),
    /ar\.json: placeholders\.fullName: "اسمك" must be one \[bracketed\] phrase/,
  ],
  [
    'an unknown text id',
    (f) => (f.ar.texts['hoSar.extra'] = 'x'),
    /texts\.hoSar\.extra: not in en\.json/,
  ],
];

for (const [label, breakIt, expected] of broken) {
  test(`reports ${label}`, () => {
    const files = { en: structuredClone(en), ar: structuredClone(ar) };
    breakIt(files);
    const errors = validateLetters(files, ['en', 'ar']);
    assert.ok(
      errors.some((e) => expected.test(e)),
      `expected ${expected} in:\n${errors.join('\n')}`,
    );
  });
}

test('every language in languages.json needs a letters file, even before its interface file', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'letters-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'src/app/core/i18n'), { recursive: true });
  writeFileSync(
    join(root, 'src/app/core/i18n/languages.json'),
    JSON.stringify([{ code: 'en' }, { code: 'ar' }, { code: 'so' }]),
  );
  const letters = join(root, 'public/letters');
  mkdirSync(letters, { recursive: true });
  writeFileSync(join(letters, 'en.json'), JSON.stringify(en));
  writeFileSync(join(letters, 'ar.json'), JSON.stringify(ar));
  assert.deepEqual(validateLettersDir(letters, root), ['so.json: (file): missing']);
});
