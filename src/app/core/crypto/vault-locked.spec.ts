import { TestBed } from '@angular/core/testing';
import Dexie from 'dexie';
import { until } from '../../../testing/until';
import { APP_DB_NAME, AppDatabase } from '../db/app-db';
import { MIN_ACCEPTED_ITERATIONS } from './envelope';
import { Vault, VaultLocked } from './vault';

describe('Vault while locked (real IndexedDB, real Web Crypto)', () => {
  let name: string;
  let vault: Vault;
  const db = () => TestBed.inject(AppDatabase).db;
  const note = { id: 'n1', body: 'kept safe', createdAt: 1, updatedAt: 1 };

  beforeEach(async () => {
    name = `vault-locked-spec-${Math.random().toString(36).slice(2)}`;
    TestBed.configureTestingModule({ providers: [{ provide: APP_DB_NAME, useValue: name }] });
    vault = TestBed.inject(Vault);
    await until(() => vault.state() === 'none');
    await vault.put(db().notes, note);
    // The fewest rounds the vault accepts: these specs are about locking, not key strength.
    await vault.setPassphrase('a passphrase', false, MIN_ACCEPTED_ITERATIONS);
  });

  afterEach(async () => {
    db().close();
    await Dexie.delete(name);
  });

  it('throws VaultLocked for every read, write and delete of a sealed record', async () => {
    vault.lock();
    const [row] = await db().notes.toArray();
    await expectAsync(vault.open(row)).toBeRejectedWith(jasmine.any(VaultLocked));
    await expectAsync(vault.get(db().notes, 'n1')).toBeRejectedWith(jasmine.any(VaultLocked));
    await expectAsync(vault.put(db().notes, { ...note, body: 'changed' })).toBeRejectedWith(
      jasmine.any(VaultLocked),
    );
    await expectAsync(vault.remove(db().notes, 'n1')).toBeRejectedWith(jasmine.any(VaultLocked));
    expect(await db().notes.count()).toBe(1);
  });

  it('throws VaultLocked, and locks, when another tab replaced the key', async () => {
    await db().vault.update('vault', { keyId: 'set-by-another-tab' });
    await expectAsync(vault.put(db().notes, note)).toBeRejectedWith(jasmine.any(VaultLocked));
    expect(vault.activeKey()).toBeNull();
  });

  it('refuses a table that core/db/sealed-tables.ts does not declare', async () => {
    await expectAsync(vault.put(db().vault, { id: 'x' })).toBeRejectedWith(jasmine.any(TypeError));
  });

  it('locks as soon as the page is hidden', async () => {
    await until(() => vault.state() === 'unlocked');
    spyOnProperty(document, 'visibilityState').and.returnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(vault.state()).toBe('locked');
  });
});
