// Validates the letter texts (public/letters/<lang>.json): each matches English (the one check in
// matches-english.mjs: same text ids and placeholders, the same {{slots}}, no empty text), every
// shipped language (src/app/core/i18n/languages.json) has one, and placeholders are in [brackets]. Which text ids and fields each
// letter uses is checked by the unit tests next to the letters.
import { languageFiles, shippedLanguageCodes } from './language-files.mjs';
import { matchesEnglish } from './matches-english.mjs';

const SECTIONS = ['placeholders', 'texts'];

/**
 * @param {Record<string, any>} files letter files by language code; `en` is required
 * @param {string[]} languageCodes the languages that must have a letters file
 * @returns {string[]} one `<code>.json: <field>: <problem>` message per problem
 */
export function validateLetters(files, languageCodes = Object.keys(files)) {
  /** @type {string[]} */
  const errors = [];
  /** @param {string} file @param {string} field @param {string} message */
  const fail = (file, field, message) => errors.push(`${file}: ${field}: ${message}`);
  const english = files['en'];
  if (!english) return ['en.json: (file): English letters are required'];
  for (const code of languageCodes) if (!files[code]) fail(`${code}.json`, '(file)', 'missing');
  for (const [code, file] of Object.entries(files)) {
    const F = `${code}.json`;
    for (const section of SECTIONS) {
      const own = file?.[section];
      if (!own || typeof own !== 'object') {
        fail(F, section, 'missing');
        continue;
      }
      errors.push(...matchesEnglish(own, english[section], { file: F, field: section }));
    }
    for (const [key, text] of Object.entries(file?.placeholders ?? {})) {
      if (typeof text === 'string' && text.trim() && !/^\[[^[\]]+\]$/.test(text))
        fail(F, `placeholders.${key}`, `"${text}" must be one [bracketed] phrase`);
    }
  }
  return errors;
}

/** Reads public/letters/ and checks a file exists for every language the app ships. */
export function validateLettersDir(dir = 'public/letters', root = '.') {
  return validateLetters(languageFiles(dir), shippedLanguageCodes(root));
}
