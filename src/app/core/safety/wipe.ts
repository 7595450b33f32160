import { Injectable, inject } from '@angular/core';
import { APP_DB_NAME } from '../db/db-name';
import { WINDOW } from '../tokens/browser';
import { EXIT_HOOKS } from './quick-exit';
import { WipeGuard } from './wipe-guard';

/** How long a delete held up by another open tab is waited for before the reader is told. */
export const BLOCKED_WAIT_MS = 3000;

/**
 * `done`: everything is gone. `blocked`: another open window still holds the database, so its
 * delete finishes only when that window closes; its key was deleted first, so nothing in it
 * can be opened meanwhile. `finished` settles when every delete has really ended.
 */
export interface WipeResult {
  readonly outcome: 'done' | 'blocked';
  readonly finished: Promise<void>;
}

/** Opens a database that exists, never creating one: a missing database stays missing. */
function openExisting(indexedDB: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    // Only a database that does not exist needs an upgrade here: abort, and none is created.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
  });
}

/**
 * Deletes the wrapped data key first: whatever happens to the rest of the wipe, the sealed
 * records can no longer be opened by anyone.
 */
async function deleteWrappedKey(indexedDB: IDBFactory, name: string): Promise<void> {
  const db = await openExisting(indexedDB, name);
  if (!db) return;
  try {
    if (!db.objectStoreNames.contains('vault')) return;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('vault', 'readwrite');
      tx.objectStore('vault').clear();
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Deletes one database. When other connections hold it (`blocked`), they are told to close and
 * the delete is waited for a little; then the outcome is clear either way, never a hang.
 */
function deleteDatabase(
  indexedDB: IDBFactory,
  name: string,
  onBlocked: () => void,
): { outcome: Promise<'done' | 'blocked'>; finished: Promise<void> } {
  const request = indexedDB.deleteDatabase(name);
  let settle: (outcome: 'done' | 'blocked') => void = () => undefined;
  const outcome = new Promise<'done' | 'blocked'>((resolve) => (settle = resolve));
  const finished = new Promise<void>((resolve, reject) => {
    request.onsuccess = () => {
      settle('done');
      resolve();
    };
    request.onerror = () => {
      settle('done');
      reject(request.error);
    };
  });
  request.onblocked = () => {
    onBlocked();
    setTimeout(() => settle('blocked'), BLOCKED_WAIT_MS);
  };
  return { outcome, finished };
}

/**
 * Deletes everything the app keeps on this device: the data key, every IndexedDB database,
 * every Cache Storage cache, localStorage and sessionStorage, and the service worker. Every
 * other tab is told, closes its database and starts afresh (src/app/core/safety/wipe-guard.ts).
 */
@Injectable({ providedIn: 'root' })
export class Wipe {
  private readonly window = inject(WINDOW);
  private readonly hooks = inject(EXIT_HOOKS);
  private readonly guard = inject(WipeGuard);
  private readonly databaseName = inject(APP_DB_NAME);

  async everything(): Promise<WipeResult> {
    this.guard.begin();
    // Hooks close this tab's database and drop keys, so the deletes are not blocked by this tab.
    for (const hook of this.hooks) {
      try {
        hook();
      } catch {
        // Carry on wiping.
      }
    }
    const { indexedDB, caches, navigator, localStorage, sessionStorage } = this.window;
    await deleteWrappedKey(indexedDB, this.databaseName).catch((error) => console.error(error));
    // From here no tab may open the database again until it restarts.
    this.guard.announce();
    let blocked = false;
    const finishes: Promise<unknown>[] = [];
    // Every step runs even if another fails: a half-done wipe must still remove all it can.
    const steps: (() => Promise<unknown>)[] = [
      async () => {
        const databases = (await indexedDB.databases?.()) ?? [{ name: this.databaseName }];
        const deletes = databases
          .filter((database) => !!database.name)
          .map((database) =>
            deleteDatabase(indexedDB, database.name!, () => this.guard.announce()),
          );
        // A delete that fails is logged; the wipe still waits for the others to end.
        finishes.push(...deletes.map((d) => d.finished.catch((error) => console.error(error))));
        const outcomes = await Promise.all(deletes.map((d) => d.outcome));
        blocked = outcomes.includes('blocked');
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
    const finished = Promise.allSettled(finishes).then(() => this.guard.finished());
    if (!blocked) await finished;
    return { outcome: blocked ? 'blocked' : 'done', finished };
  }

  /**
   * Wipes, then opens the app as new, leaving no history entry behind. When another window holds
   * the database, `onBlocked` tells the reader, and the app restarts once that window lets go.
   */
  async everythingAndRestart(onBlocked: () => void = () => undefined): Promise<void> {
    const { outcome, finished } = await this.everything();
    if (outcome === 'blocked') {
      onBlocked();
      await finished;
    }
    // Another tab may have written a setting after the clear, before it heard of the wipe.
    try {
      this.window.localStorage.clear();
    } catch {
      // Storage unavailable: nothing could have been written to it either.
    }
    this.window.location.replace('/');
  }
}
