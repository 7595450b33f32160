import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { Language } from '../../../core/i18n/language';
import { LanguageSelect } from '../language-select/language-select';

/** Chooses a second language to read beside the first: `?compare=<code>` on the page's address. */
@Component({
  selector: 'app-compare-picker',
  imports: [LanguageSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-language-select
      selectId="compare-language"
      labelKey="compare.label"
      testId="compare-picker"
      noneKey="compare.none"
      [options]="others()"
      [selected]="selected()"
      [choose]="compareWith"
    />
  `,
})
export class ComparePicker {
  private readonly router = inject(Router);
  private readonly language = inject(Language);

  readonly selected = input<string | undefined>();

  protected readonly others = computed(() =>
    this.language.languages.filter((l) => l.code !== this.language.current().code),
  );

  protected readonly compareWith = (code: string): void => {
    void this.router.navigate([], {
      queryParams: { compare: code || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  };
}
