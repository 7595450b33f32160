// Run by `npm test` with node's test runner: broken letter texts fail with file and field named.
// Empty texts and unbracketed placeholders are the schema's (schema-validation.test.mjs); a
// missing language file is languages-validation.test.mjs's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateLetters, validateLettersDir } from './letters-validation.mjs';

const en = JSON.parse(readFileSync('public/letters/en.json', 'utf8'));
const ar = JSON.parse(readFileSync('public/letters/ar.json', 'utf8'));

test('the shipped letter texts are valid, in every language', () => {
  assert.deepEqual(validateLettersDir(), []);
});

/** @type {[string, (files: any) => unknown, RegExp][]} */
const broken = [
  [
    'a missing text',
    (f) => delete f.ar.texts['hoSar.intro'],
    /ar\.json: texts\.hoSar\.intro: missing/,
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
    'an unknown text id',
    (f) => (f.ar.texts['hoSar.extra'] = 'x'),
    /texts\.hoSar\.extra: not in en\.json/,
  ],
];

for (const [label, breakIt, expected] of broken) {
  test(`reports ${label}`, () => {
    const files = { en: structuredClone(en), ar: structuredClone(ar) };
    breakIt(files);
    const errors = validateLetters(files);
    assert.ok(
      errors.some((e) => expected.test(e)),
      `expected ${expected} in:\n${errors.join('\n')}`,
    );
  });
}
