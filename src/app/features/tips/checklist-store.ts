import { Injectable, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { liveQuery } from 'dexie';
import { from } from 'rxjs';
import { injectOpenedRecords } from '../../core/crypto/opened-records';
import { Vault } from '../../core/crypto/vault';
import { AppDatabase, ChecklistEntry } from '../../core/db/app-db';
import { isQuotaError } from '../../core/db/db-errors';

export type ChecklistError = 'full' | 'failed';

/**
 * "I have done this" ticks, kept in IndexedDB on this device only. With a passphrase set they are
 * sealed like notes (a tick and its time say what she did and when), so while locked none show.
 */
@Injectable({ providedIn: 'root' })
export class ChecklistStore {
  private readonly db = inject(AppDatabase).db;
  private readonly vault = inject(Vault);
  private readonly rows = toSignal(from(liveQuery(() => this.db.checklist.toArray())));
  private readonly entries = injectOpenedRecords('checklist', this.rows, (entry: ChecklistEntry) =>
    typeof entry.tipId === 'string' && Number.isInteger(entry.step) ? entry : null,
  ).opened;
  private readonly errorState = signal<ChecklistError | null>(null);

  /** False until IndexedDB has answered once, so the page never shows wrong empty ticks. */
  readonly loaded = computed(() => this.entries() !== undefined);
  readonly error = this.errorState.asReadonly();

  /** Ticked steps by tip id. */
  readonly done = computed(() => {
    const byTip = new Map<string, Set<number>>();
    for (const entry of this.entries() ?? []) {
      const steps = byTip.get(entry.tipId) ?? new Set<number>();
      steps.add(entry.step);
      byTip.set(entry.tipId, steps);
    }
    return byTip;
  });

  isDone(tipId: string, step: number): boolean {
    return this.done().get(tipId)?.has(step) ?? false;
  }

  doneCount(tipId: string): number {
    return this.done().get(tipId)?.size ?? 0;
  }

  async setDone(tipId: string, step: number, done: boolean): Promise<boolean> {
    const key = `${tipId}:${step}`;
    try {
      if (done) await this.vault.put(this.db.checklist, { key, tipId, step, doneAt: Date.now() });
      else await this.vault.remove(this.db.checklist, key);
      this.errorState.set(null);
      return true;
    } catch (error) {
      console.error(error);
      this.errorState.set(isQuotaError(error) ? 'full' : 'failed');
      return false;
    }
  }
}
