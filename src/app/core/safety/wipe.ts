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
    const databases = (await indexedDB.databases?.()) ?? [{ name: 'digital-sanctuary' }];
    await Promise.all(
      databases
        .filter((database) => !!database.name)
        .map((database) => done(indexedDB.deleteDatabase(database.name!))),
    );
    if (caches) await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
    localStorage.clear();
    sessionStorage.clear();
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(registrations.map((registration) => registration.unregister()));
  }

  /** Wipes, then opens the app as new, leaving no history entry behind. */
  async everythingAndRestart(): Promise<void> {
    await this.everything();
    this.window.location.replace('/');
  }
}
