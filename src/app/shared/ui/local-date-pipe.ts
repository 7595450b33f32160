import { Pipe, PipeTransform, inject } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { LanguageInfo } from '../../core/i18n/languages';

/**
 * Formatters by locale and precision. Creating an `Intl.DateTimeFormat` costs far more than using
 * one, and this impure pipe runs on every check of every dated line: a guide's page built a new
 * one per date per check, about 90 ms of a first load at a cheap phone's speed.
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
 * no time zone shifts the day. The pipe below and the letters' dates both use it.
 */
export function formatIsoDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return formatter(locale, !!month, !!day).format(date);
}

/**
 * "2026-11-22" → "22 November 2026" in the reader's language, or in `language` when given (a
 * handout printed for someone else); "2018-05" → "May 2018".
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(isoDate: string, language?: LanguageInfo): string {
    const { code, locale } = language ?? this.language.current();
    return formatIsoDate(isoDate, locale ?? code);
  }
}
