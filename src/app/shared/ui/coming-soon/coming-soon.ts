import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { routeData } from '../../content/route-signals';

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
  protected readonly titleKey = routeData('titleKey');
  protected readonly bodyKey = routeData('bodyKey');
}
