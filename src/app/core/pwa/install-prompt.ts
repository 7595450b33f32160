import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { WINDOW } from '../tokens/browser';
import { takeHeldInstallEvent } from './install-event';

/** Chromium's install event; not in TypeScript's DOM library. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** iPhone and iPad Safari have no install prompt; iPadOS reports itself as a Mac with touch. */
export function isIosDevice(userAgent: string, platform: string, maxTouchPoints: number): boolean {
  return /iPhone|iPad|iPod/.test(userAgent) || (platform === 'MacIntel' && maxTouchPoints > 1);
}

/** Offers installation where the browser allows it, and explains it where it does not (iOS). */
@Injectable({ providedIn: 'root' })
export class InstallPrompt {
  private readonly window = inject(WINDOW);
  private readonly destroyRef = inject(DestroyRef);
  private readonly deferred = signal<BeforeInstallPromptEvent | null>(null);
  private readonly installed = signal(false);
  private started = false;

  readonly canInstall = computed(() => this.deferred() !== null && !this.installed());
  readonly showIosHelp = computed(
    () =>
      !this.installed() &&
      isIosDevice(
        this.window.navigator.userAgent,
        this.window.navigator.platform,
        this.window.navigator.maxTouchPoints,
      ),
  );

  /** Listens from now on, starting with any offer the shell held before this loaded. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const standalone =
      this.window.matchMedia?.('(display-mode: standalone)').matches ||
      (this.window.navigator as { standalone?: boolean }).standalone === true;
    this.installed.set(standalone);
    this.deferred.set(takeHeldInstallEvent() as BeforeInstallPromptEvent | null);
    const offer = (event: Event) => {
      event.preventDefault();
      this.deferred.set(event as BeforeInstallPromptEvent);
    };
    const done = () => {
      this.installed.set(true);
      this.deferred.set(null);
    };
    this.window.addEventListener('beforeinstallprompt', offer);
    this.window.addEventListener('appinstalled', done);
    this.destroyRef.onDestroy(() => {
      this.window.removeEventListener('beforeinstallprompt', offer);
      this.window.removeEventListener('appinstalled', done);
    });
  }

  async install(): Promise<void> {
    const event = this.deferred();
    if (!event) return;
    // The browser's prompt can be used once; drop it whatever the answer.
    this.deferred.set(null);
    await event.prompt();
    const { outcome } = await event.userChoice;
    if (outcome === 'accepted') this.installed.set(true);
  }
}
