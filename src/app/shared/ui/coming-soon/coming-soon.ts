import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * An honest placeholder for a screen that a later version fills: it has its own address, title
 * and text, and it works offline like every other screen. Keys come from the route's `data`.
 */
@Component({
  selector: 'app-coming-soon',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ titleKey() | translate }}</h1>
    <p class="lead">{{ bodyKey() | translate }}</p>
    <p class="soon" role="note">{{ 'comingSoon.note' | translate }}</p>
    <a class="button" routerLink="/">{{ 'comingSoon.home' | translate }}</a>
  `,
  styles: `
    .soon {
      padding: var(--space-3);
      border-inline-start: 4px solid var(--color-accent);
      background: var(--color-surface);
    }
  `,
})
export default class ComingSoon {
  readonly titleKey = input.required<string>();
  readonly bodyKey = input.required<string>();
}
