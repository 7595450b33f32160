import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { openFragmentWhenReady } from '../../../shared/content/fragment-scroll';

/** Key dates in data rights for migrants, oldest first. */
@Component({
  selector: 'app-timeline-page',
  imports: [TranslatePipe, ContentStatus, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timeline-page.html',
  styleUrl: './timeline-page.css',
})
export default class TimelinePage {
  protected readonly content = inject(ContentStore);

  constructor() {
    openFragmentWhenReady(computed(() => this.content.state() === 'ready'));
  }
}
