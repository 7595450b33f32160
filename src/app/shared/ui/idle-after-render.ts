import {
  ApplicationRef,
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
 * A busy cheap phone may not be idle for long: the rest is drawn after this long at the latest.
 */
const LATEST_MS = 1000;

/**
 * `true` once the browser is idle after the first render in which `ready()` holds: what
 * `@defer (on idle)` does, for the foot of a long page (sources, related links, the rest of the
 * contacts). The first screen is then drawn in a shorter task, and the rest in tasks of its own.
 * Waiting for `ready` keeps a page that first renders "loading" from spending its idle moment
 * before its content is there. Printing draws the rest at once, so no sheet lacks its sources.
 *
 * Not `@defer`: its runtime lands in the first bundle, 7 kB (2 kB gzip) more for every first
 * visit (docs/architecture.md, "Drawn when idle"). An engine without `requestIdleCallback`
 * (Safari) waits one timer tick instead.
 */
export function injectIdleAfterRender(ready: () => boolean = () => true): Signal<boolean> {
  const idle = signal(false);
  const window = inject(WINDOW);
  const injector = inject(Injector);
  const app = inject(ApplicationRef);
  let cancel: (() => void) | null = null;
  // Printing lays the page out right after `beforeprint`: drawn synchronously here.
  const drawForPrint = () => {
    stop();
    app.tick();
  };
  const release = () => {
    cancel?.();
    window.removeEventListener('beforeprint', drawForPrint);
  };
  const stop = () => {
    idle.set(true);
    release();
  };
  window.addEventListener('beforeprint', drawForPrint);
  // `effect` and `afterNextRender` rather than `afterRenderEffect`, which is not in the first
  // bundle otherwise (1.8 kB).
  const waitForReady = effect(() => {
    if (!ready()) return;
    waitForReady.destroy();
    afterNextRender(
      () => {
        if (idle()) return;
        if (typeof window.requestIdleCallback === 'function') {
          const handle = window.requestIdleCallback(stop, { timeout: LATEST_MS });
          cancel = () => window.cancelIdleCallback(handle);
        } else {
          const handle = window.setTimeout(stop);
          cancel = () => window.clearTimeout(handle);
        }
      },
      { injector },
    );
  });
  inject(DestroyRef).onDestroy(release);
  return idle.asReadonly();
}
