import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** A link out of the app: an English title and an https address. */
export interface ExternalLink {
  readonly title: string;
  readonly url: string;
}

/**
 * Links that leave the app (sources, organisations' websites): each opens in a new tab without a
 * referrer, says so to screen readers, keeps its English title left-to-right inside any page, and
 * prints its address on paper.
 */
@Component({
  selector: 'app-external-link-list',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul>
      @for (link of links(); track link.url) {
        <li>
          <a [href]="link.url" target="_blank" rel="noopener noreferrer" lang="en" dir="ltr">{{
            link.title
          }}</a>
          <span class="visually-hidden">({{ 'content.opensInternet' | translate }})</span>
          <span class="url print-only" dir="ltr">{{ link.url }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      margin: 0;
      padding-inline-start: var(--space-4);
    }
    li {
      margin-block-end: var(--space-2);
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
    @media print {
      .url {
        display: block;
        font-size: 0.85em;
      }
      a {
        min-block-size: 0;
        padding: 0;
      }
    }
  `,
})
export class ExternalLinkList {
  readonly links = input.required<readonly ExternalLink[]>();
}
