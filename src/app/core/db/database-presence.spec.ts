import { ErrorHandler, Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { until } from '../../../testing/until';
import { DatabasePresence, injectStoreOnceStored } from './database-presence';
import { APP_DB_NAME } from './db-name';

describe('DatabasePresence', () => {
  let name: string;

  beforeEach(() => {
    name = `presence-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
  });

  afterEach(async () => {
    await Dexie.delete(name);
  });

  /** The app's database made as another tab would, outside the code under test. */
  async function makeDatabase(): Promise<void> {
    const db = new Dexie(name);
    db.version(1).stores({ things: 'id' });
    await db.open();
    db.close();
  }

  it('says no when the device holds no database of that name', async () => {
    const presence = TestBed.inject(DatabasePresence);
    expect(presence.exists()).toBeUndefined();
    await until(() => presence.exists() !== undefined, 'an answer');
    expect(presence.exists()).toBe(false);
  });

  it('says yes once the database exists, when asked again (another tab created it)', async () => {
    const presence = TestBed.inject(DatabasePresence);
    await until(() => presence.exists() === false, 'no database yet');
    await makeDatabase();
    presence.check();
    await until(() => presence.exists() === true, 'the database seen');
  });

  it('asks the browser once while a question is open, however many screens ask', async () => {
    const databases = spyOn(indexedDB, 'databases').and.callThrough();
    const presence = TestBed.inject(DatabasePresence);
    presence.check();
    presence.check();
    expect(databases).toHaveBeenCalledTimes(1);
    await until(() => presence.exists() === false, 'an answer');
    presence.check();
    expect(databases).toHaveBeenCalledTimes(2);
    await until(() => databases.calls.count() === 2 && presence.exists() === false, 'again');
  });

  it('says yes from the moment the app opens its database', async () => {
    const presence = TestBed.inject(DatabasePresence);
    await until(() => presence.exists() === false, 'no database yet');
    presence.markPresent();
    expect(presence.exists()).toBe(true);
    presence.check();
    expect(presence.exists()).toBe(true);
  });

  describe('injectStoreOnceStored', () => {
    @Injectable({ providedIn: 'root' })
    class SomeStore {
      readonly kind = 'store';
    }

    it('is null while nothing is stored, and never loads the store', async () => {
      const load = jasmine.createSpy('load').and.resolveTo(SomeStore);
      const store = TestBed.runInInjectionContext(() => injectStoreOnceStored(load));
      expect(store()).toBeUndefined();
      await until(() => store() === null, 'nothing stored');
      expect(load).not.toHaveBeenCalled();
    });

    it('loads the store once the database exists', async () => {
      await makeDatabase();
      const store = TestBed.runInInjectionContext(() =>
        injectStoreOnceStored(() => Promise.resolve(SomeStore)),
      );
      await until(() => store() !== undefined, 'the store');
      expect(store()).toBe(TestBed.inject(SomeStore));
    });

    it('opens the store on demand while nothing is stored, for a first write', async () => {
      const load = jasmine.createSpy('load').and.resolveTo(SomeStore);
      const store = TestBed.runInInjectionContext(() => injectStoreOnceStored(load));
      await until(() => store() === null, 'nothing stored');
      expect(await store.open()).toBe(TestBed.inject(SomeStore));
      expect(load).toHaveBeenCalledTimes(1);
    });

    it('reports a store that fails to load to the app error handler, and shows nothing', async () => {
      await makeDatabase();
      const handled: unknown[] = [];
      TestBed.overrideProvider(ErrorHandler, {
        useValue: { handleError: (error: unknown) => handled.push(error) },
      });
      const failure = new TypeError('Failed to fetch dynamically imported module: chunk-X.js');
      const store = TestBed.runInInjectionContext(() =>
        injectStoreOnceStored(() => Promise.reject(failure)),
      );
      await until(() => handled.length > 0, 'the failure reported');
      expect(handled).toEqual([failure]);
      expect(store()).toBeUndefined();
    });
  });
});
