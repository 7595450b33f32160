import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { APP_DB_NAME, AppDatabase } from '../../core/db/app-db';
import { Vault } from '../../core/crypto/vault';
import { PackStore } from './pack-store';
import { until } from '../../../testing/until';

describe('PackStore (real IndexedDB)', () => {
  let name: string;
  let store: PackStore;

  beforeEach(() => {
    name = `pack-store-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    store = TestBed.inject(PackStore);
  });

  afterEach(async () => {
    TestBed.inject(AppDatabase).db.close();
    await Dexie.delete(name);
  });

  it('keeps a list once, however often it is kept, and lists the newest first', async () => {
    await until(() => store.kept() !== undefined);
    // A double tap: both keeps start before either is stored.
    expect(await Promise.all([store.keep('pack=1.ar.t1'), store.keep('pack=1.ar.t1')])).toEqual([
      'kept',
      'kept',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await store.keep('pack=1.fa.g2')).toBe('kept');
    await until(() => store.kept()?.length === 2);
    expect(store.kept()!.map((r) => r.fragment)).toEqual(['pack=1.fa.g2', 'pack=1.ar.t1']);
    expect(store.isKept('pack=1.ar.t1')).toBeTrue();
    expect(store.isKept('pack=1.ar.t2')).toBeFalse();
  });

  it('removes one list and leaves the others', async () => {
    await store.keep('pack=1.ar.t1');
    await store.keep('pack=1.ar.t2');
    await until(() => store.kept()?.length === 2);
    await store.remove(store.kept()!.find((r) => r.fragment === 'pack=1.ar.t1')!.id);
    await until(() => store.kept()?.length === 1);
    expect(store.kept()![0].fragment).toBe('pack=1.ar.t2');
  });

  it('seals kept lists with a passphrase, and neither shows nor keeps one while locked', async () => {
    const vault = TestBed.inject(Vault);
    await until(() => vault.state() === 'none');
    await vault.setPassphrase('correct horse battery', false);
    expect(await store.keep('pack=1.ar.t1.bm90ZQ')).toBe('kept');
    await until(() => store.kept()?.length === 1);
    const [raw] = await TestBed.inject(AppDatabase).db.packs.toArray();
    expect(raw.body).toBeUndefined();
    expect(JSON.stringify(raw)).not.toContain('pack=');

    vault.lock();
    await until(() => store.locked() && store.kept() === undefined);
    expect(store.count()).toBe(1);
    expect(await store.keep('pack=1.ar.t2')).toBe('locked');

    expect(await vault.unlock('correct horse battery')).toBe('unlocked');
    await until(() => store.kept()?.[0]?.fragment === 'pack=1.ar.t1.bm90ZQ');
  });

  it('never stores a list plain when another tab sets a passphrase while it is being kept', async () => {
    const vault = TestBed.inject(Vault);
    const db = TestBed.inject(AppDatabase).db;
    await until(() => vault.state() === 'none');
    const storedForm = vault.storedForm.bind(vault);
    let otherTabDone = false;
    spyOn(vault, 'storedForm').and.callFake(async (table, plain) => {
      const record = await storedForm(table, plain);
      if (!otherTabDone) {
        // Another tab turns the lock on after this record was made plain, before it is written.
        otherTabDone = true;
        const other = { v: 1 as const, iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' };
        const kdf = { alg: 'PBKDF2-SHA-256' as const, iterations: 600_000, salt: 'b3RoZXI=' };
        await db.vault.put({ id: 'vault', kdf, check: other, failedTries: 0, wipeAfterTen: false });
      }
      return record;
    });
    expect(await store.keep('pack=1.ar.t1.c2VjcmV0')).toBe('locked');
    expect(await db.packs.count()).toBe(0);
  });

  it('says why when the database cannot take the list', async () => {
    TestBed.inject(AppDatabase).db.close();
    expect(await store.keep('pack=1.ar.t1')).toBe('failed');
  });
});
