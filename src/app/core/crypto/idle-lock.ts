import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { LocalSettings } from '../settings/local-settings';
import { WINDOW } from '../tokens/browser';

/** How long the app stays unlocked with nobody using it, unless Settings says otherwise. */
export const IDLE_LOCK_MS = 5 * 60_000;
/** The longest idle time Settings may choose: a forgotten phone must still lock. */
export const MAX_IDLE_LOCK_MINUTES = 30;

// `input` covers dictation and pasting, which fire no key events.
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'touchstart', 'scroll'] as const;

/**
 * Calls back when nobody has used the app for the chosen time, or at once when the page is hidden
 * (another app, the home screen, a locked phone). Any activity starts the count again. `Vault`
 * starts it when it gets its key and stops it when it locks; the listeners go with the injector
 * that made this, so no document listener outlives its owner.
 */
@Injectable({ providedIn: 'root' })
export class IdleLock {
  private readonly window = inject(WINDOW);
  private readonly document = inject(DOCUMENT);
  private readonly settings = inject(LocalSettings);
  private onIdle: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    const listening = new AbortController();
    inject(DestroyRef).onDestroy(() => {
      listening.abort();
      this.window.clearTimeout(this.timer);
    });
    const { signal } = listening;
    this.document.addEventListener(
      'visibilitychange',
      () => {
        if (this.document.visibilityState === 'hidden') this.idleNow();
      },
      { signal },
    );
    for (const type of ACTIVITY) {
      this.document.addEventListener(type, () => this.restart(), {
        signal,
        passive: true,
        capture: true,
      });
    }
  }

  /** Starts counting (again): `onIdle` runs once, when the app has been idle or hidden. */
  start(onIdle: () => void): void {
    this.onIdle = onIdle;
    this.restart();
  }

  stop(): void {
    this.onIdle = null;
    this.window.clearTimeout(this.timer);
  }

  private restart(): void {
    this.window.clearTimeout(this.timer);
    if (!this.onIdle) return;
    this.timer = this.window.setTimeout(() => this.idleNow(), this.idleMs());
  }

  private idleNow(): void {
    const onIdle = this.onIdle;
    this.stop();
    onIdle?.();
  }

  private idleMs(): number {
    const minutes = Number(this.settings.get('lockAfterMinutes'));
    return minutes > 0 ? Math.min(minutes, MAX_IDLE_LOCK_MINUTES) * 60_000 : IDLE_LOCK_MS;
  }
}
