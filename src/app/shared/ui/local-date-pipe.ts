import { Pipe, PipeTransform, inject } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { LanguageInfo } from '../../core/i18n/languages';
import { DateTexts } from '../../core/i18n/date-texts';

/**
 * "2026-11-22" → "22 November 2026" in the reader's language, or in `language` when given (a
 * handout printed for someone else); "2018-05" → "May 2018".
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(Language);
  private readonly dates = inject(DateTexts);

  transform(isoDate: string, language?: LanguageInfo): string {
    return this.dates.format(isoDate, language ?? this.language.current());
  }
}
