import { TestBed } from '@angular/core/testing';
import { AppDatabase, NoteRecord } from '../db/app-db';
import { OpenedMemo } from './opened-memo';
import { rowsFingerprint, sealedVersion } from './vault-snapshots';
import { Vault } from './vault';
import { useRealVault } from '../../../testing/real-vault';
import { until } from '../../../testing/until';

describe('OpenedMemo and the sealed copy of opened notes (real IndexedDB, real Web Crypto)', () => {
  const PASSPHRASE = 'memo spec passphrase';
  const COUNT = 120;
  const real = useRealVault('memo-spec');
  let vault: Vault;
  const db = () => TestBed.inject(AppDatabase).db;

  beforeEach(async () => {
    vault = real.vault();
    await db().notes.bulkPut(
      Array.from({ length: COUNT }, (_, i) => ({
        id: `n${i}`,
        body: `MEMOMARK ${i}`,
        createdAt: i,
        updatedAt: i,
      })),
    );
    await vault.setPassphrase(PASSPHRASE, false);
  });

  const open = (memo: OpenedMemo) =>
    db()
      .notes.toArray()
      .then((rows) => memo.openAll<NoteRecord>(rows, vault.activeKey()));
  const bodies = (records: (NoteRecord | null)[]) => records.map((r) => r?.body ?? null).sort();
  const expected = () => Array.from({ length: COUNT }, (_, i) => `MEMOMARK ${i}`).sort();
  const copy = () => db().snapshots.get('notes');
  /** What the memo holds now (a private field, read to store a copy without waiting 30 s). */
  const rememberedNow = (memo: OpenedMemo) =>
    (memo as unknown as { remembered: Map<string, unknown> }).remembered;
  /** Opens every note once, which stores the sealed copy, then locks and unlocks again. */
  async function copyThenUnlockAgain(memo: OpenedMemo): Promise<void> {
    expect(bodies(await open(memo))).toEqual(expected());
    await until(async () => !!(await copy())?.sealed, 'sealed copy stored');
    vault.lock();
    // As the store does when it sees the lock: the sealed copy is read while locked.
    memo.forget(await db().notes.toArray());
    expect(await vault.unlock(PASSPHRASE)).toBe('unlocked');
  }

  it('opens every note of the next unlock from the sealed copy, which holds nothing readable', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await copyThenUnlockAgain(memo);
    const stored = JSON.stringify(await db().snapshots.toArray());
    expect(stored).not.toContain('MEMOMARK');
    expect(stored).not.toContain('"n1"');

    const opens = spyOn(vault, 'open').and.callThrough();
    expect(bodies(await open(memo))).toEqual(expected());
    expect(opens).not.toHaveBeenCalled();
  });

  it('deletes on sight a copy made from other rows, as a tab of an older build leaves it', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await open(memo);
    await until(async () => !!(await copy())?.sealed, 'copy stored');
    const edited = { id: 'n7', body: 'EDITED', createdAt: 7, updatedAt: 999 };
    const row = await vault.storedForm(db().notes, edited);
    vault.lock();
    // An older build writes the row and leaves the copy, which still holds 'MEMOMARK 7'.
    await db().notes.put(row as never);
    expect((await copy())?.sealed).toBeDefined();
    memo.forget(await db().notes.toArray());
    await until(async () => !(await copy()), 'stale copy deleted while locked');

    expect(await vault.unlock(PASSPHRASE)).toBe('unlocked');
    const texts = bodies(await open(memo));
    expect(texts).toContain('EDITED');
    expect(texts).not.toContain('MEMOMARK 7');
  });

  it('opens again only the rows that changed, and never takes a damaged or forged row from memory', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await open(memo);
    await vault.put(db().notes, { id: 'n3', body: 'changed', createdAt: 3, updatedAt: 5 });
    const opens = spyOn(vault, 'open').and.callThrough();
    expect(bodies(await open(memo))).toContain('changed');
    expect(opens).toHaveBeenCalledTimes(1);

    // Someone who can write the database but has no key: one row's text damaged, and a new row
    // under another id with a copied IV. Neither opens, so both are reported, not shown.
    const [first, second] = (await db().notes.toArray()) as unknown as {
      id: string;
      sealed: { v: 1; iv: string; ct: string };
    }[];
    const tail = second.sealed.ct.endsWith('AAAA') ? 'BBBB' : 'AAAA';
    const damaged = second.sealed.ct.slice(0, -4) + tail;
    await db().notes.put({ id: second.id, sealed: { ...second.sealed, ct: damaged } } as never);
    await db().notes.put({ id: 'forged', sealed: { ...first.sealed, ct: 'AAAA' } } as never);
    const after = await open(memo);
    expect(after.filter((r) => r === null).length).toBe(2);
    expect(after.length).toBe(COUNT + 1);
  });

  it('deletes the copy in the same write as an edit, a delete or a lock removal', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await copyThenUnlockAgain(memo);
    await vault.put(db().notes, { id: 'n3', body: 'changed', createdAt: 3, updatedAt: 5 });
    expect(await copy())
      .withContext('after an edit')
      .toBeUndefined();

    expect(bodies(await open(memo))).toContain('changed');
    await vault.saveSnapshot('notes', vault.activeKey()!, rememberedNow(memo));
    expect((await copy())?.sealed)
      .withContext('copied again')
      .toBeDefined();
    await vault.remove(db().notes, 'n4');
    expect(await copy())
      .withContext('after a delete')
      .toBeUndefined();

    expect(bodies(await open(memo))).not.toContain('MEMOMARK 4');
    await vault.saveSnapshot('notes', vault.activeKey()!, rememberedNow(memo));
    expect((await copy())?.sealed)
      .withContext('copied again')
      .toBeDefined();
    await vault.removePassphrase(PASSPHRASE);
    expect(await db().snapshots.count())
      .withContext('after the lock is removed')
      .toBe(0);
  });

  it('stores no copy when a note is deleted while the copy is being sealed', async () => {
    const remembered = new Map<string, unknown>();
    for (const row of await db().notes.toArray()) {
      remembered.set(sealedVersion('notes', row)!, await vault.open(row));
    }
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    let deleted = false;
    spyOn(crypto.subtle, 'encrypt').and.callFake(async (...args) => {
      // The rows are read and the copy is being sealed: another write lands now.
      if (!deleted) {
        deleted = true;
        await vault.remove(db().notes, 'n10');
      }
      return encrypt(...args);
    });
    await vault.saveSnapshot('notes', vault.activeKey()!, remembered);
    expect(deleted).toBeTrue();
    expect(await copy()).toBeUndefined();

    // With no write meanwhile, the same call stores a copy without the deleted note.
    await vault.saveSnapshot('notes', vault.activeKey()!, remembered);
    expect((await copy())?.sealed).toBeDefined();
    vault.lock();
    expect(await vault.unlock(PASSPHRASE)).toBe('unlocked');
    const memo = new OpenedMemo(vault, 'notes');
    const opens = spyOn(vault, 'open').and.callThrough();
    const texts = bodies(await open(memo));
    expect(opens).not.toHaveBeenCalled();
    expect(texts).not.toContain('MEMOMARK 10');
    expect(texts.length).toBe(COUNT - 1);
  });

  it('stores no copy when the vault locks while it is being sealed', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await open(memo);
    await until(async () => !!(await copy())?.sealed, 'first copy stored');
    await db().snapshots.clear();
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle);
    spyOn(crypto.subtle, 'encrypt').and.callFake(async (...args) => {
      vault.lock();
      return encrypt(...args);
    });
    await vault.saveSnapshot('notes', vault.activeKey()!, rememberedNow(memo));
    expect(vault.state()).toBe('locked');
    expect(await db().snapshots.count()).toBe(0);
  });

  it('ignores a copy sealed with a key since replaced, and keeps none for a short list', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await open(memo);
    await until(async () => !!(await copy())?.sealed, 'copy stored');
    const old = (await copy())!;
    await vault.removePassphrase(PASSPHRASE);
    await vault.setPassphrase(PASSPHRASE, false);
    // Put back as if made from the rows stored now, so only the key can tell it is not theirs.
    const rows = await rowsFingerprint('notes', await db().notes.toArray());
    await db().snapshots.put({ ...old, rows });
    vault.lock();
    memo.forget();
    expect(await vault.unlock(PASSPHRASE)).toBe('unlocked');
    const opens = spyOn(vault, 'open').and.callThrough();
    expect(bodies(await open(memo))).toEqual(expected());
    expect(opens).toHaveBeenCalledTimes(COUNT);

    await db().snapshots.clear();
    const few = await db().notes.limit(10).toArray();
    expect((await new OpenedMemo(vault, 'notes').openAll(few, vault.activeKey())).length).toBe(10);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db().snapshots.count()).toBe(0);
  });

  it('deletes a stale copy on sight even when fewer than 100 rows are left', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await open(memo);
    await until(async () => !!(await copy())?.sealed, 'copy stored');
    vault.lock();
    // An older build deletes 30 notes and leaves the copy, which holds their texts.
    await db().notes.bulkDelete((await db().notes.limit(30).primaryKeys()) as string[]);
    memo.forget(await db().notes.toArray());
    await until(async () => !(await copy()), 'stale copy deleted');
  });

  it('copies again only after a quiet spell, and never once locked', async () => {
    const memo = new OpenedMemo(vault, 'notes', 200);
    await open(memo);
    await until(async () => !!(await copy())?.sealed, 'copy stored at once');
    await vault.put(db().notes, { id: 'n3', body: 'changed', createdAt: 3, updatedAt: 5 });
    await open(memo);
    expect(await copy())
      .withContext('not at once after a change')
      .toBeUndefined();
    await until(async () => !!(await copy())?.sealed, 'copied after the quiet spell');

    await vault.put(db().notes, { id: 'n3', body: 'again', createdAt: 3, updatedAt: 6 });
    await open(memo);
    vault.lock();
    memo.forget();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await copy())
      .withContext('the lock cancels the copy')
      .toBeUndefined();
  });

  it('pads the copy to a length that follows from the lengths of its rows', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await open(memo);
    await until(async () => !!(await copy())?.sealed, 'copy stored');
    const sealedBytes = (ct: string) => (ct.length / 4) * 3 - (ct.match(/=+$/)?.[0].length ?? 0);
    const rows = (await db().notes.toArray()) as unknown as { sealed: { ct: string } }[];
    const fromRows = rows.reduce((sum, row) => sum + sealedBytes(row.sealed.ct) - 16 + 64, 64);
    expect(sealedBytes((await copy())!.sealed!.ct) - 16).toBe(fromRows);
  });

  it('deletes a stale copy at the next opening while unlocked', async () => {
    const memo = new OpenedMemo(vault, 'notes');
    await open(memo);
    await until(async () => !!(await copy())?.sealed, 'copy stored');
    // An older build, unlocked in another tab, deletes a note and leaves the copy.
    await db().notes.delete(((await db().notes.limit(1).primaryKeys()) as string[])[0]);
    await open(memo);
    await until(async () => !(await copy()), 'stale copy deleted');
  });
});
