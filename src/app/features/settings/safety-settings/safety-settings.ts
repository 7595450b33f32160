import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { TranslatedTitleStrategy } from '../../../core/i18n/translated-title-strategy';
import { ExitTarget } from '../../../core/safety/exit-target';
import { ExitUrlProblem } from '../../../core/safety/exit-url';
import { LocalSettings } from '../../../core/settings/local-settings';

/** Where quick exit goes (checked, and confirmed when a backup proposed it), and a neutral tab title. */
@Component({
  selector: 'app-safety-settings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="exit-heading" class="settings-form" data-testid="safety-settings">
      <h2 id="exit-heading">{{ 'exit.heading' | translate }}</h2>
      <p>{{ 'exit.explain' | translate }}</p>
      <p class="hint">{{ 'exit.rules' | translate }}</p>
      @if (target.pending(); as pending) {
        <div
          class="notice-box"
          role="group"
          aria-labelledby="exit-pending"
          data-testid="exit-pending"
        >
          <p id="exit-pending">{{ 'exit.pending' | translate }}</p>
          <p class="ltr" dir="ltr" data-testid="exit-pending-url">{{ pending }}</p>
          <p>{{ 'exit.pendingNow' | translate: { url: target.current() } }}</p>
          <div class="tools">
            <button type="button" class="button" data-testid="exit-pending-use" (click)="accept()">
              {{ 'exit.pendingUse' | translate }}
            </button>
            <button
              type="button"
              class="button secondary"
              data-testid="exit-pending-keep"
              (click)="target.dropPending()"
            >
              {{ 'exit.pendingKeep' | translate }}
            </button>
          </div>
        </div>
      }
      <label for="exit-url">{{ 'exit.urlLabel' | translate }}</label>
      <input
        #exitUrlBox
        id="exit-url"
        type="url"
        inputmode="url"
        autocomplete="off"
        class="field ltr"
        dir="ltr"
        data-testid="exit-url"
        [value]="target.current()"
        [attr.aria-describedby]="problem() ? 'exit-problem' : null"
        (change)="saveExitUrl(exitUrlBox)"
      />
      @if (problem(); as problem) {
        <p id="exit-problem" role="alert" class="notice-box" data-testid="exit-problem">
          {{ 'exit.problem.' + problem | translate }}
          {{ 'exit.kept' | translate: { url: target.current() } }}
        </p>
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
  private readonly titles = inject(TitleStrategy);
  protected readonly target = inject(ExitTarget);
  protected readonly problem = signal<ExitUrlProblem | null>(null);
  protected readonly neutralTitle = signal(this.settings.get('neutralTitle') === '1');

  /** A refused address changes nothing: quick exit keeps its last good target (issue 15). */
  protected saveExitUrl(input: HTMLInputElement): void {
    const checked = this.target.choose(input.value);
    this.problem.set(checked.ok ? null : checked.problem);
    if (checked.ok) input.value = checked.url;
  }

  protected accept(): void {
    this.target.acceptPending();
    this.problem.set(null);
  }

  protected setNeutralTitle(on: boolean): void {
    this.neutralTitle.set(on);
    this.settings.set('neutralTitle', on ? '1' : '0');
    (this.titles as TranslatedTitleStrategy).refresh();
  }
}
