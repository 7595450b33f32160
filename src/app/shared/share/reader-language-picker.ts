import {
  ChangeDetectionStrategy,
  Component,
  Signal,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
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

/** The reader's language for a link or handout: the adviser's choice, else `fallback`. */
export function readerLanguageChoice(fallback: () => string): {
  readonly code: Signal<string>;
  readonly choose: (code: string) => void;
} {
  const chosen = signal<string | null>(null);
  return {
    code: computed(() => chosen() ?? fallback()),
    choose: (code) => chosen.set(code),
  };
}
