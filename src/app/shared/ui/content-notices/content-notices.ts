import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { localIsoDate, noticesFor } from '../../../core/content/freshness';
import { ExternalLinkList } from '../external-link-list/external-link-list';
import { LocalDatePipe } from '../local-date-pipe';

/**
 * Dated warnings on a tip or guide ("the old permits stop working on..."). Each shows until its
 * `until` day, measured by the device's own date when the page opens, so it disappears with no
 * new release (rules in core/content/freshness.ts).
 */
@Component({
  selector: 'app-content-notices',
  imports: [TranslatePipe, LocalDatePipe, ExternalLinkList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (notice of shown(); track notice.id) {
      <div
        class="content-notice"
        role="note"
        [attr.aria-labelledby]="'notice-' + notice.id"
        [attr.lang]="notice.lang.code"
        [attr.dir]="notice.lang.dir"
        data-testid="content-notice"
      >
        <h2 [id]="'notice-' + notice.id">{{ notice.text.title }}</h2>
        <p>{{ notice.text.text }}</p>
        <p class="until">
          {{ 'freshness.noticeUntil' | translate: { date: (notice.until | localDate) } }}
        </p>
        @if (notice.sources.length) {
          <app-external-link-list [links]="notice.sources" />
        }
      </div>
    }
  `,
  styles: `
    .content-notice {
      margin-block: var(--space-3);
      padding: var(--space-3) var(--space-4);
      color: var(--color-text);
      background: var(--color-warning-bg);
      border: 1px solid var(--color-warning);
      border-inline-start-width: 6px;
      border-radius: var(--radius);
    }
    h2 {
      margin-block: 0 var(--space-2);
      font-size: 1.15rem;
    }
    p {
      margin-block: 0 var(--space-2);
    }
    .until {
      font-weight: 600;
    }
  `,
})
export class ContentNotices {
  private readonly content = inject(ContentStore);
  readonly kind = input.required<'tips' | 'guides'>();
  readonly itemId = input.required<string>();
  /** Read once when the page opens: a page left open past midnight keeps its notice. */
  private readonly today = localIsoDate(new Date());

  protected readonly shown = computed(() =>
    noticesFor(this.content.notices(), this.kind(), this.itemId(), this.today),
  );
}
