import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME, AppDatabase } from '../../core/db/app-db';
import { ChecklistStore } from './checklist-store';
import { until } from '../../../testing/until';

describe('ChecklistStore (real IndexedDB)', () => {
  let name: string;
  let store: ChecklistStore;

  beforeEach(() => {
    name = `checklist-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    store = TestBed.inject(ChecklistStore);
  });

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
  });

  it('starts empty once IndexedDB has answered', async () => {
    await until(() => store.loaded());
    expect(store.doneCount('ask-for-your-data')).toBe(0);
  });

  it('ticks and unticks steps per tip', async () => {
    await until(() => store.loaded());
    expect(await store.setDone('ask-for-your-data', 0, true)).toBeTrue();
    expect(await store.setDone('ask-for-your-data', 2, true)).toBeTrue();
    expect(await store.setDone('protect-your-phone', 1, true)).toBeTrue();
    await until(
      () =>
        store.doneCount('ask-for-your-data') === 2 && store.doneCount('protect-your-phone') === 1,
    );
    expect(store.isDone('ask-for-your-data', 2)).toBeTrue();
    expect(store.isDone('ask-for-your-data', 1)).toBeFalse();
    expect(store.doneCount('protect-your-phone')).toBe(1);

    await store.setDone('ask-for-your-data', 0, false);
    await until(() => store.doneCount('ask-for-your-data') === 1);
    expect(store.isDone('ask-for-your-data', 0)).toBeFalse();
  });

  it('keeps ticks in the database, where a new page finds them', async () => {
    await store.setDone('know-your-rights', 3, true);
    const rows = await new Dexie(name).open().then((db) => db.table('checklist').toArray());
    expect(rows.map((r) => r.key)).toEqual(['know-your-rights:3']);
  });

  it('reports a failed write and keeps the previous state', async () => {
    await until(() => store.loaded());
    TestBed.inject(AppDatabase).db.close();
    spyOn(console, 'error');
    expect(await store.setDone('know-your-rights', 0, true)).toBeFalse();
    expect(store.error()).toBe('failed');
    expect(store.isDone('know-your-rights', 0)).toBeFalse();
  });
});
