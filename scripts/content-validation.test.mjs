// Run by `npm test` with node's test runner: broken content must fail with file and field named.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateContent, validateContentDir, validateSearchTerms } from './content-validation.mjs';

const meta = JSON.parse(readFileSync('public/content/meta.json', 'utf8'));
const en = JSON.parse(readFileSync('public/content/en.json', 'utf8'));
const searchTerms = JSON.parse(readFileSync('public/content/search-terms.json', 'utf8'));
const clone = (value) => structuredClone(value);

test('the shipped content is valid', () => {
  assert.deepEqual(validateContentDir(), []);
});

const broken = [
  [
    'an empty step',
    (m, t) => (t.en.tips[m.tips[0].id].steps[0] = ' '),
    /en\.json: tips\.[a-z-]+\.steps\[0\]: empty text/,
  ],
  [
    'a missing tip text',
    (m, t) => delete t.en.tips[m.tips[1].id],
    /en\.json: tips\.[a-z-]+: missing/,
  ],
  [
    'a future date',
    (m) => (m.guides[0].checkedOn = '2999-01-01'),
    /meta\.json: guides\[0\]\.checkedOn: 2999-01-01 is in the future/,
  ],
  [
    'an impossible date',
    (m) => (m.tips[0].checkedOn = '2025-02-30'),
    /meta\.json: tips\[0\]\.checkedOn: "2025-02-30" is not a valid date/,
  ],
  [
    'an http source',
    (m) => (m.tips[0].sources[0].url = 'http://example.org'),
    /meta\.json: tips\[0\]\.sources\[0\]\.url: "http:\/\/example\.org" is not https/,
  ],
  [
    'a phone you cannot dial',
    (m) => (m.contacts.find((c) => c.phones.length).phones[0].tel = '0800 FREE'),
    /meta\.json: contacts\[\d+\]\.phones\[0\]\.tel: "0800 FREE" is not dialable/,
  ],
  [
    'a bad email',
    (m) => (m.contacts.find((c) => c.email).email = 'help at example'),
    /meta\.json: contacts\[\d+\]\.email: "help at example" is not an email address/,
  ],
  [
    'a related id that does not exist',
    (m) => (m.tips[0].related.guides = ['no-such-guide']),
    /meta\.json: tips\[0\]\.related\.guides: unknown id "no-such-guide"/,
  ],
  [
    'a duplicate id',
    (m) => (m.guides[1].id = m.guides[0].id),
    /meta\.json: guides\[1\]\.id: "[a-z-]+" is used twice/,
  ],
  [
    'a share code used twice',
    (m) => (m.contacts[3].shareCode = m.contacts[2].shareCode),
    /meta\.json: contacts\[3\]\.shareCode: \d+ is used twice/,
  ],
  [
    'a missing share code',
    (m) => delete m.guides[2].shareCode,
    /meta\.json: guides\[2\]\.shareCode: undefined is not a whole number/,
  ],
  [
    '999 not urgent',
    (m) => (m.contacts.find((c) => c.id === 'emergency-999').urgent = false),
    /"emergency-999" must exist and be urgent/,
  ],
  [
    'a translation with a step missing',
    (m, t) => {
      t.xx = clone(t.en);
      t.xx.translation = 'machine-assisted';
      t.xx.tips[m.tips[0].id].steps.pop();
    },
    /xx\.json: tips\.[a-z-]+\.steps: \d entries, English has \d/,
  ],
  [
    'an unknown translation status',
    (m, t) => (t.en.translation = 'guessed'),
    /en\.json: translation: "guessed"/,
  ],
];

for (const [label, breakIt, expected] of broken) {
  test(`reports ${label}`, () => {
    const m = clone(meta);
    const texts = { en: clone(en) };
    breakIt(m, texts);
    const errors = validateContent(m, texts, '2026-11-22');
    assert.ok(
      errors.some((e) => expected.test(e)),
      `expected ${expected} in:\n${errors.join('\n')}`,
    );
  });
}

const brokenTerms = [
  [
    'an unknown id',
    (t) => t.groups[0].ids.push('guides/no-such-guide'),
    /search-terms\.json: groups\[0\]\.ids\[\d+\]: unknown content "guides\/no-such-guide"/,
  ],
  [
    'an unknown section',
    (t) => t.groups[0].ids.push('guides/subject-access-request#nowhere'),
    /search-terms\.json: groups\[0\]\.ids\[\d+\]: unknown section "#nowhere"/,
  ],
  [
    'an empty term',
    (t) => (t.groups[1].terms[0] = ' '),
    /search-terms\.json: groups\[1\]\.terms\[0\]: empty text/,
  ],
];

for (const [label, breakIt, expected] of brokenTerms) {
  test(`search terms: reports ${label}`, () => {
    const terms = clone(searchTerms);
    breakIt(terms);
    const errors = validateSearchTerms(terms, meta);
    assert.ok(
      errors.some((e) => expected.test(e)),
      `expected ${expected} in:\n${errors.join('\n')}`,
    );
  });
}
