// Checks src/app/core/i18n/languages.json, the list of languages the app ships, against the files
// that make each language (public/i18n, public/content, public/letters) and the font rules in
// src/styles.css, so that adding a language stays a data change that cannot be half done.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES_JSON, languageCodesIn } from './language-files.mjs';
import { scriptFonts } from './script-fonts.mjs';

const CODE = /^[a-z]{2,3}$/;
/** Scripts the phone draws well enough itself; every other script needs a [data-script] rule. */
const SYSTEM_SCRIPTS = new Set(['Latn', 'Cyrl']);
const SCRIPTS = new Set([...SYSTEM_SCRIPTS, 'Arab', 'Aran', 'Ethi', 'Beng']);
const FOLDERS = ['public/i18n', 'public/content', 'public/letters'];

/**
 * @param {unknown} rows the parsed languages.json
 * @param {{ files: Record<string, string[]>, css: string }} found language codes with a file in
 *   each folder, and the text of src/styles.css
 * @returns {string[]} one message per problem
 */
export function validateLanguages(rows, found) {
  const errors = [];
  if (!Array.isArray(rows)) return ['languages.json: not a list'];
  const codes = new Set();
  const fonts = scriptFonts(found.css);
  rows.forEach((row, i) => {
    const at = `languages.json[${i}]`;
    if (!row || typeof row !== 'object') {
      errors.push(`${at}: not an object`);
      return;
    }
    const { code, nativeName, englishName, dir, script, locale } = row;
    if (typeof code !== 'string' || !CODE.test(code)) errors.push(`${at}.code: "${code}"`);
    else if (codes.has(code)) errors.push(`${at}.code: "${code}" is listed twice`);
    else codes.add(code);
    for (const [field, value] of Object.entries({ nativeName, englishName })) {
      if (typeof value !== 'string' || !value.trim()) errors.push(`${at}.${field}: missing`);
    }
    if (dir !== 'ltr' && dir !== 'rtl') errors.push(`${at}.dir: must be "ltr" or "rtl"`);
    if (!SCRIPTS.has(script)) errors.push(`${at}.script: "${script}" has no font rule`);
    else if (!SYSTEM_SCRIPTS.has(script) && !fonts.has(script)) {
      errors.push(`${at}.script: src/styles.css has no [data-script='${script}'] font-family`);
    }
    if (locale !== undefined) {
      try {
        if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) throw new Error();
      } catch {
        errors.push(`${at}.locale: "${locale}" is not a locale this runtime knows`);
      }
    }
  });
  if (rows[0]?.code !== 'en') errors.push('languages.json[0]: English must come first');
  for (const [folder, files] of Object.entries(found.files)) {
    for (const code of codes) {
      if (!files.includes(code)) errors.push(`${folder}/${code}.json: missing`);
    }
    for (const code of files) {
      if (!codes.has(code)) errors.push(`${folder}/${code}.json: not listed in languages.json`);
    }
  }
  return errors;
}

/** Reads the repository's own files; paths are relative to the repository root. */
export function validateLanguagesInRepo(root = '.') {
  const rows = JSON.parse(readFileSync(join(root, LANGUAGES_JSON), 'utf8'));
  /** @type {Record<string, string[]>} */
  const files = {};
  for (const folder of FOLDERS) files[folder] = languageCodesIn(join(root, folder));
  const css = readFileSync(join(root, 'src/styles.css'), 'utf8');
  return validateLanguages(rows, { files, css });
}
