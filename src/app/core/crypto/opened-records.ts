import { Signal, effect, inject, signal } from '@angular/core';
import { Vault } from './vault';
import { mapBounded } from './bounded-map';

/**
 * Stored rows opened by the vault's key: undefined while loading or locked. A row that cannot be
 * opened is left out rather than hiding the others, and counted in `unreadable` so the page can
 * say so; only the newest list and key count when opening finishes. Call in an injection context.
 */
export function injectOpenedRecords<R, T>(
  rows: Signal<unknown[] | undefined>,
  open: (record: R) => T | null,
): { opened: Signal<T[] | undefined>; unreadable: Signal<number> } {
  const vault = inject(Vault);
  const opened = signal<T[] | undefined>(undefined);
  const unreadable = signal(0);
  effect(() => {
    const list = rows();
    const key = vault.activeKey();
    const state = vault.state();
    if (!list || state === 'loading' || state === 'locked') {
      opened.set(undefined);
      return;
    }
    void mapBounded(list, async (row) => {
      try {
        return open(await vault.open<R>(row, key));
      } catch (error) {
        console.error(error);
        return null;
      }
    }).then((result) => {
      if (rows() === list && vault.activeKey() === key) {
        const good = result.filter((item): item is Awaited<T> => item !== null) as T[];
        opened.set(good);
        unreadable.set(result.length - good.length);
      }
    });
  });
  return { opened: opened.asReadonly(), unreadable: unreadable.asReadonly() };
}
