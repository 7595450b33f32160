import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageInfo } from '../../../core/i18n/languages';

/**
 * A labelled choice of language, each name in its own script and direction. The choice goes back
 * through a callback, not `model()` or `output()`: Angular's core is one chunk in the first
 * bundle, so every core feature a lazy page uses is paid for by the first screen.
 */
@Component({
  selector: 'app-language-select',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="selectId()">{{ labelKey() | translate }}</label>
    <select
      class="field"
      [id]="selectId()"
      [attr.data-testid]="testId()"
      (change)="choose()($any($event.target).value)"
    >
      @if (noneKey(); as none) {
        <option value="">{{ none | translate }}</option>
      }
      @for (option of options(); track option.code) {
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
export class LanguageSelect {
  readonly selectId = input.required<string>();
  readonly labelKey = input.required<string>();
  readonly testId = input<string>();
  readonly options = input.required<readonly LanguageInfo[]>();
  readonly selected = input<string>();
  /** An empty first option, such as "only this language". */
  readonly noneKey = input<string>();
  readonly choose = input.required<(code: string) => void>();
}
