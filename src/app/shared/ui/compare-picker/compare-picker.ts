import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../../../core/i18n/language';
import { LanguageInfo, languageName } from '../../../core/i18n/languages';
import { LanguageSelect } from '../language-select/language-select';

/** Chooses a second language to read beside the first: `?compare=<code>` on the page's address. */
@Component({
  selector: 'app-compare-picker',
  imports: [LanguageSelect, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-language-select
      selectId="compare-language"
      labelKey="compare.label"
      testId="compare-picker"
      noneKey="compare.none"
      [options]="others()"
      [selected]="selected()"
      (chosen)="compareWith($event)"
    />
    @if (missingName(); as name) {
      <p class="notice-box" role="status" data-testid="compare-missing">
        {{ 'compare.notOnPhone' | translate: { language: name } }}
      </p>
    }
  `,
})
export class ComparePicker {
  private readonly router = inject(Router);
  private readonly language = inject(Language);

  readonly selected = input<string | undefined>();
  /** The chosen language when this phone does not have it yet (offline before its first visit). */
  readonly missing = input<LanguageInfo | null>(null);

  protected readonly missingName = computed(() => {
    const missing = this.missing();
    return missing ? languageName(missing, this.language.current()) : null;
  });

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
