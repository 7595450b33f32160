import { Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Table, liveQuery } from 'dexie';
import { from } from 'rxjs';
import { AppDatabase, SnapshotRecord, VaultRecord } from '../db/app-db';
import { SEALED_TABLES, SealedTableName } from '../db/sealed-tables';
import { EXIT_HOOKS } from '../safety/quick-exit';
import { Wipe } from '../safety/wipe';
import { DEFAULT_ITERATIONS } from './envelope';
import { IdleLock } from './idle-lock';
import { Row, openRow, sealRow } from './sealed-records';
import { VaultLocked, WrongPassphrase } from './vault-errors';
import { ChangedMeanwhile, retryWhenChanged } from '../db/retry-when-changed';
import { rewriteAll, sameKey } from './vault-rewrite';
import { mapBounded } from './bounded-map';
import { sealLeftoversSoon, settleUnlock } from './vault-settle';
import { Checked, countAndCheck } from './vault-check';
import { Remembered, openSnapshot, storedSnapshot, writeSnapshot } from './vault-snapshots';
import {
  VaultKeys,
  checkPassphraseLength,
  importDataKey,
  newDataKeyBytes,
  opaqueId,
  wrapDataKey,
} from './vault-keys';

// The rest of the app imports the vault's errors and limits from here, the vault's one public face.
export { PassphraseTooShort, VaultLocked, WrongPassphrase } from './vault-errors';
export { MIN_PASSPHRASE_LENGTH } from './vault-keys';

export type VaultState = 'loading' | 'none' | 'locked' | 'unlocked';
export type UnlockResult = 'unlocked' | 'wrong' | 'wiped';

export { WIPE_AFTER_TRIES } from './vault-check';

/** Only the tables `core/db/sealed-tables.ts` declares are sealed; anything else is a mistake. */
function tableName(table: Table): SealedTableName {
  if (!Object.hasOwn(SEALED_TABLES, table.name)) throw new TypeError(`not sealed: ${table.name}`);
  return table.name as SealedTableName;
}

/**
 * The optional passphrase. With one set, a random data key seals note texts, letter drafts and
 * kept reading lists; the passphrase only wraps that key (issue 15). The key lives in memory
 * and is dropped when the app locks: idle or hidden (`IdleLock`), quick exit.
 */
@Injectable({ providedIn: 'root' })
export class Vault {
  private readonly db = inject(AppDatabase).db;
  private readonly wipe = inject(Wipe);
  private readonly idleLock = inject(IdleLock);
  private readonly record = toSignal(
    from(liveQuery(async () => (await this.db.vault.get('vault')) ?? null)),
  );
  private readonly key = signal<VaultKeys | null>(null);
  private leftovers: Promise<number> = Promise.resolve(0);
  /** Which data key this tab holds: another tab removing or re-setting the lock makes it stale. */
  private keyId: string | null = null;

  readonly state = computed<VaultState>(() => {
    const record = this.record();
    if (record === undefined) return 'loading';
    if (record === null) return 'none';
    return this.key() ? 'unlocked' : 'locked';
  });
  /** Changes when the vault locks or unlocks, so note lists can re-open their texts. */
  readonly activeKey = this.key.asReadonly();
  readonly failedTries = computed(() => this.record()?.failedTries ?? 0);
  readonly wipeAfterTen = computed(() => this.record()?.wipeAfterTen ?? false);

  constructor() {
    inject(EXIT_HOOKS).push(() => {
      this.lock();
      this.db.close();
    });
  }

  lock(): void {
    this.key.set(null);
    this.keyId = null;
    this.idleLock.stop();
  }

  /**
   * Sets a first passphrase: a new data key seals every plain record, in one transaction. Refuses
   * when a vault already exists (another tab set one meanwhile), so no record is ever sealed
   * from a missing text (finding 5). `iterations` exists for tests of older vaults.
   */
  async setPassphrase(
    passphrase: string,
    wipeAfterTen: boolean,
    iterations = DEFAULT_ITERATIONS,
  ): Promise<void> {
    checkPassphraseLength(passphrase);
    const bytes = newDataKeyBytes();
    const key = await importDataKey(bytes);
    const wrapped = await wrapDataKey(bytes, passphrase, iterations);
    bytes.fill(0);
    const keyId = crypto.randomUUID();
    await rewriteAll(
      this.db,
      (vault) => {
        if (vault) throw new Error('exists');
      },
      (table, rows) =>
        // A sealed row with no vault cannot be opened by anyone: it is kept as it is.
        mapBounded(rows, (r) => (r['sealed'] ? r : sealRow(table, r, key))),
      (vault) => vault.put({ id: 'vault', ...wrapped, keyId, failedTries: 0, wipeAfterTen }),
    );
    this.useKey(key, keyId);
  }

  async unlock(passphrase: string, again = true): Promise<UnlockResult> {
    const checked = await this.check(passphrase);
    if (checked === 'none') return 'unlocked';
    if (checked === 'wrong' || checked === 'wiped') return checked;
    const { record, bytes } = checked;
    const key = await importDataKey(bytes);
    const keyId = await settleUnlock(this.db, record, bytes, key, passphrase);
    bytes.fill(0);
    // Another tab changed the lock between the check and now: check again against what it wrote.
    if (keyId === null) return again ? this.unlock(passphrase, false) : 'wrong';
    this.useKey(key, keyId);
    this.leftovers = sealLeftoversSoon(this.db, keyId, key, () => this.key() === key);
    return 'unlocked';
  }

  /**
   * After an unlock: how many tables had rows left plain (by an older build, or an import racing a
   * new passphrase) that are now sealed. Runs shortly after the unlock, off its critical path.
   */
  sealedLeftovers(): Promise<number> {
    return this.leftovers;
  }

  /**
   * Asks for the current passphrase before a sensitive action; counts like an unlock, and a right
   * one resets the count like an unlock does (else every confirmed export or setting change would
   * bring the 10-try wipe one step closer).
   */
  async confirm(passphrase: string): Promise<void> {
    const checked = await this.check(passphrase);
    if (checked === 'wrong' || checked === 'wiped') throw new WrongPassphrase(checked === 'wiped');
    if (checked === 'none') return;
    checked.bytes.fill(0);
    await this.db.transaction('rw', this.db.vault, async () => {
      const now = await this.db.vault.get('vault');
      if (now && sameKey(now, checked.record)) await this.db.vault.put({ ...now, failedTries: 0 });
    });
  }

  /** Re-wraps the one data key under a new passphrase; no record is rewritten. */
  async changePassphrase(current: string, next: string): Promise<void> {
    checkPassphraseLength(next);
    const checked = await this.check(current);
    if (checked === 'none') throw new Error('no passphrase');
    if (checked === 'wrong' || checked === 'wiped') throw new WrongPassphrase(checked === 'wiped');
    const { record, bytes } = checked;
    const wrapped = await wrapDataKey(bytes, next);
    const key = await importDataKey(bytes);
    bytes.fill(0);
    const keyId = await this.db.transaction('rw', this.db.vault, async () => {
      const now = await this.db.vault.get('vault');
      if (!now || !sameKey(now, record)) throw new ChangedMeanwhile();
      const keyId = now.keyId ?? crypto.randomUUID();
      const { check, ...rest } = now;
      await this.db.vault.put({ ...rest, ...wrapped, keyId, failedTries: 0 });
      return keyId;
    });
    this.useKey(key, keyId);
  }

  /** Turns the lock off, given the current passphrase: records are plain text again. */
  async removePassphrase(current: string): Promise<void> {
    const checked = await this.check(current);
    if (checked === 'none') return;
    if (checked === 'wrong' || checked === 'wiped') throw new WrongPassphrase(checked === 'wiped');
    const { record, bytes } = checked;
    const key = await importDataKey(bytes);
    bytes.fill(0);
    await rewriteAll(
      this.db,
      (vault) => {
        if (!sameKey(vault, record)) throw new Error('changed');
      },
      (_, rows) => mapBounded(rows, (r) => openRow<Row>(r, key)),
      (vault) => vault.delete('vault'),
    );
    this.lock();
  }

  /**
   * Turns the 10-try wipe on or off, given the current passphrase (issue 15): whoever holds the
   * unlocked phone could otherwise turn it on and type ten wrong guesses to destroy everything,
   * or turn it off to guess without limit later.
   */
  async setWipeAfterTen(wipeAfterTen: boolean, current: string): Promise<void> {
    await this.confirm(current);
    await this.db.vault.update('vault', { wipeAfterTen });
  }

  /** A stored row as the app uses it; throws `VaultLocked` while locked. */
  open<R>(row: unknown, keys: VaultKeys | null = this.key()): Promise<R> {
    return openRow<R>(row as Row, keys);
  }

  /** One record by its own id (a letter kind, a note id), opened; undefined if absent. */
  async get<R>(table: Table, id: string): Promise<R | undefined> {
    const keys = this.key();
    const row = (await table.get(id)) ?? (keys && (await table.get(await this.idOf(table, id))));
    if (row) return this.open<R>(row, keys);
    // Locked: a sealed record cannot even be found by its id.
    if (!keys && (await this.db.vault.get('vault'))) throw new VaultLocked();
    return undefined;
  }

  /** Deletes a record by its own id, in whichever form it is stored. */
  async remove(table: Table, id: string): Promise<void> {
    const keys = this.key();
    const sealedId = keys ? await this.idOf(table, id) : null;
    if ((await this.db.vault.get('vault')) && !keys) throw new VaultLocked();
    await this.db.transaction('rw', table, this.db.snapshots, async () => {
      await table.bulkDelete(sealedId ? [id, sealedId] : [id]);
      await this.db.snapshots.delete(tableName(table));
    });
  }

  /** The table's sealed copy of opened records (`core/crypto/opened-memo.ts`), still sealed. */
  storedSnapshot(
    table: SealedTableName,
    rows: readonly unknown[],
  ): Promise<SnapshotRecord | undefined> {
    return storedSnapshot(this.db, table, rows);
  }

  /** That copy opened, while `keys` is held. */
  openSnapshot(
    table: SealedTableName,
    stored: SnapshotRecord | undefined,
    keys: VaultKeys,
  ): Promise<Map<string, unknown>> {
    return keys === this.key() ? openSnapshot(table, stored, keys) : Promise.resolve(new Map());
  }

  /** Stores that copy; never rejects, as it is only a shortcut for the next unlock. */
  async saveSnapshot(
    table: SealedTableName,
    keys: VaultKeys,
    remembered: Remembered,
  ): Promise<void> {
    const keyId = this.keyId;
    const stillHeld = () => this.key() === keys && this.keyId === keyId;
    if (!keyId || !stillHeld()) return;
    try {
      await writeSnapshot(this.db, table, keys, keyId, remembered, stillHeld);
    } catch (error) {
      // A full disk, or closed by a quick exit or a wipe: the next unlock opens row by row.
      if ((error as Error | null)?.name !== 'DatabaseClosedError') console.warn(error);
    }
  }

  /** A row ready to store: whole-sealed when a passphrase is set, plain otherwise. */
  async storedForm<R extends object>(table: Table, record: R): Promise<Row> {
    // Take the key before waiting: a lock during the wait must not seal with a dropped key.
    const keys = this.key();
    const keyId = this.keyId;
    const vault = await this.db.vault.get('vault');
    if (!vault) return record as Row;
    if (!keys || vault.keyId !== keyId) {
      // Locked, or another tab replaced the data key: this key would make the record unreadable.
      if (keys) this.lock();
      throw new VaultLocked();
    }
    return sealRow(tableName(table), record as Row, keys);
  }

  /**
   * Stores a record sealed or plain, as the vault stands when the write commits. The row is made
   * first (Web Crypto cannot run inside a transaction) and written only if no passphrase was set
   * or removed meanwhile, in another tab say; otherwise it is made again. So nothing is stored
   * plain under a passphrase, or sealed with a key nobody has.
   */
  async put<R extends object>(table: Table, record: R): Promise<void> {
    await retryWhenChanged(async () => {
      const stampBefore = this.stamp(await this.db.vault.get('vault'));
      const row = await this.storedForm(table, record);
      await this.db.transaction('rw', table, this.db.vault, this.db.snapshots, async () => {
        if (this.stamp(await this.db.vault.get('vault')) !== stampBefore) {
          throw new ChangedMeanwhile();
        }
        await table.put(row);
        // The sealed copy would keep the text this write replaces (vault-snapshots.ts).
        await this.db.snapshots.delete(tableName(table));
      });
    });
  }

  private idOf(table: Table, id: string): Promise<string> {
    return opaqueId(this.key()!, tableName(table), id);
  }

  private stamp(record: VaultRecord | undefined): string | null {
    return record ? (record.keyId ?? 'legacy') : null;
  }

  /** `countAndCheck`, carrying out the wipe it may call for. */
  private async check(passphrase: string): Promise<Exclude<Checked, 'wipe'> | 'wiped'> {
    const checked = await countAndCheck(this.db, this.record() ?? undefined, passphrase);
    return checked === 'wipe' ? this.wipeAll() : checked;
  }

  private async wipeAll(): Promise<'wiped'> {
    this.lock();
    await this.wipe.everything();
    return 'wiped';
  }

  private useKey(key: VaultKeys, keyId: string): void {
    this.key.set(key);
    this.keyId = keyId;
    this.idleLock.start(() => this.lock());
  }
}
