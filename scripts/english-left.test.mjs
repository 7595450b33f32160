import assert from 'node:assert/strict';
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
