import { ChangeDetectionStrategy, Component, booleanAttribute, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentState, ContentStore } from '../../../core/content/content-store';

export type ContentPageStatus = 'loading' | 'failed' | 'missing' | 'ready';

/** A detail page is missing when the content loaded but has no item with the route's id. */
export function pageStatus(state: ContentState, item: unknown): ContentPageStatus {
  if (state !== 'ready') return state;
  return item ? 'ready' : 'missing';
}

/** What a content page shows while loading, when its data failed, or when the id is unknown. */
@Component({
  selector: 'app-content-status',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (status()) {
      @case ('loading') {
        <p role="status">{{ 'content.loading' | translate }}</p>
      }
      @case ('failed') {
        @if (underPageHeading()) {
          <h2>{{ 'content.failedTitle' | translate }}</h2>
        } @else {
          <h1>{{ 'content.failedTitle' | translate }}</h1>
        }
        <p role="alert">{{ content.failureKey() | translate }}</p>
      }
      @case ('missing') {
        <h1>{{ 'notFound.title' | translate }}</h1>
        <p>{{ 'content.missing' | translate }}</p>
        <a class="button" [routerLink]="backPath()">{{ backKey() | translate }}</a>
      }
    }
  `,
})
export class ContentStatus {
  /** `ready` renders nothing: the page shows its content instead. */
  readonly status = input.required<ContentPageStatus>();
  readonly backPath = input('/');
  readonly backKey = input('nav.goHome');
  /** The page shows its own `<h1>` above (a list): the failure's heading is then an `<h2>`. */
  readonly underPageHeading = input(false, { transform: booleanAttribute });
  protected readonly content = inject(ContentStore);
}
