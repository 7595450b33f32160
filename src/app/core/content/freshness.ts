import { NoticeMeta, VersionMeta } from './content-model';

/**
 * Pure date and version rules behind notices and "What changed", kept apart from the store so
 * they can be tested without a browser clock or files.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The device's own calendar day as YYYY-MM-DD: a notice ends at the reader's midnight, not UTC's. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar date such as 2026-12-31 (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A notice shows up to and including its `until` day, then disappears with no new release. An
 * unreadable date hides it: a warning we cannot date could be long out of date.
 */
export function noticeShows(until: string, today: string): boolean {
  return isIsoDate(until) && today <= until;
}

/** The notices that name this tip or guide and still apply today. */
export function noticesFor<N extends NoticeMeta>(
  notices: readonly N[],
  kind: 'tips' | 'guides',
  id: string,
  today: string,
): N[] {
  return notices.filter((notice) => notice[kind].includes(id) && noticeShows(notice.until, today));
}

/** Compares "2026.12.0" and "2026.9.1" part by part as numbers; negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff) return diff;
  }
  return 0;
}

/** How many changes the versions newer than `lastSeen` bring; none when nothing was seen yet. */
export function changesSince(
  versions: readonly Pick<VersionMeta, 'version' | 'changes'>[],
  lastSeen: string | null,
): number {
  if (!lastSeen) return 0;
  return versions
    .filter((v) => compareVersions(v.version, lastSeen) > 0)
    .reduce((sum, v) => sum + v.changes.length, 0);
}

/**
 * The plural form of `count` in a language (`zero`, `one`, `two`, `few`, `many`, `other`), for
 * keys such as `changes.since.few`: Arabic needs all six, English two.
 */
export function pluralForm(count: number, locale: string): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(count);
  } catch {
    return new Intl.PluralRules('en').select(count);
  }
}
