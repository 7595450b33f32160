// Checks the interface files (public/i18n/<code>.json) against English with the one "matches
// English" check (matches-english.mjs): same keys, same {{placeholders}}, no empty text.
import { languageFiles } from './language-files.mjs';
import { matchesEnglish } from './matches-english.mjs';

/**
 * @param {Record<string, unknown>} files interface files by language code; `en` is required
 * @returns {string[]} one `<code>.json: <key>: <problem>` message per problem
 */
export function validateInterface(files) {
  const english = files['en'];
  if (!english) return ['en.json: (file): English is required'];
  return Object.entries(files).flatMap(([code, file]) =>
    matchesEnglish(file, english, { file: `${code}.json` }),
  );
}

/** Reads every public/i18n/<code>.json and checks it against en.json. */
export function validateInterfaceDir(dir = 'public/i18n') {
  return validateInterface(languageFiles(dir));
}
