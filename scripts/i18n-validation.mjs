// Checks the interface files (public/i18n/<code>.json) against English with the one "matches
// English" check (matches-english.mjs): same keys, same {{placeholders}}, no empty text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  /** @type {Record<string, unknown>} */
  const files = {};
  for (const name of readdirSync(dir).filter((f) => /^[a-z]{2,3}\.json$/.test(f))) {
    files[name.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
  return validateInterface(files);
}
