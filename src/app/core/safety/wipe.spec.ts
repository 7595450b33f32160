import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME } from '../db/db-name';
import { Wipe } from './wipe';
import { WIPE_CHANNEL, WipeGuard } from './wipe-guard';
import { WINDOW } from '../tokens/browser';

/** A raw connection that, like a stuck tab, ignores `versionchange` and stays open. */
function openStuck(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('vault', { keyPath: 'id' });
      request.result.createObjectStore('notes', { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function putRaw(db: IDBDatabase, store: string, value: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

describe('Wipe (real IndexedDB, Cache Storage, web storage)', () => {
  it('leaves no database, cache, localStorage or sessionStorage key behind', async () => {
    const db = new Dexie('wipe-spec-db');
    db.version(1).stores({ things: 'id' });
    await db.table('things').put({ id: 1, text: 'private' });
    db.close();
    await (await caches.open('wipe-spec-cache')).put('/x', new Response('cached'));
    localStorage.setItem('ds.language', 'ar');
    sessionStorage.setItem('ds.reload-attempt', '1');

    const { outcome } = await TestBed.inject(Wipe).everything();

    expect(outcome).toBe('done');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('wipe-spec-db');
    expect(await caches.keys()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('clears a setting another tab wrote during the wipe before it restarts the app', async () => {
    let keysAtRestart = -1;
    const replace = jasmine.createSpy('replace').and.callFake(() => {
      keysAtRestart = localStorage.length;
    });
    TestBed.configureTestingModule({
      providers: [
        {
          provide: WINDOW,
          useValue: {
            indexedDB,
            caches,
            navigator,
            localStorage,
            sessionStorage,
            location: { origin: location.origin, href: location.href, replace },
          },
        },
      ],
    });
    const wipe = TestBed.inject(Wipe);
    const everything = wipe.everything.bind(wipe);
    // Another tab, not yet told of the wipe, stores its language after this tab's clear.
    spyOn(wipe, 'everything').and.callFake(async () => {
      const result = await everything();
      localStorage.setItem('ds.language', 'ar');
      return result;
    });

    await wipe.everythingAndRestart();

    expect(replace).toHaveBeenCalledOnceWith('/');
    expect(keysAtRestart).toBe(0);
  });

  it('deletes the wrapped key first, tells other tabs, and does not hang on a blocked delete', async () => {
    const name = `wipe-blocked-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    const stuck = await openStuck(name);
    await putRaw(stuck, 'vault', { id: 'vault', wrapped: 'the data key' });
    await putRaw(stuck, 'notes', { id: 'n', sealed: 'sealed text' });
    const heard: string[] = [];
    const otherTab = new BroadcastChannel(WIPE_CHANNEL);
    otherTab.onmessage = (event) => heard.push(event.data);

    const started = Date.now();
    const { outcome, finished } = await TestBed.inject(Wipe).everything();

    expect(outcome).toBe('blocked');
    expect(Date.now() - started).toBeLessThan(15_000);
    // The key is gone although the database could not be deleted yet: the notes stay sealed.
    expect(await readAll(stuck, 'vault')).toEqual([]);
    expect(heard).toContain('wiping');
    expect(heard).not.toContain('wiped');

    // The stuck tab lets go: the delete finishes, and the other tabs may start afresh.
    stuck.close();
    await finished;
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toContain('wiped');
    otherTab.close();
  });

  it('never creates the database just to delete its key', async () => {
    const name = `wipe-absent-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    await TestBed.inject(Wipe).everything();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('counts as begun from its first step, so nothing reloads the page under it', async () => {
    const name = `wipe-begun-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    const wiping = TestBed.inject(Wipe).everything();
    // Before the wrapped key's delete has had a turn (core/pwa/guarded-reload.ts asks this).
    expect(TestBed.inject(WipeGuard).wiped()).toBeTrue();
    await wiping;
  });
});
