// `node scripts/validate-content.mjs`: fails with one line per problem, naming file and field.
import { validateContentDir } from './content-validation.mjs';
import { validateLettersDir } from './letters-validation.mjs';

const check = (dir, validate) => {
  try {
    return validate().map((e) => `${dir}/${e}`);
  } catch (error) {
    return [`${dir}: ${error.message}`];
  }
};
const errors = [
  ...check('public/content', validateContentDir),
  ...check('public/letters', validateLettersDir),
];
if (errors.length) {
  console.error(
    `Content has ${errors.length} problem(s):\n${errors.map((e) => `  ${e}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Content is valid.');
