import { Pipe, PipeTransform, inject } from '@angular/core';
import { pluralForm } from '../../core/content/freshness';
import { Language } from '../../core/i18n/language';
import { localeOf } from '../../core/i18n/languages';

/**
 * `'notes.count' | pluralKey: 3` → `notes.count.other`: the key of the plural form the reader's
 * language needs for the number, for `| translate` to fill in. English uses `one` and `other`,
 * Arabic all six forms (docs/translating.md, "Plurals"). Impure, like LocalDatePipe, so a change
 * of language re-picks the form for the same number.
 */
@Pipe({ name: 'pluralKey', pure: false })
export class PluralKeyPipe implements PipeTransform {
  private readonly language = inject(Language);

  transform(key: string, count: number | string): string {
    return `${key}.${pluralForm(Number(count), localeOf(this.language.current()))}`;
  }
}
