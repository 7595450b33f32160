import { Signal, effect, inject, signal } from '@angular/core';
import { SealedTableName } from '../db/sealed-tables';
import { Vault } from './vault';
import { OpenedMemo } from './opened-memo';

/**
 * Stored rows of a sealed table opened by the vault's key: undefined while loading or locked. A
 * row that cannot be opened is left out rather than hiding the others, and counted in
 * `unreadable` so the page can say so; only the newest list and key count when opening finishes.
 * Call in an injection context.
 */
export function injectOpenedRecords<R, T>(
  table: SealedTableName,
  rows: Signal<unknown[] | undefined>,
  open: (record: R) => T | null,
): { opened: Signal<T[] | undefined>; unreadable: Signal<number> } {
  const vault = inject(Vault);
  const memo = new OpenedMemo(vault, table);
  const opened = signal<T[] | undefined>(undefined);
  const unreadable = signal(0);
  effect(() => {
    const list = rows();
    const key = vault.activeKey();
    const state = vault.state();
    if (!list || state === 'loading' || state === 'locked') {
      if (state === 'locked') memo.forget(list);
      opened.set(undefined);
      return;
    }
    void memo.openAll<R>(list, key).then((records) => {
      if (rows() === list && vault.activeKey() === key) {
        const good: T[] = [];
        for (const record of records) {
          const item = record === null ? null : safely(() => open(record));
          if (item !== null) good.push(item);
        }
        opened.set(good);
        unreadable.set(records.length - good.length);
      }
    });
  });
  return { opened: opened.asReadonly(), unreadable: unreadable.asReadonly() };
}

function safely<T>(make: () => T | null): T | null {
  try {
    return make();
  } catch (error) {
    console.error(error);
    return null;
  }
}
