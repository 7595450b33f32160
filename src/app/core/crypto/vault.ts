import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { liveQuery } from 'dexie';
import { from } from 'rxjs';
import { AppDatabase, NoteRecord, VaultRecord } from '../db/app-db';
import { EXIT_HOOKS } from '../safety/quick-exit';
import { LocalSettings } from '../settings/local-settings';
import { Wipe } from '../safety/wipe';
import { WINDOW } from '../tokens/browser';
import { Envelope, deriveKey, newKdfParams, seal, unseal } from './envelope';

export type VaultState = 'loading' | 'none' | 'locked' | 'unlocked';
export type UnlockResult = 'unlocked' | 'wrong' | 'wiped';

const CHECK_TEXT = 'digital-sanctuary-vault';
export const IDLE_LOCK_MS = 5 * 60_000;
export const WIPE_AFTER_TRIES = 10;

/**
 * The optional passphrase. With one set, note texts are stored only as AES-GCM envelopes and the
 * key lives in memory: it is dropped when the app locks (idle, hidden, quick exit).
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
    for (const type of ['pointerdown', 'keydown', 'touchstart', 'scroll']) {
      this.document.addEventListener(type, () => this.restartIdleTimer(), {
        passive: true,
        capture: true,
      });
    }
  }

  lock(): void {
    this.key.set(null);
    clearTimeout(this.idleTimer);
  }

  /** Encrypts every plain note with a key from the new passphrase, in one transaction. */
  async setPassphrase(passphrase: string, wipeAfterTen: boolean): Promise<void> {
    const kdf = newKdfParams();
    const key = await deriveKey(passphrase, kdf);
    const notes = await this.db.notes.toArray();
    const sealed = await Promise.all(
      notes.map((note) => this.sealRecord(note, note.body ?? '', key)),
    );
    const vault: VaultRecord = {
      id: 'vault',
      kdf,
      check: await seal(key, CHECK_TEXT),
      failedTries: 0,
      wipeAfterTen,
    };
    await this.db.transaction('rw', this.db.notes, this.db.vault, async () => {
      await this.db.notes.bulkPut(sealed);
      await this.db.vault.put(vault);
    });
    this.key.set(key);
    this.restartIdleTimer();
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
    this.key.set(key);
    this.restartIdleTimer();
    return 'unlocked';
  }

  /** Re-encrypts every note under a new passphrase; nothing changes if any step fails. */
  async changePassphrase(next: string): Promise<void> {
    const current = this.requireKey();
    const record = (await this.db.vault.get('vault'))!;
    const kdf = newKdfParams();
    const key = await deriveKey(next, kdf);
    const notes = await this.db.notes.toArray();
    const resealed = await Promise.all(
      notes.map(async (note) => this.sealRecord(note, await this.textOf(note, current), key)),
    );
    const check = await seal(key, CHECK_TEXT);
    await this.db.transaction('rw', this.db.notes, this.db.vault, async () => {
      await this.db.notes.bulkPut(resealed);
      await this.db.vault.put({ ...record, kdf, check, failedTries: 0 });
    });
    this.key.set(key);
  }

  /** Turns the lock off: notes are stored as plain text again (the reader asked for it). */
  async removePassphrase(): Promise<void> {
    const key = this.requireKey();
    const notes = await this.db.notes.toArray();
    const plain = await Promise.all(
      notes.map(async (note): Promise<NoteRecord> => {
        const { sealed, ...rest } = note;
        return { ...rest, body: await this.textOf(note, key) };
      }),
    );
    await this.db.transaction('rw', this.db.notes, this.db.vault, async () => {
      await this.db.notes.bulkPut(plain);
      await this.db.vault.delete('vault');
    });
    this.key.set(null);
  }

  async setWipeAfterTen(wipeAfterTen: boolean): Promise<void> {
    await this.db.vault.update('vault', { wipeAfterTen });
  }

  /** The text of a stored note, or null while locked. */
  async textOf(note: NoteRecord, key: CryptoKey | null = this.key()): Promise<string> {
    if (note.sealed) {
      if (!key) throw new Error('locked');
      return unseal(key, note.sealed);
    }
    return note.body ?? '';
  }

  /** A record ready to store: sealed when a passphrase is set, plain otherwise. */
  async recordFor(note: Omit<NoteRecord, 'body' | 'sealed'>, text: string): Promise<NoteRecord> {
    const record = await this.db.vault.get('vault');
    if (!record) return { ...note, body: text };
    return this.sealRecord(note, text, this.requireKey());
  }

  private async sealRecord(
    note: Omit<NoteRecord, 'body' | 'sealed'> & { body?: string; sealed?: Envelope },
    text: string,
    key: CryptoKey,
  ): Promise<NoteRecord> {
    const { body, sealed, ...rest } = note;
    return { ...rest, sealed: await seal(key, text) };
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
