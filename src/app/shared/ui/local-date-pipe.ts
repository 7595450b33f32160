import { Pipe, PipeTransform, inject } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { LanguageInfo } from '../../core/i18n/languages';

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
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    const { code, locale } = language ?? this.language.current();
    return new Intl.DateTimeFormat(locale ?? code, options).format(date);
  }
}
