import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { englishLeft, englishLeftInRepo } from './english-left.mjs';

test('no shipped translation has a sentence left in English', () => {
  assert.deepEqual(englishLeftInRepo(), []);
});

test('a sentence left in English is found; single terms and placeholders pass', () => {
  const english = {
    app: { name: 'Digital Sanctuary' },
    a: { b: 'Open it once with internet.', c: 'eVisa', d: '{{count}}', e: 'Exit' },
    list: ['Keep a copy.', 'NRPF'],
  };
  const translated = {
    app: { name: 'Digital Sanctuary' },
    a: { b: 'Open it once with internet.', c: 'eVisa', d: '{{count}}', e: 'Sortir' },
    list: ['Gardez une copie.', 'NRPF'],
  };
  assert.deepEqual(englishLeft(english, translated), ['a.b']);
});

test('a list entry left in English is found by its place in the list', () => {
  const english = {
    tip: { steps: ['Lock your phone.', 'Keep a copy.'], links: [{ t: 'Read more here.' }] },
  };
  const translated = {
    tip: {
      steps: ['Verrouillez votre téléphone.', 'Keep a copy.'],
      links: [{ t: 'Read more here.' }],
    },
  };
  assert.deepEqual(englishLeft(english, translated), ['tip.steps.1', 'tip.links.0.t']);
});

test('a folder without English cannot be checked, and says so', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'english-left-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  for (const folder of ['public/i18n', 'public/content', 'public/letters'])
    mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'public/i18n/fr.json'), '{"a":"Open it once with internet."}');
  assert.deepEqual(englishLeftInRepo(root), [
    'public/i18n/en.json: (file): English is required',
    'public/content/en.json: (file): English is required',
    'public/letters/en.json: (file): English is required',
  ]);
});
