// Run by `npm test` with node's test runner: the one "matches English" check, on the shipped
// interface files and on each kind of breakage a translator can make. Empty texts and texts that
// are not text are the schema's (schema-validation.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateInterface, validateInterfaceDir } from './i18n-validation.mjs';
import { flatten, matchesEnglish } from './matches-english.mjs';

const en = JSON.parse(readFileSync('public/i18n/en.json', 'utf8'));
const ar = JSON.parse(readFileSync('public/i18n/ar.json', 'utf8'));

test('every shipped interface file matches English', () => {
  assert.deepEqual(validateInterfaceDir(), []);
});

/** @type {[string, (files: any) => unknown, RegExp][]} */
const broken = [
  ['a missing key', (f) => delete f.ar.nav.tips, /^ar\.json: nav\.tips: missing$/],
  [
    'a key English does not have',
    (f) => (f.ar.nav.extra = 'x'),
    /^ar\.json: nav\.extra: not in en\.json$/,
  ],
  [
    'a lost placeholder',
    (f) => (f.ar.tips.number = 'نصيحة'),
    /^ar\.json: tips\.number: placeholders \(none\) differ from English \{\{number\}\}$/,
  ],
  [
    'a translated placeholder',
    (f) => (f.ar.tips.number = 'نصيحة {{رقم}}'),
    /^ar\.json: tips\.number: placeholders \{\{رقم\}\} differ from English \{\{number\}\}$/,
  ],
  [
    'a placeholder spelled with spaces',
    (f) => (f.ar.tips.number = 'نصيحة {{ number }}'),
    /^ar\.json: tips\.number: placeholders \{\{ number \}\} differ/,
  ],
  [
    'a plural form for "few" without its count',
    (f) => (f.ar.changes.since.few = 'تغيّرت أشياء'),
    /^ar\.json: changes\.since\.few: placeholders \(none\) differ/,
  ],
  [
    'a group where English has text',
    (f) => (f.ar.nav.tips = { a: 'x' }),
    /^ar\.json: nav\.tips: a group of texts, where English has text$/,
  ],
];

for (const [label, breakIt, expected] of broken) {
  test(`reports ${label}`, () => {
    const files = { en: structuredClone(en), ar: structuredClone(ar) };
    breakIt(files);
    const errors = validateInterface(files);
    assert.ok(
      errors.some((e) => expected.test(e)),
      `expected ${expected} in:\n${errors.join('\n')}`,
    );
  });
}

test("English is the original; which statuses exist is the schema's", () => {
  const files = { en: structuredClone(en), ar: structuredClone(ar) };
  assert.deepEqual(validateInterface(files), []);
  files.en.meta.translation = 'machine-assisted';
  assert.deepEqual(validateInterface(files), [
    'en.json: meta.translation: English is the original',
  ]);
});

test('the plural forms for none, one and two may spell the number out', () => {
  const english = { since: { two: '{{count}} things changed', other: '{{count}} things changed' } };
  assert.deepEqual(
    matchesEnglish({ since: { two: 'تغيّر شيئان', other: '{{count}} things' } }, english, {
      file: 'ar.json',
    }),
    [],
  );
  // Spelled out, but not with a placeholder English does not have.
  assert.deepEqual(
    matchesEnglish({ since: { two: '{{total}}', other: '{{count}}' } }, english, {
      file: 'ar.json',
    }),
    ['ar.json: since.two: placeholders {{total}} differ from English {{count}}'],
  );
});

test('lists keep the length English gives them', () => {
  assert.deepEqual(
    matchesEnglish(
      { steps: ['a', 'b'] },
      { steps: ['a', 'b', 'c'] },
      { file: 'fa.json', field: 'tips.x' },
    ),
    ['fa.json: tips.x.steps: 2 entries, English has 3'],
  );
});

test('flatten gives a.b.c keys', () => {
  assert.deepEqual(
    [...flatten({ a: { b: { c: 'x' } }, d: 'y' })],
    [
      ['a.b.c', 'x'],
      ['d', 'y'],
    ],
  );
});

test('flatten numbers the entries of a list, and of lists of groups', () => {
  const tip = { steps: ['Lock it.', 'Back it up.'], links: [{ title: 'ICO' }], none: [] };
  assert.deepEqual(
    [...flatten({ tip })],
    [
      ['tip.steps.0', 'Lock it.'],
      ['tip.steps.1', 'Back it up.'],
      ['tip.links.0.title', 'ICO'],
    ],
  );
});
