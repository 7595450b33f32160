// Finds English left in a translation: a text identical to the English one that has at least two
// English words. Official terms in brackets and single words ("eVisa") pass (organisations' names
// live in public/content/meta.json, not in the translations); a sentence
// that a translator or a later change left in English does not. Used by validate-content.mjs and
// the node --test stage of `npm test`.

import { join } from 'node:path';
import { languageFiles } from './language-files.mjs';
import { flatten } from './matches-english.mjs';

/** Texts that stay in English on purpose, in every language. */
export const ENGLISH_ON_PURPOSE = new Set([
  // Some languages keep the app's name in English (docs/translation-review.md, "All languages").
  'app.name',
  // The organisation's own name, on the letter that is sent in English.
  'texts.ico.recipient',
  // A place name that several languages write in English.
  'nations.northern-ireland',
]);

const ENGLISH_WORD = /[A-Za-z]{2,}/g;

/**
 * @param {unknown} english the English file
 * @param {unknown} translated the same file in another language
 * @returns {string[]} the keys whose text is still the English one
 */
export function englishLeft(english, translated) {
  const englishTexts = flatten(english);
  const left = [];
  for (const [key, text] of flatten(translated)) {
    if (key === 'meta.translation' || ENGLISH_ON_PURPOSE.has(key)) continue;
    if (typeof text !== 'string' || text !== englishTexts.get(key)) continue;
    if ((text.match(ENGLISH_WORD) ?? []).length >= 2) left.push(key);
  }
  return left;
}

/**
 * Every language file in the three folders, against English.
 * @returns {string[]} one message per text left in English
 */
export function englishLeftInRepo(root = '.') {
  const messages = [];
  for (const folder of ['public/i18n', 'public/content', 'public/letters']) {
    const { en: english, ...translations } = languageFiles(join(root, folder));
    if (!english) {
      messages.push(`${folder}/en.json: (file): English is required`);
      continue;
    }
    for (const [code, translated] of Object.entries(translations)) {
      for (const key of englishLeft(english, translated)) {
        messages.push(`${folder}/${code}.json: ${key}: still in English`);
      }
    }
  }
  return messages;
}
