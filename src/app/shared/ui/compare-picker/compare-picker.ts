import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../../../core/i18n/language';

/** Chooses a second language to read beside the first: `?compare=<code>` on the page's address. */
@Component({
  selector: 'app-compare-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label for="compare-language">{{ 'compare.label' | translate }}</label>
    <select
      id="compare-language"
      class="field"
      data-testid="compare-picker"
      (change)="compareWith($any($event.target).value)"
    >
      <option value="">{{ 'compare.none' | translate }}</option>
      @for (option of others(); track option.code) {
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
export class ComparePicker {
  private readonly router = inject(Router);
  private readonly language = inject(Language);

  readonly selected = input<string | undefined>();

  protected readonly others = computed(() =>
    this.language.languages.filter((l) => l.code !== this.language.current().code),
  );

  protected compareWith(code: string): void {
    void this.router.navigate([], {
      queryParams: { compare: code || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
