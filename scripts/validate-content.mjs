// `node scripts/validate-content.mjs [--lang <code>]`: checks the content, the letters, the
// interface strings and the language list; fails with one line per problem, naming the file, the
// key and what is wrong. `--lang fa` shows only the problems in Farsi's own files (a translator's
// view); English problems are always shown, since every language is checked against English.
import { parseArgs } from 'node:util';
import { validateContentDir } from './content-validation.mjs';
import { englishLeftInRepo } from './english-left.mjs';
import { LANGUAGES_JSON, shippedLanguageCodes } from './language-files.mjs';
import { validateInterfaceDir } from './i18n-validation.mjs';
import { validateLanguagesInRepo } from './languages-validation.mjs';
import { validateLettersDir } from './letters-validation.mjs';
import { validateSchemasInRepo } from './schema-validation.mjs';

const { values } = parseArgs({ options: { lang: { type: 'string' } } });
const lang = values.lang;
const shipped = shippedLanguageCodes();
if (lang !== undefined && !shipped.includes(lang)) {
  console.error(`--lang ${lang}: not in ${LANGUAGES_JSON}, which lists ${shipped.join(' ')}`);
  process.exit(2);
}

/**
 * Runs one validator; its messages start with a file name inside `dir`.
 * @param {string} dir
 * @param {() => string[]} validate
 */
const check = (dir, validate) => {
  try {
    return validate().map((e) => (/^(public|src)\//.test(e) ? e : `${dir}/${e}`));
  } catch (error) {
    return [`${dir}: ${error instanceof Error ? error.message : error}`];
  }
};
/** @type {string[]} */
const warnings = [];
const all = [
  // The shape of every file (schemas/); the checks below need several files, or today's date.
  ...check('.', () => validateSchemasInRepo()),
  ...check('public/content', () => validateContentDir('public/content', warnings)),
  ...check('public/letters', () => validateLettersDir()),
  ...check('public/i18n', () => validateInterfaceDir()),
  ...check('src/app/core/i18n', () => validateLanguagesInRepo()),
  ...check('public', () => englishLeftInRepo()),
];
/** With --lang: that language's files, English's, and files every language shares (meta.json). */
const mine = (/** @type {string} */ message) => {
  const code = /\/([a-z]{2,3})\.json:/.exec(message)?.[1];
  return !lang || code === undefined || code === lang || code === 'en';
};
const errors = all.filter(mine);
for (const warning of warnings) console.warn(`warning: public/content/${warning}`);
const what = lang ? `Content in "${lang}"` : 'Content';
if (errors.length) {
  const problems = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  console.error(`${what} has ${problems}:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
console.log(`${what} is valid.`);
