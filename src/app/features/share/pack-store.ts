import { Injectable, Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { liveQuery } from 'dexie';
import { from } from 'rxjs';
import { injectOpenedRecords } from '../../core/crypto/opened-records';
import { Vault } from '../../core/crypto/vault';
import { AppDatabase, KeptPackRecord } from '../../core/db/app-db';
import { StorageFailure, storageFailure } from '../../core/db/db-errors';

/** The keep screen has no words for a closed database: it says the list could not be kept. */
export type KeepResult = 'kept' | Exclude<StorageFailure, 'closed'>;

export interface KeptPack {
  readonly id: string;
  /** The link's fragment as it came: `pack=1.…`. */
  readonly fragment: string;
  readonly keptAt: number;
}

/**
 * Reading lists from advisers that the reader chose to keep, on this device only. A list may
 * hold the adviser's note, so with a passphrase set it is sealed by the vault like a note.
 */
@Injectable({ providedIn: 'root' })
export class PackStore {
  private readonly db = inject(AppDatabase).db;
  private readonly vault = inject(Vault);
  private readonly records = toSignal(from(liveQuery(() => this.db.packs.toArray())));
  private readonly openedRecords = injectOpenedRecords(
    'packs',
    this.records,
    (record: KeptPackRecord): KeptPack | null =>
      typeof record.body === 'string'
        ? { id: record.id, fragment: record.body, keptAt: record.updatedAt }
        : null,
  );
  private readonly opened = computed(() =>
    this.openedRecords
      .opened()
      ?.slice()
      .sort((a, b) => b.keptAt - a.keptAt),
  );
  /** Keeps run one after another, and remember what they kept before the list catches up. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly justKept = new Set<string>();

  /** Newest first; undefined while loading or while locked. */
  readonly kept: Signal<readonly KeptPack[] | undefined> = this.opened;
  /** How many lists are kept, readable even while locked. */
  readonly count = computed(() => this.records()?.length ?? 0);
  readonly locked = computed(() => this.vault.state() === 'locked' && this.count() > 0);

  isKept(fragment: string): boolean {
    return !!this.opened()?.some((pack) => pack.fragment === fragment);
  }

  /** Keeping the same link twice, even with a double tap, keeps it once. */
  keep(fragment: string): Promise<KeepResult> {
    const result = this.queue.then(() => this.keepOnce(fragment));
    this.queue = result;
    return result;
  }

  private async keepOnce(fragment: string): Promise<KeepResult> {
    if (this.isKept(fragment) || this.justKept.has(fragment)) return 'kept';
    try {
      const record: KeptPackRecord = {
        id: crypto.randomUUID(),
        body: fragment,
        updatedAt: Date.now(),
      };
      await this.vault.put(this.db.packs, record);
      this.justKept.add(fragment);
      return 'kept';
    } catch (error) {
      console.error(error);
      const failure = storageFailure(error);
      return failure === 'closed' ? 'failed' : failure;
    }
  }

  async remove(id: string): Promise<void> {
    const fragment = this.opened()?.find((pack) => pack.id === id)?.fragment;
    if (fragment) this.justKept.delete(fragment);
    await this.vault.remove(this.db.packs, id);
  }
}
