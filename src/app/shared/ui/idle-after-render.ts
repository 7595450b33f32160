import {
  DestroyRef,
  Injector,
  Signal,
  afterNextRender,
  effect,
  inject,
  signal,
} from '@angular/core';
import { WINDOW } from '../../core/tokens/browser';

/**
 * `true` once the browser is idle after the first render in which `ready()` holds: what
 * `@defer (on idle)` does, for the foot of a long page (sources, related links, the rest of the
 * contacts). The first screen is then drawn in a shorter task, and the rest in tasks of its own.
 * Waiting for `ready` keeps a page that first renders "loading" from spending its idle moment
 * before its content is there.
 *
 * Not `@defer`: its runtime lands in the first bundle, 7 kB (2 kB gzip) more for every first
 * visit (docs/architecture.md, "Drawn when idle"). An engine without `requestIdleCallback`
 * (Safari) waits one timer tick instead.
 */
export function injectIdleAfterRender(ready: () => boolean = () => true): Signal<boolean> {
  const idle = signal(false);
  const window = inject(WINDOW);
  const injector = inject(Injector);
  let cancel: (() => void) | null = null;
  // `effect` and `afterNextRender` rather than `afterRenderEffect`, which is not in the first
  // bundle otherwise (1.8 kB).
  const waitForReady = effect(() => {
    if (!ready()) return;
    waitForReady.destroy();
    afterNextRender(
      () => {
        if (typeof window.requestIdleCallback === 'function') {
          const handle = window.requestIdleCallback(() => idle.set(true));
          cancel = () => window.cancelIdleCallback(handle);
        } else {
          const handle = window.setTimeout(() => idle.set(true));
          cancel = () => window.clearTimeout(handle);
        }
      },
      { injector },
    );
  });
  inject(DestroyRef).onDestroy(() => cancel?.());
  return idle.asReadonly();
}
