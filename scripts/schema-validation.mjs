// Checks the shape of every data file against its JSON Schema in schemas/ (required fields,
// types, enums, ids, dates, https addresses, no unknown fields) with ajv, and prints one line per
// problem naming the file and the JSON path. What a schema cannot say, because it needs another
// file or today's date, stays in the other validators that scripts/validate-content.mjs runs.
// The same schemas give editors autocompletion through .vscode/settings.json (json.schemas).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LANGUAGES_JSON, languageCodesIn } from './language-files.mjs';

export const SCHEMA_DIR = 'schemas';

/**
 * Which schema each data file follows. `files` lists them relative to the repository root; a
 * folder's language files are found by language-files.mjs, like every other check finds them.
 * .vscode/settings.json maps the same files (schema-validation.test.mjs checks that the two agree).
 * @type {{ schema: string, files: (root: string) => string[] }[]}
 */
export const TARGETS = [
  { schema: 'content-meta.schema.json', files: () => ['public/content/meta.json'] },
  { schema: 'search-terms.schema.json', files: () => ['public/content/search-terms.json'] },
  { schema: 'content-texts.schema.json', files: (root) => languagesIn(root, 'public/content') },
  { schema: 'letters.schema.json', files: (root) => languagesIn(root, 'public/letters') },
  { schema: 'i18n.schema.json', files: (root) => languagesIn(root, 'public/i18n') },
  { schema: 'languages.schema.json', files: () => [LANGUAGES_JSON] },
];

/**
 * The language files (`<code>.json`) in one folder, as paths from the repository root.
 * @param {string} root
 * @param {string} dir
 */
function languagesIn(root, dir) {
  return languageCodesIn(join(root, dir)).map((code) => `${dir}/${code}.json`);
}

/** @type {Map<string, import('ajv').ValidateFunction>} */
const compiled = new Map();
/** @type {Ajv2020 | undefined} */
let ajv;

/**
 * The compiled validator of one schema file; every schema is compiled once per process.
 * @param {string} schema a file name in schemas/, e.g. `content-meta.schema.json`
 * @param {string} [root] the repository root
 */
export function validatorFor(schema, root = '.') {
  if (!ajv) {
    // strict: a typo in a schema (an unknown keyword, a keyword on the wrong type) fails here
    // instead of silently checking nothing. Not strictRequired: "a phone or an email" in
    // content-meta.schema.json is `anyOf: [{ required: ['email'] }, ...]`, a field defined one
    // level up. Not strictTuples: languages.schema.json's prefixItems fixes only the first row
    // (English) of an open list. Union types are how i18n.schema.json says "a text or a group of
    // texts".
    ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      strict: true,
      strictRequired: false,
      strictTuples: false,
      allowUnionTypes: true,
    });
    addFormats(ajv, ['date']);
    // VS Code shows `errorMessage` in the editor; ajv only carries it, for `describe` below.
    ajv.addVocabulary(['errorMessage']);
    for (const name of readdirSync(join(root, SCHEMA_DIR)).filter((f) => f.endsWith('.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(root, SCHEMA_DIR, name), 'utf8')), name);
    }
  }
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.getSchema(schema);
    if (!validate) throw new Error(`${SCHEMA_DIR}/${schema}: no such schema`);
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * Validates parsed data against a schema.
 * @param {string} schema a file name in schemas/
 * @param {unknown} data
 * @param {string} file the data file's path, for messages
 * @returns {string[]} one `<file>: <path>: <problem>` message per problem
 */
export function validateAgainstSchema(schema, data, file) {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  /** @type {{ path: string, line: string }[]} */
  const lines = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'propertyNames') continue; // its inner error names the key
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      // The failed branches' errors come just before, at or under the same path: the one line
      // that says what the alternatives are for replaces them.
      const at = error.instancePath;
      while (lines.length && (lines.at(-1)?.path === at || lines.at(-1)?.path.startsWith(`${at}/`)))
        lines.pop();
    }
    const { path, problem } = describe(error);
    lines.push({ path: error.instancePath, line: `${file}: ${path || '(file)'}: ${problem}` });
  }
  return [...new Set(lines.map(({ line }) => line))];
}

/**
 * One ajv error in the words of the other validators: `contacts[3].phones[0].tel` and what is
 * wrong with the value.
 * @param {import('ajv').ErrorObject} error
 * @returns {{ path: string, problem: string }}
 */
export function describe(error) {
  const path = pointerToPath(error.instancePath);
  const { params, data } = error;
  /** @type {string | undefined} */
  const custom = error.parentSchema?.errorMessage;
  const value = show(data);
  // Inside propertyNames the value checked is a key of the object at instancePath.
  const key = /** @type {{ propertyName?: string }} */ (error).propertyName;
  if (key !== undefined)
    return { path: member(path, key), problem: `key "${key}" ${custom ?? predicate(error)}` };
  switch (error.keyword) {
    case 'required':
      return { path: member(path, params.missingProperty), problem: 'missing' };
    case 'additionalProperties':
      return { path: member(path, params.additionalProperty), problem: 'unknown field' };
    case 'type':
      return { path, problem: `${value ?? kindOf(data)} is not ${typeNames(params.type)}` };
  }
  const problem = custom ?? predicate(error);
  return { path, problem: value === undefined ? problem : `${value} ${problem}` };
}

/**
 * What is wrong, for the keywords our schemas use without an `errorMessage`.
 * @param {import('ajv').ErrorObject} error
 */
function predicate(error) {
  const { params, data } = error;
  const count = Array.isArray(data) ? data.length : undefined;
  switch (error.keyword) {
    case 'enum':
      return `is not one of ${params.allowedValues.join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'minItems':
      return `has ${count} entries, expected at least ${params.limit}`;
    case 'maxItems':
      return `has ${count} entries, expected at most ${params.limit}`;
    case 'format':
      return `is not a valid ${params.format}`;
    case 'pattern':
      return `does not match ${params.pattern}`;
    default:
      return `${error.message}`;
  }
}

/** @param {unknown} data */
function kindOf(data) {
  return Array.isArray(data) ? 'a list' : 'a group of fields';
}

/** @param {string | string[]} type one JSON type, or several */
function typeNames(type) {
  const names = {
    string: 'text',
    object: 'a group of fields',
    array: 'a list',
    boolean: 'true or false',
    integer: 'a whole number',
    number: 'a number',
  };
  return [type]
    .flat()
    .map((t) => names[/** @type {keyof typeof names} */ (t)] ?? t)
    .join(' or ');
}

/**
 * A value short enough for one line; objects and lists are not repeated.
 * @param {unknown} data
 */
function show(data) {
  if (data === undefined || (typeof data === 'object' && data !== null)) return undefined;
  const text = JSON.stringify(data);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

/**
 * `/contacts/3/phones/0/tel` as `contacts[3].phones[0].tel`, the form the other validators use.
 * @param {string} pointer
 */
export function pointerToPath(pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : member(path, part)), '');
}

/** @param {string} path @param {string} key */
function member(path, key) {
  return path ? `${path}.${key}` : key;
}

/**
 * Reads every data file named in TARGETS and validates it.
 * @param {string} [root] the repository root
 * @returns {string[]} one message per problem, each starting with the file's path
 */
export function validateSchemasInRepo(root = '.') {
  const messages = [];
  for (const { schema, files } of TARGETS) {
    for (const file of files(root)) {
      let data;
      try {
        data = JSON.parse(readFileSync(join(root, file), 'utf8'));
      } catch (error) {
        messages.push(`${file}: (file): ${error instanceof Error ? error.message : error}`);
        continue;
      }
      messages.push(...validateAgainstSchema(schema, data, file));
    }
  }
  return messages;
}
