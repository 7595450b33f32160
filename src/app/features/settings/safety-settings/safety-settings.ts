import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { TranslatedTitleStrategy } from '../../../core/i18n/translated-title-strategy';
import { DEFAULT_EXIT_URL, QuickExit, safeExitUrl } from '../../../core/safety/quick-exit';
import { LocalSettings } from '../../../core/settings/local-settings';

/** Where quick exit goes, and a neutral tab title. */
@Component({
  selector: 'app-safety-settings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="exit-heading" class="settings-form">
      <h2 id="exit-heading">{{ 'exit.heading' | translate }}</h2>
      <p>{{ 'exit.explain' | translate }}</p>
      <label for="exit-url">{{ 'exit.urlLabel' | translate }}</label>
      <input
        #exitUrlBox
        id="exit-url"
        type="url"
        inputmode="url"
        class="field ltr"
        dir="ltr"
        data-testid="exit-url"
        [value]="exitUrl()"
        (change)="saveExitUrl(exitUrlBox.value)"
      />
      @if (refused()) {
        <p role="alert" class="notice-box">{{ 'exit.refused' | translate: { url: defaultUrl } }}</p>
      }
      <label class="check">
        <input
          #neutralTitleBox
          type="checkbox"
          data-testid="neutral-title"
          [checked]="neutralTitle()"
          (change)="setNeutralTitle(neutralTitleBox.checked)"
        />
        {{ 'exit.neutralTitle' | translate }}
      </label>
    </section>
  `,
})
export class SafetySettings {
  private readonly settings = inject(LocalSettings);
  private readonly quickExit = inject(QuickExit);
  private readonly titles = inject(TitleStrategy);
  protected readonly defaultUrl = DEFAULT_EXIT_URL;
  protected readonly exitUrl = signal(this.quickExit.exitUrl());
  protected readonly refused = signal(false);
  protected readonly neutralTitle = signal(this.settings.get('neutralTitle') === '1');

  protected saveExitUrl(value: string): void {
    const wanted = value.trim();
    const safe = safeExitUrl(wanted);
    this.refused.set(wanted !== '' && safe === DEFAULT_EXIT_URL && wanted !== DEFAULT_EXIT_URL);
    this.settings.set('exitUrl', safe);
    this.exitUrl.set(safe);
  }

  protected setNeutralTitle(on: boolean): void {
    this.neutralTitle.set(on);
    this.settings.set('neutralTitle', on ? '1' : '0');
    (this.titles as TranslatedTitleStrategy).refresh();
  }
}
