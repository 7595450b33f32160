// Checks src/app/core/i18n/languages.json, the list of languages the app ships, against the files
// that make each language (public/i18n, public/content, public/letters) and the font rules in
// src/styles.css, so that adding a language stays a data change that cannot be half done. The
// shape of a row (code, names, dir, a known script, English first) is in
// schemas/languages.schema.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES_JSON, languageCodesIn } from './language-files.mjs';
import { scriptFonts } from './script-fonts.mjs';

/** Scripts the phone draws well enough itself; every other script needs a [data-script] rule. */
const SYSTEM_SCRIPTS = new Set(['Latn', 'Cyrl']);
const FOLDERS = ['public/i18n', 'public/content', 'public/letters'];

/**
 * What schemas/languages.schema.json cannot say: codes listed once, a font rule in
 * src/styles.css for each script that needs one, locales this runtime knows, and the three files
 * of every row (and a row for every file).
 * @param {unknown} rows the parsed languages.json
 * @param {{ files: Record<string, string[]>, css: string }} found language codes with a file in
 *   each folder, and the text of src/styles.css
 * @returns {string[]} one message per problem
 */
export function validateLanguages(rows, found) {
  const errors = [];
  const codes = new Set();
  const fonts = scriptFonts(found.css);
  (Array.isArray(rows) ? rows : []).forEach((row, i) => {
    const at = `languages.json[${i}]`;
    const { code, script, locale } = row ?? {};
    if (codes.has(code)) errors.push(`${at}.code: "${code}" is listed twice`);
    else if (typeof code === 'string') codes.add(code);
    if (typeof script === 'string' && !SYSTEM_SCRIPTS.has(script) && !fonts.has(script)) {
      errors.push(`${at}.script: src/styles.css has no [data-script='${script}'] font-family`);
    }
    if (typeof locale === 'string') {
      try {
        if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) throw new Error();
      } catch {
        errors.push(`${at}.locale: "${locale}" is not a locale this runtime knows`);
      }
    }
  });
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
