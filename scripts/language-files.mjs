// The one way scripts/ finds language files: public/i18n, public/content and public/letters each
// hold one <code>.json per language beside files every language shares (meta.json,
// search-terms.json). Where a script means "every language the app ships", it reads
// src/app/core/i18n/languages.json instead, the list the app itself reads.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The app's list of languages, relative to the repository root. */
export const LANGUAGES_JSON = 'src/app/core/i18n/languages.json';

/**
 * A language file's name: a BCP 47 code (`fa`, `kmr`, `pt-BR`) and `.json`. Loose on purpose, so a
 * stray `pt-BR.json` or `EN.json` is listed and then reported, not silently skipped.
 */
const LANGUAGE_FILE = /^[a-z]{2,3}(-[a-z0-9]+)*\.json$/i;

/**
 * The language codes with a file in `dir`, sorted; none when the folder does not exist.
 * @param {string} dir
 * @returns {string[]}
 */
export function languageCodesIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => LANGUAGE_FILE.test(name))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/**
 * Every language file in `dir`, parsed, by language code.
 * @param {string} dir
 * @returns {Record<string, any>}
 */
export function languageFiles(dir) {
  /** @type {Record<string, any>} */
  const files = {};
  for (const code of languageCodesIn(dir)) {
    files[code] = JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'));
  }
  return files;
}

/**
 * The codes of every language the app ships, in the order languages.json lists them.
 * @param {string} [root] the repository root
 * @returns {string[]}
 */
export function shippedLanguageCodes(root = '.') {
  /** @type {{ code: string }[]} */
  const rows = JSON.parse(readFileSync(join(root, LANGUAGES_JSON), 'utf8'));
  return rows.map((row) => row.code);
}
