import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { AppUpdates } from '../../pwa/app-updates';
import { GuardedReload } from '../../pwa/guarded-reload';
import { Language } from '../../i18n/language';

/**
 * App-wide messages: a reload is under way or gave up, the chosen language could not load, or a
 * new version is ready.
 */
@Component({
  selector: 'app-notices',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-notices.html',
  // Shares the page's notice style (styles.css: .notice-box, .tools), keeping the shell small.
})
export class AppNotices {
  protected readonly updates = inject(AppUpdates);
  protected readonly guardedReload = inject(GuardedReload);
  protected readonly language = inject(Language);
}
