// Run by `npm test` with node's test runner: the schemas in schemas/ accept every shipped data
// file and reject each kind of breakage, one readable line per problem with the file and path.
// Each broken case is a copy of the real file, changed in memory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TARGETS, validateAgainstSchema, validateSchemasInRepo } from './schema-validation.mjs';

/** @param {string} file */
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

const META = 'public/content/meta.json';
const TEXTS = 'public/content/fa.json';
const TERMS = 'public/content/search-terms.json';
const LETTERS = 'public/letters/ar.json';
const I18N = 'public/i18n/ar.json';
const LANGUAGES = 'src/app/core/i18n/languages.json';

/** Which schema each file in these cases follows. */
const SCHEMA = {
  [META]: 'content-meta.schema.json',
  [TEXTS]: 'content-texts.schema.json',
  [TERMS]: 'search-terms.schema.json',
  [LETTERS]: 'letters.schema.json',
  [I18N]: 'i18n.schema.json',
  [LANGUAGES]: 'languages.schema.json',
};

/** @param {string} file @param {any} data */
const check = (file, data) => validateAgainstSchema(SCHEMA[file], data, file);

/** A contact that has a phone, and one that has an email. */
const withPhone = (/** @type {any} */ m) => m.contacts.findIndex((c) => c.phones.length);
const withEmail = (/** @type {any} */ m) => m.contacts.findIndex((c) => c.email);
const firstTip = (/** @type {any} */ t) => Object.keys(t.tips)[0];

test('every shipped data file follows its schema', () => {
  assert.deepEqual(validateSchemasInRepo(), []);
});

/** @type {[string, string, (data: any) => unknown, RegExp][]} */
const broken = [
  // content meta
  [
    'a missing required field',
    META,
    (m) => delete m.tips[0].lawAsOf,
    /^public\/content\/meta\.json: tips\[0\]\.lawAsOf: missing$/,
  ],
  [
    'a wrong type',
    META,
    (m) => (m.contacts[0].urgent = 'yes'),
    /^public\/content\/meta\.json: contacts\[0\]\.urgent: "yes" is not true or false$/,
  ],
  [
    'an impossible date',
    META,
    (m) => (m.tips[0].checkedOn = '2025-02-30'),
    /^public\/content\/meta\.json: tips\[0\]\.checkedOn: "2025-02-30" is not a valid date/,
  ],
  [
    'a law date with month 13',
    META,
    (m) => (m.guides[1].lawAsOf = '2026-13-01'),
    /^public\/content\/meta\.json: guides\[1\]\.lawAsOf: "2026-13-01" is not a valid date/,
  ],
  [
    'an unknown field',
    META,
    (m) => (m.tips[1].checked = '2026-01-01'),
    /^public\/content\/meta\.json: tips\[1\]\.checked: unknown field$/,
  ],
  [
    'an http source',
    META,
    (m) => (m.tips[0].sources[0].url = 'http://example.org'),
    /^public\/content\/meta\.json: tips\[0\]\.sources\[0\]\.url: "http:\/\/example\.org" is not an https address$/,
  ],
  [
    'a source that is not an address',
    META,
    (m) => (m.guides[0].sources[0].url = 'https://'),
    /^public\/content\/meta\.json: guides\[0\]\.sources\[0\]\.url: "https:\/\/" is not an https address$/,
  ],
  [
    'an item with no sources',
    META,
    (m) => (m.timeline[0].sources = []),
    /^public\/content\/meta\.json: timeline\[0\]\.sources: has no sources$/,
  ],
  [
    'a source without a title',
    META,
    (m) => (m.tips[0].sources[0].title = ' '),
    /^public\/content\/meta\.json: tips\[0\]\.sources\[0\]\.title: " " is empty text$/,
  ],
  [
    'an id that is not kebab-case',
    META,
    (m) => (m.guides[0].id = 'Subject_Access'),
    /^public\/content\/meta\.json: guides\[0\]\.id: "Subject_Access" is not a kebab-case id/,
  ],
  [
    'a share code out of range',
    META,
    (m) => (m.guides[2].shareCode = 1000),
    /^public\/content\/meta\.json: guides\[2\]\.shareCode: 1000 is not a whole number from 1 to 999$/,
  ],
  [
    'a missing share code',
    META,
    (m) => delete m.guides[2].shareCode,
    /^public\/content\/meta\.json: guides\[2\]\.shareCode: missing$/,
  ],
  [
    'a guide on an unknown topic',
    META,
    (m) => (m.guides[0].topic = 'visas'),
    /^public\/content\/meta\.json: guides\[0\]\.topic: "visas" is not one of rights, records/,
  ],
  [
    'a phone you cannot dial',
    META,
    (m) => (m.contacts[withPhone(m)].phones[0].tel = '0800 FREE'),
    /^public\/content\/meta\.json: contacts\[\d+\]\.phones\[0\]\.tel: "0800 FREE" is not dialable/,
  ],
  [
    'a phone with an unknown status',
    META,
    (m) => (m.contacts[withPhone(m)].phones[0].status = 'maybe'),
    /^public\/content\/meta\.json: contacts\[\d+\]\.phones\[0\]\.status: "maybe" is not one of verified, check$/,
  ],
  [
    'a bad email',
    META,
    (m) => (m.contacts[withEmail(m)].email = 'help at example'),
    /^public\/content\/meta\.json: contacts\[\d+\]\.email: "help at example" is not an email address$/,
  ],
  [
    'an http website',
    META,
    (m) => (m.contacts[0].website = 'http://example.org'),
    /^public\/content\/meta\.json: contacts\[0\]\.website: "http:\/\/example\.org" is not an https address$/,
  ],
  [
    'a contact with neither phone nor email',
    META,
    (m) => {
      const contact = m.contacts[withPhone(m)];
      contact.phones = [];
      delete contact.email;
      contact.website = 'https://example.org';
    },
    /^public\/content\/meta\.json: contacts\[\d+\]: has no phone and no email/,
  ],
  [
    'a contact with no nations',
    META,
    (m) => (m.contacts[0].nations = []),
    /^public\/content\/meta\.json: contacts\[0\]\.nations: has 0 entries, expected at least 1$/,
  ],
  [
    'a contact in an unknown nation',
    META,
    (m) => (m.contacts[0].nations = ['france']),
    /^public\/content\/meta\.json: contacts\[0\]\.nations\[0\]: "france" is not one of england, wales, scotland, northern-ireland, uk$/,
  ],
  [
    'a contact with no topic',
    META,
    (m) => (m.contacts[0].topics = []),
    /^public\/content\/meta\.json: contacts\[0\]\.topics: has 0 entries, expected at least 1$/,
  ],
  [
    'a contact language that is not a code',
    META,
    (m) => (m.contacts[0].languages = ['Welsh']),
    /^public\/content\/meta\.json: contacts\[0\]\.languages\[0\]: "Welsh" is not a language code$/,
  ],
  [
    'a read-more link without a name',
    META,
    (m) => (m.guides[0].readMore = [{ name: ' ', url: 'https://example.org' }]),
    /^public\/content\/meta\.json: guides\[0\]\.readMore\[0\]\.name: " " is empty text$/,
  ],
  [
    'a read-more link that is not https',
    META,
    (m) => (m.guides[0].readMore = [{ name: 'Example', url: 'http://example.org' }]),
    /^public\/content\/meta\.json: guides\[0\]\.readMore\[0\]\.url: "http:\/\/example\.org" is not an https address$/,
  ],
  [
    'a timeline month 13',
    META,
    (m) => (m.timeline[0].date = '2020-13'),
    /^public\/content\/meta\.json: timeline\[0\]\.date: "2020-13" is not a valid date \(YYYY, YYYY-MM or YYYY-MM-DD\)$/,
  ],
  [
    'a notice with an unreadable end date',
    META,
    (m) => (m.notices[0].until = 'end of 2026'),
    /^public\/content\/meta\.json: notices\[0\]\.until: "end of 2026" is not a valid date/,
  ],
  [
    'a notice on no tip or guide',
    META,
    (m) => Object.assign(m.notices[0], { tips: [], guides: [] }),
    /^public\/content\/meta\.json: notices\[0\]: names no tip or guide, so it shows nowhere$/,
  ],
  [
    'a version that is not YYYY.M.N',
    META,
    (m) => (m.versions[0].version = 'v2'),
    /^public\/content\/meta\.json: versions\[0\]\.version: "v2" is not a version like 2026\.12\.0$/,
  ],
  [
    'a change link that is neither in-app nor https',
    META,
    (m) => (m.versions[0].changes[0].link = '//example.org/x'),
    /^public\/content\/meta\.json: versions\[0\]\.changes\[0\]\.link: "\/\/example\.org\/x" is not an in-app path/,
  ],
  [
    'six tips instead of seven',
    META,
    (m) => m.tips.pop(),
    /^public\/content\/meta\.json: tips: has 6 entries, expected at least 7$/,
  ],
  [
    'eight tips instead of seven',
    META,
    (m) => m.tips.push(structuredClone(m.tips[0])),
    /^public\/content\/meta\.json: tips: has 8 entries, expected at most 7$/,
  ],
  [
    'fewer than 20 contacts',
    META,
    (m) => m.contacts.splice(19),
    /^public\/content\/meta\.json: contacts: has 19 entries, expected at least 20$/,
  ],
  // a language's content texts
  [
    'an empty step',
    TEXTS,
    (t) => (t.tips[firstTip(t)].steps[0] = ' '),
    /^public\/content\/fa\.json: tips\.[a-z-]+\.steps\[0\]: " " is empty text$/,
  ],
  [
    'a tip with two steps',
    TEXTS,
    (t) => t.tips[firstTip(t)].steps.splice(2),
    /^public\/content\/fa\.json: tips\.[a-z-]+\.steps: needs 3 to 6 steps$/,
  ],
  [
    'an empty list of facts',
    TEXTS,
    (t) => (t.guides[Object.keys(t.guides)[0]].facts = []),
    /^public\/content\/fa\.json: guides\.[a-z-]+\.facts: is an empty list$/,
  ],
  [
    'a topic without its name',
    TEXTS,
    (t) => delete t.topics.police,
    /^public\/content\/fa\.json: topics: needs a name for each of the 14 topics$/,
  ],
  [
    'a name for a topic that does not exist',
    TEXTS,
    (t) => (t.topics.visas = 'ویزا'),
    /^public\/content\/fa\.json: topics\.visas: key "visas" is not one of rights, /,
  ],
  [
    'a text id that is not kebab-case',
    TEXTS,
    (t) => (t.changes['New Change'] = 'x'),
    /^public\/content\/fa\.json: changes\.New Change: key "New Change" is not a kebab-case id/,
  ],
  [
    'a number where text is required',
    TEXTS,
    (t) => (t.tips[firstTip(t)].title = 7),
    /^public\/content\/fa\.json: tips\.[a-z-]+\.title: 7 is not text$/,
  ],
  [
    'an unknown field in a text',
    TEXTS,
    (t) => (t.tips[firstTip(t)].subtitle = 'x'),
    /^public\/content\/fa\.json: tips\.[a-z-]+\.subtitle: unknown field$/,
  ],
  // search terms
  [
    'an unknown section',
    TERMS,
    (s) => s.groups[0].ids.push('guides/subject-access-request#nowhere'),
    /^public\/content\/search-terms\.json: groups\[0\]\.ids\[\d+\]: "guides\/subject-access-request#nowhere" is not tips\/<id>/,
  ],
  [
    'an unknown kind of content',
    TERMS,
    (s) => s.groups[0].ids.push('letters/sar'),
    /^public\/content\/search-terms\.json: groups\[0\]\.ids\[\d+\]: "letters\/sar" is not tips\/<id>/,
  ],
  [
    'an empty term',
    TERMS,
    (s) => (s.groups[1].terms[0] = ' '),
    /^public\/content\/search-terms\.json: groups\[1\]\.terms\[0\]: " " is empty text$/,
  ],
  // letters
  [
    'a placeholder without brackets',
    LETTERS,
    (l) => (l.placeholders.fullName = 'اسمك'),
    /^public\/letters\/ar\.json: placeholders\.fullName: "اسمك" must be one \[bracketed\] phrase/,
  ],
  [
    'an empty letter text',
    LETTERS,
    (l) => (l.texts['common.thanks'] = ' '),
    /^public\/letters\/ar\.json: texts\.common\.thanks: " " is empty text$/,
  ],
  [
    'a letters file without its texts',
    LETTERS,
    (l) => delete l.texts,
    /^public\/letters\/ar\.json: texts: missing$/,
  ],
  // interface strings
  [
    'an unknown translation status',
    I18N,
    (i) => (i.meta.translation = 'guessed'),
    /^public\/i18n\/ar\.json: meta\.translation: "guessed" is not one of original, machine-assisted, reviewed$/,
  ],
  ['no translation status', I18N, (i) => delete i.meta, /^public\/i18n\/ar\.json: meta: missing$/],
  [
    'an empty interface text',
    I18N,
    (i) => (i.nav.tips = ' '),
    /^public\/i18n\/ar\.json: nav\.tips: " " is empty text$/,
  ],
  [
    'a number where an interface text belongs',
    I18N,
    (i) => (i.nav.tips = 7),
    /^public\/i18n\/ar\.json: nav\.tips: 7 is not text or a group of fields$/,
  ],
  // languages.json
  [
    'a wrong dir',
    LANGUAGES,
    (l) => (l[3].dir = 'down'),
    /^src\/app\/core\/i18n\/languages\.json: \[3\]\.dir: "down" is not one of ltr, rtl$/,
  ],
  [
    'a script without a font rule',
    LANGUAGES,
    (l) => (l[3].script = 'Klingon'),
    /^src\/app\/core\/i18n\/languages\.json: \[3\]\.script: "Klingon" has no font rule/,
  ],
  [
    'a language with no English name',
    LANGUAGES,
    (l) => (l[1].englishName = ' '),
    /^src\/app\/core\/i18n\/languages\.json: \[1\]\.englishName: " " is empty text$/,
  ],
  [
    'a code that is not 2 or 3 lower-case letters',
    LANGUAGES,
    (l) => (l[2].code = 'fa-IR'),
    /^src\/app\/core\/i18n\/languages\.json: \[2\]\.code: "fa-IR" is not a language code/,
  ],
  [
    'English not first',
    LANGUAGES,
    (l) => l.reverse(),
    /^src\/app\/core\/i18n\/languages\.json: \[0\]\.code: "[a-z]+" must be en: English comes first$/,
  ],
];

for (const [label, file, breakIt, expected] of broken) {
  test(`the schema rejects ${label}`, () => {
    const data = read(file);
    breakIt(data);
    const errors = check(file, data);
    assert.ok(
      errors.some((e) => expected.test(e)),
      `expected ${expected} in:\n${errors.join('\n')}`,
    );
  });
}

test('the alternatives a schema allows pass: partial dates, in-app links, email or phone', () => {
  const m = read(META);
  m.timeline[0].date = '2020';
  m.timeline[1].date = '2020-02';
  m.timeline[2].date = '2024-02-29';
  m.versions[0].changes[0].link = '/';
  m.versions[0].changes[1].link = 'https://example.org/a?b=c#d';
  const emailOnly = m.contacts[withEmail(m)];
  emailOnly.phones = [];
  const phoneOnly = m.contacts[withPhone(m)];
  delete phoneOnly.email;
  Object.assign(m.notices[0], { tips: [], guides: ['subject-access-request'] });
  assert.deepEqual(check(META, m), []);
});

test('a failed alternative is one line, not one per branch', () => {
  const m = read(META);
  const i = withPhone(m);
  m.contacts[i].phones = [];
  delete m.contacts[i].email;
  m.timeline[0].date = 'soon';
  assert.deepEqual(check(META, m), [
    `${META}: contacts[${i}]: has no phone and no email (a website alone goes in a guide's readMore)`,
    `${META}: timeline[0].date: "soon" is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)`,
  ]);
});

/**
 * VS Code's fileMatch globs: `**` spans folders, `*` does not, and a file follows a mapping when
 * the last of its patterns that matches is not a `!` exclusion.
 * @param {string[]} patterns
 * @param {string} file
 */
function fileMatches(patterns, file) {
  let matched = false;
  for (const pattern of patterns) {
    const exclude = pattern.startsWith('!');
    const glob = exclude ? pattern.slice(1) : pattern;
    const source = glob
      .split(/(\*\*\/|\*)/)
      .map((part) => {
        if (part === '**/') return '(?:.*/)?';
        if (part === '*') return '[^/]*';
        return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    if (new RegExp(`^${source}$`).test(file)) matched = !exclude;
  }
  return matched;
}

test('editors use the same schema for each file as the check (.vscode/settings.json)', () => {
  /** @type {{ fileMatch: string[], url: string }[]} */
  const mappings = read('.vscode/settings.json')['json.schemas'];
  for (const { schema, files } of TARGETS) {
    for (const file of files('.')) {
      const urls = mappings.filter((m) => fileMatches(m.fileMatch, file)).map((m) => m.url);
      assert.deepEqual(urls, [`./schemas/${schema}`], file);
    }
  }
});
