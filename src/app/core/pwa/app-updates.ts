import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { SwUpdate } from '@angular/service-worker';
import { WINDOW } from '../tokens/browser';
import { recacheFirstVisit } from './first-visit-cache';
import { GuardedReload } from './guarded-reload';

/**
 * Service-worker updates: a new version is announced and applied by a
 * reload the reader asks for; an unrecoverable worker state gets one guarded reload. We never call
 * `activateUpdate()` without reloading, because lazy chunks of two versions may not fit together.
 */
@Injectable({ providedIn: 'root' })
export class AppUpdates {
  private readonly swUpdate = inject(SwUpdate);
  private readonly guardedReload = inject(GuardedReload);
  private readonly document = inject(DOCUMENT);
  private readonly window = inject(WINDOW);
  private readonly destroyRef = inject(DestroyRef);
  private readonly ready = signal(false);

  /** A newer version is downloaded and waits for a reload. */
  readonly updateReady = this.ready.asReadonly();

  start(): void {
    if (!this.swUpdate.isEnabled) return;
    recacheFirstVisit(this.window);
    this.swUpdate.versionUpdates.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((event) => {
      if (event.type === 'VERSION_READY') this.ready.set(true);
    });
    this.swUpdate.unrecoverable
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.guardedReload.reload('unrecoverable'));
    // Phones keep a tab for days: look for a new version whenever the app comes back to view.
    const checkWhenVisible = () => {
      if (this.document.visibilityState === 'visible') this.checkForUpdate();
    };
    this.document.addEventListener('visibilitychange', checkWhenVisible);
    this.destroyRef.onDestroy(() =>
      this.document.removeEventListener('visibilitychange', checkWhenVisible),
    );
  }

  checkForUpdate(): void {
    // Offline or a server hiccup: nothing to do, the next check will try again.
    this.swUpdate.checkForUpdate().catch(() => undefined);
  }

  /** The page reloads into the new version; the service worker serves it from its cache. */
  applyUpdate(): void {
    this.guardedReload.reloadNow();
  }
}
