// The one "matches English" check, for every file translated from an English one: the interface
// (public/i18n), the content texts (public/content) and the letters (public/letters). A
// translation has the same keys as English, the same number of entries in every list, and the
// same {{placeholders}} in every text. That each file on its own has no empty text or list, and
// only text where text belongs, is its schema's job (schemas/, schema-validation.mjs).
// validate-content.mjs runs it for translators, the node --test stage of `npm test` runs it on
// every shipped file, and e2e/app-pages.ts reads interface files through `flatten`.

/** Anything in double braces, so a translated name (`{{الاسم}}`) is caught too. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/**
 * Plural forms for exactly none, one or two may spell the number out instead of keeping
 * `{{count}}` (Arabic "تغيّر شيئان"): docs/translating.md, "Plurals".
 */
const SPELLED_OUT_FORMS = new Set(['zero', 'one', 'two']);

/**
 * The placeholders of a text exactly as written, sorted: `{{ count }}` is not `{{count}}`, since
 * the app fills in only what English spells.
 * @param {string} text
 * @returns {string[]}
 */
export function placeholdersIn(text) {
  return (text.match(PLACEHOLDER) ?? []).sort();
}

/**
 * A nested translation file as `a.b.c` keys and their texts; a list's entries are `a.steps.0`,
 * `a.steps.1`. The texts are whatever the file holds at each leaf: the file's schema (schemas/)
 * is what makes sure they are text.
 * @param {unknown} tree
 * @param {string} [prefix]
 * @returns {Map<string, string>}
 */
export function flatten(tree, prefix = '') {
  const out = new Map();
  if (!isGroup(tree)) return out;
  for (const [key, value] of Object.entries(tree)) {
    if (isGroup(value)) for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/**
 * A group of texts or a list: anything `flatten` descends into.
 * @param {unknown} value
 * @returns {value is object}
 */
function isGroup(value) {
  return typeof value === 'object' && value !== null;
}

/**
 * Compares a translation with the English it was made from.
 * @param {unknown} own the translated file, or one item of it
 * @param {unknown} english the same file or item in English; `undefined` when English has none
 * @param {{ file: string, field?: string }} where the file name and the item's field, for messages
 * @returns {string[]} one `<file>: <field>: <problem>` message per problem
 */
export function matchesEnglish(own, english, { file, field = '' }) {
  /** @type {string[]} */
  const problems = [];
  /** @param {string} at @param {string} problem */
  const fail = (at, problem) => problems.push(`${file}: ${at || '(file)'}: ${problem}`);

  /** @param {unknown} value @param {unknown} original @param {string} at */
  const walk = (value, original, at) => {
    if (typeof value === 'string') {
      if (typeof original === 'string') comparePlaceholders(value, original, at);
      else if (original !== undefined) fail(at, `text, where English has ${kindOf(original)}`);
      return;
    }
    if (Array.isArray(value)) {
      if (Array.isArray(original) && original.length !== value.length)
        fail(at, `${value.length} entries, English has ${original.length}`);
      else if (original !== undefined && !Array.isArray(original))
        fail(at, `a list, where English has ${kindOf(original)}`);
      const entries = Array.isArray(original) ? original : [];
      value.forEach((entry, i) => walk(entry, entries[i], `${at}[${i}]`));
      return;
    }
    if (!isObject(value)) return; // a number, null or nothing: the schema says what belongs here
    if (isObject(original)) {
      for (const key of Object.keys(original)) if (!(key in value)) fail(join(at, key), 'missing');
      for (const key of Object.keys(value))
        if (!(key in original)) fail(join(at, key), 'not in en.json');
    } else if (original !== undefined)
      fail(at, `a group of texts, where English has ${kindOf(original)}`);
    for (const [key, entry] of Object.entries(value))
      walk(entry, isObject(original) ? original[key] : undefined, join(at, key));
  };

  /** @param {string} text @param {string} original @param {string} at */
  const comparePlaceholders = (text, original, at) => {
    const have = placeholdersIn(text);
    const want = placeholdersIn(original);
    if (have.join() === want.join()) return;
    const form = at.slice(at.lastIndexOf('.') + 1);
    if (SPELLED_OUT_FORMS.has(form) && have.every((p) => want.includes(p))) return;
    fail(
      at,
      `placeholders ${have.join(' ') || '(none)'} differ from English ${want.join(' ') || '(none)'}`,
    );
  };

  walk(own, english, field);
  return problems;
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} value */
function kindOf(value) {
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return 'a list';
  return isObject(value) ? 'a group of texts' : JSON.stringify(value);
}

/** @param {string} at @param {string} key */
function join(at, key) {
  return at ? `${at}.${key}` : key;
}
