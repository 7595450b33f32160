// Validates the letter texts (public/letters/<lang>.json) against English: the same text ids and
// placeholders, the same {{slots}} in every text, no empty text, placeholders in [brackets].
// Which text ids and fields each letter uses is checked by the unit tests next to the letters.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const slots = (text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** @param {Record<string, any>} files letter files by language code; `en` is required. */
export function validateLetters(files, languageCodes = Object.keys(files)) {
  const errors = [];
  const fail = (file, field, message) => errors.push(`${file}: ${field}: ${message}`);
  const english = files.en;
  if (!english) return ['en.json: (file): English letters are required'];
  for (const code of languageCodes) if (!files[code]) fail(`${code}.json`, '(file)', 'missing');
  for (const [code, file] of Object.entries(files)) {
    const F = `${code}.json`;
    for (const section of ['placeholders', 'texts']) {
      const own = file?.[section];
      if (!own || typeof own !== 'object') {
        fail(F, section, 'missing');
        continue;
      }
      for (const key of Object.keys(english[section] ?? {}))
        if (!(key in own)) fail(F, `${section}.${key}`, 'missing');
      for (const [key, text] of Object.entries(own)) {
        const field = `${section}.${key}`;
        if (!(key in (english[section] ?? {}))) fail(F, field, 'not in en.json');
        if (typeof text !== 'string' || !text.trim()) {
          fail(F, field, 'empty text');
          continue;
        }
        if (section === 'placeholders' && !/^\[[^[\]]+\]$/.test(text))
          fail(F, field, `"${text}" must be one [bracketed] phrase`);
        const expected = english[section]?.[key];
        if (typeof expected === 'string' && slots(text).join() !== slots(expected).join())
          fail(F, field, `slots {{${slots(text)}}} differ from English {{${slots(expected)}}}`);
      }
    }
  }
  return errors;
}

/** Reads public/letters/ and checks a file exists for every interface language. */
export function validateLettersDir(dir = 'public/letters', i18nDir = 'public/i18n') {
  const files = {};
  for (const name of readdirSync(dir).filter((f) => /^[a-z]{2,3}\.json$/.test(f))) {
    files[name.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  }
  const codes = readdirSync(i18nDir)
    .filter((f) => /^[a-z]{2,3}\.json$/.test(f))
    .map((f) => f.replace(/\.json$/, ''));
  return validateLetters(files, codes);
}
