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
 * A busy cheap phone may not be idle for long: each step is drawn after this long at the latest.
 */
const LATEST_MS = 1000;

/**
 * How much of what sits below a page's first screen to draw: 0 at first, then `step` more at each
 * idle moment after the first render in which `ready()` holds, until `total()` is reached, and
 * then `Infinity`, so that a list that grows later (a filter changed) is drawn whole at once. What
 * `@defer (on idle)` does, for the foot of a long page (sources, related links, the rest of the
 * contacts), but in steps: the first screen is drawn in a shorter task, and the rest in tasks of
 * their own, each short enough that a tap between them is answered. Waiting for `ready` keeps a
 * page that first renders "loading" from spending its idle moment before its content is there.
 * Printing draws everything at once, so no sheet lacks its sources.
 *
 * Not `@defer`: its runtime lands in the first bundle, 7 kB (2 kB gzip) more for every first
 * visit (docs/architecture.md, "Drawn when idle"). An engine without `requestIdleCallback`
 * (Safari) waits one timer tick a step instead.
 */
export function injectIdleSteps(
  ready: () => boolean,
  total: () => number,
  step: number,
): Signal<number> {
  const drawn = signal(0);
  const window = inject(WINDOW);
  const injector = inject(Injector);
  const app = inject(ApplicationRef);
  let cancel: (() => void) | null = null;
  let released = false;
  // Printing lays the page out right after `beforeprint`: drawn synchronously here.
  const drawForPrint = () => {
    finish();
    app.tick();
  };
  const release = () => {
    released = true;
    cancel?.();
    window.removeEventListener('beforeprint', drawForPrint);
  };
  const finish = () => {
    drawn.set(Infinity);
    release();
  };
  // The next step waits for idle time, which comes after the render this step asked for.
  const advance = () => {
    cancel = null;
    const next = drawn() + step;
    if (next >= total()) return finish();
    drawn.set(next);
    whenIdle(advance);
  };
  const whenIdle = (then: () => void) => {
    if (released) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(then, { timeout: LATEST_MS });
      cancel = () => window.cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(then);
      cancel = () => window.clearTimeout(handle);
    }
  };
  window.addEventListener('beforeprint', drawForPrint);
  // `effect` and `afterNextRender` rather than `afterRenderEffect`, which is not in the first
  // bundle otherwise (1.8 kB).
  const waitForReady = effect(() => {
    if (!ready()) return;
    waitForReady.destroy();
    afterNextRender(() => whenIdle(advance), { injector });
  });
  inject(DestroyRef).onDestroy(release);
  return drawn.asReadonly();
}

/**
 * The foot of a tip's or guide's page, in two idle steps: 1, related links and notes; 2, the
 * sources with their dates. The whole foot in one task held a cheap phone's main thread for about
 * 145 ms, a third of it the first date formatter (now made ahead when idle, or, on a
 * prerendered page, not needed: core/i18n/locale-texts.ts).
 */
export function injectFootSteps(ready: () => boolean): Signal<number> {
  return injectIdleSteps(ready, () => 2, 1);
}
