import { Injectable, inject } from '@angular/core';
import { WINDOW } from '../tokens/browser';

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
 * the app then simply forgets the setting instead of failing.
 */
@Injectable({ providedIn: 'root' })
export class LocalSettings {
  private readonly window = inject(WINDOW);

  get(key: SettingKey): string | null {
    try {
      return this.window.localStorage.getItem(PREFIX + key);
    } catch {
      return null;
    }
  }

  set(key: SettingKey, value: string): void {
    try {
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
