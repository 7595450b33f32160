import { Pipe, PipeTransform, inject } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { LanguageInfo } from '../../core/i18n/languages';

/**
 * Building an Intl.DateTimeFormat is slow (it loads locale data) and this pipe is impure, so a
 * list of notes would build one per row on every check: one per locale and shape is kept.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, month: boolean, day: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${month}|${day}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

/**
 * "2026-11-22" → "22 November 2026" in the reader's language, or in `language` when given (a
 * handout printed for someone else); "2018-05" → "May 2018".
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(isoDate: string, language?: LanguageInfo): string {
    const [year, month, day] = isoDate.split('-').map(Number);
    const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
    const { code, locale } = language ?? this.language.current();
    return format(locale ?? code, !!month, !!day).format(date);
  }
}
