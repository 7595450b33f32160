import { Injectable, inject, signal } from '@angular/core';
import { WINDOW } from '../tokens/browser';

export interface StorageReport {
  /** The browser promised not to clear our data under storage pressure. */
  readonly persisted: boolean;
  readonly usage: number;
  readonly quota: number;
  /** Safari in a tab (not installed) may delete everything after 7 days without a visit. */
  readonly safariTab: boolean;
}

/** Safari, and not Chrome or Firefox on iOS which also say "Safari". */
export function isSafari(userAgent: string): boolean {
  return (
    /Safari\//.test(userAgent) && !/Chrome|Chromium|CriOS|FxiOS|EdgiOS|Android/.test(userAgent)
  );
}

/** Persistent storage and how much the app uses. */
@Injectable({ providedIn: 'root' })
export class StorageHealth {
  private readonly window = inject(WINDOW);
  private readonly reportState = signal<StorageReport | null>(null);

  readonly report = this.reportState.asReadonly();

  /** Asked once the reader has something to lose: after the first note. */
  async requestPersistence(): Promise<void> {
    try {
      await this.window.navigator.storage?.persist?.();
    } catch {
      // Not supported: the Settings page explains the risk instead.
    }
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const storage = this.window.navigator.storage;
    const standalone = this.window.matchMedia?.('(display-mode: standalone)').matches ?? false;
    try {
      const [persisted, estimate] = await Promise.all([
        storage?.persisted?.() ?? Promise.resolve(false),
        storage?.estimate?.() ?? Promise.resolve({} as StorageEstimate),
      ]);
      this.reportState.set({
        persisted,
        usage: estimate.usage ?? 0,
        quota: estimate.quota ?? 0,
        safariTab: isSafari(this.window.navigator.userAgent) && !standalone,
      });
    } catch {
      this.reportState.set(null);
    }
  }
}
