// `node scripts/validate-content.mjs`: fails with one line per problem, naming file and field.
import { validateContentDir } from './content-validation.mjs';

let errors;
try {
  errors = validateContentDir();
} catch (error) {
  errors = [`public/content: ${error.message}`];
}
if (errors.length) {
  console.error(
    `Content has ${errors.length} problem(s):\n${errors.map((e) => `  public/content/${e}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Content is valid.');
