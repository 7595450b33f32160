import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Table, liveQuery } from 'dexie';
import { from } from 'rxjs';
import { AppDatabase, SealableRecord } from '../db/app-db';
import { EXIT_HOOKS } from '../safety/quick-exit';
import { LocalSettings } from '../settings/local-settings';
import { Wipe } from '../safety/wipe';
import { WINDOW } from '../tokens/browser';
import { Envelope, deriveKey, newKdfParams, seal, unseal } from './envelope';

class ChangedMeanwhile extends Error {}

export type VaultState = 'loading' | 'none' | 'locked' | 'unlocked';
export type UnlockResult = 'unlocked' | 'wrong' | 'wiped';

const CHECK_TEXT = 'digital-sanctuary-vault';
export const IDLE_LOCK_MS = 5 * 60_000;
export const WIPE_AFTER_TRIES = 10;

/** Turns every stored text (notes and letter drafts) into its form under a new key, or none. */
type Rewrite = <R extends SealableRecord>(records: R[]) => Promise<R[]>;

/** Same ids and versions in the same order: nothing was written in between. */
function unchanged(now: readonly SealableRecord[], before: readonly SealableRecord[]): boolean {
  return (
    now.length === before.length &&
    now.every((r, i) => r.id === before[i].id && r.updatedAt === before[i].updatedAt)
  );
}

/**
 * The optional passphrase. With one set, note texts, letter drafts and kept reading lists are
 * stored only as AES-GCM envelopes and the key lives in memory: it is dropped when the app locks (idle, hidden, quick
 * exit).
 */
@Injectable({ providedIn: 'root' })
export class Vault {
  private readonly db = inject(AppDatabase).db;
  private readonly window = inject(WINDOW);
  private readonly document = inject(DOCUMENT);
  private readonly wipe = inject(Wipe);
  private readonly settings = inject(LocalSettings);
  private readonly record = toSignal(
    from(liveQuery(async () => (await this.db.vault.get('vault')) ?? null)),
  );
  private readonly key = signal<CryptoKey | null>(null);
  /** The salt the key was derived with: another tab's passphrase change makes it stale. */
  private keySalt: string | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

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
    this.document.addEventListener('visibilitychange', () => {
      if (this.document.visibilityState === 'hidden') this.lock();
    });
    // `input` covers dictation and pasting, which fire no key events.
    for (const type of ['pointerdown', 'keydown', 'input', 'touchstart', 'scroll']) {
      this.document.addEventListener(type, () => this.restartIdleTimer(), {
        passive: true,
        capture: true,
      });
    }
  }

  lock(): void {
    this.key.set(null);
    this.keySalt = null;
    clearTimeout(this.idleTimer);
  }

  /** Encrypts every plain note and draft with a key from the new passphrase, in one go. */
  async setPassphrase(passphrase: string, wipeAfterTen: boolean): Promise<void> {
    const kdf = newKdfParams();
    const key = await deriveKey(passphrase, kdf);
    const check = await seal(key, CHECK_TEXT);
    await this.rewriteAll(
      (records) => Promise.all(records.map((r) => this.sealRecord(r, r.body ?? '', key))),
      (tables) => tables.vault.put({ id: 'vault', kdf, check, failedTries: 0, wipeAfterTen }),
    );
    this.useKey(key, kdf.salt);
  }

  async unlock(passphrase: string): Promise<UnlockResult> {
    const record = await this.db.vault.get('vault');
    if (!record) return 'unlocked';
    const key = await deriveKey(passphrase, record.kdf);
    try {
      if ((await unseal(key, record.check)) !== CHECK_TEXT) throw new Error('check');
    } catch {
      const failedTries = record.failedTries + 1;
      if (record.wipeAfterTen && failedTries >= WIPE_AFTER_TRIES) {
        await this.wipe.everything();
        return 'wiped';
      }
      await this.db.vault.update('vault', { failedTries });
      return 'wrong';
    }
    if (record.failedTries) await this.db.vault.update('vault', { failedTries: 0 });
    this.useKey(key, record.kdf.salt);
    return 'unlocked';
  }

  /** Re-encrypts every note and draft under a new passphrase; nothing changes if any step fails. */
  async changePassphrase(next: string): Promise<void> {
    const current = this.requireKey();
    const record = (await this.db.vault.get('vault'))!;
    const kdf = newKdfParams();
    const key = await deriveKey(next, kdf);
    const check = await seal(key, CHECK_TEXT);
    await this.rewriteAll(
      (records) =>
        Promise.all(
          records.map(async (r) => this.sealRecord(r, await this.textOf(r, current), key)),
        ),
      (tx) => tx.vault.put({ ...record, kdf, check, failedTries: 0 }),
    );
    this.useKey(key, kdf.salt);
  }

  /** Turns the lock off: notes and drafts are plain text again (the reader asked for it). */
  async removePassphrase(): Promise<void> {
    const key = this.requireKey();
    await this.rewriteAll(
      (records) =>
        Promise.all(
          records.map(async (record) => {
            const { sealed, ...rest } = record;
            return { ...rest, body: await this.textOf(record, key) } as typeof record;
          }),
        ),
      (tx) => tx.vault.delete('vault'),
    );
    this.lock();
  }

  async setWipeAfterTen(wipeAfterTen: boolean): Promise<void> {
    await this.db.vault.update('vault', { wipeAfterTen });
  }

  /** The text of a stored note or draft; throws 'locked' while locked. */
  async textOf(note: SealableRecord, key: CryptoKey | null = this.key()): Promise<string> {
    if (note.sealed) {
      if (!key) throw new Error('locked');
      return unseal(key, note.sealed);
    }
    return note.body ?? '';
  }

  /** A record ready to store: sealed when a passphrase is set, plain otherwise. */
  async recordFor<T extends Omit<SealableRecord, 'body' | 'sealed'>>(
    note: T,
    text: string,
  ): Promise<T & Pick<SealableRecord, 'body' | 'sealed'>> {
    // Take the key before waiting: a lock during the wait must not seal with a dropped key.
    const key = this.key();
    const salt = this.keySalt;
    const record = await this.db.vault.get('vault');
    if (!record) return { ...note, body: text };
    if (!key || record.kdf.salt !== salt) {
      // Locked, or another tab changed the passphrase: this key would make the note unreadable.
      if (key) this.lock();
      throw new Error('locked');
    }
    return { ...note, sealed: await seal(key, text) };
  }

  /**
   * Stores a text sealed or plain, as the vault stands when the write commits. The record is made
   * first (Web Crypto cannot run inside a transaction) and written only if no passphrase was set,
   * changed or removed meanwhile, in another tab say; otherwise it is made again. So nothing is
   * stored plain under a passphrase, or sealed with a key nobody has.
   */
  async put<R extends SealableRecord>(
    table: Table<R, string>,
    meta: Omit<R, 'body' | 'sealed'>,
    text: string,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const saltBefore = (await this.db.vault.get('vault'))?.kdf.salt ?? null;
      const record = (await this.recordFor(meta, text)) as unknown as R;
      try {
        await this.db.transaction('rw', table, this.db.vault, async () => {
          const salt = (await this.db.vault.get('vault'))?.kdf.salt ?? null;
          if (salt !== saltBefore) throw new ChangedMeanwhile();
          await table.put(record);
        });
        return;
      } catch (error) {
        if (!(error instanceof ChangedMeanwhile) || attempt >= 4) throw error;
      }
    }
  }

  /** The record with its text sealed and any plain body dropped. */
  private async sealRecord<T extends { body?: string; sealed?: Envelope }>(
    note: T,
    text: string,
    key: CryptoKey,
  ): Promise<T> {
    const { body, sealed, ...rest } = note;
    return { ...rest, sealed: await seal(key, text) } as T;
  }

  /**
   * Rewrites every sealable record (notes, letter drafts, kept reading lists) in one transaction.
   * The new versions are computed first (Web Crypto cannot run inside an IndexedDB transaction);
   * if another tab changed one meanwhile, the transaction aborts and the work is done again, so
   * nothing is left plain or overwritten.
   */
  private async rewriteAll(
    transform: Rewrite,
    alsoWrite: (tables: { vault: AppDatabase['db']['vault'] }) => Promise<unknown>,
  ): Promise<void> {
    const { notes, letterDrafts, packs, vault } = this.db;
    const tables: Table<SealableRecord, string>[] = [notes, letterDrafts, packs];
    for (let attempt = 0; ; attempt++) {
      const before = await Promise.all(tables.map((table) => table.toArray()));
      const after = await Promise.all(before.map((records) => transform(records)));
      try {
        await this.db.transaction('rw', [...tables, vault], async () => {
          for (const [i, table] of tables.entries()) {
            if (!unchanged(await table.toArray(), before[i])) throw new ChangedMeanwhile();
          }
          for (const [i, table] of tables.entries()) await table.bulkPut(after[i]);
          await alsoWrite({ vault });
        });
        return;
      } catch (error) {
        if (!(error instanceof ChangedMeanwhile) || attempt >= 4) throw error;
      }
    }
  }

  private useKey(key: CryptoKey, salt: string): void {
    this.key.set(key);
    this.keySalt = salt;
    this.restartIdleTimer();
  }

  private requireKey(): CryptoKey {
    const key = this.key();
    if (!key) throw new Error('locked');
    return key;
  }

  private restartIdleTimer(): void {
    clearTimeout(this.idleTimer);
    if (!this.key()) return;
    const minutes = Number(this.settings.get('lockAfterMinutes'));
    const idle = minutes > 0 ? minutes * 60_000 : IDLE_LOCK_MS;
    this.idleTimer = this.window.setTimeout(() => this.lock(), idle);
  }
}
