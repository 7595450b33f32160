import Dexie from 'dexie';
import { AppDb } from './app-db';

describe('AppDb migrations (real IndexedDB)', () => {
  let name: string;

  beforeEach(() => (name = `migration-spec-${Math.random().toString(36).slice(2)}`));
  afterEach(() => Dexie.delete(name));

  it('opens a version 1 database with the current code and loses nothing', async () => {
    // Seed exactly what version 1 of the app wrote, including a row without doneAt.
    const v1 = new Dexie(name);
    v1.version(1).stores({ checklist: 'key, tipId' });
    await v1.table('checklist').bulkPut([
      { key: 'ask-for-your-data:0', tipId: 'ask-for-your-data', step: 0, doneAt: 1700000000000 },
      { key: 'protect-your-phone:3', tipId: 'protect-your-phone', step: 3 },
    ]);
    v1.close();

    const current = new AppDb(name);
    await current.open();
    expect(current.verno).toBe(5);
    const rows = await current.checklist.orderBy('key').toArray();
    expect(rows.map((r) => [r.key, r.tipId, r.step])).toEqual([
      ['ask-for-your-data:0', 'ask-for-your-data', 0],
      ['protect-your-phone:3', 'protect-your-phone', 3],
    ]);
    expect(rows[0].doneAt).toBe(1700000000000);
    expect(rows[1].doneAt).toBe(0);
    expect(await current.checklist.where('tipId').equals('protect-your-phone').count()).toBe(1);
    expect(await current.notes.count()).toBe(0);
    await current.notes.put({ id: 'n1', body: 'hello', createdAt: 1, updatedAt: 1 });
    expect((await current.notes.get('n1'))?.body).toBe('hello');
    expect(await current.packs.count()).toBe(0);
    current.close();
  });

  it('opens a version 2 database with the current code: notes and vault kept, drafts added', async () => {
    // Seed exactly what version 2 of the app wrote: a sealed note, a plain note and the vault.
    const v2 = new Dexie(name);
    v2.version(1).stores({ checklist: 'key, tipId' });
    v2.version(2).stores({ checklist: 'key, tipId', notes: 'id, updatedAt, about', vault: 'id' });
    const sealed = { v: 1 as const, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' };
    await v2.table('notes').bulkPut([
      { id: 'a', sealed, about: 'guides/subject-access-request', createdAt: 1, updatedAt: 2 },
      { id: 'b', body: 'plain', createdAt: 3, updatedAt: 4 },
    ]);
    const kdf = { alg: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'c2FsdA==' };
    await v2.table('vault').put({ id: 'vault', kdf, check: sealed, failedTries: 2 });
    await v2.table('checklist').put({ key: 'k:0', tipId: 'k', step: 0, doneAt: 5 });
    v2.close();

    const current = new AppDb(name);
    await current.open();
    expect(current.verno).toBe(5);
    expect(await current.notes.orderBy('updatedAt').toArray()).toEqual([
      { id: 'a', sealed, about: 'guides/subject-access-request', createdAt: 1, updatedAt: 2 },
      { id: 'b', body: 'plain', createdAt: 3, updatedAt: 4 },
    ]);
    expect(await current.notes.where('about').equals('guides/subject-access-request').count()).toBe(
      1,
    );
    expect((await current.vault.get('vault'))?.failedTries).toBe(2);
    expect(await current.checklist.count()).toBe(1);
    expect(await current.letterDrafts.count()).toBe(0);
    await current.letterDrafts.put({ id: 'home-office-sar', body: '{}', updatedAt: 6 });
    expect((await current.letterDrafts.get('home-office-sar'))?.body).toBe('{}');
    current.close();
  });
});
