import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageInfo } from '../../../core/i18n/languages';

/** A labelled choice of language, each name in its own script and direction. */
@Component({
  selector: 'app-language-select',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label [for]="selectId()">{{ labelKey() | translate }}</label>
    <select
      #select
      class="field"
      [id]="selectId()"
      [attr.data-testid]="testId()"
      (change)="chosen.emit(select.value)"
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
  /** A language code, or '' for the `noneKey` option. */
  readonly chosen = output<string>();
}
