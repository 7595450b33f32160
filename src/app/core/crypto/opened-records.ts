import { Signal, effect, inject, signal } from '@angular/core';
import { Vault } from './vault';

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
    void openAll(list, async (row) => {
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

/** How many records are opened at a time: enough to keep Web Crypto busy, few enough to queue. */
const IN_FLIGHT = 64;

/**
 * Like `Promise.all(list.map(each))`, with at most IN_FLIGHT pending at once: 10,000 decrypts
 * started together queue 10,000 tasks and promises at once, which cost more than the decrypts.
 */
async function openAll<A, B>(list: readonly A[], each: (item: A) => Promise<B>): Promise<B[]> {
  const out = new Array<B>(list.length);
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const i = next++;
      out[i] = await each(list[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, list.length) }, lane));
  return out;
}
