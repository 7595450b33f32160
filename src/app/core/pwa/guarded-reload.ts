import { DOCUMENT, Injectable, InjectionToken, inject, signal } from '@angular/core';
import { QuickExit } from '../safety/quick-exit';
import { WipeGuard } from '../safety/wipe-guard';
import { WINDOW } from '../tokens/browser';
import { isServerFault } from '../static-json/static-json';

export type ReloadReason = 'unrecoverable' | 'chunk';

/** What the reader sees while, or instead of, reloading. */
export interface ReloadNotice {
  readonly reason: ReloadReason;
  /** True while a reload is on its way; false once we gave up to avoid a loop. */
  readonly reloading: boolean;
  /**
   * Our server answered with a server error (5xx): the link works and the fault is the host's.
   * Checking the phone's internet would not help, so the notice says so.
   */
  readonly serverFailed?: true;
}

/** What asking our server gave: an answer, a server error, or nothing useful in time. */
type ServerAnswer = 'ok' | 'error' | 'silent';

export const RELOAD_GUARD_KEY = 'ds.reload-attempt';
/** A second failure within this time means reloading did not help: stop and ask the reader. */
export const RELOAD_GUARD_WINDOW_MS = 60_000;

/** Time to read the message before the page goes away. */
export const RELOAD_DELAY_MS = new InjectionToken<number>('RELOAD_DELAY_MS', {
  providedIn: 'root',
  factory: () => 1500,
});

/** How long the server has to answer before a reload is given up (a slow 3G round trip or so). */
const PROBE_TIMEOUT_MS = 4000;

/** One reload per minute at most, so a broken deploy never turns into a reload loop. */
export function shouldReload(lastAttempt: number | null, now: number): boolean {
  return (
    lastAttempt === null || !(now - lastAttempt >= 0 && now - lastAttempt < RELOAD_GUARD_WINDOW_MS)
  );
}

@Injectable({ providedIn: 'root' })
export class GuardedReload {
  private readonly window = inject(WINDOW);
  private readonly document = inject(DOCUMENT);
  private readonly delay = inject(RELOAD_DELAY_MS);
  private readonly quickExit = inject(QuickExit);
  private readonly wipeGuard = inject(WipeGuard);
  private readonly noticeState = signal<ReloadNotice | null>(null);
  private waitingForOnline = false;

  readonly notice = this.noticeState.asReadonly();

  /** Reloads once for `reason`; returns false (and says so on screen) when it already tried. */
  reload(reason: ReloadReason): boolean {
    if (this.leaving()) return false;
    if (this.noticeState()?.reloading) return true;
    // Offline with no worker in charge (a first visit), a reload would put the browser's error
    // page in place of the page being read: say so, and let the reader try again.
    if (this.offlineWithoutWorker()) {
      this.noticeState.set({ reason, reloading: false });
      return false;
    }
    const now = Date.now();
    if (!shouldReload(this.lastAttempt(), now)) {
      this.noticeState.set({ reason, reloading: false });
      return false;
    }
    this.remember(now);
    this.noticeState.set({ reason, reloading: true });
    this.window.setTimeout(() => void this.reloadIfReachable(), this.delay);
    return true;
  }

  /**
   * The reader asked to try again: forget the earlier attempt and reload now, or, offline with no
   * worker in charge, as soon as the phone is back online (the notice stays until then).
   */
  retry(): void {
    this.remember(null);
    if (!this.offlineWithoutWorker()) return this.tryNow();
    // Offline now: whatever the server said before, the phone's connection is what to check.
    this.noticeState.update((notice) => notice && { reason: notice.reason, reloading: false });
    if (this.waitingForOnline) return;
    this.waitingForOnline = true;
    this.window.addEventListener(
      'online',
      () => {
        this.waitingForOnline = false;
        this.tryNow();
      },
      { once: true },
    );
  }

  /** The notice says a reload is coming (and hides Try again) while the server is asked. */
  private tryNow(): void {
    const reason = this.noticeState()?.reason ?? 'chunk';
    this.noticeState.set({ reason, reloading: true });
    void this.reloadIfReachable();
  }

  /** Reloads at once, unless quick exit or a wipe has begun (the update banner uses it too). */
  reloadNow(): void {
    if (!this.leaving()) this.window.location.reload();
  }

  /**
   * Quick exit or a wipe began while a reload waited: a reload would cancel the exit's navigation
   * and bring the app back, or cut the wipe short.
   */
  private leaving(): boolean {
    return this.quickExit.leaving() || this.wipeGuard.wiped();
  }

  /**
   * With no worker in charge, the reload comes from the server: ask it first (a HEAD of the app's
   * address), since a weak link or a network without internet still reads as online. No answer
   * within a few seconds: say so, count no try, and keep the page.
   */
  private async reloadIfReachable(): Promise<void> {
    const answer = this.workerInCharge() ? 'ok' : await this.askServer();
    // Exit or a wipe, before or while the server was asked: no reload, and no notice promising one.
    if (this.leaving()) return this.noticeState.set(null);
    if (answer !== 'ok') {
      this.remember(null);
      this.noticeState.update(
        (notice) =>
          notice && {
            reason: notice.reason,
            reloading: false,
            ...(answer === 'error' && { serverFailed: true }),
          },
      );
      return;
    }
    this.reloadNow();
  }

  private async askServer(): Promise<ServerAnswer> {
    try {
      const response = await this.window.fetch(this.document.baseURI, {
        method: 'HEAD',
        cache: 'no-store',
        // No fallback: every browser Angular 21 builds for (Baseline "widely available": Chrome
        // 111, Safari 16.4 and Firefox 112 onwards) has AbortSignal.timeout.
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      });
      if (response.ok) return 'ok';
      // The server itself failed. Any other answer (a 403 from a network's filter, a host's
      // challenge page, a captive portal's 511) may well be the connection's doing.
      return isServerFault(response.status) ? 'error' : 'silent';
    } catch {
      return 'silent';
    }
  }

  private workerInCharge(): boolean {
    return !!this.window.navigator.serviceWorker?.controller;
  }

  private offlineWithoutWorker(): boolean {
    return !this.window.navigator.onLine && !this.workerInCharge();
  }

  private lastAttempt(): number | null {
    try {
      const value = Number(this.window.sessionStorage.getItem(RELOAD_GUARD_KEY));
      return Number.isFinite(value) && value > 0 ? value : null;
    } catch {
      return null;
    }
  }

  private remember(time: number | null): void {
    try {
      if (time === null) this.window.sessionStorage.removeItem(RELOAD_GUARD_KEY);
      else this.window.sessionStorage.setItem(RELOAD_GUARD_KEY, String(time));
    } catch {
      // Without sessionStorage the guard cannot persist; the in-memory notice still stops repeats.
    }
  }
}
