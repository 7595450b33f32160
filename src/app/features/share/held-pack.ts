import { Location } from '@angular/common';
import { Injectable, Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';

/**
 * The reading list now open, held in memory only. A list's link carries it, and the adviser's
 * note, in the fragment (`#pack=…`): the app reads it once and takes it out of the address, so
 * neither `location` nor the history entry keeps it (issue 15, finding 8). A kept list opens
 * through here without ever entering the address.
 */
@Injectable({ providedIn: 'root' })
export class HeldPack {
  private readonly held = signal<string | null>(null);
  readonly fragment = this.held.asReadonly();

  hold(fragment: string): void {
    this.held.set(fragment);
  }
}

/**
 * The list for this page: the address's fragment when it has one (taken out of the address at
 * once), else the one held. A later fragment (another link, a changed hash) replaces it.
 */
export function injectPackFragment(): Signal<string | null> {
  const held = inject(HeldPack);
  const location = inject(Location);
  inject(ActivatedRoute)
    .fragment.pipe(takeUntilDestroyed())
    .subscribe((fragment) => {
      if (fragment === null) return;
      held.hold(fragment);
      location.replaceState(location.path(false));
    });
  return held.fragment;
}
