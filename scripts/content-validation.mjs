// Validates the content data (public/content/meta.json and one <lang>.json per language).
// Every message names the file and the field, so a broken edit is quick to find.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageFiles } from './language-files.mjs';
import { matchesEnglish } from './matches-english.mjs';
import { validateRelease } from './release-validation.mjs';

export const TOPICS = [
  'rights',
  'records',
  'health',
  'schools',
  'police',
  'abuse',
  'work',
  'housing',
  'status',
  'phones',
  'complaints',
  'scams',
  'advice',
  'emergency',
];
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland', 'uk'];
const URGENT = [
  'emergency-999',
  'police-101',
  'domestic-abuse-helpline',
  'modern-slavery-helpline',
];
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
const TEL = /^(\+44\d{9,10}|\+\d{7,15}|999|101|111|112)$/;

/** "+44 20 1234 5678", "+442012345678" and "020 1234 5678" are all "02012345678". */
function national(number = '') {
  const compact = number.replace(/[^\d+]/g, '');
  return compact.startsWith('+44') ? `0${compact.slice(3)}` : compact;
}

/**
 * @param {string} today YYYY-MM-DD
 * @param {string[]} warnings collects what is worth a look but must not stop a release
 */
export function validateContent(
  meta,
  languages,
  today = new Date().toISOString().slice(0, 10),
  warnings = [],
) {
  const errors = [];
  const fail = (file, field, message) => errors.push(`${file}: ${field}: ${message}`);
  const M = 'meta.json';

  const isDate = (value, formats = /^\d{4}-\d{2}-\d{2}$/) => {
    if (typeof value !== 'string' || !formats.test(value)) return false;
    const [y, m = '01', d = '01'] = value.split('-');
    const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
  };
  const checkDate = (field, value, formats) => {
    if (!isDate(value, formats)) fail(M, field, `"${value}" is not a valid date`);
    else if (value > today) fail(M, field, `${value} is in the future`);
  };
  const checkHttps = (field, value) => {
    try {
      if (new URL(value).protocol !== 'https:') fail(M, field, `"${value}" is not https`);
    } catch {
      fail(M, field, `"${value}" is not a URL`);
    }
  };
  const checkSources = (field, sources) => {
    if (!Array.isArray(sources) || sources.length === 0) {
      fail(M, field, 'no sources');
      return;
    }
    sources.forEach((source, i) => {
      if (!source?.title?.trim()) fail(M, `${field}[${i}].title`, 'empty');
      checkHttps(`${field}[${i}].url`, source?.url);
    });
  };
  /** @type {Record<string, Set<string>>} */
  const ids = {};
  for (const kind of ['tips', 'guides', 'contacts', 'timeline']) {
    const list = meta[kind];
    if (!Array.isArray(list)) {
      fail(M, kind, 'missing list');
      ids[kind] = new Set();
      continue;
    }
    ids[kind] = new Set();
    list.forEach((item, i) => {
      const field = `${kind}[${i}]`;
      if (typeof item?.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(item.id)) {
        fail(M, `${field}.id`, `"${item?.id}" is not a kebab-case id`);
      } else if (ids[kind].has(item.id)) fail(M, `${field}.id`, `"${item.id}" is used twice`);
      ids[kind].add(item?.id);
    });
  }
  // Share links carry these short codes, not ids; a code once used must never point elsewhere.
  for (const kind of ['tips', 'guides', 'contacts']) {
    const codes = new Set();
    (meta[kind] ?? []).forEach((item, i) => {
      const field = `${kind}[${i}].shareCode`;
      const code = item?.shareCode;
      if (!Number.isInteger(code) || code < 1 || code > 999) {
        fail(M, field, `${JSON.stringify(code)} is not a whole number from 1 to 999`);
      } else if (codes.has(code)) fail(M, field, `${code} is used twice`);
      codes.add(code);
    });
  }
  const minimum = { tips: 7, guides: 10, contacts: 20, timeline: 10 };
  for (const [kind, count] of Object.entries(minimum)) {
    if (ids[kind].size < count)
      fail(M, kind, `${ids[kind].size} items, expected at least ${count}`);
  }
  if (ids.tips.size !== 7) fail(M, 'tips', `${ids.tips.size} tips, expected exactly 7`);

  const checkRelated = (field, related) => {
    for (const kind of ['tips', 'guides', 'contacts']) {
      for (const id of related?.[kind] ?? []) {
        if (!ids[kind].has(id)) fail(M, `${field}.related.${kind}`, `unknown id "${id}"`);
      }
    }
  };
  const checkLawAsOf = (field, value) => {
    if (!isDate(value)) fail(M, field, `"${value}" is not a valid date`);
  };
  (meta.tips ?? []).forEach((tip, i) => {
    checkDate(`tips[${i}].checkedOn`, tip.checkedOn);
    checkLawAsOf(`tips[${i}].lawAsOf`, tip.lawAsOf);
    checkRelated(`tips[${i}]`, tip.related);
    checkSources(`tips[${i}].sources`, tip.sources);
  });
  (meta.guides ?? []).forEach((guide, i) => {
    checkDate(`guides[${i}].checkedOn`, guide.checkedOn);
    checkLawAsOf(`guides[${i}].lawAsOf`, guide.lawAsOf);
    if (guide.readMore !== undefined && !Array.isArray(guide.readMore))
      fail(M, `guides[${i}].readMore`, 'not a list');
    (Array.isArray(guide.readMore) ? guide.readMore : []).forEach((link, j) => {
      if (!link?.name?.trim()) fail(M, `guides[${i}].readMore[${j}].name`, 'empty');
      checkHttps(`guides[${i}].readMore[${j}].url`, link?.url);
    });
    if (!TOPICS.includes(guide.topic))
      fail(M, `guides[${i}].topic`, `unknown topic "${guide.topic}"`);
    checkRelated(`guides[${i}]`, guide.related);
    checkSources(`guides[${i}].sources`, guide.sources);
  });
  (meta.contacts ?? []).forEach((contact, i) => {
    const field = `contacts[${i}]`;
    if (!contact.name?.trim()) fail(M, `${field}.name`, 'empty');
    checkDate(`${field}.checkedOn`, contact.checkedOn);
    if (typeof contact.urgent !== 'boolean') fail(M, `${field}.urgent`, 'must be true or false');
    (contact.phones ?? []).forEach((phone, j) => {
      if (!TEL.test(phone.tel ?? ''))
        fail(M, `${field}.phones[${j}].tel`, `"${phone.tel}" is not dialable`);
      if (!phone.display?.trim()) fail(M, `${field}.phones[${j}].display`, 'empty');
      if (national(phone.display) !== national(phone.tel)) {
        fail(
          M,
          `${field}.phones[${j}]`,
          `display "${phone.display}" and tel "${phone.tel}" differ`,
        );
      }
      if (!['verified', 'check'].includes(phone.status))
        fail(M, `${field}.phones[${j}].status`, `"${phone.status}"`);
    });
    if (contact.email !== undefined && !EMAIL.test(contact.email))
      fail(M, `${field}.email`, `"${contact.email}" is not an email address`);
    if (contact.website !== undefined) checkHttps(`${field}.website`, contact.website);
    // A website alone is not a way to ask for help: such organisations go in a guide's readMore.
    if (!contact.phones?.length && !contact.email)
      fail(M, field, `no phone and no email ("${contact.id}")`);
    if (!Array.isArray(contact.nations) || contact.nations.length === 0)
      fail(M, `${field}.nations`, 'missing list');
    (Array.isArray(contact.nations) ? contact.nations : []).forEach((nation, j) => {
      if (!NATIONS.includes(nation))
        fail(M, `${field}.nations[${j}]`, `unknown nation "${nation}"`);
    });
    if (!Array.isArray(contact.languages)) fail(M, `${field}.languages`, 'missing list');
    (contact.languages ?? []).forEach((code, j) => {
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code))
        fail(M, `${field}.languages[${j}]`, `"${code}" is not a language code`);
    });
    if (!contact.topics?.length) fail(M, `${field}.topics`, 'empty');
    (contact.topics ?? []).forEach((topic, j) => {
      if (!TOPICS.includes(topic)) fail(M, `${field}.topics[${j}]`, `unknown topic "${topic}"`);
    });
    checkSources(`${field}.sources`, contact.sources);
  });
  for (const id of URGENT) {
    const contact = (meta.contacts ?? []).find((c) => c.id === id);
    if (!contact?.urgent) fail(M, 'contacts', `"${id}" must exist and be urgent`);
  }
  (meta.timeline ?? []).forEach((entry, i) => {
    checkDate(`timeline[${i}].date`, entry.date, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    checkSources(`timeline[${i}].sources`, entry.sources);
  });
  Object.assign(
    ids,
    validateRelease(meta, {
      isDate,
      fail: (field, message) => fail(M, field, message),
      warn: (field, message) => warnings.push(`${M}: ${field}: ${message}`),
      checkSources,
      checkHttps,
      ids,
      today,
    }),
  );

  // Texts: every id in every language, and each item matches English (matches-english.mjs).
  const english = languages.en;
  if (!english) fail('en.json', '(file)', 'English content is required');
  for (const [code, texts] of Object.entries(languages)) {
    const F = `${code}.json`;
    for (const kind of ['tips', 'guides', 'contacts', 'timeline', 'notices', 'changes']) {
      const own = texts[kind] ?? {};
      for (const id of ids[kind]) if (!own[id]) fail(F, `${kind}.${id}`, 'missing');
      for (const id of Object.keys(own))
        if (!ids[kind].has(id)) fail(F, `${kind}.${id}`, 'no such id in meta.json');
      for (const [id, item] of Object.entries(own)) {
        const original = code === 'en' ? item : english?.[kind]?.[id];
        errors.push(...matchesEnglish(item, original, { file: F, field: `${kind}.${id}` }));
      }
    }
    for (const topic of TOPICS)
      if (!texts.topics?.[topic]?.trim()) fail(F, `topics.${topic}`, 'missing');
    for (const [id, tip] of Object.entries(texts.tips ?? {})) {
      const steps = tip.steps?.length ?? 0;
      if (steps < 3 || steps > 6) fail(F, `tips.${id}.steps`, `${steps} steps, expected 3 to 6`);
    }
  }
  return errors;
}

/** The sections a search result may open (`#<section>`); ids the tip and guide pages give them. */
export const SECTIONS = {
  tips: ['why', 'steps'],
  guides: ['audience', 'facts', 'steps', 'ask', 'nations'],
  contacts: [],
  timeline: [],
};

/** `search-terms.json`: every group has terms, and every id names real content (and section). */
export function validateSearchTerms(searchTerms, meta) {
  const errors = [];
  const F = 'search-terms.json';
  const fail = (field, message) => errors.push(`${F}: ${field}: ${message}`);
  if (!Array.isArray(searchTerms?.groups)) return [`${F}: groups: missing list`];
  searchTerms.groups.forEach((group, i) => {
    const field = `groups[${i}]`;
    if (!Array.isArray(group.terms) || group.terms.length === 0) fail(`${field}.terms`, 'empty');
    (group.terms ?? []).forEach((term, j) => {
      if (typeof term !== 'string' || !term.trim()) fail(`${field}.terms[${j}]`, 'empty text');
    });
    if (!Array.isArray(group.ids) || group.ids.length === 0) fail(`${field}.ids`, 'empty');
    (group.ids ?? []).forEach((ref, j) => {
      const [path, section] = String(ref).split('#');
      const [kind, id] = path.split('/');
      const known = (meta[kind] ?? []).some((item) => item.id === id);
      if (!SECTIONS[kind] || !known) fail(`${field}.ids[${j}]`, `unknown content "${ref}"`);
      else if (section !== undefined && !SECTIONS[kind].includes(section))
        fail(`${field}.ids[${j}]`, `unknown section "#${section}" in "${ref}"`);
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
