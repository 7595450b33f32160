import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { Language } from '../../core/i18n/language';
import { LanguageSelect } from '../ui/language-select/language-select';

/** The language the person receiving a link or handout reads. */
@Component({
  selector: 'app-reader-language-picker',
  imports: [LanguageSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-language-select
      labelKey="share.readerLanguage"
      testId="reader-language"
      [selectId]="pickerId()"
      [options]="language.languages"
      [selected]="selected()"
      (chosen)="chosen.emit($event)"
    />
  `,
})
export class ReaderLanguagePicker {
  protected readonly language = inject(Language);
  readonly pickerId = input('reader-language');
  readonly selected = input.required<string>();
  readonly chosen = output<string>();
}
