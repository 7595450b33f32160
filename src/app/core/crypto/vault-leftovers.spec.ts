import { TestBed } from '@angular/core/testing';
import { AppDatabase } from '../db/app-db';
import { useRealVault } from '../../../testing/real-vault';
import { Row, isWholeSealed } from './sealed-records';

/**
 * Rows an older build or an import racing a new passphrase left plain under a format 2 vault are
 * sealed after the unlock rather than during it: looking for them reads every row, which would
 * delay each unlock of a long list (issue 12).
 */
describe('Vault: rows left plain are sealed after unlock (real IndexedDB, real Web Crypto)', () => {
  const real = useRealVault('vault-leftovers');
  const db = () => TestBed.inject(AppDatabase).db;
  const plainNote = { id: 'left', body: 'LEFTOVER text', createdAt: 1, updatedAt: 2 };

  async function lockedWithOnePlainNote(): Promise<void> {
    const vault = real.vault();
    await vault.put(db().notes, { id: 'n1', body: 'sealed one', createdAt: 1, updatedAt: 1 });
    await vault.setPassphrase('leftover passphrase', false);
    // As an older build would: written around the vault, in the plain.
    await db().notes.put(plainNote);
    await db().checklist.put({ key: 'TICK:0', tipId: 'TICK', step: 0, doneAt: 3 });
    vault.lock();
  }

  const plainRows = async () => {
    const notes = (await db().notes.toArray()) as unknown as Row[];
    const ticks = (await db().checklist.toArray()) as unknown as Row[];
    return (
      notes.filter((row) => !isWholeSealed('notes', row)).length +
      ticks.filter((row) => !isWholeSealed('checklist', row)).length
    );
  };

  it('unlocks at once, then seals them, and they still open', async () => {
    await lockedWithOnePlainNote();
    const vault = real.vault();
    expect(await vault.unlock('leftover passphrase')).toBe('unlocked');
    expect(await plainRows())
      .withContext('not yet: the unlock does not wait for them')
      .toBe(2);

    expect(await vault.sealedLeftovers()).toBe(2);
    expect(await plainRows()).toBe(0);
    const raw = JSON.stringify([await db().notes.toArray(), await db().checklist.toArray()]);
    expect(raw).not.toContain('LEFTOVER');
    expect(raw).not.toContain('TICK');
    expect(await vault.get(db().notes, 'left')).toEqual(plainNote);
    expect(await vault.get(db().checklist, 'TICK:0')).toEqual(
      jasmine.objectContaining({ tipId: 'TICK', step: 0 }),
    );
    expect(await db().notes.count()).toBe(2);
  });

  it('seals nothing with a key dropped meanwhile; the next unlock does', async () => {
    await lockedWithOnePlainNote();
    const vault = real.vault();
    expect(await vault.unlock('leftover passphrase')).toBe('unlocked');
    vault.lock();
    expect(await vault.sealedLeftovers()).toBe(0);
    expect(await plainRows()).toBe(2);

    expect(await vault.unlock('leftover passphrase')).toBe('unlocked');
    expect(await vault.sealedLeftovers()).toBe(2);
    expect(await plainRows()).toBe(0);
  });

  it('with nothing left plain, rewrites nothing', async () => {
    const vault = real.vault();
    await vault.put(db().notes, { id: 'n1', body: 'sealed one', createdAt: 1, updatedAt: 1 });
    await vault.setPassphrase('leftover passphrase', false);
    vault.lock();
    const before = JSON.stringify(await db().notes.toArray());
    expect(await vault.unlock('leftover passphrase')).toBe('unlocked');
    expect(await vault.sealedLeftovers()).toBe(0);
    expect(JSON.stringify(await db().notes.toArray())).toBe(before);
  });
});
