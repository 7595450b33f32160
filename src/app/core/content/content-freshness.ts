import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { LocalSettings } from '../settings/local-settings';
import { ContentStore } from './content-store';
import { changesSince } from './freshness';

/**
 * "N things changed since you last opened the app". The last content version the reader saw is
 * kept on this device only (LocalSettings, `ds.contentSeen`); nothing is sent anywhere. Injected
 * only from lazy chunks (home highlights, About, What changed), so the first bundle stays small.
 */
@Injectable({ providedIn: 'root' })
export class ContentFreshness {
  private readonly content = inject(ContentStore);
  private readonly settings = inject(LocalSettings);
  private readonly seen = signal(this.settings.get('contentSeen'));

  /** Changes in the versions newer than the one last seen; 0 on a first visit. */
  readonly changedCount = computed(() => {
    const current = this.content.contentVersion();
    const seen = this.seen();
    if (!current || !seen || seen === current) return 0;
    return changesSince(this.content.versions(), seen);
  });

  constructor() {
    // A first visit has nothing "since last time": remember today's version and show nothing.
    effect(() => {
      const current = this.content.contentVersion();
      if (current && this.seen() === null) this.record(current);
    });
  }

  /** Opening "What changed", or hiding the link, marks the current version as seen. */
  markSeen(): void {
    const current = this.content.contentVersion();
    if (current) this.record(current);
  }

  private record(version: string): void {
    this.settings.set('contentSeen', version);
    this.seen.set(version);
  }
}
