import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { TranslatedTitleStrategy } from '../i18n/translated-title-strategy';
import { LocalSettings } from '../settings/local-settings';
import { applyDiscreetHead } from './discreet-head';

/**
 * Discreet mode (issue 15): a neutral tab title, a plain "Notes" screen at every start until the
 * reader taps through, and a neutral name and icon for an install. Off unless chosen.
 */
@Injectable({ providedIn: 'root' })
export class DiscreetMode {
  private readonly settings = inject(LocalSettings);
  private readonly document = inject(DOCUMENT);
  private readonly titles = inject(TitleStrategy, { optional: true });
  private readonly enabledState = signal(this.settings.get('discreet') === '1');
  private readonly veiledState = signal(this.enabledState());

  readonly enabled = this.enabledState.asReadonly();
  /** The plain screen is up: nothing of the app shows until the reader taps Continue. */
  readonly veiled = this.veiledState.asReadonly();

  reveal(): void {
    this.veiledState.set(false);
  }

  set(on: boolean): void {
    this.enabledState.set(on);
    this.settings.set('discreet', on ? '1' : '0');
    applyDiscreetHead(this.document, on);
    if (!on) this.veiledState.set(false);
    if (this.titles instanceof TranslatedTitleStrategy) this.titles.refresh();
  }
}
