import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { AppUpdates } from '../../pwa/app-updates';
import { GuardedReload } from '../../pwa/guarded-reload';

/** App-wide messages: a new version is ready, or a reload is under way or gave up. */
@Component({
  selector: 'app-notices',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-notices.html',
  styleUrl: './app-notices.css',
})
export class AppNotices {
  protected readonly updates = inject(AppUpdates);
  protected readonly guardedReload = inject(GuardedReload);
}
