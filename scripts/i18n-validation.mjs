// Checks the interface files (public/i18n/<code>.json) against English with the one "matches
// English" check (matches-english.mjs): same keys, same lists, same {{placeholders}}. Their shape
// (no empty text, a known `meta.translation`) is in schemas/i18n.schema.json.
import { languageFiles } from './language-files.mjs';
import { matchesEnglish } from './matches-english.mjs';

/**
 * @param {Record<string, unknown>} files interface files by language code; `en` is required
 * @returns {string[]} one `<code>.json: <key>: <problem>` message per problem
 */
export function validateInterface(files) {
  const english = /** @type {any} */ (files['en']);
  if (!english) return ['en.json: (file): English is required'];
  // `meta.translation` is the one place a language's translation status lives (the app reads it
  // when it loads the language); the schema knows the statuses but not which file is English.
  const original =
    english.meta?.translation === 'original'
      ? []
      : ['en.json: meta.translation: English is the original'];
  return [
    ...original,
    ...Object.entries(files)
      .filter(([code]) => code !== 'en')
      .flatMap(([code, file]) => matchesEnglish(file, english, { file: `${code}.json` })),
  ];
}

/** Reads every public/i18n/<code>.json and checks it against en.json. */
export function validateInterfaceDir(dir = 'public/i18n') {
  return validateInterface(languageFiles(dir));
}
