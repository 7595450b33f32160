import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../tokens/browser';
import { DATA_ID_KEY } from '../safety/wipe-guard';
import { APP_DB_NAME, AppDatabase } from './app-db';

/** Deletes a database as another tab's wipe does; fails if it is still blocked after a while. */
function deleteFromAnotherTab(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    const timer = setTimeout(
      () => reject(new Error('blocked: the open database did not close')),
      3000,
    );
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const exists = async (name: string) =>
  (await indexedDB.databases()).some((database) => database.name === name);

describe('AppDatabase after a wipe in another tab (real IndexedDB)', () => {
  let name: string;
  let database: AppDatabase;

  beforeEach(() => {
    name = `wipe-db-spec-${Math.random().toString(36).slice(2)}`;
    localStorage.removeItem(DATA_ID_KEY);
    TestBed.configureTestingModule({
      providers: [
        { provide: APP_DB_NAME, useValue: name },
        { provide: WINDOW, useValue: { localStorage, location: { replace: () => undefined } } },
      ],
    });
    database = TestBed.inject(AppDatabase);
  });

  afterEach(async () => {
    database.db.close();
    document.body.classList.remove('leaving');
    localStorage.removeItem(DATA_ID_KEY);
    await deleteFromAnotherTab(name);
  });

  it('lets the delete through, and no later save re-creates the database', async () => {
    await database.db.notes.put({ id: 'a', body: 'before', createdAt: 1, updatedAt: 1 });
    await deleteFromAnotherTab(name);
    await expectAsync(
      database.db.notes.put({ id: 'b', body: 'typed after the wipe', createdAt: 2, updatedAt: 2 }),
    ).toBeRejectedWith(jasmine.objectContaining({ name: 'DatabaseClosedError' }));
    await expectAsync(database.db.notes.toArray()).toBeRejected();
    expect(await exists(name)).toBeFalse();
  });

  it('refuses to open again once the data id has changed, even with no connection open', async () => {
    await database.db.notes.put({ id: 'a', body: 'before', createdAt: 1, updatedAt: 1 });
    // This page's connection was closed meanwhile (Dexie would open it again on the next save)
    // and so heard no `versionchange`; another tab then wiped.
    database.db.close({ disableAutoOpen: false });
    localStorage.removeItem(DATA_ID_KEY);
    await deleteFromAnotherTab(name);
    await expectAsync(
      database.db.notes.put({ id: 'b', body: 'typed after the wipe', createdAt: 2, updatedAt: 2 }),
    ).toBeRejected();
    expect(await exists(name)).toBeFalse();
    expect(document.body.classList).toContain('leaving');
  });

  it('opens as usual when no wipe happened', async () => {
    await database.db.notes.put({ id: 'a', body: 'kept', createdAt: 1, updatedAt: 1 });
    database.db.close({ disableAutoOpen: false });
    expect((await database.db.notes.get('a'))?.body).toBe('kept');
    expect(await database.db.notes.count()).toBe(1);
  });
});
