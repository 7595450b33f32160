import { Injectable, inject, signal } from '@angular/core';
import { LocalSettings } from '../settings/local-settings';
import { WINDOW } from '../tokens/browser';
import { ExitUrlCheck, checkExitUrl, safeExitUrl } from './exit-url';

/** What became of an exit address found in a backup. */
export type OfferResult = 'offered' | 'same' | 'refused';

/**
 * The quick-exit target, and one a backup proposed. A backup may come from someone else, so the
 * address it carries is only shown for confirmation: until the reader accepts it, quick exit
 * keeps going where it went before (issue 15, finding 9).
 */
@Injectable({ providedIn: 'root' })
export class ExitTarget {
  private readonly settings = inject(LocalSettings);
  private readonly origin = inject(WINDOW).location.origin;
  private readonly currentState = signal(this.url());
  private readonly pendingState = signal(this.storedPending());

  /** The address quick exit opens now. */
  readonly current = this.currentState.asReadonly();
  /** An address from a backup, waiting for the reader to accept or refuse it. */
  readonly pending = this.pendingState.asReadonly();

  /** Read from storage each time: another tab may have changed it since this one started. */
  url(): string {
    return safeExitUrl(this.settings.get('exitUrl'), this.origin);
  }

  check(candidate: string): ExitUrlCheck {
    return checkExitUrl(candidate, this.origin);
  }

  /** Keeps the address the reader typed when it passes the checks; otherwise changes nothing. */
  choose(candidate: string): ExitUrlCheck {
    const checked = this.check(candidate);
    if (checked.ok) {
      this.settings.set('exitUrl', checked.url);
      this.currentState.set(checked.url);
    }
    return checked;
  }

  /** An address from a backup: held for confirmation, never used straight away. */
  offer(candidate: string): OfferResult {
    const checked = this.check(candidate);
    if (!checked.ok) return 'refused';
    if (checked.url === this.url()) return 'same';
    this.settings.set('pendingExitUrl', checked.url);
    this.pendingState.set(checked.url);
    return 'offered';
  }

  acceptPending(): void {
    const pending = this.storedPending();
    if (pending) this.choose(pending);
    this.dropPending();
  }

  dropPending(): void {
    this.settings.remove('pendingExitUrl');
    this.pendingState.set(null);
  }

  private storedPending(): string | null {
    const checked = this.check(this.settings.get('pendingExitUrl') ?? '');
    return checked.ok ? checked.url : null;
  }
}
