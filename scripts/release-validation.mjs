// Checks the parts of public/content/meta.json that date the content: the content version and
// its history ("What changed"), and dated notices. Called by content-validation.mjs, which owns
// the texts; each message names the file and the field like the rest. Their shape (version and
// date patterns, https links, required lists) is in schemas/content-meta.schema.json.

/** Guards only: which strings are versions and dates is said by schemas/content-meta.schema.json. */
const VERSION = /^\d{4}\.\d{1,2}\.\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Negative when `a` is the older version ("2026.9.0" before "2026.12.0"). */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff) return diff;
  }
  return 0;
}

/**
 * What a schema cannot say about versions and notices: the order of versions, unique ids, the
 * content version, notices past their date (a warning) and on tips and guides that exist.
 * @param {any} meta meta.json
 * @param {{ fail(field: string, message: string): void, warn(field: string, message: string): void,
 *   ids: Record<string, Set<string>>, today: string }} context
 * @returns {{ notices: Set<string>, changes: Set<string> }} ids the language files must have
 */
export function validateRelease(meta, { fail, warn, ids, today }) {
  const changes = new Set();
  const versions = Array.isArray(meta?.versions) ? meta.versions : [];
  versions.forEach((entry, i) => {
    const field = `versions[${i}]`;
    const previous = versions[i - 1];
    // Compared only when both are versions; the schema reports any that is not.
    if (previous && VERSION.test(previous.version ?? '') && VERSION.test(entry?.version ?? '')) {
      if (compareVersions(previous.version, entry.version) <= 0)
        fail(`${field}.version`, `${entry.version} is not older than ${previous.version}`);
    }
    (Array.isArray(entry?.changes) ? entry.changes : []).forEach((change, j) => {
      if (changes.has(change?.id))
        fail(`${field}.changes[${j}].id`, `"${change.id}" is used twice`);
      changes.add(change?.id);
    });
  });
  if (meta?.contentVersion !== versions[0]?.version)
    fail('contentVersion', `"${meta?.contentVersion}" is not versions[0].version`);

  const notices = new Set();
  (Array.isArray(meta?.notices) ? meta.notices : []).forEach((notice, i) => {
    const field = `notices[${i}]`;
    if (notices.has(notice?.id)) fail(`${field}.id`, `"${notice.id}" is used twice`);
    notices.add(notice?.id);
    if (typeof notice?.until === 'string' && DATE.test(notice.until) && notice.until < today)
      warn(`${field}.until`, `${notice.until} is past: the notice no longer shows`);
    for (const kind of ['tips', 'guides']) {
      for (const id of Array.isArray(notice?.[kind]) ? notice[kind] : [])
        if (!ids[kind].has(id)) fail(`${field}.${kind}`, `unknown id "${id}"`);
    }
  });
  return { notices, changes };
}
