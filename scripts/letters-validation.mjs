// Validates the letter texts (public/letters/<lang>.json) against English with the one check in
// matches-english.mjs: same text ids and placeholders, the same {{slots}}. Their shape (both
// sections, no empty text, placeholders in [brackets]) is in schemas/letters.schema.json, and
// that every language in src/app/core/i18n/languages.json has its letters file is checked by
// languages-validation.mjs. Which text ids and fields each letter uses is checked by the unit
// tests next to the letters.
import { languageFiles } from './language-files.mjs';
import { matchesEnglish } from './matches-english.mjs';

const SECTIONS = ['placeholders', 'texts'];

/**
 * @param {Record<string, any>} files letter files by language code; `en` is required
 * @returns {string[]} one `<code>.json: <field>: <problem>` message per problem
 */
export function validateLetters(files) {
  const english = files['en'];
  if (!english) return ['en.json: (file): English letters are required'];
  return Object.entries(files)
    .filter(([code]) => code !== 'en')
    .flatMap(([code, file]) =>
      SECTIONS.flatMap((section) =>
        matchesEnglish(file?.[section], english[section], { file: `${code}.json`, field: section }),
      ),
    );
}

/** Reads public/letters/ and checks every file against en.json. */
export function validateLettersDir(dir = 'public/letters') {
  return validateLetters(languageFiles(dir));
}
