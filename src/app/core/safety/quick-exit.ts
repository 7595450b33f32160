import { DOCUMENT, Injectable, InjectionToken, inject, signal } from '@angular/core';
import { WINDOW } from '../tokens/browser';
import { ExitTarget } from './exit-target';
import { leftBeforeStart } from '../prerender/prerendered-page';

/** Three Shift presses, each within this time of the one before (GOV.UK "Exit this page"). */
export const SHIFT_WINDOW_MS = 5000;

/** Things quick exit must also drop, registered by features (e.g. the notes key). */
export const EXIT_HOOKS = new InjectionToken<(() => void)[]>('EXIT_HOOKS', {
  providedIn: 'root',
  factory: () => [],
});

/** Counts Shift presses; true on the third within the window of the one before. */
export class ShiftCounter {
  private presses: number[] = [];

  press(now: number): boolean {
    const last = this.presses.at(-1);
    this.presses =
      last !== undefined && now - last <= SHIFT_WINDOW_MS ? [...this.presses, now] : [now];
    if (this.presses.length < 3) return false;
    this.presses = [];
    return true;
  }

  reset(): void {
    this.presses = [];
  }
}

/**
 * Leaves the app at once for a neutral website (README, "Privacy and safety"): hides the page,
 * forgets the notes key and session data, and replaces this history entry so Back skips it.
 */
@Injectable({ providedIn: 'root' })
export class QuickExit {
  private readonly window = inject(WINDOW);
  private readonly document = inject(DOCUMENT);
  private readonly target = inject(ExitTarget);
  private readonly hooks = inject(EXIT_HOOKS);
  /**
   * An Exit tapped before the app started counts too: index.html's first script marks the page
   * and says so with a `ds-leaving` event, heard here if the app is already on its way.
   */
  private readonly leavingState = signal(leftBeforeStart(this.document));

  constructor() {
    this.document.addEventListener('ds-leaving', () => this.leavingState.set(true));
  }
  private readonly shifts = new ShiftCounter();

  /** True from the moment of exit: the shell hides everything. */
  readonly leaving = this.leavingState.asReadonly();

  exitUrl(): string {
    return this.target.url();
  }

  start(): void {
    this.window.addEventListener('keydown', (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || event.repeat) {
        if (event.key !== 'Shift') this.shifts.reset();
        return;
      }
      if (this.shifts.press(Date.now())) this.exit();
    });
    // Back from the neutral site may restore this page from the back-forward cache: never show it.
    this.window.addEventListener('pageshow', (event: PageTransitionEvent) => {
      if (event.persisted && this.leavingState()) this.window.location.replace(this.exitUrl());
    });
  }

  exit(): void {
    this.leavingState.set(true);
    this.document.body.classList.add('leaving');
    for (const hook of this.hooks) {
      try {
        hook();
      } catch {
        // Leaving matters more than any clean-up.
      }
    }
    try {
      this.window.sessionStorage.clear();
    } catch {
      // Storage may be unavailable; leave anyway.
    }
    this.document.title = '';
    this.window.location.replace(this.exitUrl());
  }
}
