import { Signal, effect, inject, signal } from '@angular/core';
import { SealableRecord } from '../db/app-db';
import { Vault } from './vault';

/**
 * Stored records with their texts opened by the vault's key: undefined while loading or locked.
 * A record that cannot be opened is left out rather than hiding the others, and only the newest
 * list and key count when opening finishes. Call in an injection context.
 */
export function injectOpenedRecords<R extends SealableRecord, T>(
  records: Signal<R[] | undefined>,
  open: (record: R, text: string) => T,
): Signal<T[] | undefined> {
  const vault = inject(Vault);
  const opened = signal<T[] | undefined>(undefined);
  effect(() => {
    const list = records();
    const key = vault.activeKey();
    const state = vault.state();
    if (!list || state === 'loading' || state === 'locked') {
      opened.set(undefined);
      return;
    }
    void Promise.all(
      list.map(async (record) => {
        try {
          return open(record, await vault.textOf(record, key));
        } catch (error) {
          console.error(error);
          return null;
        }
      }),
    ).then((result) => {
      if (records() === list && vault.activeKey() === key) {
        opened.set(result.filter((item): item is Awaited<T> => item !== null) as T[]);
      }
    });
  });
  return opened.asReadonly();
}
