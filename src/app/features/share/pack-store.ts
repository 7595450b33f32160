import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { liveQuery } from 'dexie';
import { from } from 'rxjs';
import { AppDatabase, KeptPackRecord } from '../../core/db/app-db';
import { isQuotaError } from '../../core/db/db-errors';

export type KeepResult = 'kept' | 'full' | 'failed';

/** Reading lists from advisers that the reader chose to keep, on this device only. */
@Injectable({ providedIn: 'root' })
export class PackStore {
  private readonly db = inject(AppDatabase).db;
  private readonly records = toSignal(
    from(liveQuery(() => this.db.packs.orderBy('keptAt').reverse().toArray())),
  );

  /** Newest first; undefined while loading. */
  readonly kept = computed<readonly KeptPackRecord[] | undefined>(() => this.records());

  isKept(fragment: string): boolean {
    return !!this.records()?.some((record) => record.fragment === fragment);
  }

  /** Keeping the same link twice keeps it once. */
  async keep(fragment: string): Promise<KeepResult> {
    try {
      await this.db.transaction('rw', this.db.packs, async () => {
        if (await this.db.packs.filter((r) => r.fragment === fragment).count()) return;
        await this.db.packs.add({ id: crypto.randomUUID(), fragment, keptAt: Date.now() });
      });
      return 'kept';
    } catch (error) {
      console.error(error);
      return isQuotaError(error) ? 'full' : 'failed';
    }
  }

  async remove(id: string): Promise<void> {
    await this.db.packs.delete(id);
  }
}
