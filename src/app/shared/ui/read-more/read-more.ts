import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ReadMoreLink } from '../../../core/content/content-model';
import { ExternalLinkList } from '../external-link-list/external-link-list';

/**
 * Organisations a guide points to that only have a website, linked like the sources.
 */
@Component({
  selector: 'app-read-more',
  imports: [TranslatePipe, ExternalLinkList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (links().length) {
      <section aria-labelledby="read-more-heading" data-testid="read-more">
        <h2 id="read-more-heading">{{ 'freshness.readMore' | translate }}</h2>
        <app-external-link-list [links]="titled()" />
      </section>
    }
  `,
})
export class ReadMore {
  readonly links = input<readonly ReadMoreLink[]>([]);
  protected readonly titled = computed(() =>
    this.links().map((link) => ({ title: link.name, url: link.url })),
  );
}
