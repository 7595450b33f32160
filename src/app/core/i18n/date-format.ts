/**
 * Formatters by locale and precision. Creating an `Intl.DateTimeFormat` costs far more than using
 * one, and the date pipe runs on every check of every dated line: a guide's page built a new one
 * per date per check, about 90 ms of a first load at a cheap phone's speed. The first one a page
 * creates costs most, 30 to 90 ms at that speed, as the engine loads its date data:
 * `prepareDateFormat` lets that happen while the page waits for its files.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, month: boolean, day: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${month}|${day}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/**
 * "2026-11-22" → "22 November 2026", "2018-05" → "May 2018", "2018" → "2018" in a locale; UTC, so
 * no time zone shifts the day. The date pipe (shared/ui/local-date-pipe.ts) and the letters'
 * dates both use it.
 */
export function formatIsoDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return formatter(locale, !!month, !!day).format(date);
}

/**
 * Creates the full-date formatter of `locale` (the "checked on" dates of every content page) when
 * the browser is next idle, so that the page's own drawing does not pay for the engine's date
 * data. Does nothing where the engine has no `requestIdleCallback` (Safari) or no window (the
 * server): the first date drawn creates it as before.
 */
export function prepareDateFormat(window: Window | null, locale: string): void {
  if (typeof window?.requestIdleCallback !== 'function') return;
  window.requestIdleCallback(() => formatter(locale, true, true), { timeout: 2000 });
}
