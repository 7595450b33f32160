import {
  ApplicationRef,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  OnInit,
  PLATFORM_ID,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { isPlatformServer } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  Event as RouterEvent,
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationSkipped,
  Router,
  RouterLink,
  RouterOutlet,
} from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, take } from 'rxjs';
import { Language } from './core/i18n/language';
import { matchShipped } from './core/i18n/language-choice';
import { AppHeader } from './core/layout/app-header/app-header';
import { AppNotices } from './core/layout/app-notices/app-notices';
import { BottomNav } from './core/layout/bottom-nav/bottom-nav';
import { AppUpdates } from './core/pwa/app-updates';
import { DiscreetMode } from './core/safety/discreet-mode';
import { PlainScreen } from './core/safety/plain-screen/plain-screen';
import { QuickExit } from './core/safety/quick-exit';
import { WipeGuard } from './core/safety/wipe-guard';
import { FIRST_RENDER_HOLDS_CONTENT } from './core/prerender/first-render';
import { leftBeforeStart, markAppStarted } from './core/prerender/prerendered-page';

/** The end of a navigation, whichever way it ends. */
const settlesNavigation = (event: RouterEvent): boolean =>
  event instanceof NavigationEnd ||
  event instanceof NavigationCancel ||
  event instanceof NavigationError ||
  event instanceof NavigationSkipped;

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, TranslatePipe, AppHeader, AppNotices, BottomNav, PlainScreen],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App implements OnInit {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly updates = inject(AppUpdates);
  private readonly quickExit = inject(QuickExit);
  private readonly wipeGuard = inject(WipeGuard);
  protected readonly language = inject(Language);
  /** In discreet mode the app starts behind a plain screen (see core/safety/discreet-mode.ts). */
  protected readonly discreet = inject(DiscreetMode);
  /**
   * The first page is in place. The note under the page waits for it: shown before, it would be
   * in view and then pushed down when the page arrives.
   */
  protected readonly routed = signal(false);

  constructor() {
    // A prerendered page held back for this reader shows once drawn afresh, and Exit is the app's
    // own from now on (core/prerender/prerendered-page.ts). An Exit tapped while the app was on
    // its way is finished here: its hooks, the session, history.
    const started = () => {
      markAppStarted(this.document);
      if (leftBeforeStart(this.document)) this.quickExit.exit();
    };
    if (!inject(FIRST_RENDER_HOLDS_CONTENT)) {
      afterNextRender(started);
      return;
    }
    // While prerendering there is nothing to start: the browser decides (src/index.html).
    if (isPlatformServer(inject(PLATFORM_ID))) return;
    // An adopted page comes alive a task after the shell (app.config.ts). Until then its links and
    // buttons have no handlers of the app's, so index.html's script keeps answering for them. A
    // navigation that supersedes the first one (a shell link tapped meanwhile) keeps the app
    // unstable, and so does the HTML the app did not adopt until Angular has removed it: only
    // then is every element on screen the app's.
    const app = inject(ApplicationRef);
    this.router.events
      .pipe(filter(settlesNavigation), take(1), takeUntilDestroyed())
      .subscribe(() => void app.whenStable().then(started));
  }

  ngOnInit(): void {
    this.quickExit.start();
    this.wipeGuard.start();
    this.updates.start();
    let firstNavigation = true;
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((event) => {
        this.followLanguageInLink(event.urlAfterRedirects);
        // On first load the reader starts at the top already (and a scroll there would force a
        // layout before the page is built, about 100 ms at a cheap phone's speed).
        if (!firstNavigation) {
          // The page scrolls inside the shell, not the window: start each new page at its top.
          this.document.querySelector('.scroller')?.scrollTo({ top: 0 });
          // Screen readers announce nothing on a client-side page change: move focus to the new
          // page's heading.
          setTimeout(() => this.focusHeading());
        }
        firstNavigation = false;
        this.routed.set(true);
      });
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }

  /**
   * An in-app link such as a shared `/tips/x?lang=ar` switches language like a fresh open does,
   * unless that language's file failed (its notice offers "Try again").
   */
  private followLanguageInLink(url: string): void {
    const query = this.router.parseUrl(url).queryParamMap.get('lang');
    const code = matchShipped(query, this.language.languages);
    if (code && code !== this.language.current().code && !this.language.failedBefore(code))
      void this.language.use(code);
  }

  private focusHeading(): void {
    const heading = this.document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}
