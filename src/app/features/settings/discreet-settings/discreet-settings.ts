import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { DiscreetMode } from '../../../core/safety/discreet-mode';

/** Turns discreet mode on or off, and says honestly what it does and does not hide. */
@Component({
  selector: 'app-discreet-settings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="discreet-heading" class="settings-form">
      <h2 id="discreet-heading">{{ 'discreet.heading' | translate }}</h2>
      <p>{{ 'discreet.explain' | translate }}</p>
      <label class="check">
        <input
          type="checkbox"
          #discreetBox
          data-testid="discreet-mode"
          [checked]="discreet.enabled()"
          (change)="discreet.set(discreetBox.checked)"
        />
        {{ 'discreet.toggle' | translate }}
      </label>
      <p class="hint">{{ 'discreet.installed' | translate }}</p>
    </section>
  `,
})
export class DiscreetSettings {
  protected readonly discreet = inject(DiscreetMode);
}
