import { Pipe, PipeTransform, inject } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { LanguageInfo } from '../../core/i18n/languages';
import { LocaleTexts } from '../../core/i18n/locale-texts';

/**
 * "2026-11-22" → "22 November 2026" in the reader's language, or in `language` when given (a
 * handout printed for someone else); "2018-05" → "May 2018".
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(Language);
  private readonly texts = inject(LocaleTexts);

  transform(isoDate: string, language?: LanguageInfo): string {
    return this.texts.date(isoDate, language ?? this.language.current());
  }
}
