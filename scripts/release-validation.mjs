// Checks the parts of public/content/meta.json that date the content: the content version and
// its history ("What changed"), and dated notices. Called by content-validation.mjs, which owns
// the texts; each message names the file and the field like the rest.

import { languageFiles } from './language-files.mjs';

const VERSION = /^\d{4}\.\d{1,2}\.\d+$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Negative when `a` is the older version ("2026.9.0" before "2026.12.0"). */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff) return diff;
  }
  return 0;
}

/**
 * @param {object} meta meta.json
 * @param {{ isDate(v: string): boolean, fail(field: string, message: string): void,
 *   warn(field: string, message: string): void, checkSources(field: string, s: unknown): void,
 *   checkHttps(field: string, url: unknown): void, ids: Record<string, Set<string>>,
 *   today: string }} context
 * @returns {{ notices: Set<string>, changes: Set<string> }} ids the language files must have
 */
export function validateRelease(
  meta,
  { isDate, fail, warn, checkSources, checkHttps, ids, today },
) {
  const changes = new Set();
  const versions = meta.versions;
  if (!Array.isArray(versions) || versions.length === 0) fail('versions', 'missing list');
  (versions ?? []).forEach((entry, i) => {
    const field = `versions[${i}]`;
    if (!VERSION.test(entry?.version ?? ''))
      fail(`${field}.version`, `"${entry?.version}" is not like 2026.12.0`);
    if (!isDate(entry?.date)) fail(`${field}.date`, `"${entry?.date}" is not a valid date`);
    const previous = versions[i - 1];
    if (previous && VERSION.test(previous.version ?? '') && VERSION.test(entry?.version ?? '')) {
      if (compareVersions(previous.version, entry.version) <= 0)
        fail(`${field}.version`, `${entry.version} is not older than ${previous.version}`);
    }
    if (!Array.isArray(entry?.changes)) fail(`${field}.changes`, 'missing list');
    (entry?.changes ?? []).forEach((change, j) => {
      const where = `${field}.changes[${j}]`;
      if (!ID.test(change?.id ?? '')) fail(`${where}.id`, `"${change?.id}" is not a kebab-case id`);
      else if (changes.has(change.id)) fail(`${where}.id`, `"${change.id}" is used twice`);
      changes.add(change?.id);
      const link = change?.link;
      if (typeof link === 'string' && link.startsWith('/')) {
        if (link.startsWith('//')) fail(`${where}.link`, `"${link}" is not an in-app path`);
      } else checkHttps(`${where}.link`, link);
    });
  });
  if (typeof meta.contentVersion !== 'string' || meta.contentVersion !== versions?.[0]?.version)
    fail('contentVersion', `"${meta.contentVersion}" is not versions[0].version`);

  const notices = new Set();
  if (!Array.isArray(meta.notices)) fail('notices', 'missing list');
  (meta.notices ?? []).forEach((notice, i) => {
    const field = `notices[${i}]`;
    if (!ID.test(notice?.id ?? '')) fail(`${field}.id`, `"${notice?.id}" is not a kebab-case id`);
    else if (notices.has(notice.id)) fail(`${field}.id`, `"${notice.id}" is used twice`);
    notices.add(notice?.id);
    if (!isDate(notice?.until)) fail(`${field}.until`, `"${notice?.until}" is not a valid date`);
    else if (notice.until < today)
      warn(`${field}.until`, `${notice.until} is past: the notice no longer shows`);
    for (const kind of ['tips', 'guides']) {
      if (!Array.isArray(notice?.[kind])) fail(`${field}.${kind}`, 'missing list');
      for (const id of notice?.[kind] ?? [])
        if (!ids[kind].has(id)) fail(`${field}.${kind}`, `unknown id "${id}"`);
    }
    if (!notice?.tips?.length && !notice?.guides?.length)
      fail(field, 'names no tip or guide, so it shows nowhere');
    checkSources(`${field}.sources`, notice?.sources);
  });
  return { notices, changes };
}

const STATUSES = ['original', 'machine-assisted', 'reviewed'];

/**
 * The one place a language's translation status lives: `meta.translation` in
 * public/i18n/<code>.json, which the app reads when it loads the language.
 * @param {Record<string, any>} files interface files by language code
 */
export function validateTranslationStatus(files) {
  const errors = [];
  for (const [code, file] of Object.entries(files)) {
    const status = file?.meta?.translation;
    if (!STATUSES.includes(status))
      errors.push(
        `${code}.json: meta.translation: "${status}" is not one of ${STATUSES.join(', ')}`,
      );
  }
  if (files.en && files.en.meta?.translation !== 'original')
    errors.push('en.json: meta.translation: English is the original');
  return errors;
}

/** Reads every public/i18n/<code>.json and checks its translation status. */
export function validateI18nDir(dir = 'public/i18n') {
  return validateTranslationStatus(languageFiles(dir));
}
