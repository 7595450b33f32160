// Validates the content data (public/content/meta.json, one <lang>.json per language and
// search-terms.json) where a rule needs several files or today's date: unique ids and share
// codes, links to ids that exist, texts for every id, dates not in the future. The shape of each
// file is its schema's job (schemas/, schema-validation.mjs). Every message names the file and
// the field, so a broken edit is quick to find.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageFiles } from './language-files.mjs';
import { matchesEnglish } from './matches-english.mjs';
import { validateRelease } from './release-validation.mjs';

const URGENT = [
  'emergency-999',
  'police-101',
  'domestic-abuse-helpline',
  'modern-slavery-helpline',
];
/** The four lists of meta.json whose ids the texts and links refer to. */
const KINDS = ['tips', 'guides', 'contacts', 'timeline'];
/** Only dates the schema accepts are compared with today; the schema reports the others. */
const DATE_SHAPE = /^\d{4}(-\d{2}){0,2}$/;

/** "+44 20 1234 5678", "+442012345678" and "020 1234 5678" are all "02012345678". */
function national(number = '') {
  const compact = number.replace(/[^\d+]/g, '');
  return compact.startsWith('+44') ? `0${compact.slice(3)}` : compact;
}

/** @param {unknown} value */
const list = (value) => (Array.isArray(value) ? value : []);

/**
 * The rules about meta.json and the texts that need more than one file or today's date. The
 * shape of each file (fields, types, ids, dates, https, counts) is checked by its schema in
 * schemas/ (schema-validation.mjs); this code reads malformed input without crashing and leaves
 * reporting it to the schema.
 * @param {any} meta meta.json
 * @param {Record<string, any>} languages content texts by language code; `en` is required
 * @param {string} today YYYY-MM-DD
 * @param {string[]} warnings collects what is worth a look but must not stop a release
 */
export function validateContent(
  meta,
  languages,
  today = new Date().toISOString().slice(0, 10),
  warnings = [],
) {
  /** @type {string[]} */
  const errors = [];
  /** @param {string} file @param {string} field @param {string} message */
  const fail = (file, field, message) => errors.push(`${file}: ${field}: ${message}`);
  const M = 'meta.json';

  /** @param {string} field @param {unknown} value */
  const notInFuture = (field, value) => {
    if (typeof value === 'string' && DATE_SHAPE.test(value) && value > today)
      fail(M, field, `${value} is in the future`);
  };
  /** @type {Record<string, Set<string>>} */
  const ids = {};
  for (const kind of KINDS) {
    ids[kind] = new Set();
    list(meta?.[kind]).forEach((item, i) => {
      if (ids[kind].has(item?.id)) fail(M, `${kind}[${i}].id`, `"${item.id}" is used twice`);
      ids[kind].add(item?.id);
    });
  }
  // Share links carry these short codes, not ids; a code once used must never point elsewhere.
  for (const kind of ['tips', 'guides', 'contacts']) {
    const codes = new Set();
    list(meta?.[kind]).forEach((item, i) => {
      const code = item?.shareCode;
      if (code === undefined) return;
      if (codes.has(code)) fail(M, `${kind}[${i}].shareCode`, `${code} is used twice`);
      codes.add(code);
    });
  }
  /** @param {string} field @param {any} related */
  const checkRelated = (field, related) => {
    for (const kind of ['tips', 'guides', 'contacts']) {
      for (const id of list(related?.[kind])) {
        if (!ids[kind].has(id)) fail(M, `${field}.related.${kind}`, `unknown id "${id}"`);
      }
    }
  };
  for (const kind of ['tips', 'guides']) {
    list(meta?.[kind]).forEach((item, i) => {
      notInFuture(`${kind}[${i}].checkedOn`, item?.checkedOn);
      checkRelated(`${kind}[${i}]`, item?.related);
    });
  }
  list(meta?.contacts).forEach((contact, i) => {
    const field = `contacts[${i}]`;
    notInFuture(`${field}.checkedOn`, contact?.checkedOn);
    list(contact?.phones).forEach((phone, j) => {
      if (typeof phone?.display !== 'string' || typeof phone?.tel !== 'string') return;
      if (national(phone.display) !== national(phone.tel)) {
        fail(
          M,
          `${field}.phones[${j}]`,
          `display "${phone.display}" and tel "${phone.tel}" differ`,
        );
      }
    });
  });
  // The app lists contacts in this order and does not sort them (src/app/core/content/
  // content-store.ts): urgent ones first, in the order chosen here, then the others by name.
  const contacts = list(meta?.contacts);
  const byName = new Intl.Collator('en').compare;
  contacts.forEach((contact, i) => {
    const before = contacts[i - 1];
    if (!before) return;
    if (contact?.urgent === true && before?.urgent !== true)
      fail(M, `contacts[${i}]`, `"${contact?.id}" is urgent: it must come before the others`);
    else if (
      contact?.urgent !== true &&
      before?.urgent !== true &&
      byName(before?.name ?? '', contact?.name ?? '') > 0
    )
      fail(
        M,
        `contacts[${i}]`,
        `"${contact?.name ?? contact?.id}" must come before "${before?.name ?? before?.id}" (by name)`,
      );
  });
  for (const id of URGENT) {
    const contact = list(meta?.contacts).find((c) => c?.id === id);
    if (contact?.urgent !== true) fail(M, 'contacts', `"${id}" must exist and be urgent`);
  }
  list(meta?.timeline).forEach((entry, i) => notInFuture(`timeline[${i}].date`, entry?.date));
  Object.assign(
    ids,
    validateRelease(meta, {
      fail: (field, message) => fail(M, field, message),
      warn: (field, message) => warnings.push(`${M}: ${field}: ${message}`),
      ids,
      today,
    }),
  );

  // Texts: every id in every language, and each item matches English (matches-english.mjs).
  const english = languages.en;
  if (!english) fail('en.json', '(file)', 'English content is required');
  for (const [code, texts] of Object.entries(languages)) {
    const F = `${code}.json`;
    for (const kind of [...KINDS, 'notices', 'changes']) {
      const own = texts?.[kind] ?? {};
      for (const id of ids[kind]) if (!own[id]) fail(F, `${kind}.${id}`, 'missing');
      for (const id of Object.keys(own))
        if (!ids[kind].has(id)) fail(F, `${kind}.${id}`, 'no such id in meta.json');
      if (code === 'en') continue;
      for (const [id, item] of Object.entries(own)) {
        const original = english?.[kind]?.[id];
        errors.push(...matchesEnglish(item, original, { file: F, field: `${kind}.${id}` }));
      }
    }
  }
  return errors;
}

/**
 * `search-terms.json`: every id names real content. Which kinds and #sections an id may have is
 * in schemas/search-terms.schema.json.
 * @param {any} searchTerms
 * @param {any} meta
 */
export function validateSearchTerms(searchTerms, meta) {
  /** @type {string[]} */
  const errors = [];
  list(searchTerms?.groups).forEach((group, i) => {
    list(group?.ids).forEach((ref, j) => {
      const [kind, id] = String(ref).split('#')[0].split('/');
      if (!KINDS.includes(kind)) return; // not <kind>/<id>: the schema says so
      if (!list(meta?.[kind]).some((item) => item?.id === id))
        errors.push(`search-terms.json: groups[${i}].ids[${j}]: unknown content "${ref}"`);
    });
  });
  return errors;
}

/** Reads public/content/ and validates it; returns the error messages, collects warnings. */
export function validateContentDir(dir = 'public/content', warnings = []) {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const searchTerms = JSON.parse(readFileSync(join(dir, 'search-terms.json'), 'utf8'));
  return [
    ...validateContent(meta, languageFiles(dir), undefined, warnings),
    ...validateSearchTerms(searchTerms, meta),
  ];
}
