import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentFreshness } from '../../../core/content/content-freshness';
import { ContentStore } from '../../../core/content/content-store';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { changeTarget } from '../change-target';

/** Every content update, newest first, each change one sentence that leads to what changed. */
@Component({
  selector: 'app-changes-page',
  imports: [RouterLink, TranslatePipe, ContentStatus, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './changes-page.html',
  styleUrl: './changes-page.css',
})
export default class ChangesPage {
  protected readonly content = inject(ContentStore);
  private readonly freshness = inject(ContentFreshness);
  protected readonly target = changeTarget;

  constructor() {
    // Reading this page is what "seen" means for the quiet link on home.
    effect(() => {
      if (this.content.contentVersion()) untracked(() => this.freshness.markSeen());
    });
  }
}
