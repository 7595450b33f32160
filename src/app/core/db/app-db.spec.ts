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
    expect(current.verno).toBe(4);
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
});
