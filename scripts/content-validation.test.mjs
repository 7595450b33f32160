// Run by `npm test` with node's test runner: broken content must fail with file and field named.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateContent, validateContentDir, validateSearchTerms } from './content-validation.mjs';
import { validateTranslationStatus } from './release-validation.mjs';

const meta = JSON.parse(readFileSync('public/content/meta.json', 'utf8'));
const en = JSON.parse(readFileSync('public/content/en.json', 'utf8'));
const searchTerms = JSON.parse(readFileSync('public/content/search-terms.json', 'utf8'));
const clone = (value) => structuredClone(value);

test('the shipped content is valid', () => {
  assert.deepEqual(validateContentDir(), []);
});

/** @type {[string, (meta: any, texts: any) => unknown, RegExp][]} */
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
      t.xx.tips[m.tips[0].id].steps.pop();
    },
    /xx\.json: tips\.[a-z-]+\.steps: \d entries, English has \d/,
  ],
  [
    'a contact with no phone and no email',
    (m) => {
      const contact = m.contacts.find((c) => c.phones.length);
      contact.phones = [];
      delete contact.email;
      contact.website = 'https://example.org';
    },
    /meta\.json: contacts\[\d+\]: no phone and no email/,
  ],
  [
    'a tip with no law date',
    (m) => delete m.tips[0].lawAsOf,
    /meta\.json: tips\[0\]\.lawAsOf: "undefined" is not a valid date/,
  ],
  [
    'a guide with an impossible law date',
    (m) => (m.guides[1].lawAsOf = '2026-13-01'),
    /meta\.json: guides\[1\]\.lawAsOf: "2026-13-01" is not a valid date/,
  ],
  [
    'a notice with an unreadable end date',
    (m, t) => (withNotice(m, t).until = 'end of 2026'),
    /meta\.json: notices\[0\]\.until: "end of 2026" is not a valid date/,
  ],
  [
    'a notice on an unknown tip',
    (m, t) => withNotice(m, t).tips.push('no-such-tip'),
    /meta\.json: notices\[0\]\.tips: unknown id "no-such-tip"/,
  ],
  [
    'a notice on an unknown guide',
    (m, t) => (withNotice(m, t).guides = ['no-such-guide']),
    /meta\.json: notices\[0\]\.guides: unknown id "no-such-guide"/,
  ],
  [
    'a notice without its text in a language',
    (m, t) => {
      withNotice(m, t);
      t.xx = clone(t.en);
      delete t.xx.notices['test-notice'];
    },
    /xx\.json: notices\.test-notice: missing/,
  ],
  [
    'a change without its sentence',
    (m, t) => {
      withChange(m, t);
      delete t.en.changes['test-change'];
    },
    /en\.json: changes\.test-change: missing/,
  ],
  [
    'a change sentence for no listed change',
    (m, t) => (t.en.changes['no-such-change'] = 'Something.'),
    /en\.json: changes\.no-such-change: no such id in meta\.json/,
  ],
  [
    'a content version that is not the newest listed',
    (m) => (m.contentVersion = '2099.1.0'),
    /meta\.json: contentVersion: "2099\.1\.0" is not versions\[0\]\.version/,
  ],
  [
    'versions out of order',
    (m) => m.versions.reverse(),
    /meta\.json: versions\[1\]\.version: [\d.]+ is not older than/,
  ],
  [
    'a read-more link without a name',
    (m) => (m.guides[0].readMore = [{ name: ' ', url: 'https://example.org' }]),
    /meta\.json: guides\[0\]\.readMore\[0\]\.name: empty/,
  ],
  [
    'a read-more link that is not https',
    (m) => (m.guides[0].readMore = [{ name: 'Example', url: 'http://example.org' }]),
    /meta\.json: guides\[0\]\.readMore\[0\]\.url: "http:\/\/example\.org" is not https/,
  ],
  [
    'a contact with no nations',
    (m) => delete m.contacts[0].nations,
    /meta\.json: contacts\[0\]\.nations: missing list/,
  ],
  [
    'a contact in an unknown nation',
    (m) => (m.contacts[0].nations = ['france']),
    /meta\.json: contacts\[0\]\.nations\[0\]: unknown nation "france"/,
  ],
];

/** A notice of our own (fixture), so the cases do not depend on the shipped notices. */
function withNotice(m, t) {
  const notice = {
    id: 'test-notice',
    until: '2026-12-31',
    tips: [m.tips[0].id],
    guides: /** @type {string[]} */ ([]),
    sources: [{ title: 'Example', url: 'https://example.org' }],
  };
  m.notices = [notice];
  t.en.notices = { 'test-notice': { title: 'Title', text: 'Text.' } };
  return notice;
}

/** A change of our own in the newest version (fixture). */
function withChange(m, t) {
  m.versions[0].changes.push({ id: 'test-change', link: '/tips' });
  t.en.changes['test-change'] = 'A tip changed.';
}

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

/** @type {[string, (terms: any) => unknown, RegExp][]} */
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

test('a notice past its date is a warning, not an error', () => {
  const m = clone(meta);
  const texts = { en: clone(en) };
  withNotice(m, texts).until = '2026-12-31';
  const warnings = [];
  const errors = validateContent(m, texts, '2027-01-01', warnings);
  assert.ok(
    warnings.some((w) => /meta\.json: notices\[0\]\.until: 2026-12-31 is past/.test(w)),
    `expected a warning in:\n${warnings.join('\n')}`,
  );
  assert.ok(!errors.some((e) => e.includes('notices[0]')), errors.join('\n'));
  const stillOn = [];
  validateContent(m, texts, '2026-12-31', stillOn);
  assert.deepEqual(stillOn, []);
});

test('the translation status lives in the interface file and must be known', () => {
  const ok = {
    en: { meta: { translation: 'original' } },
    ar: { meta: { translation: 'reviewed' } },
  };
  assert.deepEqual(validateTranslationStatus(ok), []);
  const errors = validateTranslationStatus({
    en: { meta: { translation: 'machine-assisted' } },
    ar: { meta: { translation: 'guessed' } },
    fa: {},
  });
  assert.ok(errors.some((e) => /ar\.json: meta\.translation: "guessed"/.test(e)));
  assert.ok(errors.some((e) => /fa\.json: meta\.translation: "undefined"/.test(e)));
  assert.ok(errors.some((e) => /en\.json: meta\.translation: English is the original/.test(e)));
});
