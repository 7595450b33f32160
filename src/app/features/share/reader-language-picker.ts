import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../../core/i18n/language';

/**
 * The language the person receiving a link or handout reads; each name in its own script.
 * The choice goes back through a callback, not `model()`: Angular's core is one chunk in the
 * first bundle, so every core feature a lazy page uses is paid for by the first screen.
 */
@Component({
  selector: 'app-reader-language-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="pickerId()">{{ 'share.readerLanguage' | translate }}</label>
    <select
      class="field"
      [id]="pickerId()"
      data-testid="reader-language"
      (change)="choose()($any($event.target).value)"
    >
      @for (option of language.languages; track option.code) {
        <option
          [value]="option.code"
          [attr.lang]="option.code"
          [attr.dir]="option.dir"
          [selected]="option.code === selected()"
        >
          {{ option.nativeName }}
        </option>
      }
    </select>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--space-1);
    }

    select {
      max-inline-size: 20rem;
      margin-block-end: 0;
    }
  `,
})
export class ReaderLanguagePicker {
  protected readonly language = inject(Language);
  readonly pickerId = input('reader-language');
  readonly selected = input.required<string>();
  readonly choose = input.required<(code: string) => void>();
}
