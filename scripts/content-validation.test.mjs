// Run by `npm test` with node's test runner: broken content must fail with file and field named.
// These are the rules that need several files or today's date; each file's shape is tested in
// schema-validation.test.mjs.
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

/** @type {[string, (meta: any, texts: any) => unknown, RegExp][]} */
const broken = [
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
    'an urgent contact after the others',
    (m) =>
      m.contacts.push(
        m.contacts.splice(
          m.contacts.findIndex((c) => c.urgent),
          1,
        )[0],
      ),
    /meta\.json: contacts\[\d+\]: "[a-z0-9-]+" is urgent: it must come before the others/,
  ],
  [
    'the other contacts out of order by name',
    (m) => {
      const last = m.contacts.length - 1;
      [m.contacts[last - 1], m.contacts[last]] = [m.contacts[last], m.contacts[last - 1]];
    },
    /meta\.json: contacts\[\d+\]: ".+" must come before ".+" \(by name\)/,
  ],
  [
    '999 not urgent',
    (m) => (m.contacts.find((c) => c.id === 'emergency-999').urgent = false),
    /"emergency-999" must exist and be urgent/,
  ],
  [
    'a phone whose display and tel differ',
    (m) => (m.contacts.find((c) => c.phones.length).phones[0].display = '0800 000 000'),
    /meta\.json: contacts\[\d+\]\.phones\[0\]: display "0800 000 000" and tel "[+\d]+" differ/,
  ],
  [
    'a timeline date in the future',
    (m) => (m.timeline[0].date = '2999'),
    /meta\.json: timeline\[0\]\.date: 2999 is in the future/,
  ],
  [
    'a notice used twice',
    (m, t) => {
      const notice = withNotice(m, t);
      m.notices.push(structuredClone(notice));
    },
    /meta\.json: notices\[1\]\.id: "test-notice" is used twice/,
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
    'a change listed twice',
    (m) => m.versions[1].changes.push(structuredClone(m.versions[0].changes[0])),
    /meta\.json: versions\[1\]\.changes\[\d+\]\.id: "[a-z0-9-]+" is used twice/,
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
