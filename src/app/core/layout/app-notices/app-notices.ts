import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
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
  private readonly document = inject(DOCUMENT);
  /**
   * A live region announces what changes in it, not what it held when it appeared: a language
   * that failed at the start is put in once the region has been drawn empty.
   */
  private readonly drawn = signal(false);
  protected readonly languageFailure = computed(() =>
    this.drawn() ? this.language.notLoaded() : null,
  );

  constructor() {
    afterNextRender(() => this.drawn.set(true));
  }

  protected async retryLanguage(): Promise<void> {
    await this.language.retry();
    if (!this.language.notLoaded()) this.focusMain();
  }

  protected closeLanguageNotice(): void {
    this.language.dismissNotLoaded();
    this.focusMain();
  }

  /** The notice's buttons go with it: the focus moves on to the page, not back to the top. */
  private focusMain(): void {
    this.document.getElementById('main')?.focus({ preventScroll: true });
  }
}
