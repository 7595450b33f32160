import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { LocalSettings } from '../settings/local-settings';
import { QuickExit } from '../safety/quick-exit';

/** Route `title`s are translation keys; the tab title follows the page and the language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private readonly settings = inject(LocalSettings);
  private readonly quickExit = inject(QuickExit);
  private key: string | undefined;

  constructor() {
    super();
    this.translate.onLangChange.subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    this.apply();
  }

  /** Applies a changed setting (the neutral title, discreet mode) at once. */
  refresh(): void {
    this.apply();
  }

  private apply(): void {
    // Leaving: nothing may name the app while the neutral site loads (a first navigation that
    // ends after an Exit tapped before the app started, core/prerender/prerendered-page.ts).
    if (this.quickExit.leaving()) {
      this.title.setTitle('');
      return;
    }
    // Discreet mode names the tab like the plain screen and the neutral install: "Notes".
    if (this.settings.get('discreet') === '1') {
      this.title.setTitle(this.translate.instant('discreet.name') as string);
      return;
    }
    // A neutral title keeps the app's name out of the tab list and the task switcher.
    if (this.settings.get('neutralTitle') === '1') {
      this.title.setTitle(this.translate.instant('exit.neutralTabTitle') as string);
      return;
    }
    const app = this.translate.instant('app.name') as string;
    const page = this.key ? (this.translate.instant(this.key) as string) : '';
    this.title.setTitle(page && page !== app ? `${page} · ${app}` : app);
  }
}
