import { Injectable, Injector, inject } from '@angular/core';
import { WINDOW } from '../tokens/browser';
import { WipeGuard } from '../safety/wipe-guard';

/** Every key the app may write to localStorage. Nothing personal belongs here: notes go to IndexedDB. */
export type SettingKey =
  | 'language'
  | 'exitUrl'
  /** An exit address from an imported backup, shown for confirmation before it is used. */
  | 'pendingExitUrl'
  /** '1': neutral title, plain start screen and a neutral install (Settings › Safety). */
  | 'discreet'
  | 'neutralTitle'
  | 'lockAfterMinutes'
  | 'textSize'
  | 'contrast'
  /** The content version the reader last saw, for "N things changed since you last opened the app". */
  | 'contentSeen';

export const PREFIX = 'ds.';

/**
 * Non-personal settings kept on this device. Storage can throw (disabled, private mode, full);
 * the app then simply forgets the setting instead of failing. Once this page knows of a wipe
 * (core/safety/wipe-guard.ts), nothing more is written: a language switch still loading, say,
 * must not put `ds.language` back after the wipe cleared it.
 */
@Injectable({ providedIn: 'root' })
export class LocalSettings {
  private readonly window = inject(WINDOW);
  // Asked for when writing, not built with this service: the guard's own dependencies (quick
  // exit, its exit address) read settings.
  private readonly injector = inject(Injector);

  get(key: SettingKey): string | null {
    try {
      return this.window.localStorage.getItem(PREFIX + key);
    } catch {
      return null;
    }
  }

  set(key: SettingKey, value: string): void {
    try {
      if (this.injector.get(WipeGuard).wiped()) return;
      this.window.localStorage.setItem(PREFIX + key, value);
    } catch {
      // Not remembered; the current session still uses the value.
    }
  }

  remove(key: SettingKey): void {
    try {
      this.window.localStorage.removeItem(PREFIX + key);
    } catch {
      // Storage unavailable: there is nothing stored to remove either.
    }
  }
}
