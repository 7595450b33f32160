import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ReadMoreLink } from '../../../core/content/content-model';

/**
 * Organisations a guide points to that only have a website. Links open outside the app the same
 * way as the sources (shared/ui/source-list), and say so to screen readers.
 */
@Component({
  selector: 'app-read-more',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (links().length) {
      <section aria-labelledby="read-more-heading" data-testid="read-more">
        <h2 id="read-more-heading">{{ 'freshness.readMore' | translate }}</h2>
        <ul>
          @for (link of links(); track link.url) {
            <li>
              <a [href]="link.url" target="_blank" rel="noopener noreferrer" lang="en" dir="ltr">{{
                link.name
              }}</a>
              <span class="visually-hidden">({{ 'content.opensInternet' | translate }})</span>
              <span class="url print-only" dir="ltr">{{ link.url }}</span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    ul {
      padding-inline-start: var(--space-4);
    }
    a {
      display: inline-block;
      min-block-size: 44px;
      padding-block: 0.6rem;
      overflow-wrap: anywhere;
    }
    .url {
      overflow-wrap: anywhere;
    }
  `,
})
export class ReadMore {
  readonly links = input<readonly ReadMoreLink[]>([]);
}
