import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { DiscreetMode } from '../discreet-mode';
import { QuickExitButton } from '../quick-exit-button/quick-exit-button';

/**
 * What discreet mode shows first: a plain notes screen that says nothing about rights or
 * migration. Continue opens the app; the Exit button and Shift ×3 work here as everywhere.
 */
@Component({
  selector: 'app-plain-screen',
  imports: [TranslatePipe, QuickExitButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="bar">
      <app-quick-exit-button />
    </header>
    <main id="main" class="plain" data-testid="plain-screen">
      <h1>{{ 'discreet.name' | translate }}</h1>
      <p>{{ 'discreet.empty' | translate }}</p>
      <button type="button" class="button" data-testid="plain-continue" (click)="discreet.reveal()">
        {{ 'discreet.continue' | translate }}
      </button>
    </main>
  `,
  styles: `
    .bar {
      display: flex;
      justify-content: flex-end;
      padding: var(--space-2);
      background: #5f6368;
    }
    .plain {
      padding: var(--space-4) var(--space-3);
    }
  `,
})
export class PlainScreen {
  protected readonly discreet = inject(DiscreetMode);
}
