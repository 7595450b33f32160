import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { Wipe } from './wipe';

describe('Wipe (real IndexedDB, Cache Storage, web storage)', () => {
  it('leaves no database, cache, localStorage or sessionStorage key behind', async () => {
    const db = new Dexie('wipe-spec-db');
    db.version(1).stores({ things: 'id' });
    await db.table('things').put({ id: 1, text: 'private' });
    db.close();
    await (await caches.open('wipe-spec-cache')).put('/x', new Response('cached'));
    localStorage.setItem('ds.language', 'ar');
    sessionStorage.setItem('ds.reload-attempt', '1');

    await TestBed.inject(Wipe).everything();

    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('wipe-spec-db');
    expect(await caches.keys()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
