import { Injectable, inject } from '@angular/core';
import { WINDOW } from '../tokens/browser';
import { EXIT_HOOKS } from './quick-exit';

/** Runs a request to completion; a blocked delete still finishes once other tabs let go. */
function done(request: IDBOpenDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * Deletes everything the app keeps on this device: every IndexedDB database, every Cache
 * Storage cache, localStorage and sessionStorage, and the service worker. Then starts afresh.
 */
@Injectable({ providedIn: 'root' })
export class Wipe {
  private readonly window = inject(WINDOW);
  private readonly hooks = inject(EXIT_HOOKS);

  async everything(): Promise<void> {
    // Hooks close open databases and drop keys, so the deletes are not blocked by this tab.
    for (const hook of this.hooks) {
      try {
        hook();
      } catch {
        // Carry on wiping.
      }
    }
    const { indexedDB, caches, navigator, localStorage, sessionStorage } = this.window;
    // Every step runs even if another fails: a half-done wipe must still remove all it can.
    const steps: (() => Promise<unknown>)[] = [
      async () => {
        const databases = (await indexedDB.databases?.()) ?? [{ name: 'digital-sanctuary' }];
        await Promise.allSettled(
          databases
            .filter((database) => !!database.name)
            .map((database) => done(indexedDB.deleteDatabase(database.name!))),
        );
      },
      async () => {
        if (caches) await Promise.allSettled((await caches.keys()).map((n) => caches.delete(n)));
      },
      async () => localStorage.clear(),
      async () => sessionStorage.clear(),
      async () => {
        const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
        await Promise.allSettled(registrations.map((registration) => registration.unregister()));
      },
    ];
    await Promise.allSettled(steps.map((step) => step()));
  }

  /** Wipes, then opens the app as new, leaving no history entry behind. */
  async everythingAndRestart(): Promise<void> {
    await this.everything();
    this.window.location.replace('/');
  }
}
