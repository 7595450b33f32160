// `node scripts/validate-content.mjs`: fails with one line per problem, naming file and field.
import { validateContentDir } from './content-validation.mjs';
import { validateLettersDir } from './letters-validation.mjs';
import { validateI18nDir } from './release-validation.mjs';
import { validateLanguagesInRepo } from './languages-validation.mjs';

const check = (dir, validate) => {
  try {
    return validate().map((e) => `${dir}/${e}`);
  } catch (error) {
    return [`${dir}: ${error.message}`];
  }
};
const warnings = [];
const errors = [
  ...check('public/content', () => validateContentDir('public/content', warnings)),
  ...check('public/letters', validateLettersDir),
  ...check('public/i18n', validateI18nDir),
  ...check('src/app/core/i18n', () => validateLanguagesInRepo()),
];
for (const warning of warnings) console.warn(`warning: public/content/${warning}`);
if (errors.length) {
  console.error(
    `Content has ${errors.length} problem(s):\n${errors.map((e) => `  ${e}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Content is valid.');
